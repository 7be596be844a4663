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
   (300 name rules took minutes and gigabytes). Facts with the same matching rules are analysed once.
   With `--targets`, the facts of that table are added, built by the real `build_inputs` for each period,
   with no actuals and with actuals below, at and above each target (and each outcome), with and
   without the money.
3. `holds` (the same predicate the python backend uses) is evaluated for every rule on every fact.
   A rule that matches some facts but on each of them loses to a higher priority can never win; two rules
   at the top priority of one fact would tie at scoring time (an error there); with a table, an indicator
   no rule matches is a gap, and a rule that picks indicators by id, name, level, key work or project
   but wins none of the table's facts scores none of it (a misspelt name, most likely). A rule for a
   whole kind of target that this table happens not to have is not reported.

Sampling finds what the constants make distinguishable; it is not a proof. Comparisons between two
fields other than actual and target are only exercised through each field's own constants.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..actuals import Actuals, BudgetRowActual
from ..budget_row import BUDGET_ROW_ID, budget_row_input
from ..engine.facts import build_inputs, money_of
from ..engine.python_backend import given, holds
from ..errors import Problem, ScoringError
from ..rulebook.conditions import Cmp, Condition, Or
from ..rulebook.fields import FIELD_VALUES
from ..rulebook.load import RuleBook, load_rules
from ..rulebook.methods import MethodError, OUTCOMES, compute
from ..rulebook.model import CompiledRule
from ..table.load import load_targets
from ..table.model import TargetTable
from ..table.names import closest
from ..table.values import format_number, normalise_text

EPS = 1e-6
OPS = ("=", "≥", "≤", ">", "<")
OTHER = "（其他）"  # a text value no rule names

# fields set by the shape of the target and actual; the others vary independently
_SHAPED = {"form", "op", "target", "unit", "target_word", "has_actual", "actual", "actual_word", "outcome", "ratio",
           "has_money", "money_rate"}
_NEUTRAL = {"id": "X01", "level1": "履职", "level2": "产出指标", "name": "指标", "key_work": "", "project": "",
            "period": "annual", "has_points": False, "target_fallback": False}


# Fields that single out particular indicators rather than a kind of target.
_PICKS_INDICATORS = {"id", "name", "level1", "level2", "key_work", "project"}


def _equated(cond: Condition) -> set[tuple[str, Any]]:
    """(field, value) the condition requires equality with (`name: 预算执行率`, `id: [P01, P02]`); a rule
    that only excludes (`name: {ne: …}`) still covers a whole kind of target."""
    if isinstance(cond, Cmp):
        return {(cond.field, cond.value)} if cond.op == "eq" and not cond.ref else set()
    return set().union(*(_equated(c) for c in cond.items)) if cond.items else set()


def _unknown_names(r: CompiledRule, table: TargetTable) -> tuple[str, str]:
    """For a rule that picks indicators but scores none: the ids and names it names that the table lacks,
    with the nearest the table has ("" when every one exists)."""
    indicators = [(i.id, i.name) for _, _, i in table.rows()]
    known = {"id": {i for i, _ in indicators}, "name": {normalise_text(n) for _, n in indicators}}
    zh, en = [], []
    for field, value in sorted(_equated(r.condition), key=lambda fv: (fv[0], str(fv[1]))):
        if field in known and normalise_text(str(value)) not in known[field] and str(value) not in known[field]:
            near = closest(str(value), indicators)
            zh.append(f"{field}「{value}」不在该表中" + (f"（是否指：{'、'.join(near)}）" if near else ""))
            en.append(f"{field} '{value}' is not in the table" + (f" (did you mean: {', '.join(near)})" if near else ""))
    return ("：" + "；".join(zh), ": " + "; ".join(en)) if zh else ("", "")


@dataclass
class Constants:
    literals: dict  # field -> set of literal values
    refs: set  # (field, field) compared with each other
    fields: set  # every field some condition names


