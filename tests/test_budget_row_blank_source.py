"""A project's 执行数 given for some sources with another left blank (and no total) is an error at the budget row
naming the blank source: it was scored as not reported, 0 of the row's 10 points, without a word."""
from __future__ import annotations

from pathlib import Path

from helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"
GIVEN = "  executed: {年度资金总额: 188, 本年财政拨款: 170, 上年结转资金: 18, 其他资金: 0}"


def _evaluate(tmp_path, executed: str, *more: str):
    text = ACTUALS.read_text(encoding="utf-8")
    assert GIVEN in text
    actuals = tmp_path / "a.yaml"
    actuals.write_text(text.replace(GIVEN, f"  executed: {executed}"), encoding="utf-8")
    return actuals, run_cli(["evaluate", str(TABLE), "--actuals", str(actuals), "--format", "json", "--out", "-", *more])


def test_a_blank_source_beside_filled_ones_is_an_error_naming_it(tmp_path):
    actuals, (code, out, err) = _evaluate(tmp_path, "{本年财政拨款: 170, 上年结转资金: 18}", "--lang", "en")
    assert code == 2 and out == ""
    assert err.startswith(f"{actuals}:20:3: error: ") and "'其他资金' is blank" in err and "'年度资金总额'" in err


def test_the_parts_all_given_or_none_given_score_as_before(tmp_path):
    _, (code, out, err) = _evaluate(tmp_path, "{本年财政拨款: 170, 上年结转资金: 18, 其他资金: 0}")
    assert code == 0, err
    assert '"status": "missing"' not in out.split('"budget_row"')[1][:2000]
    _, (code, out, err) = _evaluate(tmp_path, "{}")
    assert code == 0, err  # nothing reported yet: the row is missing, as before
