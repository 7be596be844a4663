"""Scoring one row: its winning rule's method applied to its facts → points, status, flags and explanation."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache, partial
from typing import Callable

from . import display
from .actuals import IndicatorActual
from .catalogue import placeholders, say, text
from .catalogue._fill import filler
from .decide import Decision
from .engine.facts import IndicatorInput
from .errors import Problem, ScoringError
from .flags import (assessor_scored, coded, equal_on_upper_bound, hand_rate_differs, missing_actual, needs_measure, no_reason,
                    over_achievement, over_budget, points_ignored, target_fallback, target_read)
from .monitor import colour
from .plausibility import flags as implausible
from .rulebook.fields import FACT_FIELDS
from .rulebook.load import RuleBook
from .rulebook.methods import (OUTCOMES, Assessor, MethodError, OutcomeBands, Scored, Words, in_lang, method_name,
                                percent, points_by_text, prepare)
from .rulebook.model import CompiledRule
from .scorecard import Bilingual, RuleRef, ScoredIndicator

OUTCOME_STATUS = dict(zip(OUTCOMES, ("met", "partial", "missed")))  # a qualitative row's status, by its outcome


# what an explanation may name besides the facts: the three that most name, always given (format_map reads only
# what a template names), and those written only where a template names them, as _explain fills them in
_ALWAYS = ("points", "target_text", "actual_text")
_EXTRAS = ("weight", "lost", "deducted", "money_text", "formula", "band", "fraction",
           "ratio_text")


@dataclass(frozen=True)
class _RuleParts:
    """What scoring a row needs of its rule, worked out once per rule instead of once per row."""

    ref: RuleRef
    method: str  # the method's name
    from_money: bool  # budget execution: the money is the actual
    by_assessor: bool  # the assessor's points are the score
    by_outcome: bool  # outcome bands: the status follows the outcome
    ignores_points: bool  # an assessor's points on its rows are not used
    zh: Callable[[dict], str]  # the explanation templates, as functions of their values (catalogue filler)
    en: Callable[[dict], str]
    named: frozenset[str]  # the fields they name
    facts_named: tuple[str, ...]  # those of them that are facts
    extras: tuple[str, ...]  # the others it names of the row's texts and numbers (_EXTRAS), in _explain's order
    over: Decimal | None  # the rule's over_achievement
    over_achievement: str  # the rule's over_achievement as shown in its flag ("" without one)
    hand_tolerance: Decimal | None
    compute: Callable  # the method's function of (fact, weight, assessor's points), its parameters read once (methods.prepare)


@lru_cache(maxsize=1024)
def _parts(rule: CompiledRule) -> _RuleParts:
    method, explain, over, title = rule.method, rule.rule.explain, rule.rule.over_achievement, rule.rule.title
    named = placeholders(explain.zh) | placeholders(explain.en or explain.zh)
    return _RuleParts(
        ref=RuleRef(id=rule.id, title=Bilingual(zh=title.zh, en=title.get("en")), file=rule.file, line=rule.line), method=method_name(method),
        from_money=getattr(method, "of", "") == "money_rate", by_assessor=isinstance(method, Assessor),
        by_outcome=isinstance(method, OutcomeBands), ignores_points=not isinstance(method, (OutcomeBands, Assessor)),
        zh=filler(explain.zh), en=filler(explain.en or explain.zh), named=named, facts_named=tuple(sorted(named & FACT_FIELDS.keys())),
        extras=tuple(k for k in _EXTRAS if k in named),
        over=over, over_achievement="" if over is None else display.amount(over),
        hand_tolerance=rule.rule.hand_tolerance, compute=prepare(method),
    )


def _converted(formula: Words, inp: IndicatorInput) -> Bilingual:
    """The method's formula after the unit conversion of the actual (score_one writes it where there was none)."""
    return Bilingual.of(text("table.with_conversion", conversion=inp.conversion, formula=formula))