def constants(rules: list[CompiledRule]) -> Constants:
    literals: dict = defaultdict(set)
    refs: set = set()
    fields: set = set()

    def walk(c: Condition):
        if isinstance(c, Cmp):
            fields.add(c.field)
            if c.ref:
                refs.add((c.field, c.value))
                fields.add(c.value)
            else:
                literals[c.field].add(c.value)
        else:
            for x in c.items:
                walk(x)

    for r in rules:
        walk(r.condition)
    return Constants(literals, refs, fields)


def _around(values) -> set[float]:
    out = set()
    for v in values:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out |= {float(v), float(v) - EPS, float(v) + EPS}
    return out


def _extras(k: Constants) -> list[tuple[str, list]]:
    """The fields no shape sets that some rule names, each with its values: booleans both ways; text each
    literal the rules name and one value none names."""
    out = []
    for f in sorted(set(_NEUTRAL) & k.fields):
        if isinstance(_NEUTRAL[f], bool):
            out.append((f, [False, True]))
        else:
            out.append((f, sorted({str(v) for v in k.literals.get(f, ())} | {OTHER})))
    return out


def _base_facts(rules: list[CompiledRule], book: RuleBook | None, k: Constants) -> list[dict]:
    """Facts for every shape and money, the other fields neutral."""
    lit = k.literals
    money = [(False, None)]
    if {"has_money", "money_rate"} & k.fields:
        money += [(True, v) for v in sorted(_around(lit.get("money_rate", ())) | {0.0, 50.0, 100.0})]
    out = []
    for shape in _shapes(k, book):
        for has_money, rate in money:
            fact = {**_NEUTRAL, **shape, "fact": "indicator", "has_money": has_money}
            if rate is not None:
                fact["money_rate"] = rate
            out.append(fact)
    return out


def _requires(cond: Condition, fields: set, cap: int = 32) -> list[dict]:
    """The assignments of `fields` under which `cond` can hold, as far as its equalities say ([{}]: any)."""
    if isinstance(cond, Cmp):
        return [{cond.field: str(cond.value)}] if cond.field in fields and cond.op == "eq" and not cond.ref else [{}]
    if isinstance(cond, Or):
        return [a for item in cond.items for a in _requires(item, fields, cap)][:cap] or [{}]
    out = [{}]
    for item in cond.items:
        out = [{**x, **y} for x in out for y in _requires(item, fields, cap)
               if all(x.get(f, v) == v for f, v in y.items())][:cap]
    return out


def _combos(rules: list[CompiledRule], extras: list[tuple[str, list]]) -> list[dict]:
    """Values of the extra fields to try with every base fact: instead of all their combinations (which
    grow as the product of every name, id and project the rules mention), each value alone, what each
    rule requires, and what two rules of one priority require together (where they could tie)."""
    text = {f for f, vals in extras if vals and not isinstance(vals[0], bool)}
    flags = [(f, vals) for f, vals in extras if f not in text]
    plain = {f: OTHER for f in text}
    wanted: list[dict] = [{}] + [{f: v} for f in sorted(text) for v in dict(extras)[f]]
    by_priority: dict[int, list[dict]] = defaultdict(list)
    for r in rules:
        for need in _requires(r.condition, text):
            if need:
                wanted.append(need)
                by_priority[r.priority].append(need)
    for needs in by_priority.values():
        distinct = list({tuple(sorted(n.items())): n for n in needs}.values())
        for x, y in itertools.combinations(distinct, 2):
            if all(x.get(f, v) == v for f, v in y.items()) and len(wanted) < 20_000:
                wanted.append({**x, **y})
    out, seen = [], set()
    for need in wanted:
        for values in itertools.product(*(vals for _, vals in flags)):
            combo = {**plain, **dict(zip((f for f, _ in flags), values)), **need}
            key = tuple(sorted(combo.items()))
            if key not in seen:
                seen.add(key)
                out.append(combo)
    return out


