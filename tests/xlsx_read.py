"""Workbooks read back for the tests as the file holds them: each cell of a merged range with its own stored style.

openpyxl's full load replaces every cell of a merged range but the first with an empty MergedCell and then
gives the range's edge cells the borders of its first cell. A test reading the borders a form prints would
then see openpyxl's reconstruction, not what Excel prints, and the reconstruction took two thirds of loading
one of our forms (141 → 41 ms CPU for the bundled example's 自评表, 167 merged ranges). Here the MergedCells
keep the styles the file gives their cells; everything else is openpyxl's full load.
"""
from __future__ import annotations

from contextlib import contextmanager
from copy import copy

import openpyxl
from openpyxl.cell.cell import MergedCell
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


@contextmanager
def _stored_merges():
    original = Worksheet._clean_merge_range
    Worksheet._clean_merge_range = _as_stored
    try:
        yield
    finally:
        Worksheet._clean_merge_range = original


def load_workbook(path, **options):
    """openpyxl.load_workbook, with every cell of a merged range styled as stored (not for read_only)."""
    with _stored_merges():
        return openpyxl.load_workbook(path, **options)
