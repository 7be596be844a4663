"""A blank actuals file (实际值填报模板) for a target table and period, with every key explained."""
from __future__ import annotations

import json
import re
from decimal import Decimal

from .actuals import PERIODS
from .catalogue import join, say, text
from .display import value
from .period_target import period_target
from .rulebook.load import RuleBook
from .rulebook.model import Vocabulary
from .table.model import Indicator, Target, TargetTable
from .table.values import format_number


# What the command to score a filled-in file adds for its period (the YAML header and the workbook's help say it):
# evaluate scores the full year unless told
PERIOD_ARGS = {"annual": "", "h1": " --period h1"}
# The header's words that depend on the period.
_HEADER = {
    "annual": {"period_name": text("template.period_name.annual"), "target_name": text("template.target_name.annual"),
               "measure_note": text("template.measure_note.annual"), "spending_note": "",
               "period_arg": PERIOD_ARGS["annual"]},
    "h1": {"period_name": text("template.period_name.h1"), "target_name": text("template.target_name.h1"),
           "measure_note": text("template.measure_note.h1"), "spending_note": text("template.spending_note.h1"),
           "period_arg": PERIOD_ARGS["h1"]},
}

_BUDGET_ROW_NOTE = {"annual": "table.template_budget_row", "h1": "table.template_budget_row_h1"}


def _key(text: str) -> str:
    """A key or name as YAML: plain where no reader could misread it, else double-quoted."""
    plain = re.fullmatch(r"[A-Za-z\u3400-\u9fff\uff08\uff09][\w\u3400-\u9fff\uff08\uff09()\u3001“”·\-]*", text)
    resolved = re.fullmatch(r"y|n|yes|no|on|off|true|false|null", text, re.IGNORECASE)
    return text if plain and not resolved else json.dumps(text, ensure_ascii=False)  # JSON strings are YAML


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _target(item: Indicator, period: str, book: RuleBook | None, lang: str) -> tuple[str, Target]:
    """The label and target that this period is scored against, as the table writes it; with a rule book,
    the target as scoring reads it too wherever that is not what the table writes (a bare 3% read as ≤3%,
    a missing half-year target taken or scaled from the annual one), in the scorer's own words."""
    half = item.half_year if period == "h1" and item.half_year is not None and item.half_year.kind != "none" else None
    written = half or item.annual
    as_written = _one_line(written.text) or "/"
    if book is None:
        code = "template.annual_target" if period == "annual" else "template.half_target" if half else "template.half_missing"
        return say(code, lang, text=as_written), written
    scored, source = period_target(item, period, book)
    if period == "annual" or half:
        label = say("template.annual_target" if period == "annual" else "template.half_target", lang, text=as_written)
    elif source == "annual_scaled":
        label = say("template.half_scaled", lang, text=as_written, factor=format_number(book.monitoring.half_year_fallback))
    else:
        label = say("template.half_annual", lang, text=as_written)
    if scored.kind != "none" and (written.bare or period == "h1" and not half):
        label += say("template.sep", lang) + say("template.scored", lang, scored=value(scored))
    return label, written


def _choices(target: Target, vocabulary: Vocabulary | None, lang: str) -> str:
    if vocabulary is None or target.kind != "word":
        return say("template.choices", lang)
    words = [text("template.word", word=w, outcome=o) for w, o in vocabulary.words_for(target.value.word)]
    return say("template.choices", lang) + say("template.words", lang) + join(words, lang)


def _hint(target: Target, vocabulary: Vocabulary | None, lang: str) -> str:
    if target.kind == "word":
        return _choices(target, vocabulary, lang)
    if target.kind == "number":
        unit = target.value.unit
        return say("template.number", lang) + (say("template.unit", lang, unit=unit) if unit else "")
    return say("template.none", lang)


