"""Scoring one unit for one period: facts → matched rules → one winner each → points → Scorecard."""
from __future__ import annotations

import operator
import string
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from . import display
from .actuals import Actuals
from .budget_row import with_budget_row
from .engine.backends import make_matcher
from .engine.facts import IndicatorInput, Money, build_inputs
from .catalogue import say, text
from .flags import assessor_scored, over_budget, target_read
from .errors import Problem, ScoringError
from .rulebook.load import RuleBook
from .rulebook.methods import OUTCOMES, Assessor, MethodError, OutcomeBands, compute, method_name, percent, points_for, round_points
from .plausibility import flags as implausible
from .rulebook.model import CompiledRule
from .scorecard import Bilingual, BlankAmounts, Budget, Flag, InputFile, RuleRef, Scorecard, ScoredIndicator
from .table.model import TargetTable
from .table.units import conversion

# each flag code's message in the catalogue (catalogue/flags.py); the code is what tests and reports key on
FLAG_TEXT = {
    "missing_actual": "flags.missing_actual", "no_reason": "flags.no_reason", "over_achievement": "flags.over_achievement",
    "points_out_of_band": "flags.points_out_of_band", "points_ignored": "flags.points_ignored",
    "hand_rate_differs": "flags.hand_rate_differs", "target_fallback": "flags.target_fallback",
    "needs_measure": "flags.needs_measure",
}
OUTCOME_STATUS = dict(zip(OUTCOMES, ("met", "partial", "missed")))  # a qualitative row's status, by its outcome
COLOR = {"red": "flags.color.red", "yellow": "flags.color.yellow", "green": "flags.color.green", "blue": "flags.color.blue"}


def _needs_measure(color: str, reason: str | None, measure: str | None) -> Flag:
    """A red or yellow row must say why (reason) and what will be done (measure): name what is missing."""
    if not reason and not measure:
        missing = "flags.missing_both"
    elif not reason:
        missing = "flags.missing_reason"
    else:
        missing = "flags.missing_measure"
    return _flag("needs_measure", color=text(COLOR[color]), missing=text(missing))


def _flag(code: str, **kw) -> Flag:
    return _flag_of(code, tuple(kw.items()))


@lru_cache(maxsize=4096)
def _flag_of(code: str, kw: tuple) -> Flag:
    # flags are frozen and few distinct ones recur on every row: built once, shared
    said = text(FLAG_TEXT[code], **dict(kw))
    return Flag(code=code, message=Bilingual(zh=said.zh, en=said.en))


# values are frozen and recur across rows and units (≥95%, 健全 …): each is written once
_shown = lru_cache(maxsize=65536)(display.value)


