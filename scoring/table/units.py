"""Converting an amount between units of one dimension (元 / 万元 / 亿元, 米 / 公里, 公斤 / 吨, 亩 / 平方米 …, % / ‰), rates per unit too."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ..catalogue import Text, text
from ..display import amount
from .values import SCALES, TargetValue, format_number


def factor(source: str, dest: str) -> Fraction | None:
    """How many `dest` one `source` is (万元 → 元: 10000; 亩 → 平方米: 10000/15), or None when they measure
    different things. A rate per unit converts by its amount (万元/亩 → 元/亩); the unit it is per must be the same."""
    (a, _, per_a), (b, _, per_b) = source.partition("/"), dest.partition("/")
    if per_a != per_b:
        return None
    if a == b:
        return Fraction(1)
    sa, sb = _SIZES.get(a), _SIZES.get(b)
    if sa is None or sb is None or sa[0] != sb[0]:
        return None
    return Fraction(sa[1], sb[1])


# % and ‰ are one dimension too (0.03% is 0.3‰), but no amount: kept out of SCALES, so no unit_slip reads a % as ‰
_SIZES = {**SCALES, "%": ("rate", 10), "‰": ("rate", 1)}


def smaller(unit: str) -> list[tuple[str, Fraction]]:
    """The smaller units of the same dimension (公里: 米), a rate's per unit kept (万元/亩: 元/亩), each with how
    many of it one `unit` is (1000), in SCALES order."""
    a, slash, per = unit.partition("/")
    scale = SCALES.get(a)
    if scale is None:
        return []
    return [(u + slash + per, Fraction(scale[1], size)) for u, (dim, size) in SCALES.items()
            if dim == scale[0] and size < scale[1]]


def same_dimension(source: str, dest: str) -> bool:
    """Whether the two units measure one thing (米 and 公里), whether or not an amount converts exactly."""
    return factor(source, dest) is not None


def convert(value: TargetValue, unit: str) -> TargetValue | None:
    """The value in `unit`, exactly; None when it cannot be converted, or the result is no finite decimal
    (8 亩 is 5333.33… 平方米: a rounded figure would be scored as if it were what the clerk wrote)."""
    f = factor(value.unit, unit)
    if f is None:
        return None
    exact = Fraction(value.number) * f
    places = _decimal_places(exact.denominator)
    if places is None:
        return None
    number = Decimal(exact.numerator * (10**places // exact.denominator)).scaleb(-places)
    return value.model_copy(update={"number": Decimal(format_number(number)), "unit": unit})


def _decimal_places(denominator: int) -> int | None:
    """How many decimals a fraction with this denominator takes, or None when its decimal never ends."""
    twos = fives = 0
    while denominator % 2 == 0:
        denominator, twos = denominator // 2, twos + 1
    while denominator % 5 == 0:
        denominator, fives = denominator // 5, fives + 1
    return max(twos, fives) if denominator == 1 else None


def conversion(original: TargetValue, converted: TargetValue) -> Text:
    """`24,500 万元 = 2.45 亿元`: an actual written in another unit than its target's, and what it was read as."""
    return text("table.converted", original=amount(original.number, original.unit),
                converted=amount(converted.number, converted.unit))
