"""A cell of the actuals workbook merged down several rows: a reason, measure or evidence is each row's (one
reason for three rows, as the audit of a form reads it); an actual or points is an error at the range, never
one row's value with the others read as not filled in."""
from __future__ import annotations

import pytest
from openpyxl.utils import get_column_letter

from helpers import ROOT
from scoring.actuals import load_actuals
from scoring.errors import ScoringError
from scoring.table.load import load_targets
from scoring.xlsx.actuals_book import read_actuals_book
from xlsx_fill import INDICATORS, columns, fill, rows_by_id, sheet, template
from xlsx_read import load_workbook

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"


@pytest.fixture
def filled(tmp_path):
    table = load_targets(EXAMPLE)
    return table, fill(template(EXAMPLE, tmp_path / "blank.xlsx"), table, load_actuals(ACTUALS), tmp_path / "filled.xlsx")


def _merged(path, header: str, ids: tuple[str, ...], value) -> str:
    wb = load_workbook(path)
    ws = sheet(wb, INDICATORS)
    at, col = rows_by_id(ws), columns(ws)[header]
    first, last = at[ids[0]], at[ids[-1]]
    assert last == first + len(ids) - 1  # adjacent rows
    for r in range(first, last + 1):
        ws.cell(r, col).value = None
    ws.cell(first, col).value = value
    ref = f"{get_column_letter(col)}{first}:{get_column_letter(col)}{last}"
    ws.merge_cells(ref)
    wb.save(path)
    return ref


def test_a_reason_merged_down_three_rows_is_each_rows_reason(filled):
    table, path = filled
    _merged(path, "偏差原因", ("F01", "F02", "F03"), "三项工作同因延后")
    read = read_actuals_book(path, table)
    assert [read.indicators[i].reason for i in ("F01", "F02", "F03")] == ["三项工作同因延后"] * 3


@pytest.mark.parametrize("header", ["实际完成值", "评价人打分"])
def test_an_actual_or_points_merged_down_two_rows_is_an_error_at_the_range(filled, header):
    table, path = filled
    ref = _merged(path, header, ("F01", "F02"), "1")
    with pytest.raises(ScoringError) as e:
        read_actuals_book(path, table)
    [p] = [p for p in e.value.problems if p.code == "xlsx.merged_value"]
    assert p.file.endswith(f"filled.xlsx:指标!{ref}") and "2 行" in p.zh and "2 rows" in p.en
