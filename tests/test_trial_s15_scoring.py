"""Trial s15's scoring findings (#3, #11, #12): what a clerk and an auditor read of a row is what was scored."""
from __future__ import annotations

import json

from scoring.catalogue import say
from tests.helpers import ROOT, run_cli

FOREST = str(ROOT / "targets" / "2025" / "forest-fire-prevention.yaml")


def _h1_actuals(tmp_path, indicators: str = "", budget_row: str = "") -> str:
    """A half-year actuals file for the project table, with the entries given (YAML lines)."""
    path = tmp_path / "forest.h1.yaml"
    path.write_text("unit: 示例县林业工作站\nyear: 2025\nperiod: h1\n"
                    f"indicators:\n{indicators or '  {}'}\n{budget_row}", encoding="utf-8")
    return str(path)


def _card(args: list[str], lang: str = "zh") -> dict:
    result = run_cli(["--lang", lang, "evaluate", *args, "--format", "json", "--out", "-"])
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _row(card: dict, ident: str) -> dict:
    return next(r for r in card["indicators"] if r["id"] == ident)


def test_points_on_a_qualitative_row_without_its_outcome_say_the_outcome_is_needed_not_a_formula(tmp_path):
    # trial s15 #3: B02 (target 显著提升) with the assessor's 7 and no outcome word was told "scored by formula"
    actuals = _h1_actuals(tmp_path, "  B02: {points: 7}")
    for lang in ("zh", "en"):
        row = _row(_card([FOREST, "--period", "h1", "--actuals", actuals], lang), "B02")
        assert (row["points"], row["status"]) == (0.0, "missing")
        said = {f["code"]: f["message"] for f in row["flags"]}
        assert said["points_ignored"] == say("flags.points_need_outcome", lang, points="7")
        assert say("flags.points_ignored", lang) not in said.values()


def test_points_beside_a_numeric_actual_are_still_said_to_be_scored_by_formula(tmp_path):
    actuals = _h1_actuals(tmp_path, "  O01: {actual: 6公里, points: 3}")
    said = {f["code"]: f["message"] for f in _row(_card([FOREST, "--period", "h1", "--actuals", actuals]), "O01")["flags"]}
    assert said["points_ignored"] == say("flags.points_ignored", "zh")


def test_the_half_year_budget_row_without_its_money_is_red_counted_and_asks_a_measure(tmp_path):
    # trial s15 #12: the project's budget row with no money had no light, was not counted, asked no measure,
    # while the department's 预算执行率 in the same state is red (rules/monitoring.yaml: not reported is red);
    # a hand-written rate is no report of the money
    actuals = _h1_actuals(tmp_path, budget_row="budget_row:\n  stated_rate: 50%\n")
    row = _card([FOREST, "--period", "h1", "--actuals", actuals])["budget_row"]
    assert row["monitor"] == "red"
    assert "needs_measure" in {f["code"] for f in row["flags"]}
    args = ["evaluate", FOREST, "--period", "h1", "--actuals", actuals]
    for lang, red in (("zh", "红 10"), ("en", "red 10")):  # the 9 indicators, none reported, and the budget row
        assert red in run_cli(["--lang", lang, *args], env={"COLUMNS": "100"}).stdout
        markdown = run_cli(["--lang", lang, *args, "--format", "markdown", "--out", "-"]).stdout
        assert f"{red}；" in markdown or f"{red}; " in markdown
        assert "\n| 预算执行率 | **" in markdown  # among the rows to explain, by its name


def test_the_half_year_budget_row_with_its_money_keeps_its_light_from_the_time_progress(tmp_path):
    actuals = _h1_actuals(tmp_path, budget_row="budget_row:\n  executed: {年度资金总额: 80}\n")
    row = _card([FOREST, "--period", "h1", "--actuals", actuals])["budget_row"]
    assert row["monitor"] == "green"  # 80 ÷ 200 = 40 %, ÷ the time progress 50 % = 80 %: green (monitoring.yaml)


def test_explain_budget_row_gives_the_rules_the_moneys_rate_and_shows_the_hand_rate_apart():
    # trial s15 #11: the header said 实际 94.00%, the fact had the hand-written 100 as actual and ratio, and
    # lower-bound-met "matched" because of it
    for lang in ("zh", "en"):
        said = run_cli(["--lang", lang, "explain", "budget_row", FOREST])
        assert said.returncode == 0, said.stderr
        lines = said.stdout.splitlines()
        assert {"  actual = 94", "  ratio = 94", "  money_rate = 94", "  has_actual = true"} <= set(lines)
        assert not any("lower-bound-met" in line for line in lines)
        assert say("explain.stated_rate", lang, rate="100%") in lines
        assert any("hand_rate_differs" in line for line in lines)  # still compared, and said


def test_a_budget_row_with_only_a_hand_written_rate_is_missing_not_a_reported_row(tmp_path):
    actuals = _h1_actuals(tmp_path, budget_row="budget_row:\n  stated_rate: 50%\n")
    row = _card([FOREST, "--period", "h1", "--actuals", actuals])["budget_row"]
    assert (row["rule"]["id"], row["points"], row["status"]) == ("budget-row-no-money", 0.0, "missing")
    assert "missing_actual" in {f["code"] for f in row["flags"]}
