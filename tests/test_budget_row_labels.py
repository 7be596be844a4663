"""The budget row as a reader finds it: named 预算执行率 (not its rule id budget_row) on the 计分说明 sheet, and cited
by `scoring audit` at the first cell of its merged label (C6 of C6:D6, as Excel names a merged cell)."""
from __future__ import annotations

import json

from xlsx_read import load_workbook

from helpers import RULES, ROOT, run_cli
from review_forms import consistent, write_xlsx

TARGETS = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


def _form(tmp_path, lang):
    out = tmp_path / f"f-{lang}.xlsx"
    code, _, err = run_cli(["evaluate", str(TARGETS), "--rules", str(RULES), "--format", "xlsx", "--out", str(out),
                            "--engine", "python", "--lang", lang])
    assert code == 0, err
    return out


def test_the_explanation_sheet_names_the_budget_row(tmp_path):
    for lang in ("zh", "en"):
        ws = load_workbook(_form(tmp_path, lang)).worksheets[1]
        assert not any("budget_row" in str(c.value) for row in ws.iter_rows() for c in row if c.value)
        last = ws.max_row
        assert ws.cell(last, 2).value == "预算执行率"  # the row's name, as the table writes it
        assert ws.cell(last, 1).value is None  # no 三级 id: the money block's row, as the scorecard shows it


def _audit_cell(path) -> str:
    code, out, err = run_cli(["audit", str(path), "--rules", str(RULES), "--format", "json", "--out", "-",
                              "--engine", "python"])
    assert code in (0, 1), err
    return next(r for r in json.loads(out)["rows"] if r["budget"])["cell"]


def test_audit_cites_the_merged_label_at_its_first_cell(tmp_path):
    ws = load_workbook(_form(tmp_path, "zh")).worksheets[0]
    label = next(c for row in ws.iter_rows() for c in row if c.value == "年度资金总额")
    assert any(str(r).startswith(f"{label.coordinate}:") for r in ws.merged_cells.ranges)  # C6:D6
    assert _audit_cell(_form(tmp_path, "zh")) == f"自评表!{label.coordinate}"


def test_so_on_a_form_another_program_wrote(tmp_path):
    path = write_xlsx(consistent(), tmp_path / "other.xlsx")  # 年度资金总额 in C6:D6
    assert _audit_cell(path) == "项目支出绩效自评表!C6"
