"""The representative facts the rule lint tries, in three independent parts made from the rules' constants.

A sample fact is one *shape* (form, operator, unit, target and actual), one *money* state (reported or not,
its rate) and one *pick* (the fields that single out indicators: id, name, level, key work, project …);
every combination of the three is a sample. See scoring/audit/lint.py for how they are chosen and why.
"""
from __future__ import annotations

import itertools
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from ..rulebook.conditions import Cmp, Condition, Or
from ..rulebook.fields import FIELD_VALUES, FIELDS
from ..rulebook.load import RuleBook
from ..rulebook.methods import OUTCOMES
from ..rulebook.model import CompiledRule
from ..table.values import OPS

EPS = 1e-6
OTHER = "（其他）"  # a text value no rule names
SOME_WORD = "（评价词）"  # an assessment word no rule names
MET = OUTCOMES[0]  # 达成: a qualitative actual equal to its target

# A field the schema gives a neutral value varies on its own (a pick); the target and the actual set the
# others together (a shape), as the money sets its own two.
NEUTRAL = {f.name: f.neutral for f in FIELDS if f.neutral is not None}
SHAPE_FIELDS = tuple(f.name for f in FIELDS if f.neutral is None and f.source in ("target", "actual"))
MONEY_FIELDS = tuple(f.name for f in FIELDS if f.source == "money")


@dataclass
class Constants:
    literals: dict  # field -> set of literal values
    refs: set  # (field, field) compared with each other
    fields: set  # every field some condition names


@dataclass
class Parts:
    """The three lists a sample fact is combined from, each entry a partial fact (the shapes made as read:
    their number is the product of the thresholds on the target and on the actual)."""

    shapes: Iterable[dict]
    money: list[dict]
    picks: list[dict]

    @staticmethod
    def fact(shape: dict, money: dict, pick: dict) -> dict:
        return {**NEUTRAL, **shape, "fact": "indicator", **money, **pick}


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


def parts(rules: list[CompiledRule], book: RuleBook | None, k: Constants) -> Parts:
    return Parts(_shapes(k, book), _money(k), _picks(rules, _extras(k)))


def _around(values) -> set[float]:
    out = set()
    for v in values:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out |= {float(v), float(v) - EPS, float(v) + EPS}
    return out


def _money(k: Constants) -> list[dict]:
    """Money not reported, and, where a rule reads it, reported at each rate literal ± EPS, 0, 50 and 100."""
    out = [{"has_money": False}]
    if {"has_money", "money_rate"} & k.fields:
        rates = _around(k.literals.get("money_rate", ())) | {0.0, 50.0, 100.0}
        out += [{"has_money": True, "money_rate": r} for r in sorted(rates)]
    return out


def _extras(k: Constants) -> list[tuple[str, list]]:
    """The fields no shape sets that some rule names, each with its values: booleans both ways; text each
    literal the rules name and one value none names."""
    out = []
    for f in sorted(set(NEUTRAL) & k.fields):
        if isinstance(NEUTRAL[f], bool):
            out.append((f, [False, True]))
        else:
            out.append((f, sorted({str(v) for v in k.literals.get(f, ())} | {OTHER})))
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


def _picks(rules: list[CompiledRule], extras: list[tuple[str, list]]) -> list[dict]:
    """Values of the extra fields to try with every shape: instead of all their combinations (which
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


def _shapes(k: Constants, book: RuleBook | None):
    lit = k.literals
    forms = sorted(FIELD_VALUES["form"])
    ops = sorted(set(OPS) | {str(v) for v in lit.get("op", ())})
    # a unit no rule reads tells no shape from another: one is enough
    units = sorted({"%", "人"} | {str(v) for v in lit.get("unit", ())}) if "unit" in k.fields else ["%"]
    targets = _distinct_targets(sorted(_around(lit.get("target", ())) | {0.0, 100.0}), k)
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
                pairs = {(w, MET)} | {(SOME_WORD, o) for o in OUTCOMES} | {(str(v), _outcome(str(v), w, book)) for v in lit.get("actual_word", ())}
                pairs |= {(SOME_WORD, str(o)) for o in lit.get("outcome", ())}
                for word, outcome in sorted(pairs):
                    yield {**base, "has_actual": True, "actual_word": word, "outcome": outcome}
        else:
            base = {"form": form, "op": "", "unit": "", "target_word": "", "outcome": ""}
            yield {**base, "has_actual": False, "actual_word": ""}
            yield {**base, "has_actual": True, "actual": 0.0, "actual_word": ""}
            yield {**base, "has_actual": True, "actual_word": SOME_WORD}


_NUMBERS = ("target", "actual", "ratio")  # the numbers a shape sets, and compares with one another


def _distinct_targets(targets: list[float], k: Constants) -> list[float]:
    """The targets whose shapes some rule could tell apart. Two targets whose own value, actuals and completion
    rates fall alike among the constants the rules compare each with, and compare alike with one another,
    give every rule the same shapes: the first is kept (380 thresholds: 1,142 targets, 761 kept)."""
    if any((f in _NUMBERS) != (g in _NUMBERS) for f, g in k.refs):
        return targets  # a shape's number compared with the money's: not told by the shape alone
    bounds = {f: sorted(v for v in k.literals.get(f, ()) if isinstance(v, (int, float)) and not isinstance(v, bool))
              for f in _NUMBERS}

    def signature(t: float):
        rows = set()
        for a in _actuals(t, k.literals):
            r = a / t * 100 if t else None
            rows.add((class_of_number(bounds["actual"], a), class_of_number(bounds["ratio"], r),
                      sign(a, t), sign(r, t), sign(r, a)))
        return class_of_number(bounds["target"], t), frozenset(rows)

    return list({signature(t): t for t in reversed(targets)}.values())[::-1]


def class_of_number(bounds: list, v) -> int | None:
    """Where `v` falls among the sorted `bounds`: 2i below bounds[i] (and above the one before), 2i+1 on it."""
    if v is None:
        return None
    i = bisect_left(bounds, v)
    return 2 * i + 1 if i < len(bounds) and bounds[i] == v else 2 * i


def sign(a, b) -> int | None:
    """Which of two numbers is larger (-1, 0, 1); None when one is missing."""
    return None if a is None or b is None else (a > b) - (a < b)


def _actuals(t: float, lit) -> set[float]:
    out = {t - EPS, t, t + EPS, 2 * t, t / 2, 0.0} | _around(lit.get("actual", ()))
    if t:
        out |= {t * r / 100 for r in _around(lit.get("ratio", ()))}
    return out


def _outcome(word: str, target_word: str, book: RuleBook | None) -> str:
    if word == target_word:
        return MET
    return (book.vocabulary.outcome_of(word) if book else None) or ""
