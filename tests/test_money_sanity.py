"""Money that cannot be true: a negative amount spent is a located error; spending above the budget is
flagged, and spending hundreds of times the budget (元 typed under the 万元 heading) is an error, at the
threshold rules/plausibility.yaml sets."""
from __future__ import annotations

import pytest

from helpers import ROOT, copy_rules, edit, score
from scoring.errors import ScoringError

DEPT = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
DEPT_ANNUAL = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
PROJECT_ANNUAL = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"


def _copy(tmp_path, source, old, new):
    actuals = tmp_path / source.name
    actuals.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    edit(actuals, old, new)
    return actuals


def _line(path, needle):
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


@pytest.mark.parametrize("old, new, needle", [
    ("basic: 2781.2", "basic: -2781.2", "basic:"),
    ("离休及二乙残医疗保障经费: 3126.4", "离休及二乙残医疗保障经费: -3126.4", "离休及二乙残医疗保障经费"),
])
def test_a_negative_amount_spent_by_a_department_is_refused_at_its_line(tmp_path, old, new, needle):
    actuals = _copy(tmp_path, DEPT_ANNUAL, old, new)
    with pytest.raises(ScoringError) as e:
        score(DEPT, actuals)
    (problem,) = e.value.problems
    assert problem.code == "money.negative" and problem.line == _line(actuals, needle)


def test_a_negative_amount_spent_on_a_project_is_refused_at_its_line(tmp_path):
    actuals = _copy(tmp_path, PROJECT_ANNUAL, "年度资金总额: 188, 本年财政拨款: 170", "年度资金总额: -10, 本年财政拨款: -28")
    with pytest.raises(ScoringError) as e:
        score(PROJECT, actuals)
    assert [p.code for p in e.value.problems] == ["money.negative"] * 2
    assert {p.line for p in e.value.problems} == {_line(actuals, "executed:")}


def test_spending_above_the_budget_is_scored_and_flagged(tmp_path):
    actuals = _copy(tmp_path, PROJECT_ANNUAL, "年度资金总额: 188, 本年财政拨款: 170", "年度资金总额: 250, 本年财政拨款: 232")
    card = score(PROJECT, actuals)
    assert card.budget_row.points == card.budget_row.weight
    assert "over_budget" in [f.code for f in card.budget_row.flags]


def test_spending_within_the_budget_is_not_flagged():
    card = score(PROJECT, PROJECT_ANNUAL)
    assert "over_budget" not in [f.code for i in [*card.indicators, card.budget_row] for f in i.flags]


def test_yuan_under_the_wan_yuan_heading_is_an_error_at_the_spending(tmp_path):
    actuals = _copy(tmp_path, DEPT_ANNUAL, "basic: 2781.2", "basic: 27812000")
    with pytest.raises(ScoringError) as e:
        score(DEPT, actuals)
    (problem,) = e.value.problems
    assert problem.code == "money.looks_like_yuan" and problem.line == _line(actuals, "basic:")


def test_the_threshold_and_the_flag_are_the_rules_choice(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "plausibility.yaml", "error_times: 100", "error_times: 1000")
    edit(rules / "plausibility.yaml", "over_budget: flag", "over_budget: none")
    card = score(DEPT, _copy(tmp_path, DEPT_ANNUAL, "basic: 2781.2", "basic: 278120"), rules=rules)  # ~4 times
    (p03,) = [i for i in card.indicators if i.id == "P03"]
    assert "over_budget" not in [f.code for f in p03.flags]


@pytest.mark.parametrize("given", ["25", "-1"])
def test_an_assessors_points_outside_0_to_the_weight_are_an_error_at_the_entry(tmp_path, given):
    actuals = _copy(tmp_path, DEPT_ANNUAL, "points: 2.5", f"points: {given}")
    with pytest.raises(ScoringError) as e:
        score(DEPT, actuals)
    (problem,) = e.value.problems
    assert problem.code == "table.assessor_points_invalid"
    assert _line(actuals, "查询及时有效性:") <= problem.line <= _line(actuals, f"points: {given}")  # B03's entry


def test_an_assessors_points_within_the_weight_outside_the_band_still_fall_back_with_a_flag(tmp_path):
    card = score(DEPT, _copy(tmp_path, DEPT_ANNUAL, "points: 2.5", "points: 3.3"))  # 部分达成 band is below 99 %
    (b03,) = [i for i in card.indicators if i.id == "B03"]
    assert "points_out_of_band" in [f.code for f in b03.flags]


def _problems(targets, actuals):
    with pytest.raises(ScoringError) as e:
        score(targets, actuals)
    return e.value.problems


