"""`scoring explain budget_row` shows the budget row as the scorecard does: beside the target the table prints."""
from __future__ import annotations

from helpers import ROOT, run_cli

TABLE = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"


def _with_printed_target(tmp_path, target: str):
    text = TABLE.read_text(encoding="utf-8")
    assert "budget_row:\n  name: 预算执行率\n  weight: 10\n" in text
    path = tmp_path / "forest.yaml"
    path.write_text(text.replace("budget_row:\n  name: 预算执行率\n  weight: 10\n",
                                 f'budget_row:\n  name: 预算执行率\n  weight: 10\n  target: "{target}"\n'), encoding="utf-8")
    return path


def test_explain_shows_the_printed_target_as_the_scorecard_does(tmp_path):
    table = _with_printed_target(tmp_path, "≥90%")
    args = [table, "--actuals", ACTUALS, "--rules", ROOT / "rules"]
    code, out, err = run_cli(["explain", "budget_row", *args])
    assert code == 0, err
    assert out.splitlines()[1].startswith("目标: ≥90%"), out
    code, card, _ = run_cli(["evaluate", *args, "--format", "markdown", "--out", "-"])
    assert code == 0 and "≥90%" in card


def test_without_a_printed_target_explain_shows_the_scoring_basis():
    code, out, _ = run_cli(["explain", "budget_row", TABLE, "--rules", ROOT / "rules"])
    assert code == 0 and out.splitlines()[1].startswith("目标: =100%")
