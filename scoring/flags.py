"""Flags about how a row was read or scored, one small function each (the scorecard shows them; points never change)."""
from __future__ import annotations

from . import display
from .catalogue import Text, text
from .engine.facts import IndicatorInput
from .rulebook.load import RuleBook
from .rulebook.methods import Assessor
from .scorecard import Bilingual, Flag


def flag(code: str, message: Text) -> Flag:
    return Flag(code=code, message=Bilingual(zh=message.zh, en=message.en))


def target_read(inp: IndicatorInput, book: RuleBook) -> Flag | None:
    """A bare number target (`3%`) was read with an operator from rules/bare_targets.yaml."""
    item = inp.item
    written = item.half_year if inp.target_source == "half_year" else item.annual
    if written is None or not written.bare:
        return None
    return flag("target_read", text("table.bare_target_read", text=written.text, read=display.value(inp.target),
                                    why=book.bare_targets.why(item.name)))


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