def points_outside(inp: IndicatorInput, weight: Decimal) -> Problem | None:
    """An assessor's points outside 0…weight, an error at their entry: never replaced by a band's default."""
    e = inp.entry_fields  # most rows have no points: told without a further call (asked of every row)
    if e is None or e["points"] is None:
        return None
    return entry_points_outside(inp.entry, weight)


def entry_points_outside(entry: IndicatorActual, weight: Decimal) -> Problem | None:
    """points_outside for an actuals entry, at its points (the 评价人打分 cell, the `points:` line)."""
    given = entry.__dict__["points"]  # read once (see score_one)
    if given is None or 0 <= given <= weight:
        return None
    return entry.pos_of("points").report("table.assessor_points_invalid", points=display.amount(given), weight=display.points(weight))


def cannot_score(d: Decision, e: MethodError) -> Problem:
    """A method that met a fact it cannot score (its rule's `when` let it through), said at the rule."""
    r, item = d.winner, d.input.item
    said = {lang: say("flags.cannot_score", lang, rule=r.id, id=item.id, name=item.name, why=why)
            for lang, why in (("zh", e.zh), ("en", e.en))}  # a method's reason comes in both languages already
    pos = r.rule.pos
    return Problem(pos.file, pos.line, pos.column, said["zh"], said["en"], code="flags.cannot_score")


def score_checked(d: Decision, weight: Decimal, book: RuleBook, period: str) -> ScoredIndicator:
    """score_one for a single indicator, a method's refusal raised as a located error."""
    try:
        return score_one(d, weight, book, period)
    except MethodError as e:
        raise ScoringError([cannot_score(d, e)]) from None


