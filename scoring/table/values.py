"""The grammar of target values: `≥10647人`, `=0%`, `≤100%`, `健全`, `/` … parsed into one typed form.

One parser serves target tables, actuals and rule tests alike, so a value means the same thing
everywhere. Anything with digits that it cannot read is an error quoting the text, never a guess.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..catalogue import Text as Message, text as message
from ..limits import number_problem
from .form_words import (  # noqa: F401 (SCALES and UNITS re-exported)
    NO_TARGET_TEXTS, NUMBER, OP_WORDS_AFTER, OP_WORDS_BEFORE, PER_PREFIX, SCALES, UNITS,
)

Op = Literal["=", "≥", "≤", ">", "<"]
OPS: tuple[str, ...] = ("=", "≥", "≤", ">", "<")

# how people type the operators; a value is read with them folded, a rule file is told to write the symbol
OP_SPELLINGS = ((">=", "≥"), ("<=", "≤"), ("≧", "≥"), ("≦", "≤"), ("==", "="))
_UNIT = "|".join(re.escape(u) for u in UNITS)
# Rates per unit as tables write them: 每亩300元 and 300元/亩 are both 300 元/亩.
_PATTERN = re.compile(
    r"^(?P<op>[=≥≤><])?(?:" + PER_PREFIX + r"(?P<per0>" + _UNIT + r"))?(?P<num>" + NUMBER + r")(?P<unit>" + _UNIT + r")?"
    r"(?:/(?P<per>" + _UNIT + r"))?$"
)


class TargetSyntaxError(ValueError):
    """A value the grammar cannot read; carries its catalogue message (`said`), and it in both languages."""

    def __init__(self, text: str, said: Message):
        self.text, self.said = text, said
        self.zh, self.en, self.code = said.zh, said.en, said.code
        super().__init__(self.en)


class TargetValue(BaseModel):
    """A parsed value: a number with operator and unit, a qualitative word, or no target."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["number", "word", "none"]
    op: Op | None = None
    number: Decimal | None = None
    unit: str = ""
    word: str = ""

    def __str__(self) -> str:
        return format_value(self)


def meant_operator(typed: str, allowed) -> str | None:
    """The operator symbol a two-character spelling stands for (`>=` → ≥), where `allowed` has it; also the
    word or symbol typed in full width (`＝`, `＞＝`, `ｒａｔｉｏ`), as a value is read with it folded."""
    folded = unicodedata.normalize("NFKC", typed).strip()
    if folded != typed and folded in allowed:
        return folded
    return next((op for spelling, op in OP_SPELLINGS if folded == spelling and op in allowed), None)


BARE_NUMBER = re.compile(rf"^{NUMBER}$")  # a cell that prints a number alone: 10, 2.5, 1,234


def printed_number(text: str | None) -> Decimal | None:
    """A number printed alone in a cell (an amount, a 分值: 1,234.5), as a Decimal; None for any other text."""
    return Decimal(text.replace(",", "")) if text and BARE_NUMBER.match(text) else None


_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def meant_number(typed: str) -> str | None:
    """The number a rule file's text stands for where a number is wanted: typed in full width (`１２０`), with
    a percent sign (`120％`, `60%`: a rule's numbers are the target's without its unit), or with spaces;
    None where it is no number, or is one as typed."""
    folded = re.sub(r"\s+", "", unicodedata.normalize("NFKC", typed)).removesuffix("%")
    return folded if folded != typed and _PLAIN_NUMBER.fullmatch(folded) else None


@lru_cache(maxsize=65536)  # names and words recur across rows and units: each is folded once
def normalise_text(text: str) -> str:
    """Fold full-width forms and spacing so that equal values have equal text."""
    text = unicodedata.normalize("NFKC", text)
    for spelling, op in OP_SPELLINGS:
        text = text.replace(spelling, op)
    return re.sub(r"\s+", "", text)


def parse_value(text: str | None) -> TargetValue:
    """Parse one target (or actual) value; raise TargetSyntaxError quoting the text if unreadable."""
    return _parsed("" if text is None else str(text))


def parse_stated_rate(text: str) -> TargetValue | None:
    """An execution rate written by hand (执行率（手填）): a percentage, or a bare number (98.5 read as 98.5 %), as
    a value in %; None where none is written (blank, /). Anything else raises TargetSyntaxError with the rate's
    own message: the target grammar's words (≥10647人, 健全) are no rate."""
    try:
        value = parse_value(text)
    except TargetSyntaxError:
        value = None
    if value is not None and value.kind == "none":
        return None
    if value is None or value.kind != "number" or value.op != "=" or value.unit not in ("%", ""):
        raise TargetSyntaxError(text, message("table.stated_rate_not_percent", text=text))
    return value if value.unit == "%" else value.model_copy(update={"unit": "%"})


# Keyed by the text (not the value given: Decimal 1.0 and 1.00 are one key, and their texts two). A value is
# frozen, so rows and units share it; targets recur across a batch's units (a TargetTable's validation
# 3.0 → 1.9 ms once they are parsed). A text that cannot be read raises, and is not kept.
@lru_cache(maxsize=65536)
def _parsed(original: str) -> TargetValue:
    s = normalise_text(original)
    if s in NO_TARGET_TEXTS:
        return TargetValue(kind="none")
    m = _PATTERN.match(s) or _PATTERN.match(_operator_in_words(s))
    if m and not (m["per0"] and m["per"]) and (m["unit"] or not (m["per0"] or m["per"])):
        number = Decimal(m["num"].replace(",", ""))
        wrong = number_problem(number, m["num"])
        if wrong:
            said = message(wrong[0], **wrong[1])
            raise TargetSyntaxError(original, said)
        per = m["per0"] or m["per"]
        unit = f"{m['unit']}/{per}" if per else m["unit"] or ""
        return TargetValue(kind="number", op=m["op"] or "=", number=_canonical(number), unit=unit)
    if re.search(r"\d", s) or s[0] in "=≥≤><":
        said = message("table.unreadable_value", text=original)
        raise TargetSyntaxError(original, said)
    return TargetValue(kind="word", word=s)


def _operator_in_words(s: str) -> str:
    """不低于95% and 95%以上 as ≥95%; "" where no word is written, or it contradicts a symbol (≤95%以上)."""
    for word, op in OP_WORDS_BEFORE:
        if s.startswith(word) and s[len(word):][:1] not in OPS:
            return op + s[len(word):]
    for word, op in OP_WORDS_AFTER:
        if s.endswith(word):
            rest = s[:-len(word)]
            return op + rest if rest[:1] not in OPS else rest if rest[0] == op else ""
    return ""


def _canonical(number: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form (100 stays 100, not 1E+2)."""
    if number == 0:
        return Decimal(0)
    n = number.normalize()
    return n.quantize(Decimal(1)) if n == n.to_integral_value() else n


def format_number(number: Decimal) -> str:
    return format(_canonical(number), "f")


def format_value(value: TargetValue) -> str:
    """The canonical text of a value; parse_value(format_value(v)) == v for every value."""
    if value.kind == "none":
        return "/"
    if value.kind == "word":
        return value.word
    return f"{value.op}{format_number(value.number)}{value.unit}"
