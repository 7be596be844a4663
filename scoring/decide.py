"""Deciding the winner: every fact matched against the rules, exactly one rule (the highest priority) per row."""
from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from .engine.backends import make_matcher
from .engine.facts import IndicatorInput, shown_fact
from .errors import Problem, ScoringError
from .rulebook.load import RuleBook
from .rulebook.model import CompiledRule

@dataclass(slots=True)
class Decision:
    """How one indicator was decided: every rule that matched, and the winner."""

    input: IndicatorInput
    matched: list[CompiledRule]
    winner: CompiledRule


def decide(inputs: list[IndicatorInput], book: RuleBook, engine: str | None = None, matcher=None) -> list[Decision]:
    """Match every fact against the rules; exactly one rule, the highest priority, must win each."""
    own = matcher is None
    matcher = matcher or make_matcher(book.rules, engine)
    try:
        view = matcher.view  # which of an input's two records the matcher reads
        matches = matcher.match([getattr(i, view) for i in inputs])
    finally:
        if own:
            matcher.close()
    problems: list[Problem] = []
    decisions = []
    rules = book.rules
    for inp in inputs:
        found = matches[inp.exact["id"]]
        if len(found) == 1:  # most rows: one rule, which wins
            winner = rules[found[0]]
            decisions.append(Decision(inp, [winner], winner))
            continue
        matched = [rules[k] for k in found]
        # highest priority first, rule order among equals (reverse keeps a sort stable): a C key, no Python call a rule
        matched.sort(key=_PRIORITY, reverse=True)
        if not matched:
            problems.append(inp.item.pos.report("flags.no_rule", id=inp.item.id, name=inp.item.name,
                                                fact=shown_fact(inp.fact)))
            continue
        if len(matched) > 1 and matched[1].priority == matched[0].priority:
            top = [r for r in matched if r.priority == matched[0].priority]
            problems.append(inp.item.pos.report("flags.tie", id=inp.item.id, name=inp.item.name, priority=top[0].priority,
                                                rules=[r.ref() for r in top]))
            continue
        decisions.append(Decision(inp, matched, matched[0]))
    if problems:
        raise ScoringError(problems)
    return decisions


_PRIORITY = attrgetter("priority")