def sample_matches(rules: list[CompiledRule], book: RuleBook | None = None):
    """Representative facts for the constants of these rules (see the module docstring), each with the
    indexes of the rules that hold on it; one fact for each distinct set of matching rules."""
    k = constants(rules)
    extras = _extras(k)
    extra_fields = {f for f, _ in extras}
    base = _base_facts(rules, book, k)
    fixed = [i for i, r in enumerate(rules) if not (_fields(r.condition) & extra_fields)]
    varying = [i for i in range(len(rules)) if i not in set(fixed)]
    base_matches = [tuple(i for i in fixed if holds(rules[i].condition, b)) for b in base]
    seen: set[tuple] = set()
    for combo in _combos(rules, extras):
        live = []
        for i in varying:
            rest = given(rules[i].condition, combo)
            if rest is not False:
                live.append((i, rest))
        for b, matched in zip(base, base_matches):
            fact = None
            extra = []
            for i, rest in live:
                if rest is True:
                    extra.append(i)
                else:
                    fact = fact or {**b, **combo}
                    if holds(rest, fact):
                        extra.append(i)
            key = tuple(sorted(matched + tuple(extra)))
            if key not in seen:
                seen.add(key)
                yield fact or {**b, **combo}, key


def _fields(cond: Condition) -> set[str]:
    if isinstance(cond, Cmp):
        return {cond.field, cond.value} if cond.ref else {cond.field}
    return set().union(*(_fields(c) for c in cond.items)) if cond.items else set()


def _shapes(k: Constants, book: RuleBook | None):
    lit = k.literals
    forms = sorted(FIELD_VALUES["form"])
    ops = sorted(set(OPS) | {str(v) for v in lit.get("op", ())})
    units = sorted({"%", "人"} | {str(v) for v in lit.get("unit", ())})
    targets = sorted(_around(lit.get("target", ())) | {0.0, 100.0})
    words = sorted({"健全"} | {str(v) for v in lit.get("target_word", ())})
    for form in forms:
        if form == "number":
            for op, unit, t in itertools.product(ops, units, targets):
                base = {"form": form, "op": op, "unit": unit, "target": t, "target_word": "", "actual_word": "", "outcome": ""}
                yield {**base, "has_actual": False}
                for a in sorted(_actuals(t, lit)):
                    fact = {**base, "has_actual": True, "actual": a}
                    if t:
                        fact["ratio"] = a / t * 100
                    yield fact
        elif form == "word":
            for w in words:
                base = {"form": form, "op": "", "unit": "", "target_word": w}
                yield {**base, "has_actual": False, "actual_word": "", "outcome": ""}
                pairs = {(w, "达成")} | {("（评价词）", o) for o in OUTCOMES} | {(str(v), _outcome(str(v), w, book)) for v in lit.get("actual_word", ())}
                pairs |= {("（评价词）", str(o)) for o in lit.get("outcome", ())}
                for word, outcome in sorted(pairs):
                    yield {**base, "has_actual": True, "actual_word": word, "outcome": outcome}
        else:
            base = {"form": form, "op": "", "unit": "", "target_word": "", "outcome": ""}
            yield {**base, "has_actual": False, "actual_word": ""}
            yield {**base, "has_actual": True, "actual": 0.0, "actual_word": ""}
            yield {**base, "has_actual": True, "actual_word": "（评价词）"}


def _actuals(t: float, lit) -> set[float]:
    out = {t - EPS, t, t + EPS, 2 * t, t / 2, 0.0} | _around(lit.get("actual", ()))
    if t:
        out |= {t * r / 100 for r in _around(lit.get("ratio", ()))}
    return out


def _outcome(word: str, target_word: str, book: RuleBook | None) -> str:
    if word == target_word:
        return "达成"
    return (book.vocabulary.outcome_of(word) if book else None) or ""


# -- the table's own facts -------------------------------------------------------------------------

