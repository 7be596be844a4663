"""Rule titles that name a number their rule does not have: stale after an edit of the method alone.

A title says what a rule does; explain and the 计分说明 sheet print it. Edited under it (`upto: 10 → 3` below a
title saying ≤10%), it says what the rule no longer does."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from ..errors import Problem
from ..rulebook.model import CompiledRule

# a number as titles write them: 10, 0.5, 2/3 (a share), 10% read as 10 (the parameters are in %)
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:/(\d+))?")


def _numbers(value) -> set[Fraction | None]:
    """A parameter's number, or those written in a text (a share 2/3, a name with digits a title may quote)."""
    if isinstance(value, bool):
        return set()
    if isinstance(value, (int, Decimal, float)):
        return {Fraction(Decimal(str(value)))}
    if isinstance(value, str):
        return {_fraction(found) for found in _NUMBER.finditer(value)}
    return set()


def _fraction(found: re.Match) -> Fraction | None:
    try:
        number = Fraction(Decimal(found.group(1)))
    except InvalidOperation:
        return None
    return number / int(found.group(2)) if found.group(2) and int(found.group(2)) else number


def _ordinal(side: str, found: re.Match) -> bool:
    """第 3 条, 第2档: a count of rules or bands, not a parameter."""
    return side[:found.start()].rstrip().endswith("第")


def _leaves(data):
    if isinstance(data, dict):
        for v in data.values():
            yield from _leaves(v)
    elif isinstance(data, (list, tuple)):
        for v in data:
            yield from _leaves(v)
    else:
        yield data


def rule_numbers(rule: CompiledRule) -> set[Fraction]:
    """Every number the rule file gives this rule: in its condition, its method and its flags' settings."""
    r = rule.rule
    found = set().union(*(_numbers(v) for v in _leaves([r.when, r.method, r.over_achievement, r.hand_tolerance])))
    return {n for n in found if n is not None} | {Fraction(0)}  # 0 (计 0 分, 不得分) needs no parameter


def stale_titles(rules: list[CompiledRule]) -> list[Problem]:
    """A warning at each rule whose title (in either language) names a number the rule does not have."""
    problems = []
    for rule in rules:
        title = rule.rule.title
        known = rule_numbers(rule)
        written = [m.group(0) for side in (title.zh, title.get("en") or "") for m in _NUMBER.finditer(side)
                   if _fraction(m) not in known and not _ordinal(side, m)]
        if written:
            problems.append(rule.rule.pos.report("lint.title_stale", severity="warning", rule=rule.id,
                                                 numbers=sorted(set(written), key=written.index)))
    return problems
