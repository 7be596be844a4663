"""A point lost on a project's budget row (预算执行率) has its 偏差原因 on the 自评表 itself, in the money block,
and `scoring audit` holds a lost point without a reason against the budget row as against any row (DOMAIN §6.7)."""
from __future__ import annotations

import json
from pathlib import Path

from xlsx_read import load_workbook

from helpers import RULES, ROOT, edit, run_cli

TARGETS = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"  # 94.00 %: 0.60 lost, with a reason
REASON = "部分工程款待验收后支付"


def _form(tmp_path: Path, reason: bool = True, lang: str = "zh") -> Path:
    actuals = tmp_path / "a.yaml"
    actuals.write_text(ACTUALS.read_text(encoding="utf-8"), encoding="utf-8")
    if not reason:
        edit(actuals, f"  reason: {REASON}\n", "")
    out = tmp_path / f"form-{lang}.xlsx"
    code, _, err = run_cli(["evaluate", str(TARGETS), "--actuals", str(actuals), "--rules", str(RULES),
                            "--format", "xlsx", "--out", str(out), "--engine", "python", "--lang", lang])
    assert code == 0, err
    return out


def _audit(path: Path, lang: str = "en") -> dict:
    code, out, err = run_cli(["audit", str(path), "--rules", str(RULES), "--format", "json", "--out", "-",
                              "--engine", "python", "--lang", lang])
    assert code in (0, 1), err
    return json.loads(out)


def _budget_row(report: dict) -> dict:
    return next(r for r in report["rows"] if r["budget"])


def _row_of(ws, text: str) -> int:
    return next(c.row for row in ws.iter_rows() for c in row if isinstance(c.value, str) and text in c.value)


def test_the_budget_rows_reason_is_in_the_money_block_of_the_form(tmp_path):
    ws = load_workbook(_form(tmp_path)).worksheets[0]
    at = _row_of(ws, REASON)
    assert _row_of(ws, "年度资金总额") < at < _row_of(ws, "年度总体目标")  # the money block, above the goals
    assert ws.cell(at, 3).value == "偏差原因分析及改进措施"  # labelled as the indicator block's reasons are
    assert ws.cell(at, 1).value is None or ws.cell(at, 1).coordinate in ws.merged_cells  # under 项目资金（万元）
    assert any(f"A{_row_of(ws, '项目资金')}:B{at}" == str(r) for r in ws.merged_cells.ranges)


def test_the_english_form_too(tmp_path):
    ws = load_workbook(_form(tmp_path, lang="en")).worksheets[0]
    at = _row_of(ws, REASON)
    assert ws.cell(at, 3).value == "Deviation: reason and corrective measure"


def test_no_row_for_a_reason_where_the_budget_row_lost_nothing(tmp_path):
    actuals = tmp_path / "a.yaml"
    actuals.write_text(ACTUALS.read_text(encoding="utf-8"), encoding="utf-8")
    edit(actuals, "年度资金总额: 188, 本年财政拨款: 170, 上年结转资金: 18",
         "年度资金总额: 200, 本年财政拨款: 180, 上年结转资金: 20")
    edit(actuals, f"  reason: {REASON}\n", "")
    out = tmp_path / "f.xlsx"
    code, _, err = run_cli(["evaluate", str(TARGETS), "--actuals", str(actuals), "--rules", str(RULES),
                            "--format", "xlsx", "--out", str(out), "--engine", "python"])
    assert code == 0, err
    ws = load_workbook(out).worksheets[0]
    assert not any(c.value == "偏差原因分析及改进措施" for row in ws.iter_rows(max_row=_row_of(ws, "年度总体目标"))
                   for c in row)


def test_audit_reads_the_reason_back_and_finds_nothing_about_it(tmp_path):
    row = _budget_row(_audit(_form(tmp_path)))
    assert [f["code"] for f in row["findings"] if f["code"] == "no_reason"] == []


def test_audit_finds_a_budget_row_that_lost_points_without_a_reason(tmp_path):
    path = _form(tmp_path, reason=False)
    ws = load_workbook(path).worksheets[0]
    at = next(c.row for row in ws.iter_rows() for c in row if c.value == "偏差原因分析及改进措施")
    row = _budget_row(_audit(path))
    found = [f for f in row["findings"] if f["code"] == "no_reason"]
    assert len(found) == 1 and "0.60" in found[0]["message"]
    assert found[0]["cell"].endswith(f"E{at}")  # the empty reason cell beside its label


def test_audit_finds_it_on_a_form_with_no_place_for_the_reason():
    """The central layout's money block has no reason column: a point lost there is still a finding."""
    row = _budget_row(_audit(ROOT / "forms" / "2025" / "vocational-training.txt"))
    assert "no_reason" in [f["code"] for f in row["findings"]]
