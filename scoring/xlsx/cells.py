"""Reading one cell as the person who typed it meant it: what Excel shows, or a refusal naming why.

A cell holds a number, text, a date, a truth value, an error or a formula; its number format decides
what the person saw (0.95 under a percent format is 95 %). Floats are read to the 15 significant
digits Excel shows, so 98.6 stays 98.6 and never becomes 98.59999999999999.

A number under a percent format can be read two ways when it shows above 150 %: 98.6 typed into a
0.00% cell (where the spreadsheet does not take it as 98.6 %) shows 9860 %. Such a cell is refused,
asking whether 98.6 % was meant, unless its row's target is itself a percentage large enough that the
value is plausible: the ceiling is 150 %, or 1.5 times the row's largest percent target (≥200% allows
up to 300 %). A value typed as text ("9860%") is never doubted: its writer wrote the sign.
"""
from __future__ import annotations

import datetime
import re
from decimal import Decimal

from .. import limits
from ..errors import Pos
from ..table.values import TargetSyntaxError, format_number, normalise_text, parse_stated_rate, parse_value

MONEY_UNITS = ("", "万元")
_WAN, _YUAN = chr(0x4E07), chr(0x5143)  # wan (ten thousand) and yuan, by code point: no Chinese in the code
PERCENT_CEILING = Decimal(150)  # a percent cell shown above this (and above 1.5 × its target) is asked about


class CellError(Exception):
    """A cell that cannot be read as meant: a catalogue code and its arguments."""

    def __init__(self, code: str, **args):
        super().__init__(code)
        self.code, self.args_ = code, args


# a formula that is only a percentage (=100%, = 95 %): what a person types for a target of =100%, which Excel
# takes for a formula and saves with its result, 1
_TYPED_PERCENT = re.compile(r"=\s*[+-]?\d+(?:\.\d+)?\s*%")


def typed_percent(formula) -> bool:
    """Whether a cell's formula (its text as written; an array formula is no text) is a percentage as typed."""
    return isinstance(formula, str) and _TYPED_PERCENT.fullmatch(formula) is not None


def where(file: str, sheet: str, coordinate: str) -> Pos:
    """A workbook cell as errors name it: 实际值.xlsx:指标!G12."""
    return Pos(f"{file}:{sheet}!{coordinate}")


def shows_percent(number_format: str) -> bool:
    """Whether a number format scales by 100 and shows %: 0.00% does; 0"%" and 0\\% only print the sign."""
    return "%" in _unquoted(number_format)


def _unquoted(number_format: str) -> str:
    """A number format without its quoted text, escaped characters and [colour]/[condition] parts."""
    return re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format or "")


def exact(number: int | float) -> Decimal:
    """A number cell's value as the decimal Excel shows (15 significant digits): 98.6, never 98.59999999999999;
    refused beyond the input limits (1e300 has 301 digits)."""
    d = Decimal(number) if isinstance(number, int) else Decimal(format(number, ".15g"))
    problem = limits.number_problem(d)
    if problem:
        raise CellError(problem[0], **problem[1])
    return d


def _checked(value, formula: bool):
    """The cell's value, refused where no person meant a plain value: errors, dates, truth values, formulas
    with no computed result."""
    if formula and value is None:
        raise CellError("xlsx.cell_formula_uncomputed")
    if isinstance(value, bool):
        raise CellError("xlsx.cell_boolean", value=str(value).upper())
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        raise CellError("xlsx.cell_date", value=_date_text(value))  # 5/6 typed: 2025-05-06
    if isinstance(value, str) and re.fullmatch(r"#(?:DIV/0!|N/A|NAME\?|NULL!|NUM!|REF!|VALUE!|GETTING_DATA)", value.strip()):
        raise CellError("xlsx.cell_error", value=value.strip())
    return value


def shown_text(value, number_format: str = "General", formula: bool = False) -> str | None:
    """The value as the person saw it, as text: 0.95 under 0% is 95%; blank is None."""
    value = _checked(value, formula)
    if value is None:
        return None
    if isinstance(value, (int, float)):
        number = exact(value)
        if shows_percent(number_format):
            return format_number(number * 100) + "%"
        return format_number(number)
    text = str(value).strip()
    return text or None


