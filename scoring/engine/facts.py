"""Facts: one normalised, typed record per indicator, built from the table and the actuals.

durable_rules compares loosely ("100" == 100, False == 0), so every value is parsed and typed
here first: numbers in the target's unit, qualitative words mapped to outcomes, text folded.
Each indicator yields an exact record (Decimals) for the methods and the Python matcher, and, where
it is read, the engine-facing dict (floats, no Nones) that durable_rules is given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from ..actuals import Actuals, IndicatorActual
from ..catalogue import Text, text
from ..display import amount
from ..errors import Problem, ScoringError
from ..plausibility import PLAUSIBLE, WIDE_DOT, errors, findings, thousands_dot
from ..yamlio import wide_colon_in_key
from ..money import department_spent, implausible_spending, project_spent
from ..period_target import period_target
from ..rulebook.fields import NUMERIC
from ..table.units import conversion, convert, same_dimension
from ..rulebook.load import RuleBook
from ..table.model import Group, Indicator, Section, TargetTable
from ..table.names import NameIndex, same_unit, unresolved_text
from ..table.values import OPS, TargetSyntaxError, TargetValue, format_number, normalise_text, parse_value

HUNDRED = Decimal(100)


@dataclass
class Money:
    """Budget execution from the money: spent and budget in 万元, rate in %."""

    spent: Decimal
    budget: Decimal
    rate: Decimal


class IndicatorInput:
    """One indicator's facts and what they were read from. Slotted and made by position: a dataclass with
    two default factories was ~2,000 instructions a row."""

    __slots__ = ("section", "group", "item", "target", "target_source", "entry", "actual", "exact", "conversion",
                 "implausible", "fields", "entry_fields", "actual_fields")

    def __init__(self, section: Section, group: Group, item: Indicator, target: TargetValue, target_source: str,
                 entry: IndicatorActual | None, actual: TargetValue | None, exact: dict | None = None,
                 conversion: Text | None = None, implausible: list | tuple | None = None, fields: dict | None = None,
                 entry_fields: dict | None = None, actual_fields: dict | None = None):
        self.section, self.group, self.item, self.target = section, group, item, target
        self.target_source = target_source  # half_year | annual | annual_scaled
        self.entry, self.actual = entry, actual
        self.exact = {} if exact is None else exact  # every fact field: numbers as Decimals, None where there is none
        self.conversion = conversion  # `24,500 万元 = 2.45 亿元` where the actual was written in another unit
        # plausibility.findings: made once, read twice; most rows have none, and share one empty tuple
        self.implausible = () if implausible is None else implausible
        # the item's, the entry's and the actual's fields, read once for the scoring of the row: each attribute
        # read of a pydantic model, __dict__ too, goes through its __getattr__ hook (~300 instructions, measured)
        self.fields = item.__dict__ if fields is None else fields
        self.entry_fields = entry.__dict__ if entry_fields is None and entry is not None else entry_fields
        self.actual_fields = actual.__dict__ if actual_fields is None and actual is not None else actual_fields

    @property
    def fact(self) -> dict:
        """The facts as durable_rules is given them (and explain shows them): see engine_fact. Made where it
        is read (explain, lint, an error): the matchers read `exact`."""
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


def written(value) -> str:
    """A fact's value as a rule file's condition writes it: true (not Python's True), "" for empty, "=" for an
    operator (op==, unquoted, read as a typo), a number without the float's noise (100, not 100.0; 0.000001,
    not 1e-06; a rate to 6 places)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_number(Decimal(repr(round(value, 6))))
    if isinstance(value, Decimal):
        return format_number(value)
    return f'"{value}"' if value == "" or value in OPS else str(value)  # op: "=", as rule files quote it


def shown_fact(fact: dict) -> str:
    """A fact as an error shows it: each field=value, as written()."""
    return ", ".join(f"{k}={written(v)}" for k, v in fact.items() if k != "fact")


