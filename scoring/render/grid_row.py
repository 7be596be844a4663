"""One row of fixed-width columns, and an indented text, drawn as rich's Table.grid and Padding draw them.

A scorecard printed one rich Table per indicator row and subtotal, and one Padding per explanation: most of
rendering it, the default output of `scoring evaluate` (the bundled example's, 42 ms CPU in a fresh process;
18 ms drawn this way). Here each cell is wrapped by rich itself (`Text.wrap`, called as a table cell calls it),
and the wrapped lines are laid side by side as the table lays them: the same characters in the same styles,
so the same bytes, in colour too (tests/test_render_grid_row.py compares them). Where a table could
draw a row otherwise (wider than the line, a cell that is not text, a justification other than left or
right, a line that does not come out at its column's width), the row is drawn by the Table after all.
"""
from __future__ import annotations

from rich.cells import cell_len
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.table import Table
from rich.text import Text


def pick_bool(*values: bool | None) -> bool:
    """The first value that is not None, as rich's own (private) helper picks a cell's no_wrap."""
    return next((bool(v) for v in values if v is not None), False)


class _Drawn:
    """A renderable drawn from lines made here, or by the rich renderable it stands for (`rich_form`) where
    those lines could differ from what that renderable draws."""

    drawn_by_rich = False  # the tests draw each the rich way too, to compare

    def rich_form(self):
        raise NotImplementedError

    def lines(self, console, options) -> list[Text] | None:
        """Each line as rich would draw it, every one fitting options.max_width; None to leave it to rich."""
        raise NotImplementedError

    def __rich_console__(self, console, options):
        lines = None if self.drawn_by_rich else self.lines(console, options)
        if lines is None:
            yield self.rich_form()
            return
        for line in lines:  # as a Text of these lines renders, its wrapping at the width changing nothing
            yield from line.render(console)
            yield Segment.line()

    def __rich_measure__(self, console, options):
        return Measurement.get(console, options, self.rich_form())


class Row(_Drawn):
    """A grid row: each cell in its width, then `gap` blank cells after every column but the last, as
    `Table.grid(padding=(0, gap, 0, 0), collapse_padding=True)` with columns of fixed width and
    overflow="fold" draws it."""

    def __init__(self, widths: list[int], justify: list[str], cells: list, gap: int):
        self.widths, self.justify, self.cells, self.gap = widths, justify, cells, gap

    def rich_form(self) -> Table:
        t = Table.grid(padding=(0, self.gap, 0, 0), collapse_padding=True)
        for width, justify in zip(self.widths, self.justify):
            t.add_column(width=width, justify=justify, overflow="fold")
        t.add_row(*self.cells)
        return t

    def lines(self, console, options) -> list[Text] | None:
        if options.justify not in (None, "default") or min(self.widths) < 1 or \
                sum(self.widths) + self.gap * (len(self.widths) - 1) > options.max_width:
            return None
        columns = []
        for cell, width, justify in zip(self.cells, self.widths, self.justify):
            lines = _cell_lines(console, cell, width, justify)
            if lines is None:
                return None
            columns.append(lines)
        gap = " " * self.gap
        rows = []
        for k in range(max(len(lines) for lines in columns)):
            row = Text()
            for j, (lines, width) in enumerate(zip(columns, self.widths)):
                if j:
                    row.append(gap)
                row.append(lines[k] if k < len(lines) else " " * width)  # a shorter cell: blank below it
            if len(row) > options.max_width:  # zero-width characters: rich would trim the line's end
                return None
            rows.append(row)
        return rows


def _cell_lines(console, cell, width: int, justify: str) -> list[Text] | None:
    """The lines of one cell as the table renders them (Text.__rich_console__ under the column's options),
    each exactly `width` cells; None where they would not all be."""
    if isinstance(cell, str):
        cell = Text(cell)  # as console.render_str makes it, with markup, emoji and highlighting off
    elif not isinstance(cell, Text):
        return None
    justify = cell.justify or justify
    if justify not in ("left", "right"):
        return None
    overflow = cell.overflow or "fold"
    if _fits(cell.plain, width):  # what wrap does to one line that fits: justify it (rich's own steps)
        line = cell.copy()
        if justify == "left":
            line.truncate(width, overflow=overflow, pad=True)
        else:
            line.rstrip()
            line.truncate(width, overflow=overflow)
            line.pad_left(width - cell_len(line.plain))
        return [line]
    tab_size = console.tab_size if cell.tab_size is None else cell.tab_size
    lines = cell.wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size or 8,
                      no_wrap=pick_bool(cell.no_wrap, False, False))
    if any(cell_len(line.plain) != width for line in lines):
        return None
    return list(lines)


def _fits(line: str, width: int) -> bool:
    """One line that Text.wrap leaves whole: no break, no tab, and no more characters than cells (its
    trailing blanks are trimmed by the character count)."""
    return "\n" not in line and "\t" not in line and len(line) <= width and cell_len(line) <= width


class Indented(_Drawn):
    """Text `indent` cells in from the left, as `Padding(text, (0, 0, 0, indent))` draws it."""

    def __init__(self, text: Text, indent: int):
        self.text, self.indent = text, indent

    def rich_form(self) -> Padding:
        return Padding(self.text, (0, 0, 0, self.indent))

    def lines(self, console, options) -> list[Text] | None:
        width, text = options.max_width - self.indent, self.text
        if width < 1 or options.justify not in (None, "default"):
            return None
        lines = text.split("\n", allow_blank=True)  # as wrap splits it
        if text.justify not in (None, "default") or not all(_fits(line.plain, width) for line in lines):
            tab_size = console.tab_size if text.tab_size is None else text.tab_size
            lines = text.wrap(console, width, justify=text.justify or "default", overflow=text.overflow or options.overflow
                              or "fold", tab_size=tab_size or 8, no_wrap=pick_bool(text.no_wrap, options.no_wrap, False))
        rows = []
        for line in lines:
            used = cell_len(line.plain)
            if used > width:
                return None
            row = Text.assemble(" " * self.indent, line, " " * (width - used))  # Padding pads each line to the width
            if len(row) > options.max_width:
                return None
            rows.append(row)
        return rows
