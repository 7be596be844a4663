"""Monitoring colours of a half-year row (red, yellow, green, blue), as rules/monitoring.yaml bands them."""
from __future__ import annotations

import operator

from .engine.facts import IndicatorInput
from .rulebook.load import RuleBook


# "bound" monitoring: green while the target's own comparison holds (≤100%, <0%, ≥0% …); "=" targets
# here are zero targets, scored as "at most 0", so they are watched the same way
_WITHIN = {"<": operator.lt, "≤": operator.le, "=": operator.le, "≥": operator.ge, ">": operator.gt}


def colour(kind: str, inp: IndicatorInput, book: RuleBook) -> str | None:
    """The row's colour by its rule's `monitor` kind (budget, ratio, bound, outcome); None where it has none."""
    m, exact = book.monitoring, inp.exact
    if kind == "budget":  # the money not reported is red, as any row not reported (a hand rate is no report)
        rate = exact["money_rate"]
        return "red" if rate is None else m.status(m.budget, m.budget_progress(rate))
    if not exact["has_actual"]:
        return "red"
    if kind == "ratio":
        return None if exact["ratio"] is None else m.status(m.ratio, exact["ratio"])
    if kind == "bound":
        actual, target = exact["actual"], exact["target"]
        if actual is None or target is None:
            return None
        return "green" if _WITHIN[inp.target.op](actual, target) else "red"
    if kind == "outcome":
        return m.outcome.get(exact["outcome"])
    return None
