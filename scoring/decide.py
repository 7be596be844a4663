"""Deciding the winner: every fact matched against the rules, exactly one rule (the highest priority) per row."""
from __future__ import annotations

from dataclasses import dataclass

from .engine.backends import make_matcher
from .engine.facts import IndicatorInput
from .errors import Problem, ScoringError
from .rulebook.load import RuleBook
from .rulebook.model import CompiledRule

@dataclass
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
        matches = matcher.match([i.fact for i in inputs])
    finally:
        if own:
            matcher.close()
    problems: list[Problem] = []
    decisions = []
    for inp in inputs:
        matched = sorted((book.rules[k] for k in matches[inp.item.id]), key=lambda r: -r.priority)
        if not matched:
            shown = ", ".join(f"{k}={v}" for k, v in inp.fact.items() if k != "fact")
            problems.append(inp.item.pos.report("flags.no_rule", id=inp.item.id, name=inp.item.name, fact=shown))
            continue
        top = [r for r in matched if r.priority == matched[0].priority]
        if len(top) > 1:
            problems.append(inp.item.pos.report("flags.tie", id=inp.item.id, name=inp.item.name, priority=top[0].priority,
                                                rules=[r.ref() for r in top]))
            continue
        decisions.append(Decision(inp, matched, matched[0]))
    if problems:
        raise ScoringError(problems)
    return decisions