def table_inputs(table: TargetTable, book: RuleBook) -> list:
    """IndicatorInputs of the table for each period, with no actuals and with actuals below, at and above."""
    out = []
    for period in ("annual", "h1"):
        base = build_inputs(table, _make_actuals(table, period, {}, None), book, period)[0]
        out += base
        for variant in range(3):
            entries = {}
            for inp in base:
                text = _actual_text(inp.target, variant)
                if text is not None:
                    entries[inp.item.id] = {"actual": text}
            for money in [None] + _full_spending(table):
                out += build_inputs(table, _make_actuals(table, period, entries, money), book, period)[0]
        out += _budget_row_inputs(table, book, period)
    return out


def _budget_row_inputs(table: TargetTable, book: RuleBook, period: str) -> list:
    """The budget row's facts, without and with its money fully spent."""
    if table.budget_row is None:
        return []
    out = []
    full = {table.project.total.source: table.project.total.annual} if table.project else {}
    for executed in ({}, full):
        actuals = _make_actuals(table, period, {}, _full_spending(table)[0] if executed and table.funds else None)
        if executed:
            actuals = actuals.model_copy(update={"budget_row": BudgetRowActual(executed=executed)})
        problems: list = []
        money = money_of(table, actuals, problems)
        row = budget_row_input(table, actuals, money, book, period, problems)
        out += [row] if row is not None and not problems else []
    return out


def _full_spending(table: TargetTable) -> list[dict]:
    exp = table.funds.expenditure if table.funds is not None else None  # project tables: no spending
    return [] if exp is None else [{"basic": exp.basic.annual, "projects": {p.name: p.annual for p in exp.projects}}]


def _make_actuals(table: TargetTable, period: str, entries: dict, spending) -> Actuals:
    return Actuals(unit=table.unit.name, year=table.year, period=period, indicators=entries, spending=spending)


def _actual_text(target, variant: int) -> str | None:
    if target.kind == "word":
        return ("达成", "部分达成", "未达成")[variant]
    if target.kind == "number":
        n = target.number
        value = (n / 2, n, n * 2 if n else Decimal(1))[variant]
        return f"{format_number(value)}{target.unit}"
    return None


# -- the analysis ----------------------------------------------------------------------------------

def _shown(fact: dict, fields: set) -> str:
    keys = [f for f in fact if f in fields or f in ("form", "op", "target", "has_actual", "actual")]
    return ", ".join(f"{f}={_fmt(fact[f])}" for f in keys if f != "fact")


def _fmt(v) -> str:
    if isinstance(v, float):
        return format(round(v, 6), "g")
    return str(v)


def lint_rules(directory: str | Path, targets: str | Path | None = None) -> list[Problem]:
    """Every problem of a rules directory: schema errors (then nothing else), else the analysis above."""
    try:
        book = load_rules(directory)
    except ScoringError as e:
        return e.problems
    table = load_targets(targets) if targets is not None else None
    return analyse(book, table)


