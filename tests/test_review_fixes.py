"""Review fixes found by reading `scoring audit` as a reviewer does: each test failed before its fix."""
from __future__ import annotations

import json

import openpyxl

from helpers import ROOT, run_cli
from review_forms import case, write_text


def _audit(*args):
    return run_cli(["--lang", "en", "audit", *args, "--engine", "python"])


def _multiline(path):
    """A text export as Excel writes it when cells hold line breaks: those cells quoted, spanning lines."""
    text = path.read_text(encoding="utf-8")
    for old, new in (("\t产出指标(50分)\t", '\t"产出指标\n(50分)"\t'), ("部分学员补考后合格", '"部分学员\n补考后合格"')):
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_marked_copy_of_a_text_form_with_line_breaks_in_cells_marks_the_cell_each_finding_names(tmp_path):
    form = _multiline(write_text(case("met_docked")[0], tmp_path / "f.txt"))
    status, out, _ = _audit(str(form), "--rules", str(ROOT / "rules"), "--format", "json")
    assert status == 1
    (cell,) = [f["cell"] for row in json.loads(out)["rows"] for f in row["findings"] if f["code"] == "met_docked"]
    line, column = map(int, cell.split(":"))
    _audit(str(form), "--rules", str(ROOT / "rules"), "--format", "xlsx", "--out", str(tmp_path / "m.xlsx"))
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    (marked,) = [c for row in ws.iter_rows() for c in row if c.comment]
    assert (marked.row, marked.column) == (line, column)
    assert marked.value == 9 and ws.cell(row=line, column=4).value == "按时完成率"
    assert ws["B13"].value == "产出指标\n(50分)" and ws["D14"].value == "培训人数"
