"""Actual values that cannot be true, as rules/plausibility.yaml defines them: each an error or a flag.

A negative count, a satisfaction or coverage rate above 100 %; the file says which is which."""
from __future__ import annotations

from decimal import Decimal

from .catalogue import Text, text
from .errors import Pos, Problem
from .rulebook.model import Plausibility
from .scorecard import Bilingual, Flag
from .table.values import format_number


CODES = ("negative_count", "over_100")  # the flags (or errors) findings makes
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
    return out


def _shown(number, unit: str) -> str:
    return f"{format_number(number)}{unit}"


def errors(where: Pos, found: list[tuple[str, str, Text]]) -> list[Problem]:
    """The findings (of `findings`) the rules make errors, located at the actual."""
    return [where.report_text(said) for severity, _, said in found if severity == "error"]


def flags(found: list[tuple[str, str, Text]]) -> list[Flag]:
    """The findings (of `findings`) the rules make flags, for the scorecard."""
    return [Flag(code=code, message=Bilingual.of(said)) for severity, code, said in found if severity == "flag"]
