"""The sheet listing a marked copy's findings names cells of that copy, the ones with the comments: for a text
or YAML form its line:column would point into another file."""
from __future__ import annotations

import re

import pytest

from helpers import ROOT, run_cli
from review_forms import case, write_text, write_xls, write_xlsx, write_yaml
from xlsx_read import load_workbook


@pytest.mark.parametrize("write", [write_text, write_xls, write_xlsx, write_yaml], ids=["txt", "xls", "xlsx", "yaml"])
def test_each_listed_cell_is_a_marked_cell_of_the_copy(tmp_path, write):
    suffix = {"write_text": "txt", "write_xls": "xls", "write_xlsx": "xlsx", "write_yaml": "yaml"}[write.__name__]
    form = write(case("missed_full")[0], tmp_path / f"f.{suffix}")
    out = tmp_path / "marked.xlsx"
    r = run_cli(["--lang", "en", "audit", str(form), "--rules", str(ROOT / "rules"), "--engine", "python",
                 "--format", "xlsx", "--out", str(out)])
    assert r.returncode == 1, r.stderr
    book = load_workbook(out)
    *sheets, listing = book.worksheets
    commented = {f"{ws.title}!{c.coordinate}" for ws in sheets for row in ws.iter_rows() for c in row if c.comment}
    listed = [row[0] for row in listing.iter_rows(min_row=2, values_only=True)]
    assert listed and all(re.fullmatch(r"(.+!)?[A-Z]+[0-9]+", cell) for cell in listed), listed
    # a cell without a sheet is on the form's sheet
    assert {cell if "!" in cell else f"{sheets[0].title}!{cell}" for cell in listed} <= commented
