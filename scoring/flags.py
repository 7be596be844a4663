"""Flags about how a row was read or scored, one small function each (the scorecard shows them; points never change)."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from . import display, plausibility
from .catalogue import Text, text
from .engine.facts import IndicatorInput
from .rulebook.load import RuleBook
from .rulebook.methods import Assessor
from .scorecard import Bilingual, Flag


# each flag code's message in the catalogue (catalogue/flags.py); the code is what tests and reports key on
FLAG_TEXT = {
    "missing_actual": "flags.missing_actual", "no_reason": "flags.no_reason", "over_achievement": "flags.over_achievement",
    "points_out_of_band": "flags.points_out_of_band", "points_ignored": "flags.points_ignored",
    "hand_rate_differs": "flags.hand_rate_differs", "target_fallback": "flags.target_fallback",
    "needs_measure": "flags.needs_measure",
}
# every code a row's flag can have: these, those the functions below make, and the plausibility ones
FLAG_CODES = (frozenset(FLAG_TEXT) | {"target_read", "assessor_scored", "over_budget", "equal_above_bound",
                                     "equal_below_bound"}
              | set(plausibility.CODES))
COLOR = {"red": "flags.color.red", "yellow": "flags.color.yellow", "green": "flags.color.green", "blue": "flags.color.blue"}


def flag(code: str, message: Text) -> Flag:
    return Flag(code=code, message=Bilingual.of(message))


def coded(code: str, **kw) -> Flag:
    """The flag `code` with its catalogue message (FLAG_TEXT), its arguments filled in."""
    return _coded(code, tuple(kw.items()))


@lru_cache(maxsize=4096)
def _coded(code: str, kw: tuple) -> Flag:
    # flags are frozen and few distinct ones recur on every row: built once, shared
    return flag(code, text(FLAG_TEXT[code], **dict(kw)))


def missing_actual() -> Flag:
    """No actual value was reported (and neither the money nor the assessor stands in for it)."""
    return coded("missing_actual")


def points_ignored(exact: dict, points: Decimal) -> Flag:
    """The assessor gave points on a row whose winning rule does not take them: the points are not used. On a
    row scored by its outcome (a word target, or none) left without one, that is why (the points are read only
    beside the outcome whose band they must fall in); else the row's rule computes its points."""
    if exact["form"] != "number" and not exact["has_actual"]:
        return flag("points_ignored", text("flags.points_need_outcome", points=display.amount(points)))
    return coded("points_ignored")


def over_achievement(at: str) -> Flag:
    """The actual is far above the target (ratio ≥ the rule's over_achievement): the target may be too low."""
    return coded("over_achievement", at=at)


def hand_rate_differs(hand: str, money: str) -> Flag:
    """The hand-written execution rate differs from the one recomputed from the money."""
    return coded("hand_rate_differs", hand=hand, money=money)


def target_fallback(target: str) -> Flag:
    """The half-year target was missing: the annual one was scaled (rules/monitoring.yaml half_year_fallback)."""
    return coded("target_fallback", target=target)


def no_reason() -> Flag:
    """Points were lost and no 偏差原因 was given."""
    return coded("no_reason")


def needs_measure(color: str, reason: str | None, measure: str | None) -> Flag:
    """A red or yellow row must say why (reason) and what will be done (measure): name what is missing."""
    if not reason and not measure:
        missing = "flags.missing_both"
    elif not reason:
        missing = "flags.missing_reason"
    else:
        missing = "flags.missing_measure"
    return coded("needs_measure", color=text(COLOR[color]), missing=text(missing))


def target_read(inp: IndicatorInput, book: RuleBook) -> Flag | None:
    """A bare number target (`3%`) was read with an operator from rules/bare_targets.yaml."""
    item = inp.item
    written = item.half_year if inp.target_source == "half_year" else item.annual
    if written is None or not written.bare:
        return None
    return flag("target_read", text("table.bare_target_read", text=written.text, read=display.value(inp.target),
                                    why=book.bare_targets.why(item.name)))


def equal_on_upper_bound(inp: IndicatorInput, book: RuleBook) -> Flag | None:
    """A target written `=` (=100%) on an indicator whose name bare_targets.yaml reads as an upper bound
    (在职人员控制率), and an actual off it: `=` scored it as a lower bound, which for a control rate rewards
    going over (full points above it) and docks staying under (points lost below it). Said, never changed:
    what `=` means is the rules' convention. (scoring check TABLE warns of such a target before.)"""
    exact = inp.exact  # the target's fields as the facts hold them: no read of the model on the rows it spares
    actual, number = exact["actual"], exact["target"]
    if actual is None or exact["form"] != "number" or not number or actual == number:
        return None
    upper = book.bare_targets.upper_bound(inp.item.name)
    if upper is None:
        return None
    said = dict(target=display.value(inp.target), actual=display.value(inp.actual, False), word=upper[1])
    if actual > number:
        return flag("equal_above_bound", text("flags.equal_above_bound", **said))
    return flag("equal_below_bound", text("flags.equal_below_bound", **said))


def assessor_scored(inp: IndicatorInput, method) -> Flag | None:
    """A row whose points are the assessor's judgement: a blank numeric row scored by them (with the
    reason they must give), or a row with no target at all."""
    if isinstance(method, Assessor):
        reason = inp.entry.reason if inp.entry else None
        why = text("table.assessor_reason", reason=reason) if reason else text("table.assessor_no_reason")
        return flag("assessor_scored", text("table.assessor_scored_blank", why=why))
    if inp.target.kind == "none":
        return flag("assessor_scored", text("table.assessor_no_target"))
    return None


def over_budget(inp: IndicatorInput, method, book: RuleBook) -> Flag | None:
    """More spent than budgeted (it happens, with 追加): scored as the rule says, flagged for a person,
    where rules/plausibility.yaml `money.over_budget` asks for it."""
    rate = inp.exact["money_rate"]
    if getattr(method, "of", "") != "money_rate" or rate is None or rate <= 100:
        return None
    if book.plausibility.money.over_budget != "flag":
        return None
    return flag("over_budget", text("money.over_budget", rate=display.amount(rate, "%", 2)))