def _indicator(level1: str, level2: str, item: Indicator, period: str, book: RuleBook | None,
               lang: str) -> list[str]:
    vocabulary = book.vocabulary if book is not None else None
    label, target = _target(item, period, book, lang)
    sep = say("template.sep", lang)
    lines = [f"  # {item.id} {_one_line(item.name)}"
             + say("template.path", lang, level1=_one_line(level1), level2=_one_line(level2))]
    work = ([say("template.key_work", lang, text=_one_line(item.key_work))] if item.key_work else []) + \
        ([say("template.project", lang, text=_one_line(item.project))] if item.project else [])
    if work:
        lines.append("  #   " + sep.join(work))
    lines.append(f"  #   {label}{sep}{_hint(target, vocabulary, lang)}")
    # measure in both periods: the annual form prints it beside the reason (改进措施), as the workbook's column has it
    fields = ["actual"] + (["points"] if target.kind == "word" else []) + ["evidence", "reason", "measure"]
    return lines + [f"  {_key(item.id)}:"] + [f"    {f}:" for f in fields]


def _spending(table: TargetTable, lang: str) -> list[str]:
    if table.funds is None:
        return []
    exp = table.funds.expenditure

    def money(amount: Decimal | None) -> str:
        return say("template.no_money", lang) if amount is None else say("template.money", lang, amount=format_number(amount))

    def note(a) -> str:
        return say("template.budget", lang, annual=money(a.annual), half=money(a.half_year))

    lines = ["spending:", "  # " + say("template.basic", lang, note=note(exp.basic)), "  basic:", "  projects:"]
    for p in exp.projects:
        lines += [f"    # {note(p)}", f"    {_key(p.name)}:"]
    return lines


def _budget_row(table: TargetTable, period: str, lang: str) -> list[str]:
    """A project table's money block: 执行数 by funds row (the year's, or at mid-year to 30 June, as the header
    says), and the rate the form writes by hand."""
    row = table.budget_row
    if table.project is None or row is None:
        return []
    weight = format_number(row.weight) if row.weight is not None else "—"
    said = say(_BUDGET_ROW_NOTE[period], lang, name=row.name, weight=weight)
    lines = ["budget_row:", "  # " + said, "  executed:"]
    for f in table.project.funds:
        lines += [f"    # {say('table.template_fund', lang, amount=format_number(f.annual))}", f"    {_key(f.source)}:"]
    return lines + ["  stated_rate:", "  reason:"]


def _goals(table: TargetTable, lang: str) -> list[str]:
    """The text the form's goals block shows as achieved, under the goals the table sets (when it sets any)."""
    expected = _one_line(table.goals.annual)
    return ([f"# {say('template.goals_expected', lang, text=expected)}"] if expected else []) + ["goals_achieved:"]


def make_template(table: TargetTable, period: str = "annual", book: RuleBook | None = None, lang: str = "zh") -> str:
    """The actuals YAML to fill in for `table` and `period`, its comments in `lang`; with a rule book,
    lists its evaluation words. Keys and values stay as the scorer reads them, whatever the language."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    words = dict(_HEADER[period])
    to_date = words.pop("spending_note")
    header = say("template.header", lang, unit=_one_line(table.unit.name), year=table.year, **words)
    if table.funds is not None:  # the money block's keys, as the body below writes them
        header += say("template.keys_spending", lang, spending_note=to_date)
    elif table.budget_row is not None:
        header += say("template.keys_budget_row", lang, spending_note=to_date)
    header += say("template.keys_goals", lang)
    out = [header.rstrip("\n")]
    out += [f"unit: {_key(table.unit.name)}", f"year: {table.year}",
            f"period: {period}", "illustrative: false", "", "indicators:"]
    current = None
    for section, group, item in table.rows():
        if section.level1 != current:
            current = section.level1
            out += ["", f"  # ==== {_one_line(current)} ===="]
        out += _indicator(section.level1, group.level2, item, period, book, lang)
    out += [""] + _spending(table, lang) + _budget_row(table, period, lang) + [""] + _goals(table, lang)
    return "\n".join(out) + "\n"