@lru_cache(maxsize=1024)
def _named(template: str) -> frozenset[str]:
    """The fields an explanation template names."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@lru_cache(maxsize=1024)
def _rule_ref(rule: CompiledRule) -> RuleRef:
    return RuleRef(id=rule.id, title=rule.rule.title, file=rule.file, line=rule.line)


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


def evaluate(table: TargetTable, actuals: Actuals, book: RuleBook, period: str = "annual",
             engine: str | None = None, inputs: list[InputFile] | None = None, matcher=None) -> Scorecard:
    facts, money = build_inputs(table, actuals, book, period)
    facts, weights, row_input = with_budget_row(table, actuals, book, period, facts, money)
    problems: list[Problem] = []
    decisions = decide(facts, book, engine, matcher)
    rows = []
    for d in decisions:
        wrong = _points_outside(d.input, weights[d.input.item.id])
        if wrong is not None:
            problems.append(wrong)
            continue
        try:
            rows.append(score_one(d, weights[d.input.item.id], book, period))
        except MethodError as e:
            problems.append(_cannot_score(d, e))
    if problems:
        raise ScoringError(problems)
    budget_row = rows.pop() if row_input is not None else None
    total = sum((r.points for r in rows), budget_row.points if budget_row else Decimal(0))
    max_total = sum(weights.values(), Decimal(0))
    basis = graded_on(total, max_total, book)
    grade = book.grades.grade_for(total if basis is None else basis)
    return Scorecard(
        kind=table.kind, unit=table.unit.name, project=table.project.name if table.project else None,
        year=table.year, period=period, illustrative=actuals.illustrative,
        total=total, max_total=max_total, grade=grade.grade, grade_en=grade.en, grade_basis=basis,
        full_mark=book.weights.total,
        indicators=rows, budget_row=budget_row, budget=_budget(money, book, period), inputs=inputs or [],
        budget_blank=_blank(actuals) if money is None and table.funds is not None else None,
    )


def graded_on(total: Decimal, max_total: Decimal, book: RuleBook) -> Decimal | None:
    """The score a grade is read from when the rows' points do not add up to the full mark (weights.yaml
    total, 100): total ÷ max_total × 100, to 2 decimals, so 75.65 of 78 grades as 96.99. None otherwise."""
    full = book.weights.total
    if max_total == full or max_total <= 0:
        return None
    return round_points(total / max_total * full)


def _blank(actuals: Actuals) -> BlankAmounts | None:
    s = actuals.spending
    if s is None or s.complete:
        return None
    return BlankAmounts(basic=s.basic is None, projects=s.blank_projects())


def _formula(formula: tuple[str, str], inp: IndicatorInput) -> Bilingual:
    """The method's formula, after the unit conversion of the actual where there was one."""
    converted = conversion(inp.entry.actual if inp.entry else None, inp.target) if inp.actual is not None else None
    if converted is None:
        return Bilingual(zh=formula[0], en=formula[1])
    zh, en = (text("table.with_conversion", conversion=converted, formula=f).render(lang) for f, lang in zip(formula, ("zh", "en")))
    return Bilingual(zh=zh, en=en)


def _points_outside(inp: IndicatorInput, weight: Decimal) -> Problem | None:
    """An assessor's points outside 0…weight, an error at their entry: never replaced by a band's default."""
    given = inp.entry.points if inp.entry else None
    if given is None or 0 <= given <= weight:
        return None
    return inp.entry.pos.report("table.assessor_points_invalid", points=display.amount(given), weight=display.points(weight))


def _cannot_score(d: Decision, e: MethodError) -> Problem:
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
        raise ScoringError([_cannot_score(d, e)]) from None


def _budget(money: Money | None, book: RuleBook, period: str) -> Budget | None:
    if money is None:
        return None
    rate = round_points(money.rate)
    if period != "h1":
        return Budget(spent=money.spent, budget=money.budget, rate=rate)
    m = book.monitoring
    progress = m.budget_progress(money.rate)
    return Budget(spent=money.spent, budget=money.budget, rate=rate, time_progress=m.time_progress,
                  progress=round_points(progress), status=m.status(m.budget, progress))