def money_of(table: TargetTable, actuals: Actuals, problems: list[Problem]) -> Money | None:
    """The money's execution rate: a project table's from its money block's 执行数, a department's from its
    `spending`; None (with the problems said) where it cannot be computed."""
    spent = project_spent if table.funds is None else department_spent
    found = spent(table, actuals, problems)
    return None if found is None else Money(found[0], found[1], found[0] / found[1] * HUNDRED)


# Actuals repeat a small vocabulary across rows and units (达成, 100%, 健全 …); a TargetValue is frozen,
# so one parse is shared, with its fields (read once: see IndicatorInput.fields). A value that fails is not
# kept (exceptions are not cached).
@lru_cache(maxsize=65536)
def _parse(text: str) -> tuple[TargetValue, dict]:
    value = parse_value(text)
    return value, value.__dict__


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


_UNREAD = (None, None, None)  # _parse_actual of no actual, or of one that cannot be read


def _parse_actual(entry: IndicatorActual, written: str, target: TargetValue, t: dict, book: RuleBook,
                  problems: list[Problem]) -> tuple[TargetValue | None, dict | None, Text | None]:
    """The entry's actual (`written`), read against its target (`t`: the target's fields), with its fields
    (see IndicatorInput.fields), and the unit conversion said where it needed one; (None, None, None) where
    there is none or it cannot be read (the problem said)."""
    try:
        value, v = _parse(written)
    except TargetSyntaxError as e:
        if e.code == "table.unreadable_value" and t["kind"] == "number":  # no word would do: the target's form
            problems.append(entry.pos.report("facts.number_unreadable", actual=written, target=str(target),
                                             example=format_number(t["number"]) + t["unit"], hint=_typing_hint(e.text)))
        elif e.code == "table.unreadable_value":  # the target grammar's words (运算符+数字) would mislead here
            problems.append(entry.pos.report("facts.actual_unreadable", actual=written, hint=_typing_hint(e.text)))
        else:
            problems.append(entry.pos.report_text(e.said))
        return _UNREAD
    kind = v["kind"]
    if kind == "none":
        return _UNREAD
    if t["kind"] == "number":
        if kind != "number":
            problems.append(entry.pos.report("facts.not_a_number", actual=written, target=str(target),
                                             hint=_typing_hint(written)))
            return _UNREAD
        unit, target_unit = v["unit"], t["unit"]
        if v["op"] != "=":
            problems.append(entry.pos.report("facts.has_operator", actual=written, plain=format_number(v["number"]) + unit))
            return _UNREAD
        said = None
        if unit and unit != target_unit:
            converted = convert(value, target_unit)  # 24500万元 against ≥2.6亿元: one dimension, converted exactly
            if converted is None and unit == "%" and not target_unit:  # =1 for 100 %: the table's slip, not the clerk's
                problems.append(entry.pos.report("facts.percent_against_unitless", actual=written, target=str(target),
                                                 percent=f'{t["op"]}{format_number(t["number"] * HUNDRED)}%'))
                return _UNREAD
            if converted is None:
                hint = text("facts.unit_inexact", written=amount(v["number"], unit),
                            target_unit=target_unit) if same_dimension(unit, target_unit) else ""
                problems.append(entry.pos.report("facts.unit_mismatch", unit=unit, target_unit=target_unit,
                                                 hint=hint, example=format_number(t["number"]) + target_unit))
                return _UNREAD
            said = conversion(value, converted)
            value = converted
            v = value.__dict__
        if whole := _looks_like_a_fraction(v, t):
            shown = format_number(v["number"] * whole)
            problems.append(entry.pos.report("facts.looks_like_fraction", actual=written, target=str(target), shown=shown,
                                             unit=target_unit))
            return _UNREAD
        # 10.712 for 10 712 人: asked, as a fraction is (an error: rules/plausibility.yaml thousands_dot); most
        # actuals have no dot, and are passed over first (the settings' lookups were ~2,000 instructions a row)
        if ("." in written or WIDE_DOT in written) and (dot := book.plausibility.thousands_dot) is not None and (
                target_unit in dot.counts and (said_dot := thousands_dot(written, v["number"], target, dot))):
            problems.append(entry.pos.report_text(said_dot))
            return _UNREAD
        if v["unit"] != target_unit:
            value = value.model_copy(update={"unit": target_unit})
            v = value.__dict__
        return value, v, said
    # a qualitative target, or none: the actual is an assessment, 达成 / 部分达成 / 未达成 or a known word
    if kind != "word":
        what = text("facts.qualitative" if t["kind"] == "word" else "facts.no_target")
        problems.append(entry.pos.report("facts.not_a_word", kind=what, actual=written))
        return _UNREAD
    word, target_word = v["word"], t["word"]
    if word != target_word and book.vocabulary.outcome_of(word) is None:
        fits = [text("facts.word_fit", word=w, outcome=o) for w, o in book.vocabulary.words_for(target_word)] if target_word else []
        if fits:
            problems.append(entry.pos.report("facts.word_without_outcome_fits", word=word, fits=fits))
        else:
            problems.append(entry.pos.report("facts.word_without_outcome", word=word))
        return _UNREAD
    return value, v, None


