"""Text from users' files written into a workbook stays text: never a formula, an error value or a broken file."""
from __future__ import annotations

import dataclasses

import pytest
from xlsx_read import load_workbook
from python_calamine import CalamineWorkbook

from helpers import MINI_ANNUAL, MINI_TARGETS, RULES, edit
from review_forms import WRITERS, consistent
from scoring.cli import main
from scoring.xlsx.write import UNSHOWABLE

# what a spreadsheet would take for a formula (or an error value) if it were stored as typed
HOSTILE = {"unit": '=HYPERLINK("http://x","y")', "D01": "+1", "P01": "-1", "F01": "@SUM(A1)",
           "reason": "=1+1", "measure": "#N/A"}


def _inputs(tmp_path, unit=HOSTILE["unit"], reason=HOSTILE["reason"], measure=HOSTILE["measure"]):
    targets, actuals = tmp_path / "t.yaml", tmp_path / "a.yaml"
    targets.write_text(MINI_TARGETS.read_text(encoding="utf-8"), encoding="utf-8")
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8"), encoding="utf-8")
    quoted = unit.replace('"', '\\"')
    edit(targets, "unit: {name: 测试单位}", f'unit: {{name: "{quoted}"}}')
    edit(actuals, "unit: 测试单位", f'unit: "{quoted}"')
    for ident, name in (("D01", "规划健全性"), ("P01", "预算调整率"), ("F01", "参保人数")):
        edit(targets, f"name: {name}", f'name: "{HOSTILE[ident]}"')
    edit(actuals, "reason: 自然减员", f'reason: "{reason}", measure: "{measure}"')
    return targets, actuals


def _assert_text(path, texts):
    """Each text is in some cell as a string that shows as itself, and no cell of the file is a formula."""
    wb = load_workbook(path)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type in ("f", "e")]
    for text in texts:
        found = [c for c in cells if c.value == text]
        assert found and all(c.data_type == "s" for c in found), text
        assert all(c.quotePrefix for c in found if text[0] in "=+-@")  # stays text when someone edits it
    shown = CalamineWorkbook.from_path(str(path))  # what a spreadsheet shows: a formula would show its result
    values = {v for name in shown.sheet_names for row in shown.get_sheet_by_name(name).to_python() for v in row}
    assert set(texts) <= values


def test_the_form_writes_names_and_reasons_as_text(tmp_path):
    targets, actuals = _inputs(tmp_path)
    out = tmp_path / "form.xlsx"
    assert main(["evaluate", str(targets), "--actuals", str(actuals), "--rules", str(RULES), "--format", "xlsx",
                 "--out", str(out), "--lang", "zh"]) == 0
    _assert_text(out, [HOSTILE[k] for k in ("unit", "D01", "P01", "F01")])


def test_the_template_writes_names_as_text_and_reads_them_back(tmp_path):
    from scoring.actuals import load_actuals
    from scoring.table.load import load_targets
    from xlsx_fill import fill

    targets, actuals = _inputs(tmp_path, reason="自然减员", measure="补录")  # a clerk's =1+1 would be computed
    book = tmp_path / "t.xlsx"
    assert main(["template", str(targets), "--rules", str(RULES), "--format", "xlsx", "-o", str(book),
                 "--lang", "zh"]) == 0
    _assert_text(book, [HOSTILE[k] for k in ("unit", "D01", "P01", "F01")])
    filled = fill(book, load_targets(targets), load_actuals(actuals), tmp_path / "filled.xlsx")
    assert main(["evaluate", str(targets), "--actuals", str(filled), "--rules", str(RULES), "--format", "json",
                 "--out", str(tmp_path / "r.json"), "--lang", "zh"]) == 0  # the rows still match by name


@pytest.mark.parametrize("suffix", ["yaml", "txt"])
def test_the_marked_copy_of_a_form_writes_its_text_as_text(tmp_path, suffix, capsys):
    form = consistent()
    rows = [dataclasses.replace(form.rows[0], name=HOSTILE["unit"]), dataclasses.replace(form.rows[1], name="-A1+1",
            reason=HOSTILE["reason"])] + form.rows[2:]
    path = WRITERS[suffix](dataclasses.replace(form, rows=rows, name="+SUM(A1)"), tmp_path / f"f[1].{suffix}")
    out = tmp_path / "marked.xlsx"
    assert main(["audit", str(path), "--rules", str(RULES), "--format", "xlsx", "--out", str(out), "--lang", "zh"]) in (0, 1)
    _assert_text(out, [HOSTILE["unit"], "-A1+1", HOSTILE["reason"]])


def test_control_characters_make_a_valid_workbook_showing_a_replacement(tmp_path):
    targets, actuals = _inputs(tmp_path, unit="测试\\a单位", reason="自然\\x1b减员\\x7f")
    out = tmp_path / "form.xlsx"
    assert main(["evaluate", str(targets), "--actuals", str(actuals), "--rules", str(RULES), "--format", "xlsx",
                 "--out", str(out), "--lang", "zh"]) == 0
    assert main(["template", str(targets), "--rules", str(RULES), "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"),
                 "--lang", "zh"]) == 0
    _assert_text(out, [f"测试{UNSHOWABLE}单位"])
    _assert_text(tmp_path / "t.xlsx", [f"测试{UNSHOWABLE}单位"])
    explained = load_workbook(out).worksheets[1]
    assert any(f"自然{UNSHOWABLE}减员\x7f" in str(c.value) for row in explained.iter_rows() for c in row)
