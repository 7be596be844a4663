"""A project table's scorecard: its own title, the budget row printed with the rows it adds up with."""
from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from helpers import FIXTURES, RULES
from scoring.render import json_report, markdown, terminal
from scoring.run import score_files

PROJECT = FIXTURES / "project.targets.yaml"
ACTUALS = FIXTURES / "project.annual.yaml"


@pytest.fixture(scope="module")
def card():
    return score_files(PROJECT, ACTUALS, RULES, engine="python")


def test_the_title_follows_the_kind_of_table(card):
    # the case: a 项目支出 table's scorecard was titled 部门整体
    for text in (terminal.render(card, "zh"), markdown.render(card, "zh")):
        assert "部门整体" not in text
    assert "项目支出绩效自评记分卡" in terminal.render(card, "zh")
    assert markdown.render(card, "zh").startswith("# 森林防火能力提升项目 2025 年度项目支出绩效自评表")
    assert "project expenditure self-evaluation" in markdown.render(card, "en")


def test_the_printed_rows_with_the_budget_row_add_up_to_the_printed_total(card):
    lines = markdown.render(card, "zh").splitlines()
    table = lines[lines.index("## 自评表") + 2:]
    table = table[2:table.index("")]
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in table]
    scored = [r for r in rows if not r[0].startswith("**") or r[0] == "**资金执行率**"]
    total = next(r for r in rows if r[0] == "**合计**")
    assert sum(Decimal(r[6]) for r in scored) == Decimal(total[6].strip("*")) == card.total
    assert any(r[0] == "**资金执行率**" and r[6] == "9.50" for r in rows)


def test_the_budget_row_is_in_the_terminal_and_its_flag_is_listed(card):
    text = terminal.render(card, "en")
    assert re.search(r"资金执行率\s+=100%\s+95\.00%\s+9\.50 / 10\.00", text)
    assert re.search(r"资金执行率\s+! the hand-entered value 100% differs from 95.00%", text)


def test_json_carries_the_kind_project_and_budget_row(card):
    data = json.loads(json_report.render(card, "en"))
    assert (data["kind"], data["project"], data["grade_basis"]) == ("project", "森林防火能力提升项目", None)
    assert data["budget_row"]["name"] == "资金执行率" and data["budget_row"]["points"] == 9.5
    assert data["total"] == sum(i["points"] for i in data["indicators"]) + data["budget_row"]["points"]


def test_points_short_of_100_say_what_the_grade_was_read_from(tmp_path):
    targets = tmp_path / "t.yaml"
    targets.write_text(PROJECT.read_text(encoding="utf-8").replace("annual: 显著提升, weight: 30",
                                                                   "annual: 显著提升, weight: 8"), encoding="utf-8")
    actuals = tmp_path / "a.yaml"  # E01's 27 points no longer fit its 8: the band's default instead
    actuals.write_text(ACTUALS.read_text(encoding="utf-8").replace("{actual: 达成, points: 27}", "达成"), encoding="utf-8")
    card = score_files(targets, actuals, RULES, engine="python")
    assert "76.50 / 78.00" in terminal.render(card, "en")
    assert "graded on 76.50 ÷ 78.00 × 100.00 = 98.08" in markdown.render(card, "en")