# how many of a rate's unit one whole is: 0.986 written as a fraction is 98.6 %, 0.002 is 2 ‰
_WHOLE = {"%": HUNDRED, "‰": Decimal(1000)}


def _looks_like_a_fraction(v: dict, t: dict) -> Decimal | None:
    """0.986 against ≥99%, 0.5 against ≤5% or =0%, 0.002 against ≤0.9‰ (`v`, `t`: the two values' fields): a number
    up to 1 without a unit against a percentage (or per mille) target reads two ways, 98.6% written as a fraction or
    0.986% without its sign, which score apart (against ≤5%, 0.5% is full points and 50% none): asked, never guessed;
    the unit's whole (100 for %, 1000 for ‰) where it is. Not against an upper bound of the whole or more, which both
    readings are within (0.5 against ≤100%); 0 is 0 % either way."""
    whole = _WHOLE.get(t["unit"])
    if whole is None or v["unit"] or not 0 < v["number"] <= 1:
        return None
    return None if (t["op"] == "≤" and t["number"] >= whole) or (t["op"] == "<" and t["number"] > whole) else whole


def build_inputs(table: TargetTable, actuals: Actuals, book: RuleBook, period: str) -> tuple[list[IndicatorInput], Money | None]:
    problems: list[Problem] = []
    if not same_unit(actuals.unit, table.unit.name):
        problems.append(actuals.pos_of("unit").report("facts.unit_differs", actual=actuals.unit, table=table.unit.name))
    if actuals.year != table.year:
        problems.append(actuals.pos_of("year").report("facts.year_differs", actual=actuals.year, table=table.year))
    if actuals.period != period:  # at the line or cell that says it, each period in words and as its code
        problems.append(actuals.pos_of("period").report("facts.period_differs", actual=period_words(actuals.period),
                                                        period=period_words(period)))
    rows = _rows(table)  # walked three times below
    items = [item.__dict__ for _, _, item, _, _ in rows]  # each indicator's fields, read once (IndicatorInput.fields)
    seen: dict[str, Indicator] = {}
    for (_, _, item, _, _), fields in zip(rows, items):
        if (ident := fields["id"]) in seen:
            problems.append(item.pos.report("facts.duplicate_id", id=ident))
        seen[ident] = item
    index = NameIndex([(f["id"], f["name"]) for f in items])  # built once: the names are normalised here
    entries = _resolve_keys(index, actuals, problems)
    money = money_of(table, actuals, problems)
    problems += implausible_spending(money.spent, money.budget, actuals, book.plausibility.money) if money else []
    inputs = []
    base = run_fields(period, money)
    for (section, group, item, level1, level2), fields, name in zip(rows, items, index.normalised):
        target, source = period_target(item, period, book, fields)
        t = target.__dict__
        _, entry = entries.get(fields["id"], _NO_ENTRY)
        e = actual = a = converted = None
        if entry is not None:
            e = entry.__dict__
            if (written := e["actual"]) is not None:
                actual, a, converted = _parse_actual(entry, written, target, t, book, problems)
        inp = _facts(section, group, item, target, source, entry, actual, converted, book,
                     (level1, level2, name, fields, t, e, a), base)
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


