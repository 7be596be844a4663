"""The plain-Python matcher: rule conditions compiled to closures, pre-selected by a fact's discrete fields.

A fact's closed-vocabulary fields (form, op, unit, has_actual …) take few distinct combinations. For
each combination met, every rule's condition is partially evaluated once with those fields known
(an alpha index, in Rete terms): rules it rules out are skipped for every fact with that combination,
and the others keep only the comparisons still open (numbers, names). Semantics are the condition
tree's, as in durable_rules: a comparison with a missing (null) value is false, whatever the operator.
"""
from __future__ import annotations

import operator
from functools import lru_cache
from typing import Callable

from ..rulebook.conditions import And, Cmp, Condition, Or, fields_of
from ..rulebook.fields import FACT_FIELDS, FIELD_VALUES, NUMERIC
from ..rulebook.model import CompiledRule

Test = Callable[[dict], bool]

# fields with a closed set of values: the key of the pre-selection
DISCRETE = tuple(f for f, (kind, _) in FACT_FIELDS.items() if kind == "bool" or f in FIELD_VALUES)
_MAX_PLANS = 4096  # distinct combinations kept; the closed vocabularies make far fewer

_COMPARE = {"eq": operator.eq, "ne": operator.ne, "gt": operator.gt, "gte": operator.ge, "lt": operator.lt,
            "lte": operator.le}


def _field_test(field: str, op: str, value) -> Test:
    if field in NUMERIC:
        return _number_test(field, op, value)
    if op == "eq":  # value is never None, so a missing field is simply unequal
        return lambda fact: fact.get(field) == value
    compare = _COMPARE[op]  # ne: text and yes/no fields take only eq and ne in rule files (conditions.py)
    return lambda fact: (left := fact.get(field)) is not None and compare(left, value)


class _Floats(dict):
    """Each number's float, made once: a Decimal's float() is ~200 ns (it goes through its text), a lookup ~25,
    and a fact's numbers recur across the tests of its rules (its target ~5 times) and across rows and units
    (the money's rate in every row, 100 as a target). Equal numbers have one float (1.0 and 1.00 alike)."""

    def __missing__(self, number) -> float:
        if len(self) >= 65536:
            self.clear()
        made = self[number] = float(number)
        return made


_FLOAT = _Floats()


def _number_test(field: str, op: str, value) -> Test:
    # a fact's numbers may be exact (Decimal): compared as the floats durable_rules' C core compares, so
    # 99.999999999999999999 ≥ 100 holds in both engines
    compare, floats = _COMPARE[op], _FLOAT
    return lambda fact: (left := fact.get(field)) is not None and compare(floats[left], value)


def _ref_test(field: str, op: str, other: str) -> Test:
    compare = _COMPARE[op]
    if field in NUMERIC or other in NUMERIC:  # as _number_test: the numbers as floats
        floats = _FLOAT

        def numbers(fact: dict) -> bool:
            left, right = fact.get(field), fact.get(other)
            return left is not None and right is not None and compare(floats[left], floats[right])

        return numbers

    def test(fact: dict) -> bool:
        left, right = fact.get(field), fact.get(other)
        return left is not None and right is not None and compare(left, right)

    return test


@lru_cache(maxsize=None)
def compile_condition(cond: Condition) -> Test:
    """The condition as a function of a fact dict, built once per condition."""
    if isinstance(cond, Cmp):
        return _ref_test(cond.field, cond.op, cond.value) if cond.ref else _field_test(cond.field, cond.op, cond.value)
    parts = tuple(compile_condition(c) for c in cond.items)
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        a, b = parts
        return (lambda fact: a(fact) and b(fact)) if isinstance(cond, And) else (lambda fact: a(fact) or b(fact))
    if isinstance(cond, And):
        def every(fact: dict) -> bool:
            for p in parts:
                if not p(fact):
                    return False
            return True
        return every

    def some(fact: dict) -> bool:
        for p in parts:
            if p(fact):
                return True
        return False
    return some


def holds(cond: Condition, fact: dict) -> bool:
    return compile_condition(cond)(fact)


def given(cond: Condition, known: dict) -> Condition | bool:
    """The condition with the `known` fields' values put in: True, False, or what is left to test."""
    if isinstance(cond, Cmp):
        if cond.field not in known or (cond.ref and cond.value not in known):
            return cond
        return holds(cond, {k: v for k, v in known.items() if v is not None})
    rest = []
    for item in cond.items:
        part = given(item, known)
        if part is True or part is False:
            if part is isinstance(cond, Or):  # True in an Or, False in an And: decided
                return part
            continue
        rest.append(part)
    if not rest:
        return isinstance(cond, And)  # all held (And), none held (Or)
    return rest[0] if len(rest) == 1 else type(cond)(tuple(rest))


def _key_getter(keys: tuple[str, ...]) -> Callable[[dict], tuple]:
    """A fact's values of `keys`, None where it has none: lint's samples and tests may leave fields out."""
    return lambda fact: tuple([fact.get(k) for k in keys])


class PythonMatcher:
    name = "python"
    view = "exact"  # the facts it is given (IndicatorInput.exact): numbers compared as floats (_number_test)

    def __init__(self, rules: list[CompiledRule]):
        self._conditions = [r.condition for r in rules]
        used = set().union(*(fields_of(c) for c in self._conditions))
        self._keys = tuple(f for f in DISCRETE if f in used)
        self._key_of = _key_getter(self._keys)
        # a full fact's key in one C call, without _key_of's own call (~1,000 instructions a row)
        self._get = operator.itemgetter(*self._keys) if len(self._keys) > 1 else self._key_of
        self._plans: dict[tuple, tuple[tuple[int, Test | None], ...]] = {}

    def _plan(self, key: tuple) -> tuple[tuple[int, Test | None], ...]:
        """The rules that can hold for facts with these discrete values, each with what is left to test."""
        known = dict(zip(self._keys, key))
        plan = []
        for index, cond in enumerate(self._conditions):
            rest = given(cond, known)
            if rest is not False:
                plan.append((index, None if rest is True else compile_condition(rest)))
        if len(self._plans) < _MAX_PLANS:
            self._plans[key] = tuple(plan)
        return tuple(plan)

    def match(self, facts: list[dict]) -> dict[str, list[int]]:
        """For each fact id, the indexes of every rule whose condition holds."""
        get, key_of, plans, out = self._get, self._key_of, self._plans, {}
        for fact in facts:
            try:
                key = get(fact)
            except KeyError:  # lint's samples and tests may leave fields out
                key = key_of(fact)
            plan = plans.get(key)
            if plan is None:
                plan = self._plan(key)
            found = []
            for index, test in plan:
                if test is None or test(fact):
                    found.append(index)
            out[fact["id"]] = found
        return out

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
