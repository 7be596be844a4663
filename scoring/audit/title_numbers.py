"""A rule's title left stale by an edit: the numbers it names that the rule had before the edit and has no more.

A title says what a rule does; explain and the 计分说明 sheet print it. Edited under it (`upto: 10 → 3` below a
title saying ≤10%), it says what the rule no longer does. Only numbers the old rule had are told: a title may
also name a year, a document's number or a target the rule never held, which say nothing about the edit."""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from ..rulebook.model import Rule

# a number as titles write them: 10, 0.5, 2/3 (a share), 10% (a parameter in %, or a share of 0.1)
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])(\d+(?:\.\d+)?)(?:/(\d+))?(%?)")  # after a Chinese character too: 低于10%


def _fraction(found: re.Match) -> Fraction:
    number = Fraction(Decimal(found.group(1)))
    return number / int(found.group(2)) if found.group(2) and int(found.group(2)) else number


def _readings(found: re.Match) -> set[Fraction]:
    """What a number of a title may stand for: itself, and for 10% also the share 0.1."""
    number = _fraction(found)
    return {number, number / 100} if found.group(3) else {number}


def _leaves(data):
    if isinstance(data, dict):
        for v in data.values():
            yield from _leaves(v)
    elif isinstance(data, (list, tuple)):
        for v in data:
            yield from _leaves(v)
    else:
        yield data


def rule_numbers(rule: Rule) -> set[Fraction]:
    """Every number the rule file gives this rule: in its condition, its method and its flags' settings, and
    those written in its texts (a share 2/3, a name with digits)."""
    found: set[Fraction] = set()
    for v in _leaves([rule.when, rule.method, rule.over_achievement, rule.hand_tolerance]):
        if isinstance(v, (int, Decimal, float)) and not isinstance(v, bool):
            found.add(Fraction(Decimal(str(v))))
        elif isinstance(v, str):
            found |= {_fraction(m) for m in _NUMBER.finditer(v)}
    return found


def stale_numbers(old: Rule, new: Rule) -> tuple[str, ...]:
    """The numbers the new rule's title names (in either language) that the old rule had and the new one has not,
    where the edit left the title as it was."""
    if (old.title.zh, old.title.get("en")) != (new.title.zh, new.title.get("en")):  # the texts: not where they stand
        return ()
    before, after = rule_numbers(old), rule_numbers(new)
    title = new.title
    out: list[str] = []
    for side in (title.zh, title.get("en") or ""):
        for m in _NUMBER.finditer(side):
            readings = _readings(m)
            if readings & before and not readings & after and m.group(0) not in out:
                out.append(m.group(0))
    return tuple(out)