def percent_ceiling(targets: list[Decimal]) -> Decimal:
    """The largest percentage a percent cell may show unasked, given its row's percent targets' numbers."""
    return max([PERCENT_CEILING] + [t * Decimal("1.5") for t in targets])


def meant_text(value, number_format: str = "General", formula: bool = False,
               ceiling: Decimal = PERCENT_CEILING) -> str | None:
    """The value as the person meant it, as text: what the cell shows (0.95 under 0% is 95%), refused where
    that could be read two ways (98.6 under 0.00% shows 9860%: was 98.6% meant?). The one reader of a cell
    for anyone reading workbooks filled by people (blank is None)."""
    text = shown_text(value, number_format, formula)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and shows_percent(number_format):
        number = exact(value)
        if number * 100 > ceiling:
            raise CellError("xlsx.percent_doubtful", shown=text, meant=format_number(number) + "%",
                            fraction=format_number(number / 100))
    return text


def plain_text(value, number_format: str = "General", formula: bool = False) -> str | None:
    """Text that names something (an id, a name): numbers written plainly; blank is None."""
    return shown_text(value, "General", formula)


def free_text(value, number_format: str = "General", formula: bool = False) -> str | None:
    """Free text (a reason, a measure, evidence): as plain_text, and a date shown with its year (2025-12-31, an
    acceptance date as evidence) as that date. A date shown without a year is refused as elsewhere: Excel makes
    one of 5/6 typed for five of six."""
    if isinstance(value, (datetime.date, datetime.time)) and _shows_year(number_format):
        return _date_text(value)
    return plain_text(value, number_format, formula)


def _shows_year(number_format: str) -> bool:
    return "y" in _unquoted(number_format).lower()


def _date_text(value) -> str:
    midnight = isinstance(value, datetime.datetime) and value.time() == datetime.time()
    return str(value.date() if midnight else value)


def amount(value, number_format: str = "General", formula: bool = False) -> Decimal | None:
    """An amount in 万元: a number, or text such as 1,234.5, 1234.5万元 or 1234.5万; any other unit is refused."""
    text = shown_text(value, number_format, formula)
    if text is None:
        return None
    written = text.strip()
    if written.endswith(_WAN):  # 18.6万 is 18.6万元 as surely: 万 is ten thousand, and the column counts 元
        written += _YUAN
    try:
        parsed = parse_value(written)
    except TargetSyntaxError:
        raise CellError("xlsx.amount_unreadable", text=text) from None
    if parsed.kind == "none":
        return None
    if parsed.kind != "number" or parsed.op != "=" or parsed.unit not in MONEY_UNITS:
        if parsed.kind == "number" and parsed.unit == "元":
            raise CellError("xlsx.amount_in_yuan", text=text, wan=format_number(parsed.number / 10000))
        raise CellError("xlsx.amount_unreadable", text=text)
    return parsed.number


def stated_rate(value, number_format: str = "General", formula: bool = False) -> str | None:
    """An execution rate as stated by hand (执行率（手填）), as meant_text reads it: a percentage, or a bare number
    (98.5, read as 98.5 % when scored). Other text is refused at its cell with the rate's own message: a date or
    a word typed there is no target, and the target grammar's examples (≥10647人, 健全) fit no rate cell."""
    text = meant_text(value, number_format, formula)
    if text is None:
        return None
    try:
        parse_stated_rate(text)  # the rule the scoring reads it by (budget_row)
    except TargetSyntaxError as e:
        raise CellError(e.code, text=text) from None
    return text


def points(value, number_format: str = "General", formula: bool = False) -> Decimal | None:
    """The assessor's points: a number, or text such as 1.5 or 1.5分."""
    text = shown_text(value, "General", formula)
    if text is None:
        return None
    folded = normalise_text(text).removesuffix("分")
    if not re.fullmatch(r"\d+(?:\.\d+)?", folded):
        raise CellError("xlsx.points_unreadable", text=text)
    return Decimal(folded)


def put(rows: list[list], r: int, c: int, value) -> None:
    """A text grid's cell (0-based row and column) set to `value`, the grid grown to hold it."""
    while len(rows) <= r:
        rows.append([])
    rows[r] += [""] * (c + 1 - len(rows[r]))
    rows[r][c] = value
