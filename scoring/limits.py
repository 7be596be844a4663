"""The input limits: how large, deep and long an input may be, and how many digits its numbers have.

Generous for real inputs (the largest real table has a few hundred rows, about 100 KB of YAML), and
small enough that no accepted input takes more than a couple of seconds or 200 MB. The README lists
them under "Input limits"; each one passed is a located error.
"""
from __future__ import annotations

from decimal import Decimal

MAX_FILE_BYTES = 1024 * 1024  # one input file
# a workbook holds styles and pictures beside its cells, so it may be larger on disk than a text input
MAX_WORKBOOK_BYTES = 16 * MAX_FILE_BYTES
MAX_DEPTH = 32  # nested lists and mappings (the bundled table: 7)
MAX_ALIASES = 100  # *references to &anchors in one file
MAX_VALUES = 50_000  # values in one file, aliases expanded (a "billion laughs" stops here); 2,000 indicators: ~21,000
MAX_STRING = 10_000  # characters in one value
MAX_KEY = 200  # characters in one key
MAX_INTEGER_DIGITS = 12  # digits before the decimal point: 万元 amounts up to a trillion
MAX_DECIMALS = 6  # digits after it: 万元 to the fen
MAX_INDICATORS = 2_000  # 三级指标 in one table, entries in one actuals file
# durable_rules hangs in assert_facts from 516 rules in one ruleset (measured with 2.0.28: 514 rule-file
# rules and its own flush rule run in 0.3 s, one more never returns; the rules' conditions do not matter)
MAX_RULES = 400  # rules in a rules directory, all files together
MAX_UNIT_SECONDS = 120  # one unit in `scoring batch` (the example takes 0.05 s): its worker is then stopped
SHOWN = 40  # characters of an over-long value quoted in a message


def size_text(size: int) -> str:
    """A file's size as a person reads it: 50 MB, 1.5 MB, 900 B; rounded up to 0.1 MB, so a file one byte over a
    16 MB limit shows 16.1 MB, not 16 MB."""
    if size < 1024 * 1024:
        return f"{size} B"
    tenths = -(-size * 10 // (1024 * 1024))
    return f"{tenths // 10} MB" if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10} MB"


def shorten(text: str) -> str:
    """A value as quoted in a message: the first SHOWN characters."""
    text = str(text)
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


def number_problem(value: Decimal | int, written: str | None = None) -> tuple[str, dict] | None:
    """Why `value` (as `written`) is out of bounds, as a catalogue code and its arguments; None if within.

    Exact arithmetic runs with 28 significant digits: bounded here, no ratio, rate or rounding of
    accepted numbers can exceed them, and no accepted number is a float inf or nan in the engine.
    """
    shown = shorten(value if written is None else written)
    if isinstance(value, Decimal) and not value.is_finite():
        return "limits.number_not_finite", {"number": shown}
    if _within(value):
        return None
    return "limits.number_too_long", {"number": shown, "integer": MAX_INTEGER_DIGITS, "decimals": MAX_DECIMALS}


def _within(value: Decimal | int) -> bool:
    if isinstance(value, int) or value == 0:
        return abs(value) < 10 ** MAX_INTEGER_DIGITS
    if value.adjusted() >= MAX_INTEGER_DIGITS:
        return False
    return -value.as_tuple().exponent <= MAX_DECIMALS or value == value.quantize(Decimal(1).scaleb(-MAX_DECIMALS))
