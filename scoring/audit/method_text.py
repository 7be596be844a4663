"""A rule's scoring method as an auditor reads it in `scoring explain`: its label and its parameters in words.

The words follow rules/README.md's table of methods, and each parameter shows the value the rule file
writes (a band's `upto` in the unit of the value it reads, a share as a percentage of the weight), so the
auditor recognises the rule without reading JSON."""
from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

from .. import display
from ..catalogue import say, text
from ..render.labels import method_label
from ..rulebook.methods import (OUTCOME_WORDS, OUTCOMES, Bands, Deduction, InverseRatio, LinearDecline, OutcomeBands, Ratio,
                                method_name, percent)

_OF = {"actual": "explain.of_actual", "ratio": "explain.of_ratio", "money_rate": "explain.of_money_rate"}


def method_line(method, unit: str, lang: str) -> str:
    """`计分方法: 分档计分（bands）：实际值 ≤0% 得 100%；…`; `unit` is the target's, for the values a method reads."""
    name = method_label(method_name(method), lang)
    params = parameters(method, unit, lang)
    if params is None:
        return say("explain.method", lang, method=name)
    return say("explain.method_with", lang, method=name, params=params)


def parameters(method, unit: str, lang: str) -> str | None:
    """The method's parameters in words; None for a method that has none (full, zero, assessor)."""
    if isinstance(method, (Ratio, InverseRatio, LinearDecline, Deduction, Bands)):
        of = text(_OF[method.of])
        unit = unit if method.of == "actual" else "%"  # ratio and money_rate are percentages
    if isinstance(method, Ratio):
        return say("explain.ratio", lang, of=of, cap=share(method.cap, lang))
    if isinstance(method, InverseRatio):
        return say("explain.inverse_ratio", lang, of=of)
    if isinstance(method, LinearDecline):
        return say("explain.linear_decline", lang, of=of)
    if isinstance(method, Deduction):
        return _deduction(method, of, unit, lang)
    if isinstance(method, Bands):
        bands = say("explain.separator", lang).join(
            say("explain.band", lang, upto=display.amount(b.upto, unit), share=share(b.share, lang)) for b in method.bands)
        return say("explain.bands", lang, of=of, bands=bands, otherwise=share(method.otherwise, lang))
    if isinstance(method, OutcomeBands):
        return say("explain.outcome_bands", lang, bands=say("explain.separator", lang).join(
            say("explain.outcome_band", lang, outcome=text(OUTCOME_WORDS[o]), low=display.amount(b.low), high=display.amount(b.high),
                default=_percent(b.default)) for o in OUTCOMES for b in [method.band(o)]))
    data = method.model_dump(mode="json")  # a method without words of its own yet: its parameters as written
    return say("explain.params", lang, params=json.dumps(data, ensure_ascii=False)) if data else None


def _deduction(method: Deduction, of, unit: str, lang: str) -> str:
    if method.points is not None:
        amount = text("explain.deduction_points", points=display.amount(method.points))
    else:
        amount = text("explain.deduction_share", share=share(method.share, lang))
    code = "explain.deduction_above" if method.direction == "above" else "explain.deduction_below"
    said = say(code, lang, of=of, per=display.amount(method.per, unit), amount=amount)
    return say("explain.floor", lang, said=said, floor=share(method.floor, lang)) if method.floor else said


def _percent(number: Decimal) -> str:
    return display.amount(number, "%")


def share(f: Fraction, lang: str) -> str:
    """A share of the weight as a percentage; one that 2 decimals cannot show exactly keeps its fraction."""
    hundredths = f * 10000
    if hundredths.denominator == 1:
        return _percent(Decimal(hundredths.numerator) / 100)
    rounded = display.amount(percent(f), "%", 2)
    return say("explain.share_inexact", lang, percent=rounded, fraction=f"{f.numerator}/{f.denominator}")
