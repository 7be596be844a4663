"""Converting an amount between units of one dimension (元 / 万元 / 亿元, 亩 / 万亩, 人 / 万人), rates per unit too."""
from __future__ import annotations

from decimal import Decimal

from ..catalogue import Text, text
from ..display import amount
from .values import SCALES, TargetValue, format_number


def factor(source: str, dest: str) -> Decimal | None:
    """How many `dest` one `source` is (万元 → 元: 10000), or None when they measure different things.
    A rate per unit converts by its amount (万元/亩 → 元/亩); the unit it is per must be the same."""
    (a, _, per_a), (b, _, per_b) = source.partition("/"), dest.partition("/")
    if per_a != per_b:
        return None
    if a == b:
        return Decimal(1)
    sa, sb = SCALES.get(a), SCALES.get(b)
    if sa is None or sb is None or sa[0] != sb[0]:
        return None
    return Decimal(sa[1]) / Decimal(sb[1])


def convert(value: TargetValue, unit: str) -> TargetValue | None:
    """The value in `unit`, exactly; None when it cannot be converted."""
    f = factor(value.unit, unit)
    if f is None:
        return None
    return value.model_copy(update={"number": Decimal(format_number(value.number * f)), "unit": unit})


def conversion(original: TargetValue, converted: TargetValue) -> Text:
    """`24,500 万元 = 2.45 亿元`: an actual written in another unit than its target's, and what it was read as."""
    return text("table.converted", original=amount(original.number, original.unit),
                converted=amount(converted.number, converted.unit))
