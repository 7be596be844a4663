"""The printed 自评表 says what a reader must not mistake: each page numbered at its foot (第 1 页，共 3 页), the
scoring notes headed with the unit and year, and, where the table gives no 分值 (a 部门整体 table), that the points
are the rule file's split, not the approved table's."""
from __future__ import annotations

import pytest

from helpers import ROOT, run_cli
from xlsx_read import load_workbook

DEPARTMENT = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


def _form(tmp_path, table, lang):
    out = tmp_path / f"form-{lang}.xlsx"
    made = run_cli(["--lang", lang, "evaluate", table, "--format", "xlsx", "--out", out, "--engine", "python"], cwd=ROOT)
    assert made.returncode == 0, made.stderr
    return load_workbook(out)


def _texts(ws) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


@pytest.mark.parametrize("lang, page, note", [
    ("zh", "第 &P 页，共 &N 页", "注：目标表未列各行分值，本表分值按规则文件 weights.yaml 分配"),
    ("en", "Page &P of &N", "Note: the target table gives no points per row; these are shared out by the rule file weights.yaml")])
def test_a_department_form_numbers_its_pages_and_says_whose_points_they_are(tmp_path, lang, page, note):
    wb = _form(tmp_path, DEPARTMENT, lang)
    form, notes = wb.worksheets
    assert form.oddFooter.center.text == notes.oddFooter.center.text == page
    assert notes.oddHeader.center.text == "南京市江宁区社会保险管理中心 2025"
    texts = _texts(form)
    assert note in texts and texts.index(note) == len(texts) - 1  # under the total and the grade


def test_a_project_form_prints_its_own_points_without_the_note(tmp_path):
    form = _form(tmp_path, PROJECT, "zh").worksheets[0]
    assert not any("weights.yaml" in t for t in _texts(form))
    assert form.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_the_fill_in_workbook_numbers_its_pages(tmp_path):
    out = tmp_path / "t.xlsx"
    assert run_cli(["template", DEPARTMENT, "--format", "xlsx", "-o", out]).returncode == 0
    assert all(ws.oddFooter.center.text == "第 &P 页，共 &N 页" for ws in load_workbook(out).worksheets
               if ws.sheet_state == "visible")
