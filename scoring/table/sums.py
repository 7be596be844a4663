"""A printed money total against the sum of its parts: an error, or a warning where only rounding differs."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..catalogue import Text, text
from ..errors import Pos, Problem
from .values import format_number as fmt


def money_sum(pos: Pos, printed: Decimal, parts: list[Decimal], what: Text) -> list[Problem]:
    """A printed total against the sum of its parts; a difference that is only rounding is a warning."""
    total = sum(parts, Decimal(0))
    if total == printed:
        return []
    places = Decimal(1).scaleb(min(printed.as_tuple().exponent, 0))
    rounded = total.quantize(places, ROUND_HALF_UP) == printed
    why = text("table.sum_rounded" if rounded else "table.sum_difference", diff=fmt(abs(total - printed)))
    return [pos.report("table.sum_differs", severity="warning" if rounded else "error", what=what,
                       printed=fmt(printed), total=fmt(total), why=why)]