def analyse(book: RuleBook, table: TargetTable | None = None) -> list[Problem]:
    rules = book.rules
    k = constants(rules)
    problems: list[Problem] = []
    matched_any: set[str] = set()
    can_win: set[str] = set()
    shadowed_by: dict[str, set[str] | None] = {r.id: None for r in rules}
    ties: dict[tuple, dict] = {}

    def look(fact: dict, indexes: tuple | None = None) -> list[CompiledRule]:
        found = (rules[i] for i in indexes) if indexes is not None else (r for r in rules if holds(r.condition, fact))
        matched = sorted(found, key=lambda r: -r.priority)
        for r in matched:
            matched_any.add(r.id)
        if not matched:
            return matched
        top = [r for r in matched if r.priority == matched[0].priority]
        for r in top:
            can_win.add(r.id)
        for r in matched[len(top):]:
            higher = {h.id for h in matched if h.priority > r.priority}
            prev = shadowed_by[r.id]
            shadowed_by[r.id] = higher if prev is None else prev & higher
        if len(top) > 1:
            ties.setdefault(tuple(sorted(r.id for r in top)), fact)
        return matched

    gaps = {}
    unscorable: set[tuple] = set()
    won_in_table: set[str] = set()
    if table is not None:  # the table's facts first: their examples read best
        for inp in table_inputs(table, book):
            matched = look(inp.fact)
            if not matched:
                gaps.setdefault(inp.item.id, inp)
                continue
            if len(matched) > 1 and matched[1].priority == matched[0].priority:
                continue
            winner = matched[0]
            won_in_table.add(winner.id)
            try:
                compute(winner.method, inp.exact, Decimal(10), None)
            except MethodError as e:
                if (winner.id, inp.item.id) not in unscorable:
                    unscorable.add((winner.id, inp.item.id))
                    problems.append(winner.rule.pos.problem(
                        f"规则 {winner.id} 胜出却无法为指标 {inp.item.id}「{inp.item.name}」计分：{e.zh}",
                        f"rule {winner.id} wins but cannot score indicator {inp.item.id} '{inp.item.name}': {e.en}"))
    for fact, indexes in sample_matches(rules, book):
        look(fact, indexes)
    by_id = {r.id: r for r in rules}
    for ids, fact in ties.items():
        tied = sorted((by_id[i] for i in ids), key=lambda r: (r.file, r.line))
        last, others = tied[-1], tied[:-1]
        names = "、".join(r.ref() for r in others)
        shown = _shown(fact, k.fields)
        problems.append(last.rule.pos.problem(
            f"规则 {last.id} 与 {names} 优先级同为 {last.priority}，且可同时匹配同一指标（例如：{shown}）；计分时将报错。请调整优先级或条件",
            f"rule {last.id} and {', '.join(r.ref() for r in others)} share priority {last.priority} and can match the same "
            f"indicator (e.g. {shown}); scoring would fail. Change a priority or a condition"))
    for r in rules:
        if r.id not in matched_any:
            problems.append(r.rule.pos.problem(
                f"规则 {r.id} 的条件在任何代表性事实上都不成立，可能永远不会匹配",
                f"rule {r.id}'s condition holds on no representative fact: it may never match", "warning"))
        elif r.id not in can_win:
            over = sorted((by_id[i] for i in shadowed_by[r.id] or ()), key=lambda h: -h.priority)
            if over:
                names = "、".join(f"{h.ref()}，优先级 {h.priority}" for h in over)
                names_en = ", ".join(f"{h.ref()}, priority {h.priority}" for h in over)
                problems.append(r.rule.pos.problem(
                    f"规则 {r.id}（优先级 {r.priority}）永远不会胜出：凡它匹配的指标，更高优先级的规则也匹配：{names}",
                    f"rule {r.id} (priority {r.priority}) can never win: wherever it matches, a higher-priority rule matches too: {names_en}",
                    "warning"))
            else:
                problems.append(r.rule.pos.problem(
                    f"规则 {r.id}（优先级 {r.priority}）永远不会胜出：凡它匹配的指标，总有更高优先级的规则匹配",
                    f"rule {r.id} (priority {r.priority}) can never win: wherever it matches, some higher-priority rule matches",
                    "warning"))
    if table is not None:
        for ident, inp in gaps.items():
            shown = ", ".join(f"{f}={_fmt(v)}" for f, v in inp.fact.items() if f != "fact")
            period = "半年" if inp.exact["period"] == "h1" else "全年"
            problems.append(inp.item.pos.problem(
                f"指标 {ident}「{inp.item.name}」（{period}）没有任何规则计分（事实：{shown}）",
                f"no rule scores indicator {ident} '{inp.item.name}' ({inp.exact['period']}) (fact: {shown})"))
        for r in rules:
            picks_budget_row = ("id", BUDGET_ROW_ID) in _equated(r.condition)
            if picks_budget_row and table.budget_row is None:
                continue  # a rule for a kind of row this table does not have
            if r.id not in won_in_table and {f for f, _ in _equated(r.condition)} & _PICKS_INDICATORS:
                why_zh, why_en = _unknown_names(r, table)
                problems.append(r.rule.pos.problem(
                    f"规则 {r.id} 不为目标表 {table.unit.name} 的任何指标计分{why_zh}",
                    f"rule {r.id} scores none of the indicators of the table of {table.unit.name}{why_en}", "warning"))
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))
