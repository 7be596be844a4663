"""Reading a form from a workbook (.xlsx, .xls) with python-calamine, merged cells resolved.

The sheet holding the form is the first whose indicator header (三级指标 … 得分) can be found. A merged
range's value is copied into each of its cells, so a 一级 merged down its rows names every row; the
copies below the first row are marked, so a number merged down is counted once. A number in a cell
formatted as a percentage (.xlsx and .xls) reads as that percentage: 0.8045 shown as 80.45% is 80.45%.
"""
from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

from .. import limits
from ..errors import Pos, ScoringError, display_path
from ..xlsx.cells import shows_percent
from .form import ClaimedForm
from .grid import Grid
from .layout import read_grid


# a workbook holds styles and pictures beside its cells, so it may be larger than a text input; a form
# has a few hundred rows of 11 columns, and a sheet of more cells than this is refused before its cells
# become Python values (calamine itself has read the sheet by then)
MAX_WORKBOOK_BYTES = 16 * limits.MAX_FILE_BYTES
MAX_CELLS = 200_000


def read_sheet_form(path: str | Path) -> ClaimedForm:
    import python_calamine

    name = display_path(path)
    if not Path(path).is_file():
        raise Pos(name).fail("review.no_file")
    size = Path(path).stat().st_size
    if size > MAX_WORKBOOK_BYTES:
        raise Pos(name).fail("limits.file_too_big", size=size, limit=MAX_WORKBOOK_BYTES)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as e:  # calamine raises its own error types and plain ones (zip, xml, encoding)
        raise Pos(name).fail("review.unreadable_workbook", kind=Path(path).suffix.lower(), reason=str(e)) from None
    percent = _percent_cells(path)
    errors: list[ScoringError] = []
    for sheet_name in book.sheet_names:
        try:
            sheet = book.get_sheet_by_name(sheet_name)
            if sheet.height * sheet.width > MAX_CELLS:
                errors.append(Pos(f"{name}:{sheet_name}").fail("review.sheet_too_big", rows=sheet.height,
                                                                columns=sheet.width, limit=MAX_CELLS))
                continue
            grid = sheet_grid(sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges or [],
                              name, sheet_name, percent.get(sheet_name, set()))
        except Exception as e:  # a sheet calamine cannot decode
            errors.append(Pos(f"{name}:{sheet_name}").fail("review.unreadable_sheet", reason=str(e)))
            continue
        try:
            return read_grid(grid)
        except ScoringError as e:
            errors.append(e)
    if len(errors) == 1:
        raise errors[0]
    # a sheet with a header that reads badly says more than the sheets with none
    for e in errors:
        if any(p.code != "review.no_header" for p in e.problems):
            raise e
    raise Pos(name).fail("review.no_form_sheet", sheets=list(book.sheet_names))


def sheet_grid(values: list[list], merged, file: str, sheet: str, percent: set[tuple[int, int]]) -> Grid:
    rows = [[_cell(v, (r, c) in percent) for c, v in enumerate(row)] for r, row in enumerate(values)]
    below = set()
    for (r0, c0), (r1, c1) in merged:
        top = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, c1 + 1):
                if c < len(rows[r]) and (r, c) != (r0, c0):
                    rows[r][c] = top
                    if r > r0:
                        below.add((r, c))
    return Grid(file=file, rows=rows, sheet=sheet, below=frozenset(below))


def _cell(v, percent: bool) -> str | Decimal:
    if v is None or v == "":
        return ""
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, (int, float)):
        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
        if percent:
            return format((d * 100).normalize(), "f") + "%"
        return d
    if isinstance(v, (datetime.date, datetime.time, datetime.timedelta)):
        return str(v)
    return str(v)


def _percent_cells(path: str | Path) -> dict[str, set[tuple[int, int]]]:
    """Number cells formatted as a percentage, per sheet (0-based): calamine gives no number formats, so
    openpyxl reads them from an .xlsx and xlrd from an .xls (both only where calamine has read the book)."""
    suffix = Path(path).suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _xlsx_percent_cells(path)
        if suffix == ".xls":
            return _xls_percent_cells(path)
    except Exception:  # calamine has read it or will say why; the formats are a refinement
        return {}
    return {}


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _xlsx_percent_cells(path: str | Path) -> dict[str, set[tuple[int, int]]]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    out: dict[str, set[tuple[int, int]]] = {}
    try:
        for ws in wb.worksheets:
            out[ws.title] = {(cell.row - 1, cell.column - 1) for row in ws.iter_rows() for cell in row
                             if _number(cell.value) and shows_percent(getattr(cell, "number_format", "") or "")}
    finally:
        wb.close()
    return out


def _xls_percent_cells(path: str | Path) -> dict[str, set[tuple[int, int]]]:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    out: dict[str, set[tuple[int, int]]] = {}
    try:
        for sheet in book.sheets():
            found = set()
            for r in range(sheet.nrows):
                for c, cell in enumerate(sheet.row(r)):
                    if cell.ctype != xlrd.XL_CELL_NUMBER:
                        continue
                    fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key)
                    if fmt is not None and shows_percent(fmt.format_str):
                        found.add((r, c))
            out[sheet.name] = found
    finally:
        book.release_resources()
    return out
