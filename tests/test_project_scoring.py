"""A 项目支出 table scores to the cent: per-row 分值 as written, the budget row from the money."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from helpers import FIXTURES, MINI_ANNUAL, MINI_TARGETS, RULES, copy_rules, edit, score
from scoring.errors import ScoringError

PROJECT = FIXTURES / "project.targets.yaml"
ACTUALS = FIXTURES / "project.annual.yaml"


def _copy(tmp_path, src, old: str = "", new: str = ""):
    text = src.read_text(encoding="utf-8")
    if old:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / src.name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_project_table_scores_its_rows_as_written_and_its_budget_row_from_the_money():
    card = score(PROJECT, ACTUALS)
    assert card.kind == "project" and card.project == "森林防火能力提升项目"
    assert {i.id: i.weight for i in card.indicators} == {"C01": 20, "C02": 10, "C03": 10, "C04": 10, "E01": 30, "S01": 10}
    row = card.budget_row
    assert (row.name, row.weight, row.points, row.rule.id) == ("资金执行率", 10, Decimal("9.50"), "budget-row")
    assert "hand_rate_differs" in [f.code for f in row.flags]  # the hand-written 100 % against 95 % from the money
    assert row.actual == "95.00%"
    assert card.budget.rate == Decimal("95.00")
    assert card.total == Decimal("95.50") == sum(i.points for i in card.indicators) + row.points
    assert card.max_total == 100 and card.grade == "优" and card.grade_basis is None
    assert all(i.id != "budget_row" for i in card.indicators)  # kept apart from the tree


def test_the_budget_row_is_capped_at_full_points(tmp_path):
    actuals = _copy(tmp_path, ACTUALS, "年度资金总额: 114, 财政拨款: 96, 上年结转资金: 18", "年度资金总额: 130, 财政拨款: 110, 上年结转资金: 20")
    assert score(PROJECT, actuals).budget_row.points == 10


def test_the_total_spent_may_be_left_to_the_sum_of_its_sources(tmp_path):
    actuals = _copy(tmp_path, ACTUALS, "年度资金总额: 114, ", "")
    assert score(PROJECT, actuals).budget_row.points == Decimal("9.50")


def test_a_hand_rate_without_the_money_is_never_scored(tmp_path):
    actuals = _copy(tmp_path, ACTUALS, "  executed: {年度资金总额: 114, 财政拨款: 96, 上年结转资金: 18, 其他资金: 0}\n", "")
    row = score(PROJECT, actuals).budget_row
    assert (row.rule.id, row.points, row.status) == ("budget-row-no-money", 0, "missing")  # the money spent not given: not reported


def test_a_zero_budget_is_an_error_at_the_funds_total_row(tmp_path):
    targets = _copy(tmp_path, PROJECT, "{source: 年度资金总额, initial: 100, annual: 120}", "{source: 年度资金总额, initial: 0, annual: 0}")
    with pytest.raises(ScoringError) as e:
        score(targets, ACTUALS)
    [problem] = e.value.problems
    assert problem.file.endswith("project.targets.yaml")
    assert problem.line == _line(targets, "年度资金总额") and problem.code == "table.zero_budget"


def test_sources_that_do_not_add_up_to_the_total_spent_are_an_error_at_the_actuals(tmp_path):
    actuals = _copy(tmp_path, ACTUALS, "财政拨款: 96", "财政拨款: 90")
    with pytest.raises(ScoringError) as e:
        score(PROJECT, actuals)
    [problem] = e.value.problems
    assert problem.line == _line(actuals, "executed") and problem.code == "table.spent_parts_differ"
    assert "108" in problem.en and "114" in problem.en


def test_a_source_the_table_lacks_is_an_error(tmp_path):
    actuals = _copy(tmp_path, ACTUALS, "其他资金: 0", "社会资金: 0")
    with pytest.raises(ScoringError) as e:
        score(PROJECT, actuals)
    [problem] = e.value.problems
    assert problem.code == "table.unknown_fund_source" and "社会资金" in problem.zh and "其他资金" in problem.zh


def test_a_source_the_table_lacks_is_said_at_its_name_with_a_negative_amount_beside_it(tmp_path):
    actuals = _copy(tmp_path, ACTUALS, "其他资金: 0", "社会资金: 0")
    edit(actuals, "上年结转资金: 18", "上年结转资金: -18")
    with pytest.raises(ScoringError) as e:
        score(PROJECT, actuals)
    text = actuals.read_text(encoding="utf-8").splitlines()[_line(actuals, "executed") - 1]
    found = [(p.code, p.line, p.column) for p in e.value.problems]
    assert found == [("money.negative", 13, text.index("-18") + 1), ("table.unknown_fund_source", 13, text.index("社会资金") + 1)]


def test_points_that_total_78_are_shown_as_such_and_graded_on_the_share(tmp_path):
    # the case: weights summing to 78 were graded as if out of 100
    targets = _copy(tmp_path, PROJECT, "annual: 显著提升, weight: 30", "annual: 显著提升, weight: 8")
    actuals = _copy(tmp_path, ACTUALS, "{actual: 达成, points: 27}", "达成")  # 27 points no longer fit the row
    card = score(targets, actuals)
    assert card.max_total == 78
    e01 = next(i for i in card.indicators if i.id == "E01")
    assert e01.weight == 8
    assert card.total == sum(i.points for i in card.indicators) + card.budget_row.points
    assert card.grade_basis == (card.total / card.max_total * 100).quantize(Decimal("0.01"))
    assert card.grade == "优"  # 74.70 of 78 is 95.77 of 100


def test_check_warns_of_points_short_of_the_full_mark_with_each_level1s_sum(tmp_path, capsys):
    targets = _copy(tmp_path, PROJECT, "annual: 显著提升, weight: 30", "annual: 显著提升, weight: 8")
    code, lines = _check(targets, capsys)
    [line] = [line for line in lines if "full mark" in line]
    assert code == 0 and line.startswith(f"{targets}:{_line(targets, 'level1: 产出指标')}:")
    assert "add up to 78 (产出指标 50, 效益指标 8, 满意度指标 10, 资金执行率 10)" in line


def test_a_project_table_without_points_per_row_takes_the_national_default(tmp_path):
    text = re.sub(r", weight: \d+\}", "}", PROJECT.read_text(encoding="utf-8"))
    targets = tmp_path / "t.yaml"
    targets.write_text(text, encoding="utf-8")
    card = score(targets, ACTUALS)
    by_l1: dict[str, Decimal] = {}
    for i in card.indicators:
        by_l1[i.level1] = by_l1.get(i.level1, Decimal(0)) + i.weight
    assert by_l1 == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}  # 产出指标 is weights.yaml's 产出
    assert card.budget_row.weight == 10 and card.max_total == 100


def test_an_own_points_error_in_weights_yaml_is_said_at_that_entry(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "weights.yaml", "own: []", "own:\n  - {path: [过程, 预算执行], points: 30}")
    with pytest.raises(ScoringError) as e:
        score(MINI_TARGETS, MINI_ANNUAL, rules=rules)
    [problem] = e.value.problems
    assert problem.line == _line(rules / "weights.yaml", "points: 30")


def _line(path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)



def _check(path, capsys) -> tuple[int, list[str]]:
    from scoring.cli import main

    code = main(["check", str(path), "--rules", str(RULES), "--lang", "en"])
    captured = capsys.readouterr()
    return code, (captured.out + captured.err).splitlines()


def test_check_calls_a_zero_budget_an_error_at_its_row(tmp_path, capsys):
    # the case: a form whose 年度资金总额 row is 0/0/0 passed check and scored the hand-typed 0 %
    targets = _copy(tmp_path, PROJECT, "annual: 120}", "annual: 0}")
    targets = _copy(tmp_path, targets, "annual: 100}", "annual: 0}")
    targets = _copy(tmp_path, targets, "annual: 20}", "annual: 0}")
    code, lines = _check(targets, capsys)
    assert code == 2
    assert any(line.startswith(f"{targets}:{_line(targets, '年度资金总额')}:") and "annual budget" in line for line in lines)


def test_check_calls_sources_that_do_not_add_up_an_error(tmp_path, capsys):
    targets = _copy(tmp_path, PROJECT, "{source: 上年结转资金, initial: 0, annual: 20}", "{source: 上年结转资金, initial: 0, annual: 15}")
    code, lines = _check(targets, capsys)
    assert code == 2
    assert any(f":{_line(targets, '年度资金总额')}:" in line and "adds up to 115" in line for line in lines)


def test_check_warns_of_a_project_table_without_a_budget_row(tmp_path, capsys):
    text = re.sub(r", weight: \d+\}", "}", PROJECT.read_text(encoding="utf-8")).replace(
        "budget_row: {name: 资金执行率}\n", "")
    targets = tmp_path / "t.yaml"
    targets.write_text(text, encoding="utf-8")
    code, lines = _check(targets, capsys)
    assert code == 0 and any("no budget row" in line for line in lines)


REPEATED = """  - level1: 产出指标
    groups:
      - level2: 数量指标
        items:
          - {id: C05, name: 宣传培训, annual: "≥4次"}
