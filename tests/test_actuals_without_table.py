"""Actuals given without their table are scored against the bundled example; where they are another unit's, the
error says that no table was given and how to give it."""
from __future__ import annotations

from helpers import ROOT, run_cli

FOREST = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"


def test_another_units_actuals_without_a_table_say_the_example_was_used():
    code, out, err = run_cli(["evaluate", "--actuals", FOREST, "--lang", "en"], cwd=ROOT)
    assert (code, out) == (2, "")
    lines = err.strip().splitlines()
    assert "the actuals are for" in lines[0]
    assert lines[-1] == ("targets/2025/jiangning-social-insurance.yaml: error: no target table was given, so the "
                         "bundled example was used; give the table the actuals are for: "
                         "scoring evaluate TABLE.yaml --actuals FILE")


def test_with_the_table_given_the_unit_mismatch_is_said_alone():
    table = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
    code, _, err = run_cli(["evaluate", table, "--actuals", FOREST, "--lang", "zh"], cwd=ROOT)
    assert code == 2 and "内置示例" not in err and "不一致" in err
