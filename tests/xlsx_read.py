"""Workbooks read back for the tests as the file holds them: each cell of a merged range with its own stored style.

openpyxl's full load replaces every cell of a merged range but the first with an empty MergedCell and then
gives the range's edge cells the borders of its first cell, and the first cell the right and bottom borders of
its last. A test reading the borders a form prints would then see openpyxl's reconstruction, not what Excel
prints, and the reconstruction took two thirds of loading one of our forms (141 → 41 ms CPU for the bundled
example's 自评表, 167 merged ranges), the first cell's borders half of what was left (33 → 18 ms). Here every
cell keeps the style the file gives it; everything else is openpyxl's full load.
"""
from __future__ import annotations

from contextlib import contextmanager
from copy import copy

import openpyxl
from openpyxl.cell.cell import MergedCell
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet


def _as_stored(ws: Worksheet, merged) -> None:
    cells = merged.cells
    next(cells)  # the first cell keeps its value and style
    for row, col in cells:
        stored = ws._cells.get((row, col))
        cell = MergedCell(ws, row, col)
        if stored is not None:
            cell._style = copy(stored._style)
        ws._cells[row, col] = cell


def _first_cell(merged: MergedCellRange) -> None:
    """The range's first cell (made if the file has none, as openpyxl makes it), its borders as stored."""
    merged.start_cell = merged.ws.cell(row=merged.min_row, column=merged.min_col)


@contextmanager
def _stored_merges():
    originals = Worksheet._clean_merge_range, MergedCellRange._get_borders
    Worksheet._clean_merge_range, MergedCellRange._get_borders = _as_stored, _first_cell
    try:
        yield
    finally:
        Worksheet._clean_merge_range, MergedCellRange._get_borders = originals


def load_workbook(path, **options):
    """openpyxl.load_workbook, with every cell of a merged range styled as stored (not for read_only)."""
    with _stored_merges():
        return openpyxl.load_workbook(path, **options)
