"""Values that cannot be true, as rules/plausibility.yaml decides: a negative count is an error, a
satisfaction rate above 100 % a flag; both are the rules' choice, not the code's."""
from __future__ import annotations

import pytest

from helpers import MINI_ANNUAL, copy_rules, edit, score
from scoring.errors import ScoringError


def _actuals(tmp_path, old, new):
    actuals = tmp_path / "a.yaml"
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8"), encoding="utf-8")
    edit(actuals, old, new)
    return actuals


def test_a_negative_count_of_people_is_a_located_error(tmp_path):
    with pytest.raises(ScoringError) as e:
        score(actuals=_actuals(tmp_path, "actual: 980人", "actual: -5人"))
    (problem,) = e.value.problems
    assert problem.code == "plausibility.negative_count" and problem.line == 10


def test_a_satisfaction_rate_above_100_percent_is_flagged(tmp_path):
    card = score(actuals=_actuals(tmp_path, "S01: 99.5%", "S01: 105%"))
    (s01,) = [i for i in card.indicators if i.id == "S01"]
    assert "over_100" in [f.code for f in s01.flags]
    assert "105%" in s01.flags[-1].message.en


def test_the_rules_decide_severity_and_lists(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "plausibility.yaml", "  severity: error", "  severity: flag")
    edit(rules / "plausibility.yaml", "names: [满意度, 满意率,", "names: [满意度,")
    card = score(actuals=_actuals(tmp_path, "actual: 980人", "actual: -5人"), rules=rules)
    assert "negative_count" in [f.code for i in card.indicators for f in i.flags]
    card = score(actuals=_actuals(tmp_path, "S01: 99.5%", "S01: 105%"), rules=rules)  # 满意率 no longer listed
    assert "over_100" not in [f.code for i in card.indicators for f in i.flags]
    (rules / "plausibility.yaml").unlink()  # no file: nothing is checked
    assert score(actuals=_actuals(tmp_path, "actual: 980人", "actual: -5人"), rules=rules).total is not None


def test_an_unknown_unit_in_the_settings_is_located(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "plausibility.yaml", "units: [人,", "units: [人们,")
    from scoring.rulebook.load import load_rules
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    assert e.value.problems[0].code == "plausibility.unknown_unit" and e.value.problems[0].line == 4


@pytest.mark.parametrize("typed, hint", [("9x0人", False), ("98O人", True), ("l00人", True)])
def test_an_unreadable_actual_is_told_what_an_actual_looks_like(tmp_path, typed, hint):
    """The target grammar's message asked a clerk for 运算符+数字+单位, an operator the actual must not have;
    a letter typed for a digit is said. A numeric row's message asks for a number in the target's form, not
    for a word it would refuse."""
    with pytest.raises(ScoringError) as e:
        score(actuals=_actuals(tmp_path, "actual: 980人", f"actual: {typed}"))
    (problem,) = e.value.problems
    assert problem.code == "facts.number_unreadable" and problem.line == 10
    assert "运算符" not in problem.zh and ("是字母" in problem.zh) == hint
    assert "评价词" not in problem.zh and "evaluation word" not in problem.en and "（如 1000人）" in problem.zh


def test_an_unreadable_actual_of_a_qualitative_row_may_be_a_word(tmp_path):
    with pytest.raises(ScoringError) as e:
        score(actuals=_actuals(tmp_path, "D01: 基本健全", "D01: 9x0"))
    (problem,) = e.value.problems
    assert problem.code == "facts.actual_unreadable" and problem.line == 5 and "评价词" in problem.zh


@pytest.mark.parametrize("old, typed, meant", [("S01: 99.5%", "S01: 98,6%", "98.6%"), ("S01: 99.5%", "S01: 98，6%", "98.6%"),
                                               ("F01: {actual: 980人, reason: 自然减员}", "F01: 9,80人", "9.80人")])
def test_a_comma_for_the_decimal_point_is_told_with_the_number_meant(tmp_path, old, typed, meant):
    with pytest.raises(ScoringError) as e:
        score(actuals=_actuals(tmp_path, old, typed))
    (problem,) = e.value.problems
    assert problem.code == "facts.number_unreadable"
    assert f"是否指「{meant}」" in problem.zh and f"did you mean '{meant}'" in problem.en


def test_a_comma_before_other_mistakes_is_not_taken_for_a_decimal_point(tmp_path):
    with pytest.raises(ScoringError) as e:
        score(actuals=_actuals(tmp_path, "F01: {actual: 980人, reason: 自然减员}", "F01: 9,8x人"))
    assert "是否指" not in e.value.problems[0].zh


@pytest.mark.parametrize("typed, hint", [("O人", True), ("FO人", False)])
def test_a_letter_alone_where_a_number_is_expected_is_said_as_a_letter(tmp_path, typed, hint):
    """O人 reads as a word, which a number target refuses; the letter is the likelier mistake."""
    with pytest.raises(ScoringError) as e:
        score(actuals=_actuals(tmp_path, "actual: 980人", f"actual: {typed}"))
    (problem,) = e.value.problems
    assert problem.code == "facts.not_a_number" and problem.line == 10
    assert ("「O」是字母" in problem.zh) == hint


def test_a_department_budget_of_zero_is_an_error_not_a_rate_silently_missing(tmp_path):
    """A project table's zero budget was an error; a department's left the rate out without a word."""
    from helpers import MINI_TARGETS

    targets = tmp_path / "t.yaml"
    targets.write_text(MINI_TARGETS.read_text(encoding="utf-8"), encoding="utf-8")
    edit(targets, "basic: {half_year: 10, annual: 20}", "basic: {half_year: 0, annual: 0}")
    edit(targets, "projects_total: {half_year: 40, annual: 80}", "projects_total: {half_year: 0, annual: 0}")
    edit(targets, "{name: 项目甲, half_year: 40, annual: 80}", "{name: 项目甲, half_year: 0, annual: 0}")
    with pytest.raises(ScoringError) as e:
        score(targets=targets)
    assert [p.code for p in e.value.problems] == ["facts.zero_budget"]
