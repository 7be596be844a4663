"""Facts: one normalised, typed record per indicator, built from the table and the actuals.

durable_rules compares loosely ("100" == 100, False == 0), so every value is parsed and typed
here first: numbers in the target's unit, qualitative words mapped to outcomes, text folded.
Each indicator yields an exact record (Decimals) for the methods and the Python matcher, and, where
it is read, the engine-facing dict (floats, no Nones) that durable_rules is given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from decimal import Decimal

from ..actuals import Actuals, IndicatorActual
from ..catalogue import Text, text
from ..display import amount
from ..errors import Problem, ScoringError
from ..plausibility import errors, findings
from ..yamlio import wide_colon_in_key
from ..money import department_spent, implausible_spending, project_spent
from ..period_target import period_target
from ..rulebook.fields import NUMERIC
from ..table.units import conversion, convert, same_dimension
from ..rulebook.load import RuleBook
from ..table.model import Group, Indicator, Section, TargetTable
from ..table.names import NameIndex, same_unit, unresolved_text
from ..table.values import TargetSyntaxError, TargetValue, format_number, normalise_text, parse_value

HUNDRED = Decimal(100)


@dataclass
class Money:
    """Budget execution from the money: spent and budget in 万元, rate in %."""

    spent: Decimal
    budget: Decimal
    rate: Decimal


@dataclass
class IndicatorInput:
    section: Section
    group: Group
    item: Indicator
    target: TargetValue
    target_source: str  # half_year | annual | annual_scaled
    entry: IndicatorActual | None
    actual: TargetValue | None
    exact: dict = field(default_factory=dict)  # every fact field: numbers as Decimals, None where there is none
    conversion: Text | None = None  # `24,500 万元 = 2.45 亿元` where the actual was written in another unit
    implausible: list = field(default_factory=list)  # plausibility.findings of the actual: made once, read twice

    @cached_property
    def fact(self) -> dict:
        """The facts as durable_rules is given them (and explain shows them): see engine_fact. Made only where
        it is read: the Python matcher reads `exact`."""
        return engine_fact(self.exact, self.exact)


def engine_fact(exact: dict, fields) -> dict:
    """The `fields` of an exact record as durable_rules is given them: the numbers as floats, as its C core
    compares them, no Nones, and `fact: indicator` last, which its rules match on."""
    fact = {}
    for k in fields:
        v = exact.get(k)
        if v is not None and k != "fact":
            fact[k] = float(v) if k in NUMERIC else v
    fact["fact"] = "indicator"
    return fact


def money_of(table: TargetTable, actuals: Actuals, problems: list[Problem]) -> Money | None:
    """The money's execution rate: a project table's from its money block's 执行数, a department's from its
    `spending`; None (with the problems said) where it cannot be computed."""
    spent = project_spent if table.funds is None else department_spent
    found = spent(table, actuals, problems)
    return None if found is None else Money(found[0], found[1], found[0] / found[1] * HUNDRED)


# Actuals repeat a small vocabulary across rows and units (达成, 100%, 健全 …); a TargetValue is frozen,
# so one parse is shared. A value that fails is not kept (exceptions are not cached).
_parse = lru_cache(maxsize=65536)(parse_value)


_NO_ENTRY = (None, None)  # (key, entry) of an indicator the actuals do not give


def _resolve_keys(index: NameIndex, actuals: Actuals, problems: list[Problem]) -> dict[str, tuple[str, IndicatorActual]]:
    """Actual entries by indicator id; keys may be ids or unique names."""
    out: dict[str, tuple[str, IndicatorActual]] = {}
    unknown = 0
    for key, entry in actuals.indicators.items():
        ids = index.resolve(str(key))
        if not ids and (at := wide_colon_in_key(str(key))) is not None:  # `名称： {actual: …}` read as one key
            where = entry.key_pos
            problems.append(where.moved(at).report(
                "facts.wide_colon", key=str(key)[:at]))
            continue
        if len(ids) != 1:
            unknown += 1  # nearest names for the first few: 2,000 unknown keys took 86 s of searching
            problems.append(entry.pos.report_text(unresolved_text(str(key), ids, index.indicators, suggest=unknown <= 10)))
            continue
        ident = ids[0]
        if ident in out:
            first = out[ident][1].pos
            problems.append(entry.pos.report("facts.given_twice", id=ident, line=first.line, column=first.column,
                                             key=out[ident][0]))
            continue
        out[ident] = (key, entry)
    return out


def _typing_hint(typed: str):
    """A letter typed for a digit (1O0, 9l%; O% or O人, which read as a word) told as such: the commonest way
    a clerk's number goes unread; else a comma typed for the decimal point (98,6%), with the number meant."""
    folded = normalise_text(typed)
    found = re.search(r"(?<=\d)[OoIl]|[OoIl](?=\d)|\b[OoIl](?=%|[^\x00-\x7f])", folded)
    if found is not None:
        return text("facts.letter_for_digit", letter=found.group())
    # one comma, not before a group of three digits (98,600 reads as thousands): a decimal comma
    if re.fullmatch(r"[^,]*\d,(?!\d{3}(?!\d))\d+[^,]*", folded):
        meant = folded.replace(",", ".")
        try:
            _parse(meant)
        except TargetSyntaxError:
            return ""
        return text("facts.decimal_comma", meant=meant)
    return ""


