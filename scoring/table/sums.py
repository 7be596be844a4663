"""A printed money total against the sum of its parts: an error, or a warning where only rounding differs."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..catalogue import say, text
from ..errors import Pos, Problem
from .values import format_number as fmt


def money_sum(pos: Pos, printed: Decimal, parts: list[Decimal], zh: str, en: str) -> list[Problem]:
    """A printed total against the sum of its parts; a difference that is only rounding is a warning."""
    total = sum(parts, Decimal(0))
    if total == printed:
        return []
    places = Decimal(1).scaleb(min(printed.as_tuple().exponent, 0))
    rounded = total.quantize(places, ROUND_HALF_UP) == printed
    why = text("table.sum_rounded" if rounded else "table.sum_difference", diff=fmt(abs(total - printed)))
    # the caller names the total in each language; the sentence around it is the catalogue's
    zh_text, en_text = (say("table.sum_differs", lang, what=what, printed=fmt(printed), total=fmt(total), why=why)
                        for lang, what in (("zh", zh), ("en", en)))
    return [Problem(pos.file, pos.line, pos.column, zh_text, en_text, "warning" if rounded else "error", "table.sum_differs")]
