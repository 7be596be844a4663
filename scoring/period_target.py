"""The target an indicator is scored against in a period, as the settings read it.

A bare number is read by bare_targets.yaml, and a missing half-year target is scaled from the annual one. One
function for every reader — scoring, the fill-in templates, `scoring check` and the review of a form — so that
what a clerk is told and what is scored cannot disagree."""
from __future__ import annotations

from decimal import Decimal

from .rulebook.load import RuleBook
from .rulebook.model import Monitoring
from .table.model import Indicator
from .table.values import TargetValue, format_number


def period_target(item: Indicator, period: str, book: RuleBook) -> tuple[TargetValue, str]:
    """The target `item` is scored against in `period`, as scoring reads it (a bare number with its settings'
    operator, a missing half-year target scaled from the annual one), and where it came from."""
    annual = book.bare_targets.read(item.annual, item.name)  # a bare 3% reads as the settings say
    if period == "annual":
        return annual, "annual"
    half = book.bare_targets.read(item.half_year, item.name) if item.half_year is not None else None
    if half is not None and half.kind != "none":
        return half, "half_year"
    if halves(annual, book.monitoring):
        scaled = annual.number * book.monitoring.half_year_fallback
        return annual.model_copy(update={"number": Decimal(format_number(scaled))}), "annual_scaled"
    return annual, "annual"


def halves(target: TargetValue, monitoring: Monitoring) -> bool:
    """Whether a missing half-year target is the annual `target` scaled (rules/monitoring.yaml half_year_fallback):
    a positive quantity that accumulates over the year, scored as a lower bound — `≥12公里`, and a count read
    as `=` (`10647人`), which is scored as ≥ (DOMAIN §2, §4). A rate is as true at mid-year as at the year's end:
    a percentage or per-mille (`100%`, `≥0.9‰`) and an amount per unit (`≥300元/亩`) are never halved, nor a
    level in a unit the settings name (`not_halved_units`: a score `90分`, an age, a grade)."""
    return (target.kind == "number" and target.op in ("≥", ">", "=") and target.number > 0
            and target.unit not in ("%", "‰") and "/" not in target.unit
            and target.unit not in monitoring.not_halved_units)