def _parse_actual(entry: IndicatorActual, target: TargetValue, book: RuleBook,
                  problems: list[Problem]) -> tuple[TargetValue | None, Text | None]:
    """The entry's actual, read against its target, and the unit conversion said where it needed one."""
    if entry.actual is None:
        return None, None
    value = _read_actual(entry, target, book, problems)
    if value is None or value.kind != "number":
        return value, None
    written = _parse(entry.actual)  # read already: a cache hit
    if written.unit and written.unit != value.unit:  # 24500万元 against ≥2.6亿元
        return value, conversion(written, value)
    return value, None


def _read_actual(entry: IndicatorActual, target: TargetValue, book: RuleBook, problems: list[Problem]) -> TargetValue | None:
    try:
        value = _parse(entry.actual)
    except TargetSyntaxError as e:
        if e.code == "table.unreadable_value" and target.kind == "number":  # no word would do: the target's form
            problems.append(entry.pos.report("facts.number_unreadable", actual=entry.actual, target=str(target),
                                             example=format_number(target.number) + target.unit, hint=_typing_hint(e.text)))
        elif e.code == "table.unreadable_value":  # the target grammar's words (运算符+数字) would mislead here
            problems.append(entry.pos.report("facts.actual_unreadable", actual=entry.actual, hint=_typing_hint(e.text)))
        else:
            problems.append(entry.pos.report_text(e.said))
        return None
    if value.kind == "none":
        return None
    if target.kind == "number":
        if value.kind != "number":
            problems.append(entry.pos.report("facts.not_a_number", actual=entry.actual, target=str(target),
                                             hint=_typing_hint(entry.actual)))
            return None
        if value.op != "=":
            problems.append(entry.pos.report("facts.has_operator", actual=entry.actual,
                                             plain=format_number(value.number) + value.unit))
            return None
        if value.unit and value.unit != target.unit:
            converted = convert(value, target.unit)  # 24500万元 against ≥2.6亿元: one dimension, converted exactly
            if converted is None:
                hint = text("facts.unit_inexact", written=amount(value.number, value.unit),
                            target_unit=target.unit) if same_dimension(value.unit, target.unit) else ""
                problems.append(entry.pos.report("facts.unit_mismatch", unit=value.unit, target_unit=target.unit,
                                                 hint=hint, example=format_number(target.number) + target.unit))
                return None
            value = converted
        if _looks_like_a_fraction(value, target):
            shown = format_number(value.number * HUNDRED)
            problems.append(entry.pos.report("facts.looks_like_fraction", actual=entry.actual, target=str(target), shown=shown))
            return None
        return value if value.unit == target.unit else value.model_copy(update={"unit": target.unit})
    # a qualitative target, or none: the actual is an assessment, 达成 / 部分达成 / 未达成 or a known word
    if value.kind != "word":
        kind = text("facts.qualitative" if target.kind == "word" else "facts.no_target")
        problems.append(entry.pos.report("facts.not_a_word", kind=kind, actual=entry.actual))
        return None
    if value.word != target.word and book.vocabulary.outcome_of(value.word) is None:
        fits = [text("facts.word_fit", word=w, outcome=o) for w, o in book.vocabulary.words_for(target.word)] if target.word else []
        if fits:
            problems.append(entry.pos.report("facts.word_without_outcome_fits", word=value.word, fits=fits))
        else:
            problems.append(entry.pos.report("facts.word_without_outcome", word=value.word))
        return None
    return value