def score_one(d: Decision, weight: Decimal, book: RuleBook, period: str) -> ScoredIndicator:
    """The row of decision `d` with `weight`: its points, status, flags and explanation in both languages."""
    inp, rule = d.input, d.winner
    parts = _parts(rule)
    exact = inp.exact
    item, e = inp.fields, inp.entry_fields  # the models' fields, read once (see IndicatorInput.fields)
    if e is not None:
        assessor, reason, measure, evidence = e["points"], e["reason"], e["measure"], e["evidence"]
    else:
        assessor = reason = measure = evidence = None
    result = parts.compute(exact, weight, assessor)
    share = result.share
    num, den = share.as_integer_ratio()  # read once: the points' cache key, and the status below
    points, rounding, shown = points_by_text(str(weight), num, den)
    flags = [coded(code) for code in result.flags] if result.flags else []
    # each flag's own test is cheap; calling it for every row was not (most rows have none)
    source = inp.target_source
    if (written := item["half_year"] if source == "half_year" else item["annual"]) and written.bare:
        flags.append(target_read(inp, book))
    if parts.by_assessor or exact["form"] == "none":
        flags.append(assessor_scored(inp, rule.method))
    from_money = parts.from_money
    if from_money and (f := over_budget(inp, rule.method, book)):
        flags.append(f)
    if inp.implausible:
        flags += implausible(inp.implausible)
    missing = not exact["has_actual"] and not from_money and not parts.by_assessor  # the assessor's blank row is scored
    if missing:
        flags.insert(0, missing_actual())
    if assessor is not None and parts.ignores_points:
        flags.append(points_ignored(exact, assessor))
    ratio = exact["ratio"]
    if parts.over is not None and ratio is not None and ratio >= parts.over:
        flags.append(over_achievement(at=parts.over_achievement))
    money_rate = exact["money_rate"]
    money_text = ""  # the same for every row of a unit: written only where a row shows it
    if money_rate is not None and (from_money or "money_text" in parts.named):
        money_text = display.amount(money_rate, "%", 2)
    # the hand-written rate as read (the budget row's facts hold the money's rate as its actual)
    if parts.hand_tolerance is not None and from_money and (hand := _hand_rate(inp.actual_fields)) is not None:
        if abs(hand - money_rate) > parts.hand_tolerance:
            flags.append(hand_rate_differs(hand=display.amount(hand, "%"), money=money_text))
    # the target's fields as the facts hold them (op "" for None, which only a number's text reads)
    target_text = display.value_of(exact["form"], exact["op"], exact["target"], exact["unit"], exact["target_word"], True)
    if source == "annual_scaled":
        flags.append(target_fallback(target=target_text))
    lost = weight - points
    if exact["op"] == "=" and (f := equal_on_upper_bound(inp, book)):
        flags.append(f)
    if lost > 0 and not reason and not missing:
        flags.append(no_reason())
    monitor = colour(rule.monitor, inp, book) if period == "h1" else None
    if monitor in ("red", "yellow") and not (reason and measure):
        flags.append(needs_measure(monitor, reason, measure))
    # status follows the exact share, so a shortfall that rounds to full points still shows; a row scored
    # by outcome bands follows its outcome (达成 at 90 % of the weight is still 达成, as a clerk reads it)
    outcome = exact["outcome"]
    if missing:
        status = "missing"
    elif parts.by_outcome and outcome in OUTCOME_STATUS:
        status = OUTCOME_STATUS[outcome]
    else:  # the share's integers: comparing a Fraction is pure Python
        status = "met" if num == den else "missed" if num == 0 else "partial"
    a = inp.actual_fields
    actual_text = display.value_of(a["kind"], a["op"], a["number"], a["unit"], a["word"], False) if a is not None else ""
    if from_money and money_text:
        actual_text = money_text  # what was scored: the rate recomputed from the money, not a hand value
    # Bilingual.later's own call saved: written when first read, in the language read
    explanation = Bilingual(None, None, partial(_explain, parts, exact, result, weight, shown, lost, target_text, actual_text,
                                                money_text))
    formula = result.formula  # rendered when read: a catalogue Text, or text that reads the same in both
    if inp.conversion is not None:
        formula = _converted(formula, inp)
    elif type(formula) is str:
        formula = Bilingual(formula, formula)
    else:
        formula = Bilingual.of(formula)
    return ScoredIndicator(  # by position, in the order of its fields (see ScoredIndicator)
        exact["id"], exact["level1"], exact["level2"], item["name"], target_text, source, actual_text or None,
        weight, points, lost, status, parts.ref, parts.method, formula, rounding, explanation,
        item["key_work"], item["project"], outcome or None, monitor, flags, reason, measure, evidence)


def _hand_rate(actual: dict | None) -> Decimal | None:
    """The number a row's actual was written as, the rate a unit wrote by hand on a row scored from the money."""
    return actual["number"] if actual is not None and actual["kind"] == "number" else None


def _explain(parts: _RuleParts, exact: dict, result: Scored, weight: Decimal, points: str, lost: Decimal,
             target_text: str, actual_text: str, money_text: str, lang: str) -> str:
    """The rule's explanation template in `lang`, filled in: written only when an output reads it."""
    values = {"points": points, "target_text": target_text, "actual_text": actual_text or "—"}  # points as display.points
    if parts.facts_named:
        values.update({k: ("" if exact.get(k) is None else exact[k]) for k in parts.facts_named})
    for name in parts.extras:  # only what the template names is formatted
        if name == "weight":
            values[name] = display.points(weight)
        elif name == "lost":
            values[name] = display.points(lost)
        elif name == "deducted":
            values[name] = result.deducted
        elif name == "money_text":
            values[name] = money_text or "—"
        elif name == "formula":
            values[name] = in_lang(result.formula, lang)
        elif name == "band":
            values[name] = in_lang(result.band, lang)
        elif name == "fraction":
            values[name] = display.amount(percent(result.share), "%", 2)
        elif name == "ratio_text":
            values[name] = display.amount(exact["ratio"], "%", 2) if exact["ratio"] is not None else "—"
    return (parts.en if lang == "en" else parts.zh)(values)
