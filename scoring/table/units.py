"""Converting an amount between units of one dimension (元 / 万元 / 亿元, 亩 / 万亩, 人 / 万人), rates per unit too."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from ..catalogue import Text, text
from ..display import amount
from .values import SCALES, TargetSyntaxError, TargetValue, format_number, parse_value


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


def _may_convert(written: str, target: TargetValue) -> bool:
    """A cheap test before parsing the actual again: only a unit of a convertible kind, written otherwise
    than the target's (24500万元 against 亿元; 12500亩 against 万亩), can need a conversion."""
    unit = target.unit.partition("/")[0]
    if unit not in SCALES:
        return False
    head = written.strip().partition("/")[0]
    longer = [u for u in SCALES if u != unit and head.endswith(u)]
    return bool(longer) or not head.endswith(unit)


def conversion(written: str | None, target: TargetValue) -> Text | None:
    """`24,500 万元 = 2.45 亿元` where an actual was written in another unit than its target's, else None."""
    if written is None or not _may_convert(written, target):
        return None
    return _conversion(written, target)


@lru_cache(maxsize=65536)  # an actual written in another unit recurs (24500万元 against ≥2.6亿元)
def _conversion(written: str, target: TargetValue) -> Text | None:
    try:
        original = parse_value(written)
    except TargetSyntaxError:
        return None
    if original.kind != "number" or not original.unit or target.kind != "number" or original.unit == target.unit:
        return None
    converted = convert(original, target.unit)
    if converted is None:
        return None
    return text("table.converted", original=amount(original.number, original.unit),
                converted=amount(converted.number, converted.unit))
