"""The target an indicator is scored against in a period, as the settings read it.

A bare number is read by bare_targets.yaml, and a missing half-year target is scaled from the annual one. One
function for every reader — scoring, the fill-in templates, `scoring check` and the review of a form — so that
what a clerk is told and what is scored cannot disagree."""
from __future__ import annotations

from decimal import Decimal

from .rulebook.load import RuleBook
from .rulebook.model import Monitoring
from .table.model import Indicator, Target
from .table.values import TargetValue, format_number


def period_target(item: Indicator, period: str, book: RuleBook, fields: dict | None = None) -> tuple[TargetValue, str]:
    """The target `item` is scored against in `period`, as scoring reads it (a bare number with its settings'
    operator, a missing half-year target scaled from the annual one), and where it came from. `fields`: the
    item's, where the caller has read them (each attribute read of a pydantic model goes through its
    __getattr__ hook: build_inputs reads them once a row)."""
    f = item.__dict__ if fields is None else fields
    annual = _read(f["annual"], f["name"], book)  # a bare 3% reads as the settings say
    if period == "annual":
        return annual, "annual"
    half = _read(f["half_year"], f["name"], book) if f["half_year"] is not None else None
    if half is not None and half.kind != "none":
        return half, "half_year"
    if halves(annual, book.monitoring):
        scaled = annual.number * book.monitoring.half_year_fallback
        return annual.model_copy(update={"number": Decimal(format_number(scaled))}), "annual_scaled"
    return annual, "annual"


def _read(target: Target, name: str, book: RuleBook) -> TargetValue:
    """book.bare_targets.read, without its calls for the usual target, which is not bare (Target.bare is a
    cached property: in the model's fields once first asked)."""
    t = target.__dict__
    bare = t.get("bare")
    if bare is None:
        bare = target.bare
    return book.bare_targets.read(target, name) if bare else t["value"]


def halves(target: TargetValue, monitoring: Monitoring) -> bool:
    """Whether a missing half-year target is the annual `target` scaled (rules/monitoring.yaml half_year_fallback):
    a positive quantity that accumulates over the year, scored as a lower bound — `≥12公里`, and a count read
    as `=` (`10647人`), which is scored as ≥ (DOMAIN §2, §4). A rate is as true at mid-year as at the year's end:
    a percentage or per-mille (`100%`, `≥0.9‰`) and an amount per unit (`≥300元/亩`) are never halved, nor a
    level in a unit the settings name (`not_halved_units`: a score `90分`, an age, a grade)."""
    return (target.kind == "number" and target.op in ("≥", ">", "=") and target.number > 0
            and target.unit not in ("%", "‰") and "/" not in target.unit
            and target.unit not in monitoring.not_halved_units)
