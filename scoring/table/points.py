"""Which rows of a table carry their own 分值: all of them (with the budget row) or none."""
from __future__ import annotations

from ..errors import Problem
from .model import TargetTable


def weight_problems(table: TargetTable) -> list[Problem]:
    """A table mixes none: the kind most rows follow decides, and each row that differs is an error
    at that row (the budget row counts as a row). Ties go to the first row's kind."""
    rows = [(item.pos, item.id, item.weight) for _, _, item in table.rows()]
    if table.budget_row is not None:
        rows.append((table.budget_row.pos, table.budget_row.name, table.budget_row.weight))
    given = [r for r in rows if r[2] is not None]
    if not given or len(given) == len(rows):
        return []
    first_given = rows[0][2] is not None
    with_points = len(given) > len(rows) - len(given) or (len(given) * 2 == len(rows) and first_given)
    if with_points:
        return [pos.report("table.weight_missing", row=name, n=len(given))
                for pos, name, w in rows if w is None]
    return [pos.report("table.weight_stray", row=name, n=len(rows) - len(given))
            for pos, name, w in rows if w is not None]


def has_own_weights(table: TargetTable) -> bool:
    """Whether the table gives its points per row (else rules/weights.yaml splits them)."""
    return any(item.weight is not None for _, _, item in table.rows())