def _looks_like_a_fraction(value: TargetValue, target: TargetValue) -> bool:
    """0.986 against ≥99%: most likely 98.6% written as a fraction, and scored as 0.986% it loses nearly everything.
    Only against high lower-bound targets: against ≤5% or ≥3%, a bare 0.5 is a plausible rate."""
    return (target.unit == "%" and target.op in ("≥", ">", "=") and target.number >= 50
            and not value.unit and 0 < value.number <= 1)


def build_inputs(table: TargetTable, actuals: Actuals, book: RuleBook, period: str) -> tuple[list[IndicatorInput], Money | None]:
    problems: list[Problem] = []
    if not same_unit(actuals.unit, table.unit.name):
        problems.append(actuals.pos_of("unit").report("facts.unit_differs", actual=actuals.unit, table=table.unit.name))
    if actuals.year != table.year:
        problems.append(actuals.pos_of("year").report("facts.year_differs", actual=actuals.year, table=table.year))
    if actuals.period != period:  # at the line or cell that says it, each period in words and as its code
        problems.append(actuals.pos_of("period").report("facts.period_differs", actual=period_words(actuals.period),
                                                        period=period_words(period)))
    rows = list(table.rows())  # walked three times below
    seen: dict[str, Indicator] = {}
    for _, _, item in rows:
        if item.id in seen:
            problems.append(item.pos.report("facts.duplicate_id", id=item.id))
        seen[item.id] = item
    index = NameIndex([(i.id, i.name) for _, _, i in rows])  # built once: the names are normalised here
    entries = _resolve_keys(index, actuals, problems)
    money = money_of(table, actuals, problems)
    problems += implausible_spending(money.spent, money.budget, actuals, book.plausibility.money) if money else []
    inputs = []
    for (section, group, item), name in zip(rows, index.normalised):
        target, source = period_target(item, period, book)
        _, entry = entries.get(item.id, _NO_ENTRY)
        actual, converted = _parse_actual(entry, target, book, problems) if entry else (None, None)
        inp = make_input(section, group, item, target, source, entry, actual, money, book, period, name, converted)
        if inp.implausible:
            problems += errors(entry.pos, inp.implausible)
        inputs.append(inp)
    if problems:
        raise ScoringError(in_file_order(problems))
    return inputs, money


_PERIOD_NAMES = {"annual": "render.period.annual", "h1": "render.period.h1"}  # the scorecard's words for them


def period_words(period: str) -> Text:
    """A period as the scorecard names it (全年, 半年) with its code (annual, h1): 全年（annual）."""
    return text("facts.period_words", words=text(_PERIOD_NAMES[period]), code=period)


def in_file_order(problems: list[Problem]) -> list[Problem]:
    """Problems as a person reads the files: by file, line and column (the money's are found before the
    indicators' above them); a workbook's, which have no lines, by sheet, row and column."""
    if all(p.line is not None for p in problems):
        return sorted(problems, key=lambda p: (p.file, p.line, p.column or 0))
    from ..xlsx.unread import in_cell_order, template_sheets  # no openpyxl until a workbook's sheets are named

    return in_cell_order(problems, template_sheets())


def make_input(section, group, item, target, source, entry, actual, money, book, period, name=None,
               converted=None) -> IndicatorInput:
    """One indicator's facts; `name` is its normalised name where the caller has it already.
    Public: the budget row's fact (budget_row.py) is built the same way."""
    # each field of an input model read once: a pydantic model's attribute costs ~8× a slotted one's
    kind = actual.kind if actual is not None else None
    value = actual.number if kind == "number" else None
    word = actual.word if kind == "word" else ""
    target_word = target.word
    outcome = ("达成" if word == target_word else book.vocabulary.outcome_of(word) or "") if kind == "word" else ""
    number = target.number
    ratio = value / number * HUNDRED if value is not None and number else None
    exact = {
        "id": item.id, "level1": section.level1, "level2": group.level2,
        "name": normalise_text(item.name) if name is None else name,
        "key_work": item.key_work or "", "project": item.project or "", "period": period,
        "form": target.kind, "op": target.op or "", "unit": target.unit, "target_word": target_word,
        "target": number, "has_actual": kind is not None, "actual": value, "actual_word": word, "outcome": outcome,
        "has_points": entry is not None and entry.points is not None, "ratio": ratio, "has_money": money is not None,
        "money_rate": money.rate if money else None, "target_fallback": source == "annual_scaled",
    }
    found = findings(item.name, actual, target, book.plausibility) if kind == "number" else []  # none for a word
    return IndicatorInput(section, group, item, target, source, entry, actual, exact, converted, found)
