"""A clerk's own table outside targets/ (my/目标表.yaml) has its actuals beside it: my/目标表.<period>.yaml, else the
filled-in workbook my/目标表.<period>.xlsx, where `scoring template -o` was told to write it; with neither, the
error names both paths and says 旁边 only because they are beside the table; with both, it asks which."""
from __future__ import annotations

import json

import pytest

from helpers import FIXTURES, ROOT, run_cli

RULES = ROOT / "rules"


@pytest.fixture
def clerk(tmp_path):
    """A fresh folder with the clerk's table imported into my/, as the README's import step does."""
    (tmp_path / "my").mkdir()
    code, _, err = run_cli(["import", FIXTURES / "project-target-export.txt", "-o", "my/目标表.yaml"], cwd=tmp_path)
    assert code == 0, err
    return tmp_path


def _template(clerk, out, *fmt):
    code, _, err = run_cli(["template", "my/目标表.yaml", *fmt, "-o", out, "--rules", RULES], cwd=clerk)
    assert code == 0, err


def test_evaluate_scores_the_workbook_beside_the_table(clerk):
    _template(clerk, "my/目标表.annual.xlsx", "--format", "xlsx")
    code, _, err = run_cli(["evaluate", "my/目标表.yaml", "--rules", RULES, "--format", "json", "--lang", "zh"], cwd=clerk)
    assert code == 0, err
    [report] = (clerk / "reports").rglob("*.json")
    assert report.name == "目标表-annual.json"  # the table's own report: these are the actuals found for it
    assert json.loads(report.read_text(encoding="utf-8"))["inputs"][1]["path"] == "my/目标表.annual.xlsx"


def test_a_yaml_and_a_workbook_both_beside_the_table_are_refused_naming_both(clerk):
    # a template written beside a filled workbook: scoring the yaml scored 0.00, exit 0, the workbook unread
    _template(clerk, "my/目标表.annual.xlsx", "--format", "xlsx")
    _template(clerk, "my/目标表.annual.yaml")
    code, out, err = run_cli(["evaluate", "my/目标表.yaml", "--rules", RULES, "--lang", "zh"], cwd=clerk)
    assert (code, out) == (2, "")
    assert err.startswith("my/目标表.annual.yaml: 错误: 实际值文件 my/目标表.annual.yaml 和填好的工作簿 my/目标表.annual.xlsx "
                          "都在，不知道该用哪一个：请删去或移走不用的那个，或指定实际值文件（--actuals）"), err
    code, out, err = run_cli(["evaluate", "my/目标表.yaml", "--actuals", "my/目标表.annual.xlsx", "--rules", RULES,
                              "--format", "json", "--out", "-"], cwd=clerk)
    assert code == 0, err
    assert json.loads(out)["inputs"][1]["path"] == "my/目标表.annual.xlsx"


def test_with_neither_beside_the_table_both_paths_are_said(clerk):
    _template(clerk, "my/目标表.annual.xlsx", "--format", "xlsx")  # another period's: not taken for h1
    code, out, err = run_cli(["evaluate", "my/目标表.yaml", "--period", "h1", "--rules", RULES, "--lang", "zh"],
                             cwd=clerk)
    assert (code, out) == (2, "")
    assert err.startswith("my/目标表.h1.yaml: 错误: 目标表旁边没有期间 h1 的实际值文件，也没有填好的工作簿 "
                          "my/目标表.h1.xlsx：请指定实际值文件（--actuals）"), err


def test_a_table_in_targets_is_not_said_to_have_its_actuals_beside_it(clerk):
    (clerk / "targets" / "2025").mkdir(parents=True)
    (clerk / "my" / "目标表.yaml").rename(clerk / "targets" / "2025" / "目标表.yaml")
    code, _, err = run_cli(["evaluate", "targets/2025/目标表.yaml", "--rules", RULES, "--lang", "zh"], cwd=clerk)
    assert code == 2
    assert err.startswith("actuals/2025/目标表.annual.yaml: 错误: 未找到与目标表和期间 annual 对应的实际值文件"
                          "，也没有填好的工作簿 actuals/2025/目标表.annual.xlsx："), err
