"""Rule conditions (`when:`): a closed language of field comparisons, parsed with locations into a tree.

Each engine backend compiles the same tree (engine/durable_backend.py to durable_rules' JSON form,
engine/python_backend.py to closures), so both decide identically. Semantics follow durable_rules:
a comparison with a missing (null) value is false, whatever the operator.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Union

from ..errors import Problem
from ..table.values import meant_number, meant_operator, normalise_text
from ..yamlio import Located, invisible_in_key, tight_colon
from .fields import FACT_FIELDS, FIELD_VALUES
from .methods import WRITTEN_NUMBER

# Text fields whose facts are folded (engine/facts.py builds them with normalise_text: full width made half, no
# spaces), so a rule's value with a full-width comma can never equal one; the closed fields' values have none.
_FOLDED = {"name", "target_word", "actual_word"}
WIDE_COMMA = chr(0xFF0C)  # ，, the comma a Chinese input method types; YAML does not take it for a list's

OPERATORS = ("eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in")  # rules/README.md says what each means
_COMBINATORS = ("all", "any")


@dataclass(frozen=True)
class Cmp:
    field: str
    op: str  # eq ne gt gte lt lte
    value: Any  # str | bool | float, or a field name when ref
    ref: bool = False


@dataclass(frozen=True)
class And:
    items: tuple


@dataclass(frozen=True)
class Or:
    items: tuple


Condition = Union[Cmp, And, Or]


def parse_when(located: Located, path: tuple, problems: list[Problem]) -> Condition:
    """Parse the `when` mapping at path; append a located problem for each unknown or ill-typed word."""
    data = located.data
    for key in path:
        data = data[key]
    if data is None:
        return And(())
    return _mapping(data, located, path, problems)


def _mapping(data, located, path, problems) -> Condition:
    if not isinstance(data, dict):
        pos = located.pos(path)
        tight = tight_colon(data) if isinstance(data, str) else None
        if tight is not None:  # `- form:number`: a condition meant, text read
            problems.append(pos.moved(tight[0]).report_text(tight[1]))
        else:
            problems.append(pos.report("rulefile.when_not_mapping"))
        return And(())
    items = []
    for key, value in data.items():
        here = path + (key,)
        if key in _COMBINATORS:
            if not isinstance(value, list) or not value:
                problems.append(located.pos(here).report("rulefile.when_empty_conditions", key=key))
                continue
            subs = tuple(_mapping(v, located, here + (i,), problems) for i, v in enumerate(value))
            items.append(And(subs) if key == "all" else Or(subs))
        elif key in FACT_FIELDS:
            items.append(_field(key, value, located, here, problems))
        else:
            problems.append(invisible_in_key(located.key_pos(here), str(key)) or _unknown(
                located.key_pos(here), "rulefile.when_unknown_field", "key", key, list(FACT_FIELDS) + list(_COMBINATORS)))
    return items[0] if len(items) == 1 else And(tuple(items))


def _field(field, value, located, path, problems) -> Condition:
    if isinstance(value, list):
        return _in(field, "in", value, located, path, problems)
    if not isinstance(value, dict):
        return _cmp(field, "eq", value, located, path, problems)
    parts = []
    for op, operand in value.items():
        here = path + (op,)
        if op in ("in", "not_in"):
            if not isinstance(operand, list) or not operand:
                problems.append(located.pos(here).report("rulefile.when_empty_list", op=op))
                continue
            parts.append(_in(field, op, operand, located, here, problems))
        elif op in OPERATORS:
            parts.append(_cmp(field, op, operand, located, here, problems))
        else:
            problems.append(invisible_in_key(located.key_pos(here), str(op)) or _unknown(
                located.key_pos(here), "rulefile.when_unknown_operator", "op", op, list(OPERATORS)))
    return parts[0] if len(parts) == 1 else And(tuple(parts))


# an operator written as its sign, as a target writes it (`actual: {≥: target}`): the word rule files take for it
_SIGNS = {"≥": "gte", ">=": "gte", "≤": "lte", "<=": "lte", ">": "gt", "<": "lt", "=": "eq", "==": "eq", "≠": "ne",
          "!=": "ne"}


def _unknown(pos, code: str, name: str, word, known: list[str]) -> Problem:
    """An unknown field or operator, with the known one meant where it can be told: a sign (≥), another case
    (GT), or a close spelling (has_actul)."""
    typed = str(word)
    near = [_SIGNS[typed]] if typed in _SIGNS and _SIGNS[typed] in known else \
        [typed.lower()] if typed.lower() in known else difflib.get_close_matches(typed, known, n=1, cutoff=0.6)
    if near:
        return pos.report(code + "_near", **{name: word}, near=near[0], known=known)
    return pos.report(code, **{name: word}, known=known)


def _in(field, op, values, located, path, problems) -> Condition:
    cmps = tuple(_cmp(field, "eq" if op == "in" else "ne", v, located, path + (i,), problems) for i, v in enumerate(values))
    return Or(cmps) if op == "in" else And(cmps)


def _cmp(field, op, value, located, path, problems) -> Cmp:
    kind = FACT_FIELDS[field][0]
    pos = located.pos(path)
    if kind == "num":
        if isinstance(value, str):
            meant = meant_number(value)
            if meant is not None:  # `target: {gt: ０}`, `ratio: {gte: 60％}`
                problems.append(pos.report("rulefile.when_number_spelled", field=field, value=value, meant=meant))
                return Cmp(field, op, 0.0)
            if WRITTEN_NUMBER.fullmatch(value):  # `target: {gt: "0"}`: a number meant, text written
                problems.append(pos.report("rulefile.number_quoted", number=value))
                return Cmp(field, op, 0.0)
            if FACT_FIELDS.get(value, ("",))[0] != "num":
                numeric = [k for k, v in FACT_FIELDS.items() if v[0] == "num"]
                problems.append(pos.report("rulefile.when_not_numeric_field", field=field, numeric=numeric, value=value))
            return Cmp(field, op, value, ref=True)
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            problems.append(pos.report("rulefile.when_not_number", field=field))
            return Cmp(field, op, 0.0)
        return Cmp(field, op, _num(value))
    if op not in ("eq", "ne"):
        problems.append(pos.report("rulefile.when_not_numeric_op", field=field))
    if kind == "bool" and not isinstance(value, bool):
        problems.append(pos.report("rulefile.when_not_bool", field=field))
    if kind == "str" and (isinstance(value, bool) or not isinstance(value, (str, int, Decimal))):
        problems.append(pos.report("rulefile.when_not_text", field=field))
    if kind == "str" and isinstance(value, str) and WIDE_COMMA in value and (field in _FOLDED or field in FIELD_VALUES):
        # `name: [在职人员控制率，公用经费控制率]`: two names meant, one item read, which nothing equals
        items = ", ".join(part.strip() for part in value.split(WIDE_COMMA) if part.strip())
        problems.append(located.char_pos(path, WIDE_COMMA).report("rulefile.when_wide_comma", field=field, value=value,
                                                                  meant=items))
        return Cmp(field, op, value)
    if kind == "str":
        # folded as the facts are, or `name: 预算执行率（％）` would never equal the fact 预算执行率(%) and the row
        # would be scored by another rule without a word (check folds both sides too)
        value = normalise_text(str(value)) if field in _FOLDED else str(value)
        known = FIELD_VALUES.get(field)
        if known and value not in known:
            shown = [k or '""' for k in known]  # the empty value (no operator) shown as a rule file writes it
            meant = meant_operator(value, known)
            if meant is not None:
                problems.append(pos.report("rulefile.when_value_spelled", field=field, value=value, meant=meant))
            else:
                problems.append(pos.report("rulefile.when_no_such_value", field=field, value=value, known=shown))
    return Cmp(field, op, value)


def _num(value) -> float:
    """Numbers reach the engine as floats; they come from exact decimals with few digits."""
    return float(value)


def fields_of(cond: Condition) -> set[str]:
    if isinstance(cond, Cmp):
        return {cond.field} | ({cond.value} if cond.ref else set())
    return set().union(*(fields_of(c) for c in cond.items)) if cond.items else set()
