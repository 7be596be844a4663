"""A number up to 1 without % against a percentage target reads two ways (0.5: 50 % as a fraction, or 0.5 %
without its sign) and is asked about wherever the two would score apart: against ≤5%, =0% and ≥3% as against
≥99%; not against ≤100%, which both readings are within. A percentage actual against a target without a unit
(=1, an exported 100 %) is said to be the table's slip, and a rate from the money against it is not scored."""
from __future__ import annotations

import json

import pytest

from helpers import ROOT, RULES, run_cli

TABLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
# (row, its line in ACTUALS as committed, the target)
ROWS = {"P04": ("  结转结余率: {actual: 0%}", "=0%"), "P05": ("  公用经费控制率: {actual: 96.5%}", "≤100%")}


def _evaluate(tmp_path, actuals_text, table=TABLE, lang="en"):
    actuals = tmp_path / "a.annual.yaml"
    actuals.write_text(actuals_text, encoding="utf-8")
    return run_cli(["--lang", lang, "evaluate", table, "--actuals", actuals, "--rules", RULES, "--format", "json",
                    "--out", "-", "--engine", "python"])


def _with(line: str, new: str) -> str:
    text = ACTUALS.read_text(encoding="utf-8")
    assert line in text
    return text.replace(line, new)


def test_half_against_a_zero_target_is_asked_about(tmp_path):
    code, out, err = _evaluate(tmp_path, _with(ROWS["P04"][0], "  结转结余率: {actual: 0.5}"))
    assert code == 2 and "the actual '0.5' has no %, and the target is =0%: for 50% write '50%'" in err


def test_half_against_an_upper_bound_of_100_percent_is_scored(tmp_path):
    code, out, err = _evaluate(tmp_path, _with(ROWS["P05"][0], "  公用经费控制率: {actual: 0.5}"))
    assert code == 0, err
    [row] = [i for i in json.loads(out)["indicators"] if i["id"] == "P05"]
    assert row["points"] == row["weight"]


P03 = '            name: 预算执行率\n            half_year: "=50%"\n            annual: "=100%"\n'


def _table_with_p03(tmp_path, annual: str, half: str):
    text = TABLE.read_text(encoding="utf-8")
    assert P03 in text
    table = tmp_path / "t.yaml"
    table.write_text(text.replace(P03, P03.replace('"=100%"', annual).replace('"=50%"', half)), encoding="utf-8")
    return table


def test_a_percentage_against_a_target_without_unit_points_at_the_table(tmp_path):
    table = _table_with_p03(tmp_path, '"=1"', '"=0.5"')
    code, out, err = _evaluate(tmp_path, ACTUALS.read_text(encoding="utf-8"), table)  # P03 written 100%
    assert code == 2 and "the actual '100%' is a percentage and the target '=1' has no unit" in err
    assert "write it '=100%' in the target table" in err


def test_a_rate_from_the_money_is_not_scored_against_a_target_without_percent(tmp_path):
    table = _table_with_p03(tmp_path, '"=1"', '"=0.5"')
    text = ACTUALS.read_text(encoding="utf-8")
    hand = "  预算执行率:\n    actual: 100%   # 手填值；计分按 spending 重新计算\n"
    assert hand in text
    code, out, err = _evaluate(tmp_path, text.replace(hand, ""), table)
    assert code == 2 and "P03" in err and "the target 1 has no %, so they cannot be compared" in err
