"""A printed money total against the sum of its parts: an error, or a warning where only rounding differs."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..errors import Pos, Problem
from .values import format_number as fmt


def money_sum(pos: Pos, printed: Decimal, parts: list[Decimal], zh: str, en: str) -> list[Problem]:
    """A printed total against the sum of its parts; a difference that is only rounding is a warning."""
    total = sum(parts, Decimal(0))
    if total == printed:
        return []
    places = Decimal(1).scaleb(min(printed.as_tuple().exponent, 0))
    rounded = total.quantize(places, ROUND_HALF_UP) == printed
    diff = fmt(abs(total - printed))
    why_zh = f"（相差 {diff}，印出的是合计四舍五入后的数）" if rounded else f"（相差 {diff}）"
    why_en = f" (difference {diff}: the printed figure is the rounded sum)" if rounded else f" (difference {diff})"
    return [pos.problem(
        f"{zh}印为 {fmt(printed)}，但合计为 {fmt(total)}{why_zh}",
        f"{en} is printed as {fmt(printed)} but adds up to {fmt(total)}{why_en}",
        "warning" if rounded else "error",
    )]
