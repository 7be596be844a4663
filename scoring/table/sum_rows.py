"""The row that closes a table's indicators with their points, 合计 | 90 or 总分 | 100, as both importers read it.

Its 分值 (90, or 90分) is read under the 分值 column, else (a table without one) as the one number the row
prints, never a 得分 beside it; it is checked against the rows' own: equal to them, or to them with the budget
row's, and a comment says which; neither, and it is a warning at its cell (the rows' points are used). Where a row
has no 分值, what the rows add up to is not known and nothing is said; where none has (a 部门整体 target table),
there is nothing to check it against, and a comment keeps it, unused.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..catalogue import Text, text
from ..errors import Pos, Problem
from .layout import Cell, Row
from .points import printed_points
from .values import format_number


@dataclass(frozen=True)
class SumRow:
    """A 合计 / 总计 / 总分 row: the row, the cell of its 分值, and that 分值."""

    row: Row
    cell: Cell
    printed: Decimal


def sum_row(row: Row, weight_col: int | None) -> SumRow | None:
    """The row's 分值, under the 分值 column, or where the table has none the one number the row prints; None where
    there is none."""
    numbers = [c for c in row.cells[1:] if printed_points(c.text) is not None]
    cells = [c for c in row.cells if c.col == weight_col] if weight_col is not None else numbers if len(numbers) == 1 else []
    if not cells or (printed := printed_points(cells[0].text)) is None:
        return None
    return SumRow(row, cells[0], printed)


def sums_checked(source: str, sums: list[SumRow], weights: list[Decimal | None], budget: Decimal | None,
                 warnings: list[Problem]) -> list[Text]:
    """Each sum row's 分值 against the rows' `weights` (the budget row's `budget` included or not): a comment saying
    which, and a warning at its cell where it is neither; nothing where a row has no 分值, and where none has, a
    comment that it is not used."""
    out = []
    for s in sums:
        args = {"label": s.row.cells[0].text, "printed": format_number(s.printed)}
        line = s.row.line
        if all(w is None for w in weights):
            out.append(text("table.import_sum_no_points", line=line, **args))
            continue
        if None in weights:  # a row without 分值: what the rows add up to is not known
            continue
        rows = sum(weights, Decimal(0))
        if s.printed == rows:
            out.append(text("table.import_sum_rows", line=line, **args))
        elif budget is not None and s.printed == rows + budget:
            out.append(text("table.import_sum_with_budget", line=line, **args, budget=format_number(budget)))
        else:
            said = (text("table.import_sum_points", **args, rows=format_number(rows), with_budget=format_number(rows + budget))
                    if budget is not None else text("table.import_sum_points_no_budget", **args, rows=format_number(rows)))
            warnings.append(Pos(source, line, s.row.column(s.cell)).report_text(said, "warning"))  # placed: no 第N行
            out.append(text("table.import_line_note", line=line, said=said))
    return out
