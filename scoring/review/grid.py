"""A form as a grid of cells with their places, whatever file it came from (workbook or text export)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .form import Loc


@dataclass(frozen=True)
class Grid:
    """Rows of cell values (text, or Decimal for a number cell; '' when empty), 0-based inside.

    `below` holds the cells that repeat the value of a range merged down from a row above: a level
    name there is the same group, but a number there must not be counted again. `unread` holds the
    cells that cannot be read as meant (a formula never computed, a date …), each with its catalogue code
    and arguments: an error if the form reads them. `lines` (a text export) holds the line each cell
    starts on, where a quoted cell with a line break in it makes a row span several lines. `first` maps each
    other cell of a merged range to the range's first cell: a cell is cited there (C6 of C6:D6), as Excel names it.
    """

    file: str
    rows: list[list[str | Decimal]]
    sheet: str | None = None
    below: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    unread: dict[tuple[int, int], tuple[str, dict]] = field(default_factory=dict)
    lines: list[list[int]] | None = None
    first: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def value(self, r: int, c: int) -> str | Decimal:
        row = self.rows[r] if 0 <= r < len(self.rows) else []
        return row[c] if 0 <= c < len(row) else ""

    def text(self, r: int, c: int) -> str:
        v = self.value(r, c)
        return v if isinstance(v, str) else format(v, "f")

    def own(self, r: int, c: int) -> str | Decimal:
        """The value, unless it is only a copy of a merged cell above."""
        return "" if (r, c) in self.below else self.value(r, c)

    def loc(self, r: int, c: int) -> Loc:
        r, c = self.first.get((r, c), (r, c))
        return Loc(file=self.file, sheet=self.sheet, row=self._line(r, c), column=c + 1)

    def _line(self, r: int, c: int) -> int:
        """The 1-based row, or in a text export the line the cell starts on (past its last cell: its row's
        last line)."""
        if self.lines is None or not 0 <= r < len(self.lines) or not self.lines[r]:
            return r + 1
        starts = self.lines[r]
        return starts[c] if 0 <= c < len(starts) else starts[-1]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)
