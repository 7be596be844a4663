"""`scoring import` reads a 项目支出 form's text export: header, money by source, per-row 分值, the budget row."""
from __future__ import annotations

import pytest

from helpers import FIXTURES
from scoring.errors import ScoringError
from scoring.table.importer import import_table
from scoring.table.model import TargetTable
from scoring.yamlio import parse_yaml, validate

FORM = FIXTURES / "project-export.txt"


def _import(text: str) -> TargetTable:
    return validate(parse_yaml(import_table(text, "form.txt"), "t.yaml"), TargetTable)


def test_the_form_becomes_a_project_table_with_its_points():
    table = _import(FORM.read_text(encoding="utf-8"))
    assert table.kind == "project" and table.year == 2025
    assert (table.project.department, table.project.implementer) == ("示例县林业局", "示例县林业工作站")
    assert [(r.source, r.initial, r.annual) for r in table.project.funds] == [
        ("年度资金总额", 180, 200), ("本年财政拨款", 180, 180), ("上年结转资金", 0, 20), ("其他资金", 0, 0)]
    assert (table.budget_row.name, table.budget_row.weight) == ("预算执行率", 10)
    assert [s.level1 for s in table.indicators] == ["产出指标", "效益指标", "满意度指标"]  # 产出指标(50分) without its points
    assert sum(i.weight for _, _, i in table.rows()) == 90
    assert table.goals.annual.startswith("新建防火隔离带12公里")


def test_the_rate_columns_label_names_the_budget_row():
    text = FORM.read_text(encoding="utf-8").replace("\t执行率\t", "\t资金执行率\t")
    assert _import(text).budget_row.name == "资金执行率"


def test_a_level1_whose_printed_points_its_rows_miss_is_noted():
    text = FORM.read_text(encoding="utf-8").replace("产出指标(50分)", "产出指标(55分)")
    out = import_table(text, "form.txt")
    assert "一级指标印为「产出指标(55分)」，而其下各行分值合计 50（不是 55）" in out


def test_a_row_in_no_part_of_the_form_is_an_error_at_its_line():
    lines = FORM.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "随手写的一行")
    with pytest.raises(ScoringError) as e:
        import_table("\n".join(lines) + "\n", "form.txt")
    [problem] = e.value.problems
    assert (problem.line, problem.code) == (4, "table.import_unplaced")


def test_a_form_without_its_implementer_is_refused():
    text = FORM.read_text(encoding="utf-8").replace("\t实施单位\t示例县林业工作站", "")
    with pytest.raises(ScoringError) as e:
        import_table(text, "form.txt")
    assert [p.code for p in e.value.problems] == ["table.import_no_implementer"]


def test_a_provincial_variant_names_its_columns_otherwise():
    # Sichuan: 年初预算 / 调整后预算数, and 权重 for 分值
    text = (FORM.read_text(encoding="utf-8").replace("年初预算数", "年初预算").replace("全年预算数", "调整后预算数")
            .replace("\t分值\t", "\t权重\t"))
    table = _import(text)
    assert table.project.total.annual == 200 and table.budget_row.weight == 10
    assert sum(i.weight for _, _, i in table.rows()) == 90


def test_a_goal_printed_beside_its_label_is_read():
    lines = FORM.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("年度总体目标"))
    goal = lines[at + 1].split("\t")[1]
    lines[at:at + 2] = [f"年度总体目标\t{goal}"]
    assert _import("\n".join(lines) + "\n").goals.annual == goal
