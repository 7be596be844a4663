"""The budget row shows the target the approved table prints for it (≥90%), not the =100% it is scored by.

The row is scored from the money, points × rate (DOMAIN §2), whatever the table prints; its status must not
contradict the printed target (96.09 % against ≥95 % is 达成), and a point lost still needs a reason (§6.7).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from scoring.actuals import load_actuals
from scoring.evaluate import evaluate
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets

from helpers import RULES, ROOT, edit, run_cli

TARGETS = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"  # 188 of 200 spent: 94.00 %


def _files(tmp_path: Path, target: str | None, reason: bool = True) -> tuple[Path, Path]:
    targets, actuals = tmp_path / "t.yaml", tmp_path / "a.yaml"
    targets.write_text(TARGETS.read_text(encoding="utf-8"), encoding="utf-8")
    actuals.write_text(ACTUALS.read_text(encoding="utf-8"), encoding="utf-8")
    if target is not None:
        edit(targets, "  name: 预算执行率\n  weight: 10\n", f'  name: 预算执行率\n  weight: 10\n  target: "{target}"\n')
    if not reason:
        edit(actuals, "  reason: 部分工程款待验收后支付\n", "")
    return targets, actuals


def _row(tmp_path, target, reason=True):
    targets, actuals = _files(tmp_path, target, reason)
    card = evaluate(load_targets(targets), load_actuals(actuals), load_rules(RULES), "annual", engine="python")
    return card.budget_row


def test_the_printed_target_is_shown_and_met_reads_met(tmp_path):
    row = _row(tmp_path, "≥90%")
    assert row.target == "≥90%"
    assert row.status == "met"  # 94.00 % beats the approved ≥90 %
    assert (row.points, row.lost) == (Decimal("9.40"), Decimal("0.60"))  # still points × rate
    assert "按资金计分" in row.explanation.zh and "≥90%" in row.explanation.zh
    assert "scored from the money" in row.explanation.en
    assert not any(f.code == "no_reason" for f in row.flags)  # the reason is written


def test_a_point_lost_still_asks_for_its_reason_when_the_printed_target_is_met(tmp_path):
    row = _row(tmp_path, "≥90%", reason=False)
    assert row.status == "met"
    assert any(f.code == "no_reason" for f in row.flags)


def test_a_printed_target_missed_is_partial(tmp_path):
    row = _row(tmp_path, "≥95％")  # full-width ％, as a table prints it
    assert row.target == "≥95%"
    assert row.status == "partial"


def test_without_a_printed_target_the_row_is_as_before(tmp_path):
    row = _row(tmp_path, None)
    assert row.target == "=100%"
    assert row.status == "partial"
    assert "≥" not in row.explanation.zh


def test_a_printed_target_that_cannot_be_read_is_a_located_error(tmp_path):
    targets, actuals = _files(tmp_path, "≥九十%")
    code, out, err = run_cli(["evaluate", str(targets), "--actuals", str(actuals), "--rules", str(RULES),
                              "--lang", "en"])
    assert code == 2
    assert "t.yaml:" in err and "Traceback" not in err


def test_the_cli_reports_the_printed_target(tmp_path):
    targets, actuals = _files(tmp_path, "≥90%")
    code, out, err = run_cli(["evaluate", str(targets), "--actuals", str(actuals), "--rules", str(RULES),
                              "--format", "json", "--out", "-", "--lang", "zh"])
    assert code == 0, err
    row = json.loads(out)["budget_row"]
    assert row["target"] == "≥90%" and row["status"] == "met"
    code, out, err = run_cli(["evaluate", str(targets), "--actuals", str(actuals), "--rules", str(RULES),
                              "--lang", "zh"], env={"COLUMNS": "120"})
    assert code == 0, err
    line = next(x for x in out.splitlines() if "预算执行率" in x and "9.40" in x)
    assert "≥90%" in line and "部分达成" not in line and "=100%" not in line


def test_without_the_money_spent_the_printed_target_is_shown_beside_the_zero(tmp_path):
    targets, actuals = _files(tmp_path, "≥90%")
    edit(actuals, "  executed: {年度资金总额: 188, 本年财政拨款: 170, 上年结转资金: 18, 其他资金: 0}\n", "")
    card = evaluate(load_targets(targets), load_actuals(actuals), load_rules(RULES), "annual", engine="python")
    row = card.budget_row
    assert (row.target, row.points, row.rule.id) == ("≥90%", Decimal("0.00"), "budget-row-no-money")
    assert row.status != "met"


def test_at_mid_year_the_row_is_read_against_the_time_progress(tmp_path):
    targets, _ = _files(tmp_path, "≥90%")
    h1 = tmp_path / "a.h1.yaml"
    code, _, err = run_cli(["template", str(targets), "--period", "h1", "-o", str(h1), "--rules", str(RULES)])
    assert code == 0, err
    card = evaluate(load_targets(targets), load_actuals(h1), load_rules(RULES), "h1", engine="python")
    assert card.budget_row.target == "=50%"
