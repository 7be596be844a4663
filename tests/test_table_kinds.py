"""Both kinds of target table load as data: 部门整体 as before, 项目支出 with its header, money and budget row."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from helpers import FIXTURES, ROOT
from scoring.actuals import load_actuals
from scoring.errors import ScoringError
from scoring.table.load import load_targets

PROJECT = FIXTURES / "project.targets.yaml"


def test_the_bundled_department_table_loads_as_before():
    table = load_targets(ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml")
    assert table.kind == "department"
    assert table.title == "江宁区部门整体预算绩效目标表"  # as written in the file
    assert table.project is None and table.budget_row is None
    assert all(item.weight is None for _, _, item in table.rows())
    assert table.funds.income.total == Decimal("76032.38")


def test_a_project_table_loads_with_its_header_money_and_budget_row():
    table = load_targets(PROJECT)
    assert table.kind == "project"
    assert table.title == "项目支出绩效目标表"  # the title follows the kind
    assert table.funds is None
    p = table.project
    assert (p.name, p.department, p.implementer) == ("森林防火能力提升项目", "测试县林业局", "测试县林业站")
    assert table.unit.name == "测试县林业站"  # the unit defaults to the 实施单位
    assert [(r.source, r.initial, r.annual) for r in p.funds] == [
        ("年度资金总额", 100, 120), ("财政拨款", 100, 100), ("上年结转资金", 0, 20), ("其他资金", 0, 0)]
    assert p.total.source == "年度资金总额" and len(p.parts) == 3
    assert (table.budget_row.name, table.budget_row.weight) == ("资金执行率", 10)
    assert table.goals.annual.startswith("完成防火隔离带建设")
    weights = {item.id: item.weight for _, _, item in table.rows()}
    assert weights["C01"] == 20 and sum(weights.values()) + table.budget_row.weight == 100
    assert all(item.half_year is None for _, _, item in table.rows())  # an annual-only table


@pytest.mark.parametrize("word", ["project", "项目支出"])
def test_kind_takes_either_spelling(tmp_path, word):
    text = PROJECT.read_text(encoding="utf-8").replace("kind: 项目支出", f"kind: {word}")
    (tmp_path / "t.yaml").write_text(text, encoding="utf-8")
    assert load_targets(tmp_path / "t.yaml").kind == "project"


def _write(tmp_path, old: str, new: str):
    text = PROJECT.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "t.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path, text.replace(old, new, 1).splitlines()


def _line(lines: list[str], needle: str) -> int:
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def _only_problem(path):
    with pytest.raises(ScoringError) as e:
        load_targets(path)
    [problem] = e.value.problems
    return problem


def test_a_row_without_points_among_rows_with_points_is_an_error_at_that_row(tmp_path):
    path, lines = _write(tmp_path, '"≥30人", weight: 10}', '"≥30人"}')
    problem = _only_problem(path)
    assert problem.line == _line(lines, "C02") and problem.code == "table.weight_missing"
    assert "C02" in problem.zh and "C02" in problem.en


def test_a_stray_row_with_points_is_an_error_at_that_row(tmp_path):
    text = PROJECT.read_text(encoding="utf-8")
    stripped = re.sub(r", weight: \d+\}", "}", text)
    stripped = stripped.replace('"≥30人"}', '"≥30人", weight: 10}')
    path = tmp_path / "t.yaml"
    path.write_text(stripped, encoding="utf-8")
    problem = _only_problem(path)
    assert problem.line == _line(stripped.splitlines(), "C02") and problem.code == "table.weight_stray"


def test_a_budget_row_without_points_in_a_table_with_points_is_located(tmp_path):
    path, lines = _write(tmp_path, "budget_row: {name: 资金执行率, weight: 10}", "budget_row: {name: 资金执行率}")
    problem = _only_problem(path)
    assert problem.line == _line(lines, "budget_row")
    assert "资金执行率" in problem.zh


def test_a_project_table_without_its_project_is_an_error(tmp_path):
    text = PROJECT.read_text(encoding="utf-8")
    head, rest = text.split("project:\n", 1)
    rest = rest.split("goals:", 1)[1]
    path = tmp_path / "t.yaml"
    path.write_text(head + "unit: {name: x}\ngoals:" + rest, encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        load_targets(path)
    assert "project" in e.value.problems[0].en


def test_negative_points_are_an_error_at_the_row(tmp_path):
    path, lines = _write(tmp_path, '"≥30人", weight: 10}', '"≥30人", weight: -10}')
    assert _only_problem(path).line == _line(lines, "C02")


def test_actuals_carry_the_budget_rows_spending_and_hand_rate(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("unit: 测试县林业站\nyear: 2025\nperiod: annual\nbudget_row:\n"
                    "  executed: {年度资金总额: 114, 财政拨款: 96, 上年结转资金: 18, 其他资金: 0}\n"
                    "  stated_rate: 100%\n", encoding="utf-8")
    a = load_actuals(path)
    assert a.budget_row.executed["年度资金总额"] == 114
    assert a.budget_row.stated_rate == "100%"
