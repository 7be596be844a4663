"""A printed form's pages: manual row breaks that fill each page with whole blocks, and cut labels repeated.

Spreadsheets fit the form to the A4 width and break the rows where a page is full, through a merged
一级 or 二级 cell if it falls there (效益（20分） half on page 1, half on page 2). Here the pages are
estimated from the row heights and the scale the width forces, and filled a block at a time: a 一级 block that
fits on what is left of a page goes there, one that does not starts the next page, and one taller than a page
fills pages 二级 by 二级 (row by row in a 二级 taller than a page). The rows under the table (总分, 自评等级, the
legend) go with its last block, never alone on a page. A merged cell a break must still cross (the 绩效指标
label down column A, a block longer than a page) is split at the break with its label on each page.
"""
from __future__ import annotations

import math
from copy import copy

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break, RowBreak

from .fit import COLUMN_PAD_POINTS, DEFAULT_HEIGHT
from .write import style

A4 = (595.0, 842.0)  # points, portrait
# what a page holds is estimated for the printer that shrinks the form least (Excel, in the form's own font);
# this leaves room for what the estimate does not see (a row a pixel off, the header's rule)
SLACK = 0.98


def _scale(ws, unit: float) -> float:
    """How much fitting the sheet to the page width shrinks it, `unit` the points of a column width unit:
    Excel prints at a whole percent, the largest that fits."""
    width = sum((ws.column_dimensions[get_column_letter(c)].width or 8.43) * unit + COLUMN_PAD_POINTS
                for c in range(1, ws.max_column + 1))
    m = ws.page_margins
    printable = A4[0] - (m.left + m.right) * 72
    return min(100, math.floor(printable / width * 100)) / 100


def _page_height(ws, unit: float) -> float:
    """The height of one page's rows, in the sheet's own (unscaled) points."""
    m = ws.page_margins
    return (A4[1] - (m.top + m.bottom) * 72) * SLACK / _scale(ws, unit)


def _height(ws, r: int) -> float:
    return ws.row_dimensions[r].height or DEFAULT_HEIGHT


def _units(ws, first: int, last: int, column: int | None) -> list[tuple[int, int]]:
    """Rows first..last as the blocks a page takes whole: each cell of `column` merged down rows is one (a
    一级 or 二级 block), each other row one; with no column, each row."""
    spans = {m.min_row: m.max_row for m in ws.merged_cells.ranges
             if column is not None and m.min_col == column and m.max_row > m.min_row}
    out, r = [], first
    while r <= last:
        end = min(spans.get(r, r), last)
        out.append((r, end))
        r = end + 1
    return out


def _glue(units: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The units with the rows before them (from `start`) joined to the first, those after (to `end`) to the last."""
    if not units:
        return [(start, end)]
    units = list(units)
    units[0] = (start, units[0][1])
    units[-1] = (units[-1][0], end)
    return units


def breaks(ws, title_row: int, table_end: int, unit: float, label_column: int = 1) -> list[int]:
    """The rows each new page starts at (see the module's docstring). The title row (the indicators' header) is
    repeated on every page after the first, so it is counted there; it goes with the first block under it, and
    the rows after `table_end` (the table's last row) with the last block."""
    page, title = _page_height(ws, unit), _height(ws, title_row)
    levels = (label_column + 1, label_column + 2, None)  # 一级, 二级, rows
    out: list[int] = []
    used, start = 0.0, 1  # the height the current page holds, and the row it starts at

    def rows(a: int, b: int) -> float:
        return sum(_height(ws, r) for r in range(a, b + 1))

    def place(a: int, b: int, level: int) -> None:
        """Rows a..b, a block: on this page if they fit, else on a new one if they fit there (or cannot be
        split), else block by block of the next level."""
        nonlocal used, start
        tall = rows(a, b)
        if used + tall <= page:
            used += tall
            return
        fresh = title if a > title_row else 0.0  # what a new page starting at row a holds before it
        if fresh + tall <= page or level == len(levels):
            if a > start:
                out.append(a)
                start, used = a, fresh
            used += tall
            return
        inner = _units(ws, max(a, title_row + 1), min(b, table_end), levels[level])
        for x, y in _glue(inner, a, b):
            place(x, y, level + 1)

    head = _units(ws, 1, title_row - 1, None)
    for a, b in _pre(ws, head):
        place(a, b, len(levels))
    for a, b in _glue(_units(ws, title_row + 1, table_end, levels[0]), title_row, ws.max_row):
        place(a, b, 1)
    return out


def _pre(ws, rows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rows above the table, those a cell is merged down over joined (the funds block, the goals)."""
    spans = [(m.min_row, m.max_row) for m in ws.merged_cells.ranges if m.max_row > m.min_row]
    out: list[tuple[int, int]] = []
    for a, b in rows:
        if out and any(lo <= out[-1][1] < hi and lo <= a <= hi for lo, hi in spans):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def split_at(ws, starts: list[int]) -> None:
    """Each merged cell a page break crosses, split there, its value and look on every page. Every cell of
    each piece is given the border: unmerging drops the styles of all cells but the first, and a spreadsheet
    draws a merged cell's edges from the cells along them (a 绩效指标 box open on its left on page 2)."""
    for m in list(ws.merged_cells.ranges):
        cut = [b for b in starts if m.min_row < b <= m.max_row]
        if not cut:
            continue
        top = ws.cell(m.min_row, m.min_col)
        value, font, alignment, fmt = top.value, copy(top.font), copy(top.alignment), top.number_format
        border, fill = copy(top.border), copy(top.fill)
        bounds = (m.min_col, m.max_col, m.max_row)
        ws.unmerge_cells(str(m))
        edges = [m.min_row] + cut + [bounds[2] + 1]
        for first, nxt in zip(edges, edges[1:]):
            cell = ws.cell(first, bounds[0])
            cell.value, cell.font, cell.alignment, cell.number_format = value, copy(font), copy(alignment), fmt
            if nxt - 1 > first or bounds[1] > bounds[0]:
                ws.merge_cells(start_row=first, start_column=bounds[0], end_row=nxt - 1, end_column=bounds[1])
            for r in range(first, nxt):
                for c in range(bounds[0], bounds[1] + 1):
                    style(ws.cell(r, c), border=border, fill=fill)


def paginate(ws, title_row: int, table_end: int, unit: float) -> None:
    """Manual row breaks for the printed form, and its cut labels repeated (see the module's docstring)."""
    starts = breaks(ws, title_row, table_end, unit)
    split_at(ws, starts)
    ws.row_breaks = RowBreak()
    for b in starts:
        ws.row_breaks.append(Break(id=b - 1))  # a break after row b - 1
