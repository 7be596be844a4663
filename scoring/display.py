"""How numbers and values are written for people: thousands separators, units, 2-decimal points."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .table.values import TargetValue, format_number


def amount(number: Decimal, unit: str = "", places: int | None = None) -> str:
    """152300, 人 -> '152,300 人'; 96.8, % -> '96.8%'."""
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        text = f"{number:,.{places}f}"
    else:
        plain = format_number(number)
        whole, _, frac = plain.partition(".")
        text = f"{int(whole):,}" + (f".{frac}" if frac else "")
        if plain.startswith("-") and not text.startswith("-"):
            text = "-" + text
    if not unit:
        return text
    return f"{text}{unit}" if unit in ("%", "‰") else f"{text} {unit}"


def value(v: TargetValue, with_op: bool = True) -> str:
    if v.kind == "none":
        return "/"
    if v.kind == "word":
        return v.word
    return (v.op if with_op else "") + amount(v.number, v.unit)


def points(p: Decimal) -> str:
    return f"{p:.2f}"
