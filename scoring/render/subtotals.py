"""A scorecard's indicators grouped by 一级 then 二级, each group with the points it scored and its weight."""
from __future__ import annotations

from decimal import Decimal

from ..scorecard import Scorecard, ScoredIndicator

Subtotal = tuple[Decimal, Decimal]  # (points, weight)


def subtotals(card: Scorecard) -> list[tuple[str, Subtotal, list[tuple[str, Subtotal, list[ScoredIndicator]]]]]:
    """Indicators grouped by 一级 then 二级 in table order, each group with its (points, weight)."""
    tree: dict[str, dict[str, list[ScoredIndicator]]] = {}
    for i in card.indicators:
        tree.setdefault(i.level1, {}).setdefault(i.level2, []).append(i)

    def total(items: list[ScoredIndicator]) -> Subtotal:
        return sum((i.points for i in items), Decimal(0)), sum((i.weight for i in items), Decimal(0))

    out = []
    for l1, groups in tree.items():
        inner = [(l2, total(items), items) for l2, items in groups.items()]
        out.append((l1, total([i for items in groups.values() for i in items]), inner))
    return out
