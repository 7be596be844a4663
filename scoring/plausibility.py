"""Actual values that cannot be true, as rules/plausibility.yaml defines them: each an error or a flag.

A negative count, a satisfaction or coverage rate above 100 %, an actual typed in a smaller unit than its target's
(11500 meant as 米 under ≥12 公里) or far above a target whose unit has smaller ones (7,400 under ≤7.5 万元/公里), a
count typed with a dot for the thousands separator (10.712 人 under ≥10647人); the file says which is which."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from fractions import Fraction

from .catalogue import Text, text
from .display import amount
from .errors import Pos, Problem
from .rulebook.model import Plausibility, ThousandsDot
from .scorecard import Bilingual, Flag
from .table.units import smaller
from .table.values import TargetValue, format_number


CODES = ("negative_count", "over_100", "unit_slip")  # the flags (or errors) findings makes
# findings finds nothing in a number from 0 to 100: its caller need not ask (facts.make_input). Decimals, as the
# numbers are: a Decimal compared with an int makes a Decimal of it first
PLAUSIBLE = (Decimal(0), Decimal(100))


def findings(name: str, actual: dict, target: dict, rules: Plausibility) -> list[tuple[str, str, Text]]:
    """(severity, code, message) for each way a number actual, of the indicator called `name`, cannot be
    true; `actual` and `target` are the two values' fields (a TargetValue's __dict__, read once by facts.py).
    A negative target (≥-10人) makes the indicator a change, which may be negative, not a count."""
    number, unit = actual["number"], actual["unit"]
    out = []
    if number < 0 and unit in rules.never_negative.units:
        if not (target["kind"] == "number" and target["number"] is not None and target["number"] < 0):
            out.append((rules.never_negative.severity, "negative_count",
                        text("plausibility.negative_count", actual=_shown(number, unit), unit=unit)))
    if unit == "%" and number > 100:
        word = next((w for w in rules.at_most_100.names if w in name), None)
        if word is not None:
            out.append((rules.at_most_100.severity, "over_100",
                        text("plausibility.over_100", actual=_shown(number, unit), word=word)))
    slip = rules.unit_slip
    # most units have no smaller one (人, 次, %): asked first, once a unit (~750 instructions a row without)
    if slip is not None and _smaller(unit) and (said := _unit_slip(number, unit, target, slip.times, slip.within)):
        out.append((slip.severity, "unit_slip", said))
    return out


_smaller = cache(smaller)


def _unit_slip(number: Decimal, unit: str, target: dict, times: Decimal, within: Decimal) -> Text | None:
    """The message where `number` is `times` its target or more, in a unit with smaller ones of its kind (公里: 米),
    said as the question it is: with the reading in the smaller unit nearest the target where that is within
    `within` of it either way (11500 under ≥12 公里: 11.5 公里); far above the target all the same where none is
    (7,400 under ≤7.5 万元/公里, 0.74 read in 元/公里: a cost 10 times under budget is plausible, 986 times over
    it is not)."""
    goal = target["number"] if target["kind"] == "number" and target["unit"] == unit else None
    if goal is None or goal <= 0 or number < goal * times:
        return None
    best = None
    for small, f in _smaller(unit):
        off = _apart(Fraction(number) / f, Fraction(goal))
        if best is None or off < best[0]:
            best = (off, small, f)
    off, small, f = best
    exact = Fraction(number) / f
    reading = Decimal(exact.numerator) / exact.denominator
    places = None if reading == round(reading, 2) else 2  # 1 亩 is 666.67 平方米: a reading with more decimals is rounded
    reading = amount(reading, unit, places)
    question = (text("plausibility.unit_slip_smaller", small=small, reading=reading) if off <= Fraction(within)
                else text("plausibility.unit_slip_far", small=small, reading=reading, within=format_number(within)))
    return text("plausibility.unit_slip", actual=amount(number, unit), target=amount(goal, unit),
                times=amount(number / goal, "", 0), question=question)


WIDE_DOT = chr(0xFF0E)  # the full-width dot of a Chinese input method (１０．７１２), which the grammar reads as "."
# a number typed with three decimals after its dot (a full-width one too), no more digits after them: 10.712
_THREE_DECIMALS = re.compile(r"\d[." + WIDE_DOT + r"]\d{3}(?!\d)")


def thousands_dot(written: str, number: Decimal, target: TargetValue, rules: ThousandsDot) -> Text | None:
    """The question where the actual `written`, read as `number` in its target's unit, a count (one of rules.units:
    the caller asks only of those), has three decimals and, read with its dot as the thousands separator, is within
    rules.within of the target either way (10.712 under ≥10647人: 10 712 人, not 10.712); None where it is not."""
    unit, goal = target.unit, target.number
    if goal is None or goal <= 0 or number <= 0 or not _THREE_DECIMALS.search(written):
        return None
    meant = number * 1000
    if _apart(Fraction(meant), Fraction(goal)) > Fraction(rules.within):
        return None
    return text("plausibility.thousands_dot", written=written, unit=unit, meant=amount(meant, unit), target=str(target),
                plain=format_number(meant) + unit)


def _apart(a: Fraction, b: Fraction) -> Fraction:
    """How many times `a` and `b` (both positive) are apart, either way: 10 for 1 and 10, and for 10 and 1."""
    off = a / b
    return max(off, 1 / off)


def _shown(number, unit: str) -> str:
    return f"{format_number(number)}{unit}"


def errors(where: Pos, found: list[tuple[str, str, Text]]) -> list[Problem]:
    """The findings (of `findings`) the rules make errors, located at the actual."""
    return [where.report_text(said) for severity, _, said in found if severity == "error"]


def flags(found: list[tuple[str, str, Text]]) -> list[Flag]:
    """The findings (of `findings`) the rules make flags, for the scorecard."""
    return [Flag(code=code, message=Bilingual.of(said)) for severity, code, said in found if severity == "flag"]