def score_one(d: Decision, weight: Decimal, book: RuleBook, period: str) -> ScoredIndicator:
    inp, rule = d.input, d.winner
    entry = inp.entry
    exact = inp.exact
    assessor = entry.points if entry else None
    result = compute(rule.method, exact, weight, assessor)
    points, rounding = points_for(weight, result.share)
    flags = [_flag(code) for code in result.flags]
    flags += [f for f in (target_read(inp, book), assessor_scored(inp, rule.method), over_budget(inp, rule.method, book))
              if f is not None]
    flags += implausible(inp.item.name, inp.actual, inp.target, book.plausibility)
    from_money = getattr(rule.method, "of", "") == "money_rate"  # budget execution: the money is the actual
    by_assessor = isinstance(rule.method, Assessor)  # a blank row the assessor scored is not missing
    missing = not exact["has_actual"] and not from_money and not by_assessor
    if missing:
        flags.insert(0, _flag("missing_actual"))
    if assessor is not None and not isinstance(rule.method, (OutcomeBands, Assessor)):
        flags.append(_flag("points_ignored"))
    if rule.rule.over_achievement is not None and exact["ratio"] is not None and exact["ratio"] >= rule.rule.over_achievement:
        flags.append(_flag("over_achievement", at=display.amount(rule.rule.over_achievement)))
    explain = rule.rule.explain
    named = _named(explain.zh) | _named(explain.en or explain.zh)
    money_text = ""  # the same for every row of a unit: written only where a row shows it
    if exact["money_rate"] is not None and (from_money or "money_text" in named):
        money_text = display.amount(exact["money_rate"], "%", 2)
    if rule.rule.hand_tolerance is not None and from_money and exact["actual"] is not None:
        if abs(exact["actual"] - exact["money_rate"]) > rule.rule.hand_tolerance:
            flags.append(_flag("hand_rate_differs", hand=display.amount(exact["actual"], "%"), money=money_text))
    target_text = _shown(inp.target)
    if inp.target_source == "annual_scaled":
        flags.append(_flag("target_fallback", target=target_text))
    lost = weight - points
    reason = entry.reason if entry else None
    if lost > 0 and not reason and not missing:
        flags.append(_flag("no_reason"))
    monitor = _monitor(rule.monitor, inp, book) if period == "h1" else None
    measure = entry.measure if entry else None
    if monitor in ("red", "yellow") and not (reason and measure):
        flags.append(_needs_measure(monitor, reason, measure))
    # status follows the exact share, so a shortfall that rounds to full points still shows; a row scored
    # by outcome bands follows its outcome (达成 at 90 % of the weight is still 达成, as a clerk reads it)
    if missing:
        status = "missing"
    elif isinstance(rule.method, OutcomeBands) and exact["outcome"] in OUTCOME_STATUS:
        status = OUTCOME_STATUS[exact["outcome"]]
    elif result.share == 1:
        status = "met"
    elif result.share == 0:
        status = "missed"
    else:
        status = "partial"
    actual_text = _shown(inp.actual, False) if inp.actual is not None else ""
    if from_money and money_text:
        actual_text = money_text  # what was scored: the rate recomputed from the money, not a hand value
    # only what the rule's templates name is formatted (most name three or four values)
    values = {k: ("" if v is None else v) for k, v in exact.items() if k in named}
    values.update(
        weight=display.points(weight), points=display.points(points), lost=display.points(lost),
        deducted=result.deducted, target_text=target_text, actual_text=actual_text or "—", money_text=money_text or "—",
    )
    if "fraction" in named:
        values["fraction"] = display.amount(percent(result.share), "%", 2)
    if "ratio_text" in named:
        values["ratio_text"] = display.amount(exact["ratio"], "%", 2) if exact["ratio"] is not None else "—"
    zh = explain.zh.format_map(dict(values, formula=result.formula[0], band=result.band[0]))
    en = (explain.en or explain.zh).format_map(dict(values, formula=result.formula[1], band=result.band[1]))
    return ScoredIndicator(
        id=inp.item.id, level1=inp.section.level1, level2=inp.group.level2, name=inp.item.name,
        key_work=inp.item.key_work, project=inp.item.project,
        target=target_text, target_source=inp.target_source,
        actual=actual_text or None, outcome=exact["outcome"] or None,
        weight=weight, points=points, lost=lost, status=status, monitor=monitor,
        rule=_rule_ref(rule),
        method=method_name(rule.method), formula=_formula(result.formula, inp), rounding=rounding,
        explanation={"zh": zh, "en": en}, flags=flags, reason=reason,  # validated inside the row's one call
        measure=measure, evidence=entry.evidence if entry else None,
    )


# "bound" monitoring: green while the target's own comparison holds (≤100%, <0%, ≥0% …); "=" targets
# here are zero targets, scored as "at most 0", so they are watched the same way
_WITHIN = {"<": operator.lt, "≤": operator.le, "=": operator.le, "≥": operator.ge, ">": operator.gt}


def _monitor(kind: str, inp: IndicatorInput, book: RuleBook) -> str | None:
    m, exact = book.monitoring, inp.exact
    if kind == "budget":
        rate = exact["money_rate"]
        return None if rate is None else m.status(m.budget, m.budget_progress(rate))
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