def run_fields(period: str, money: Money | None) -> dict:
    """Every fact field in the facts' order, those of the run (the period, the money) filled in: the record each
    indicator's facts are a copy of. Copying it and setting the rest took ~1,500 instructions a row less than
    a dict display of the 21 fields, which grows its table twice on the way."""
    base = dict.fromkeys(_FACT_ORDER)
    base["period"], base["has_money"], base["money_rate"] = period, money is not None, money.rate if money else None
    return base


_FACT_ORDER = (  # the order facts have always had, which explain prints
    "id", "level1", "level2", "name", "key_work", "project", "period", "form", "op", "unit", "target_word", "target",
    "has_actual", "actual", "actual_word", "outcome", "has_points", "ratio", "has_money", "money_rate", "target_fallback")


def _rows(table: TargetTable) -> list[tuple[Section, Group, Indicator, str, str]]:
    """table.rows() with each row's 一级 and 二级 labels, read once a section and a group (see IndicatorInput.fields)."""
    out = []
    for section in table.indicators:
        level1 = section.level1
        for group in section.groups:
            level2 = group.level2
            out += [(section, group, item, level1, level2) for item in group.items]
    return out


def make_input(section, group, item, target, source, entry, actual, money, book, period, converted=None) -> IndicatorInput:
    """One indicator's facts, as build_inputs makes each (the budget row's, budget_row.py, is made so)."""
    read = (section.level1, group.level2, normalise_text(item.name), item.__dict__, target.__dict__,
            None if entry is None else entry.__dict__, None if actual is None else actual.__dict__)
    return _facts(section, group, item, target, source, entry, actual, converted, book, read, run_fields(period, money))


def _facts(section, group, item, target, source, entry, actual, converted, book, read: tuple, base: dict) -> IndicatorInput:
    """One indicator's facts: `read` holds what is read of the models once (their labels, the normalised name,
    the fields of the item, its target, its entry and its actual: see IndicatorInput.fields), `base` the run's
    fields (run_fields), copied."""
    level1, level2, name, f, t, e, a = read
    kind = value = None
    word = outcome = ""
    if a is not None:
        kind = a["kind"]
        if kind == "number":
            value = a["number"]
        elif kind == "word":
            word = a["word"]
            outcome = "达成" if word == t["word"] else book.vocabulary.outcome_of(word) or ""
    number = t["number"]
    exact = base.copy()
    exact["id"], exact["level1"], exact["level2"], exact["name"] = f["id"], level1, level2, name
    exact["key_work"], exact["project"] = f["key_work"] or "", f["project"] or ""
    exact["form"], exact["op"], exact["unit"], exact["target_word"] = t["kind"], t["op"] or "", t["unit"], t["word"]
    exact["target"], exact["has_actual"], exact["actual"] = number, kind is not None, value
    exact["actual_word"], exact["outcome"] = word, outcome
    exact["has_points"] = e is not None and e["points"] is not None
    exact["ratio"] = value / number * HUNDRED if value is not None and number else None
    exact["target_fallback"] = source == "annual_scaled"
    low, high = PLAUSIBLE
    # none for a word, nor for most numbers (each call was ~2,500 instructions of a row)
    found = findings(f["name"], a, t, book.plausibility) if kind == "number" and not low <= value <= high else None
    return IndicatorInput(section, group, item, target, source, entry, actual, exact, converted, found, f, e, a)