"""


def test_the_same_level1_twice_is_one_group_that_never_totals_above_its_max(tmp_path, capsys):
    # the case: 产出 under each 年度目标 passed check and evaluated to 总分 160.00 / 100.00
    text = re.sub(r", weight: \d+\}", "}", PROJECT.read_text(encoding="utf-8")) + REPEATED
    targets = tmp_path / "t.yaml"
    targets.write_text(text, encoding="utf-8")
    card = score(targets, ACTUALS)
    output = [i for i in card.indicators if i.level1 == "产出指标"]
    assert [i.id for i in output] == ["C01", "C02", "C03", "C04", "C05"]  # the published order
    assert sum(i.weight for i in output) == 50
    assert card.max_total == 100 and card.total <= 100
    code, lines = _check(targets, capsys)
    repeat_line = len(text.splitlines()) - len(REPEATED.splitlines()) + 1
    assert code == 0
    assert any(line.startswith(f"{targets}:{repeat_line}:") and "appears again" in line for line in lines)


WORKAROUND = """  - level1: 预算执行
    groups:
      - level2: 预算执行
        items:
          - {id: Z01, name: 资金执行率, annual: "=100%", weight: 10}
"""


def test_the_old_workaround_row_named_zijin_zhixinglv_is_scored_from_the_money_and_flagged(tmp_path, capsys):
    # the case: an invented 一级 holding 资金执行率 scored the hand-typed 100 % as full
    text = PROJECT.read_text(encoding="utf-8").replace("budget_row: {name: 资金执行率, weight: 10}\n", "") + WORKAROUND
    targets = tmp_path / "t.yaml"
    targets.write_text(text, encoding="utf-8")
    actuals = _copy(tmp_path, ACTUALS, "  C01: 12.5公里", "  Z01: 100%\n  C01: 12.5公里")
    row = next(i for i in score(targets, actuals).indicators if i.id == "Z01")
    assert (row.rule.id, row.points) == ("budget-execution", Decimal("9.50"))
    assert "hand_rate_differs" in [f.code for f in row.flags]
    code, lines = _check(targets, capsys)
    assert any(f":{_line(targets, 'Z01')}:" in line and "move it to budget_row" in line for line in lines)


def test_a_level1_that_weights_yaml_does_not_know_is_said_at_that_level1(tmp_path):
    text = MINI_TARGETS.read_text(encoding="utf-8").replace("  - level1: 履职", "  - level1: 履职情况")
    targets = tmp_path / "t.yaml"
    targets.write_text(text, encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        score(targets, MINI_ANNUAL)
    lacking = [p for p in e.value.problems if p.code == "table.weights_lack_level1"]
    assert [(p.file.endswith("t.yaml"), p.line) for p in lacking] == [(True, _line(targets, "level1: 履职情况"))]