def _at(p):
    return p.code, p.line, p.column


def test_a_negative_amount_is_said_with_every_other_problem_of_the_file(tmp_path):
    """The negative amount was refused while the file was read, so it hid every problem found after."""
    actuals = _copy(tmp_path, DEPT_ANNUAL, "机关养老保险区级缺口资金: 2300", "机关养老保险区级缺口资金: -2300")
    edit(actuals, "离休干部增发养老金人数: {actual: 7人}", "离休干部增发养老金人数: {actual: 1O0人}")
    found = [_at(p) for p in _problems(DEPT, actuals)]
    assert found == [("facts.number_unreadable", 61, 16), ("money.negative", 107, 19)]  # in the file's order


def test_a_negative_amount_of_a_project_is_said_with_every_other_problem_of_the_file(tmp_path):
    actuals = _copy(tmp_path, PROJECT_ANNUAL, "年度资金总额: 188, 本年财政拨款: 170", "年度资金总额: -10, 本年财政拨款: 170")
    edit(actuals, "O01: 12.5公里", "O01: 12.5人")
    found = sorted((p.code, p.line) for p in _problems(PROJECT, actuals))
    assert found == [("facts.unit_mismatch", 9), ("money.negative", _line(actuals, "executed:"))]


def test_a_project_name_with_half_width_brackets_or_spaces_is_the_project(tmp_path):
    actuals = _copy(tmp_path, DEPT_ANNUAL, "城乡居民医疗保险区补资金（三保）: 19617", "城乡居民医疗保险区补资金(三保): 19617")
    edit(actuals, "机关养老保险区级缺口资金: 2300", "机关养老保险区级 缺口资金: 2300")
    card, original = score(DEPT, actuals), score(DEPT, DEPT_ANNUAL)
    assert card.total == original.total and card.budget == original.budget is not None


def test_a_misspelt_project_is_said_at_its_own_line_with_the_name_meant_and_only_once(tmp_path):
    actuals = _copy(tmp_path, DEPT_ANNUAL, "机关养老保险区级缺口资金: 2300", "机关养老保险缺口资金: 2300")
    (problem,) = _problems(DEPT, actuals)  # not again as the project missing: the same mistake
    assert _at(problem) == ("money.no_such_project_near", 107, 5)
    assert problem.zh.endswith("是否指：机关养老保险区级缺口资金")


def test_a_project_left_out_is_said_apart_from_a_name_that_means_another(tmp_path):
    actuals = _copy(tmp_path, DEPT_ANNUAL, "机关养老保险区级缺口资金: 2300", "机关养老保险缺口资金: 2300")
    edit(actuals, "    档案数字化管理及住院病案审核专项经费: 18.6\n", "    完全无关的名称: 18.6\n")
    found = _problems(DEPT, actuals)
    assert sorted(_at(p) for p in found) == [("money.no_such_project", 109, 5), ("money.no_such_project_near", 107, 5),
                                             ("money.projects_missing", 104, 3)]
    (missing,) = [p for p in found if p.code == "money.projects_missing"]
    assert missing.zh.endswith("：档案数字化管理及住院病案审核专项经费")


def test_a_project_given_twice_in_two_spellings_is_said_at_the_second(tmp_path):
    actuals = _copy(tmp_path, DEPT_ANNUAL, "    机关养老保险区级缺口资金: 2300\n",
                    "    机关养老保险区级缺口资金: 2300\n    机关养老保险区级 缺口资金: 2300\n")
    (problem,) = _problems(DEPT, actuals)
    assert _at(problem) == ("money.project_twice", 108, 5) and "第 107 行" in problem.zh


def test_yuan_under_the_wan_yuan_heading_is_said_at_the_largest_amount(tmp_path):
    actuals = _copy(tmp_path, DEPT_ANNUAL, "机关养老保险区级缺口资金: 2300", "机关养老保险区级缺口资金: 23000000")
    (problem,) = _problems(DEPT, actuals)
    assert _at(problem) == ("money.looks_like_yuan", 107, 19)


def test_yuan_in_a_projects_money_is_said_at_the_largest_amount(tmp_path):
    actuals = _copy(tmp_path, PROJECT_ANNUAL, "年度资金总额: 188, 本年财政拨款: 170, 上年结转资金: 18",
                    "年度资金总额: 1880000, 本年财政拨款: 1700000, 上年结转资金: 180000")
    (problem,) = _problems(PROJECT, actuals)
    assert _at(problem) == ("money.looks_like_yuan", _line(actuals, "executed:"), 22)
