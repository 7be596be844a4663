"""How numbers and values are written for people: thousands separators, units, 2-decimal points."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from .table.values import TargetValue, format_number


# the exponents amount() rounds to, made once: Decimal(1).scaleb(-2) at each call was half of writing a rate
_PLACES = {places: Decimal(1).scaleb(-places) for places in range(7)}


def amount(number: Decimal, unit: str = "", places: int | None = None) -> str:
    """152300, 人 -> '152,300 人'; 96.8, % -> '96.8%'."""
    if places is not None:
        exponent = _PLACES.get(places)
        number = number.quantize(exponent or Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        # str() writes a number rounded to up to 6 places with them all, as the format does, in a quarter of its
        # time (at 7 it writes 0E-7); the format is kept for the thousands separators
        text = str(number) if exponent is not None and -1000 < number < 1000 else f"{number:,.{places}f}"
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
    """≥95%, 152,300 人 (without the operator: an actual), 健全, or / where there is none."""
    f = v.__dict__  # the model's fields, read once: each attribute read of a pydantic model costs ~8× a slotted one's
    return _value(f["kind"], f["op"], f["number"], f["unit"], f["word"], with_op)


# values recur across rows and units (≥95%, 健全 …): each is written once, cached by its fields (a pydantic
# model's own hash is pure Python, and was most of a cached lookup by the value)
@lru_cache(maxsize=65536)
def _value(kind: str, op: str | None, number: Decimal | None, unit: str, word: str, with_op: bool) -> str:
    if kind == "none":
        return "/"
    if kind == "word":
        return word
    return (op if with_op else "") + amount(number, unit)


# value() of fields a caller holds already (a fact record's form, op, unit, target, target_word): one call less
value_of = _value


def points(p: Decimal) -> str:
    return _points(p) if p else f"{p:.2f}"  # 0 and −0 are equal, and print apart: not cached


# points recur across rows, units and outputs (1.50, 2.00 …): each is written once (equal values print alike)
@lru_cache(maxsize=65536)
def _points(p: Decimal) -> str:
    return f"{p:.2f}"
