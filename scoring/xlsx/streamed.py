"""A workbook's cells read in streaming passes: each cell's value and number format, and which hold formulas.

What the actuals reader asks of a worksheet (a cell's value, number format and address, the last row and
column), read as openpyxl's full load gives it, in one read-only pass for a workbook without formulas and
two for one with them (the formulas as written, then the values they last computed): the full load also
builds styles and a cell object for every merged cell, and took as long as the rest of reading.
"""
from __future__ import annotations

import re
from io import BytesIO
from typing import NamedTuple

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries

# a merged range, as the sheet's XML lists it after its cells (whatever its namespace prefix)
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"')


class Cell(NamedTuple):
    row: int
    column: int
    value: object = None
    number_format: str = "General"

    @property
    def coordinate(self) -> str:
        return f"{get_column_letter(self.column)}{self.row}"


class Sheet:
    """One sheet's cells by (row, column); a cell merged into another's range is empty, as a full load reads it."""

    def __init__(self, title: str, cells: dict[tuple[int, int], tuple[object, str]], merged: list[str]):
        self.title = title
        self._cells = cells
        self.merged: list[tuple[int, int, int, int]] = []  # each range as (first row, first column, last row, last column)
        rows = [r for r, _ in cells] or [1]
        cols = [c for _, c in cells] or [1]
        for ref in merged:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
            self.merged.append((min_row, min_col, max_row, max_col))
            for r in range(min_row, max_row + 1):
                for c in range(min_col, max_col + 1):
                    if (r, c) != (min_row, min_col):
                        cells[r, c] = (None, "General")
            rows.append(max_row)
            cols.append(max_col)
        self.max_row, self.max_column = max(rows), max(cols)

    def filled(self):
        """(row, column, value, number format) of every cell with a value (1-based)."""
        return ((r, c, value, fmt) for (r, c), (value, fmt) in self._cells.items() if value is not None)

    def cell(self, row: int, column: int) -> Cell:
        value, fmt = self._cells.get((row, column), (None, "General"))
        return Cell(row, column, value, fmt)


class Streamed:
    """The sheets by name, with their values as last computed and shown, and per sheet the cells holding a formula."""

    def __init__(self, raw: bytes):
        written = _read(raw, data_only=False)
        self.formulas = {title: formulas for title, (_, formulas, _) in written.items()}
        # each formula as written (=100%), by sheet and cell, where its text may be what was meant
        self.written = {title: {rc: cells[rc][0] for rc in formulas} for title, (cells, formulas, _) in written.items()}
        shown = _read(raw, data_only=True) if any(self.formulas.values()) else written
        # a formula's cell holds the formula as written: read for the values shown, it is the value it computed
        self.sheets = {title: Sheet(title, cells, merged) for title, (cells, _, merged) in shown.items()}
        self.sheetnames = list(self.sheets)

    def __getitem__(self, title: str) -> Sheet:
        return self.sheets[title]


def _read(raw: bytes, data_only: bool) -> dict[str, tuple[dict, set, list[str]]]:
    book = load_workbook(BytesIO(raw), read_only=True, data_only=data_only)
    try:
        out = {}
        for ws in book.worksheets:
            ws.reset_dimensions()  # every cell, not those within the size the file declares (some write A1)
            cells, formulas = {}, set()
            for row in ws.iter_rows():
                for c in row:
                    if getattr(c, "row", None) is None:  # a gap in the row (EmptyCell), without a place
                        continue
                    cells[c.row, c.column] = (c.value, c.number_format)
                    if c.data_type == "f":
                        formulas.add((c.row, c.column))
            # read-only sheets have no merged ranges: from the sheet's part of the archive (openpyxl's own names)
            merged = [m.decode("ascii") for m in _MERGE.findall(book._archive.read(ws._worksheet_path))]
            out[ws.title] = (cells, formulas, merged)
        return out
    finally:
        book.close()
