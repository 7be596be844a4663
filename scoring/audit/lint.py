"""Checking a rules directory beyond its schema: rules that can never win, rules that tie, and gaps.

The schema is checked by `load_rules`, which reports every problem at once with file:line:column.
The rest is static analysis of the rule conditions, done by *sampling* rather than by solving:

1. From every condition of every rule we collect the constants it mentions: each field's literal values
   (`name: 预算执行率`, `op: [≥, =]`, `target: 0` …), each numeric literal, and each field-to-field
   comparison (`actual: {gte: target}`).
2. From those we generate a finite set of representative facts, shaped like the ones `build_inputs`
   makes: each form (number / word / none) and operator; targets at each numeric literal and just
   below and above it (± EPS), plus 0 and 100; actuals below, equal to and above the target (± EPS, half,
   double, 0), at each literal of `actual`, and at each literal of `ratio` turned into an actual; no actual;
   each qualitative outcome; money reported or not, its rate at each literal ± EPS. A field no rule names
   keeps one neutral value; the fields that pick indicators (id, name, level, key work, project, …) take
   each literal alone, what each rule requires of them, and what two rules of one priority require
   together: not every combination, which grows as the product of all the names the rules mention
   (300 name rules took minutes and gigabytes).
   With `--targets`, the facts of that table are added, built by the real `build_inputs` for each period,
   with no actuals and with actuals below, at and above each target (and each outcome), with and
   without the money.
3. Which rules hold on each fact is found per group of rules reading the same fields, once per class of
   values the group can tell apart (lint_match.py), with `holds`, the python backend's predicate; every
   distinct set of matching rules is analysed once (up to a bound, past which the check warns). A rule that matches some facts but on each of them loses to a higher priority can never win; two rules
   at the top priority of one fact would tie at scoring time (an error there); with a table, an indicator
   no rule matches is a gap, and a rule that picks indicators by id, name, level, key work or project
   but wins none of the table's facts scores none of it (a misspelt name, most likely: one near a name of
   the table). A rule for a whole kind of target that this table happens not to have is not reported, nor
   one naming only ids and names like none of the table's (a rule for other tables: 预算调整率 on a project).

Sampling finds what the constants make distinguishable; it is not a proof. Comparisons between two
fields other than actual and target are only exercised through each field's own constants.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from ..budget_row import BUDGET_ROW_ID
from ..catalogue import Text, text
from ..display import value
from ..engine.facts import shown_fact, written
from ..errors import Problem, ScoringError
from ..rulebook.conditions import Cmp, Condition, fields_of
from ..rulebook.load import RuleBook, load_rules
from ..rulebook.methods import MethodError, compute
from ..rulebook.model import CompiledRule
from ..table.load import load_targets
from ..table.model import TargetTable
from ..table.names import closest
from ..table.values import normalise_text
from ..weighting import split_problems
from .lint_match import Sampler
from .lint_samples import OTHER, constants, parts
from .lint_table import table_inputs

_NAMED = 8  # rules a tie names before "and N more"

# Fields that single out particular indicators rather than a kind of target.
_PICKS_INDICATORS = {"id", "name", "level1", "level2", "key_work", "project"}


def _equated(cond: Condition) -> set[tuple[str, Any]]:
    """(field, value) the condition requires equality with (`name: 预算执行率`, `id: [P01, P02]`); a rule
    that only excludes (`name: {ne: …}`) still covers a whole kind of target."""
    if isinstance(cond, Cmp):
        return {(cond.field, cond.value)} if cond.op == "eq" and not cond.ref else set()
    return set().union(*(_equated(c) for c in cond.items)) if cond.items else set()


def _unknown_names(r: CompiledRule, table: TargetTable) -> tuple[Text | None, bool]:
    """For a rule that picks indicators but scores none: the ids and names it names that the table lacks,
    with the nearest the table has (None when every one exists); and whether any lacking one has a near one."""
    indicators = [(i.id, i.name) for _, _, i in table.rows()]
    known = {"id": {i for i, _ in indicators}, "name": {normalise_text(n) for _, n in indicators}}
    why, near_any = None, False
    for field, value in sorted(_equated(r.condition), key=lambda fv: (fv[0], str(fv[1]))):
        if field in known and normalise_text(str(value)) not in known[field] and str(value) not in known[field]:
            near = closest(str(value), indicators)
            near_any = near_any or bool(near)
            this = (text("lint.not_in_table_near", field=field, value=value, near=list(near)) if near
                    else text("lint.not_in_table", field=field, value=value))
            why = this if why is None else text("lint.and_then", before=why, after=this)
    return why, near_any


def _table_name(table: TargetTable) -> str:
    """A table as its reader names it: a project table by its project (森林防火能力提升项目), not its 实施单位."""
    return table.project.name if table.project is not None else table.unit.name


def _cannot_score(rule: CompiledRule, reason: Text, first, rows: dict[str, str]) -> Problem:
    """A rule that wins rows of the table it cannot score: the rows (the first few, and how many more) and
    the made-up actual it was first met with, so that a row filled in otherwise is not taken for the cause."""
    named = [text("lint.row", id=i, name=n) for i, n in list(rows.items())[:_NAMED]]
    if len(rows) > _NAMED:
        named.append(text("lint.more_rows", count=len(rows) - _NAMED))
    period = text(_PERIOD[first.exact["period"]])
    case = (text("lint.case_no_actual", period=period) if first.actual is None
            else text("lint.case_actual", period=period, actual=value(first.actual, False)))
    return rule.rule.pos.report("lint.cannot_score", rule=rule.id, count=len(rows), rows=named, case=case, reason=reason)


_PERIOD = {"annual": "lint.period_annual", "h1": "lint.period_h1"}


# -- the analysis ----------------------------------------------------------------------------------

# what _example says in words rather than as field=value
_IN_WORDS = {"id", "name", "form", "op", "target", "unit", "target_word", "has_actual", "actual", "actual_word", "outcome"}


def _example(fact: dict, fields: set) -> list:
    """A fact two tied rules both match, as an auditor reads an indicator: its id and name (a table's row, or
    where the rules pick by name), its target and actual, then the other fields the rules test (field=value)."""
    out: list = []
    real = fact.get("id") not in (None, OTHER)  # a row of the table checked against: named as it is
    if real:
        out.append(str(fact["id"]))
    if (real or "name" in fields) and fact.get("name") not in (None, OTHER):
        out.append(text("lint.ex_name", name=fact["name"]))
    unit = fact.get("unit") or ""
    form = fact.get("form")
    if form == "number" and fact.get("target") is not None:
        out.append(text("lint.ex_target", target=f"{fact.get('op') or ''}{written(fact['target'])}{unit}"))
    elif form == "word":
        out.append(text("lint.ex_target", target=fact.get("target_word") or ""))
    elif form == "none":
        out.append(text("lint.ex_no_target"))
    if not fact.get("has_actual"):
        out.append(text("lint.ex_no_actual"))
    elif fact.get("actual") is not None:
        out.append(text("lint.ex_actual", actual=f"{written(fact['actual'])}{unit}"))
    elif fact.get("actual_word"):
        word = fact["actual_word"] + (f" → {fact['outcome']}" if fact.get("outcome") else "")
        out.append(text("lint.ex_actual", actual=word))
    return out + [f"{f}={written(fact[f])}" for f in fact if f in fields and f not in _IN_WORDS and f != "fact"]




def lint_rules(directory: str | Path, targets: str | Path | None = None) -> list[Problem]:
    """Every problem of a rules directory: schema errors (then nothing else), else the analysis above."""
    try:
        book = load_rules(directory)
    except ScoringError as e:
        return e.problems
    table = load_targets(targets) if targets is not None else None
    return (split_problems(table, book.weights) if table is not None else []) + analyse(book, table)


def analyse(book: RuleBook, table: TargetTable | None = None) -> list[Problem]:
    rules = book.rules
    k = constants(rules)
    sampler = Sampler(rules, parts(rules, book, k))
    priority = [r.priority for r in rules]
    problems: list[Problem] = []
    matched_any: set[int] = set()
    can_win: set[int] = set()
    shadowed_by: dict[int, set[int]] = {}  # a rule not seen winning -> the rules above it wherever it matched
    ties: dict[tuple, dict] = {}

    def look(indexes: tuple[int, ...], fact: Callable[[], dict]) -> int | None:
        """Note what one fact's matching rules show; the index of the winner (None: no rule, or a tie)."""
        if not indexes:
            return None
        matched_any.update(indexes)
        top_priority = max(priority[i] for i in indexes)
        top = [i for i in indexes if priority[i] == top_priority]
        can_win.update(top)
        higher_than: dict[int, set[int]] = {}
        for i in indexes:
            if priority[i] < top_priority and i not in can_win:  # only a rule that never wins is reported
                higher = higher_than.get(priority[i])
                if higher is None:
                    higher = higher_than[priority[i]] = {j for j in indexes if priority[j] > priority[i]}
                shadowed_by[i] = higher if i not in shadowed_by else shadowed_by[i] & higher
        if len(top) > 1:
            tied = tuple(sorted(rules[i].id for i in top))
            if tied not in ties:
                ties[tied] = fact()
            return None
        return top[0]

    gaps = {}
    unscorable: dict[tuple, dict] = {}  # (rule, reason) -> the reason, the first fact met, the rows by id
    won_in_table: set[str] = set()
    if table is not None:  # the table's facts first: their examples read best
        for inp in table_inputs(table, book):
            indexes = sampler.match(inp.fact)
            if not indexes:
                gaps.setdefault(inp.item.id, inp)
                continue
            won = look(indexes, lambda: inp.fact)
            if won is None:
                continue
            winner = rules[won]
            won_in_table.add(winner.id)
            try:
                compute(winner.method, inp.exact, Decimal(10), None)
            except MethodError as e:  # one error per rule and reason, naming the rows it fails on
                rows = unscorable.setdefault((won, e.zh), {"reason": e.message, "first": inp, "rows": {}})["rows"]
                rows.setdefault(inp.item.id, inp.item.name)
    for (won, _), found in unscorable.items():
        problems.append(_cannot_score(rules[won], found["reason"], found["first"], found["rows"]))
    for fact, indexes in sampler:
        look(indexes, fact)
    if sampler.capped:
        first, others = sampler.widest()
        problems.append(rules[first].rule.pos.report("lint.stopped_short", severity="warning", limit=sampler.limit,
                                                     rule=rules[first].id, others=others))
    by_id = {r.id: r for r in rules}
    for ids, fact in ties.items():
        tied = sorted((by_id[i] for i in ids), key=lambda r: (r.file, r.line))
        last, others = tied[-1], [r.ref() for r in tied[:-1]]
        if len(others) > _NAMED:  # hundreds of tied thresholds: the first few, and how many more
            others = others[:_NAMED] + [text("lint.more_rules", count=len(others) - _NAMED)]
        problems.append(last.rule.pos.report("lint.tie", rule=last.id, others=others, priority=last.priority,
                                             example=_example(fact, set().union(*(fields_of(r.condition) for r in tied)))))
    for i, r in enumerate(rules):
        if sampler.capped:
            break  # not every sample was tried: a rule not seen matching or winning may still do so
        if i not in matched_any:
            problems.append(r.rule.pos.report("lint.never_matches", severity="warning", rule=r.id))
        elif i not in can_win:
            over = sorted((rules[j] for j in shadowed_by.get(i, ())), key=lambda h: (-h.priority, h.file, h.line))
            ranked = [text("lint.ranked", rule=h.ref(), priority=h.priority) for h in over]
            problems.append(r.rule.pos.report("lint.never_wins_under", severity="warning", rule=r.id, priority=r.priority,
                                              over=ranked) if over else
                            r.rule.pos.report("lint.never_wins", severity="warning", rule=r.id, priority=r.priority))
    if table is not None:
        for ident, inp in gaps.items():
            shown = shown_fact(inp.fact)
            period = text(_PERIOD[inp.exact["period"]])
            problems.append(inp.item.pos.report("lint.gap", id=ident, name=inp.item.name, period=period, fact=shown))
        for r in rules:
            picks_budget_row = ("id", BUDGET_ROW_ID) in _equated(r.condition)
            if picks_budget_row and table.budget_row is None:
                continue  # a rule for a kind of row this table does not have
            if table.budget_row is not None and ("name", normalise_text(table.budget_row.name)) in _equated(r.condition):
                continue  # the row of that name is the budget row, scored by its own rule (budget_row.py): no misspelling
            if r.id not in won_in_table and {f for f, _ in _equated(r.condition)} & _PICKS_INDICATORS:
                why, near = _unknown_names(r, table)
                if why is not None and not near:
                    continue  # names no row of this table, nor one like any: a rule for other tables (预算调整率,
                    # which department tables have), not a misspelling, which is near the name it misspells
                problems.append(r.rule.pos.report("lint.scores_none_because", severity="warning", rule=r.id,
                                                  table=_table_name(table), why=why) if why is not None else
                                r.rule.pos.report("lint.scores_none", severity="warning", rule=r.id,
                                                  table=_table_name(table)))
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))
