"""A printed form's pages: manual row breaks where no merged block is cut, and cut labels repeated.

Spreadsheets fit the form to the A4 width and break the rows where a page is full, through a merged
一级 or 二级 cell if it falls there (效益（20分） half on page 1, half on page 2). Here the pages are
estimated from the row heights and the scale the width forces, a break is put before a block that would
not fit on what is left of a page, and a merged cell a break must still cross (the 绩效指标 label down
column A, a block longer than a page) is split at the break with its label on each page.
"""
from __future__ import annotations

from copy import copy

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break, RowBreak

DEFAULT_HEIGHT = 15.0  # points: a row whose height is not set
A4 = (595.0, 842.0)  # points, portrait
CHAR_POINTS = 7 * 0.75  # a column width unit is about 7 pixels, a pixel 0.75 point
SLACK = 0.92  # the estimate leaves room for what spreadsheets add (header, footer, rounding)


def _scale(ws) -> float:
    """How much fitting the sheet to the page width shrinks it."""
    last = ws.max_column
    width = sum((ws.column_dimensions[get_column_letter(c)].width or 8.43) * CHAR_POINTS + 5 * 0.75
                for c in range(1, last + 1))
    m = ws.page_margins
    printable = A4[0] - (m.left + m.right) * 72
    return min(1.0, printable / width)


def _page_height(ws) -> float:
    """The height of one page's rows, in the sheet's own (unscaled) points."""
    m = ws.page_margins
    return (A4[1] - (m.top + m.bottom) * 72) * SLACK / _scale(ws)


def _height(ws, r: int) -> float:
    return ws.row_dimensions[r].height or DEFAULT_HEIGHT


def _spans(ws) -> list[tuple[int, int, int]]:
    """The merged cells over more than one row: (first column, first row, last row)."""
    return [(m.min_col, m.min_row, m.max_row) for m in ws.merged_cells.ranges if m.max_row > m.min_row]


def _cuts(spans, b: int, columns) -> bool:
    """Whether a break before row b cuts a merged cell of one of `columns`."""
    return any(first < b <= last for col, first, last in spans if col in columns)


def breaks(ws, title_row: int, label_column: int = 1) -> list[int]:
    """The rows each new page starts at: before the block (一级, else 二级, else row) that would cross
    the page's end; the title row is repeated on every page after the first, so it is counted there."""
    spans = _spans(ws)
    whole = {c for c, _, _ in spans if c != label_column}  # every merged cell but the long label
    inner = {c for c, _, _ in spans if c > label_column + 1}  # 二级 and the like: a 一级 longer than a page
    page, title = _page_height(ws), _height(ws, title_row)
    out: list[int] = []
    start, used = 1, 0.0
    for r in range(1, ws.max_row + 1):
        if used + _height(ws, r) <= page or r == start:
            used += _height(ws, r)
            continue
        b = next((b for b in range(r, start, -1) if not _cuts(spans, b, whole)), None)
        if b is None:
            b = next((b for b in range(r, start, -1) if not _cuts(spans, b, inner)), r)
        if b <= title_row:
            b = r
        out.append(b)
        start = b
        used = (title if b > title_row else 0.0) + sum(_height(ws, x) for x in range(b, r + 1))
    return out


def split_at(ws, starts: list[int]) -> None:
    """Each merged cell a page break crosses, split there, its value and look on every page."""
    for m in list(ws.merged_cells.ranges):
        cut = [b for b in starts if m.min_row < b <= m.max_row]
        if not cut:
            continue
        top = ws.cell(m.min_row, m.min_col)
        value, font, alignment, fmt = top.value, copy(top.font), copy(top.alignment), top.number_format
        bounds = (m.min_col, m.max_col, m.max_row)
        ws.unmerge_cells(str(m))
        edges = [m.min_row] + cut + [bounds[2] + 1]
        for first, nxt in zip(edges, edges[1:]):
            cell = ws.cell(first, bounds[0])
            cell.value, cell.font, cell.alignment, cell.number_format = value, copy(font), copy(alignment), fmt
            if nxt - 1 > first or bounds[1] > bounds[0]:
                ws.merge_cells(start_row=first, start_column=bounds[0], end_row=nxt - 1, end_column=bounds[1])


def paginate(ws, title_row: int) -> None:
    """Manual row breaks for the printed form, and its cut labels repeated (see the module's docstring)."""
    starts = breaks(ws, title_row)
    split_at(ws, starts)
    ws.row_breaks = RowBreak()
    for b in starts:
        ws.row_breaks.append(Break(id=b - 1))  # a break after row b - 1
