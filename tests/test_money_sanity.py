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
