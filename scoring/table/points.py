"""A table's 分值: the number a cell prints for them, and which rows carry their own (all, with the budget row, or none)."""
from __future__ import annotations

from decimal import Decimal

from ..errors import Problem
from .form_words import POINTS_UNIT
from .model import TargetTable
from .values import printed_number


def printed_points(text: str) -> Decimal | None:
    """The 分值 a cell prints, as 10 or 10分; None for any other text."""
    return printed_number(text.removesuffix(POINTS_UNIT).rstrip())


def weight_problems(table: TargetTable) -> list[Problem]:
    """A table mixes none: the kind most rows follow decides, and each row that differs is an error
    at that row (the budget row counts as a row). Ties go to the first row's kind."""
    items = [item for _, _, item in table.rows()]
    weights = [item.weight for item in items]  # the usual case, all or none, needs no row's place
    budget_row = table.budget_row
    if budget_row is not None:
        weights.append(budget_row.weight)
    if all(w is None for w in weights) or None not in weights:
        return []
    rows = [(item.pos, item.id, item.weight) for item in items]
    if budget_row is not None:
        rows.append((budget_row.pos, budget_row.name, budget_row.weight))
    given = [r for r in rows if r[2] is not None]
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
