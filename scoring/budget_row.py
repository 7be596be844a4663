"""The budget row as a fact: scored by the rules like an indicator, kept out of the indicator tree."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from . import display
from .actuals import Actuals, IndicatorActual
from .engine.facts import IndicatorInput, Money, make_input
from .errors import Problem, ScoringError
from .catalogue import text
from .rulebook.load import RuleBook
from .scorecard import Bilingual, ScoredIndicator
from .table.model import Group, Indicator, Section, Target, TargetTable
from .table.values import TargetSyntaxError, format_number, parse_stated_rate
from .weighting import apportion, budget_row_weight

BUDGET_ROW_ID = "budget_row"  # the id rules name it by (`id: budget_row`), whatever the form calls the row


def budget_row_input(table: TargetTable, actuals: Actuals, money: Money | None, book: RuleBook, period: str,
                     problems: list[Problem]) -> IndicatorInput | None:
    """The budget row's fact: target 100 % (the time progress at mid-year), and as its actual, ratio and
    money_rate the rate recomputed from the money (what the rule scores). The hand-written rate stays the
    row's actual as read (IndicatorInput.actual), only compared with it (hand_rate_differs), never a fact
    a rule could score."""
    row = table.budget_row
    if row is None:
        return None
    goal = Decimal(100) if period == "annual" else book.monitoring.time_progress
    item = Indicator(id=BUDGET_ROW_ID, name=row.name, annual=Target.model_validate(f"={format_number(goal)}%"))
    item._pos = row.pos
    given = actuals.budget_row
    entry = None
    actual = None
    if given is not None:
        entry = IndicatorActual(actual=given.stated_rate, evidence=given.evidence, reason=given.reason, measure=given.measure)
        entry._pos = given.pos
        actual = _stated(given.stated_rate, given.pos_of("stated_rate"), problems)
    section, group = Section(level1="", groups=[]), Group(level2="")
    return read_from_money(make_input(section, group, item, item.annual.value,
                                      period if period == "annual" else "half_year", entry, actual, money, book, period))


def read_from_money(inp: IndicatorInput) -> IndicatorInput:
    """The budget row's facts with the money's rate as its actual and ratio, and has_actual whether the money
    spent is given: so what explain shows and what rules match agree, and no rule scores the hand-written rate
    (kept in inp.actual for hand_rate_differs). Also for a rule test case's `id: budget_row` (audit/single.py)."""
    exact = inp.exact
    rate, target = exact["money_rate"], exact["target"]
    exact["actual"], exact["has_actual"] = rate, rate is not None
    exact["ratio"] = rate / target * 100 if rate is not None and target else None
    return inp


def _stated(text: str | None, pos, problems: list[Problem]):
    """The hand-written rate as a value in %, or None (the problem said at `pos`, as values.parse_stated_rate says it)."""
    if text is None:
        return None
    try:
        return parse_stated_rate(text)
    except TargetSyntaxError as e:
        problems.append(pos.report_text(e.said))
        return None


def with_budget_row(table: TargetTable, actuals: Actuals, book: RuleBook, period: str, facts: list[IndicatorInput],
                    money: Money | None) -> tuple[list[IndicatorInput], dict, IndicatorInput | None]:
    """The facts and weights to score, the budget row's last where the table has one (and that row)."""
    weights = apportion(table, book.weights)
    problems: list[Problem] = []
    row = budget_row_input(table, actuals, money, book, period, problems)
    if problems:
        raise ScoringError(problems)
    if row is None:
        return facts, weights, None
    return facts + [row], {**weights, BUDGET_ROW_ID: budget_row_weight(table, book.weights)}, row


def as_printed(row: ScoredIndicator, fact: IndicatorInput, table: TargetTable, period: str) -> ScoredIndicator:
    """The scored budget row beside the target its table prints (`budget_row.target`, ≥90%): that target shown,
    and a rate that meets it 达成 (met), though the points stay points × rate (DOMAIN §2) and a point lost
    still asks for its reason (§6.7, the no_reason flag is kept). The annual row only: at mid-year the row is
    read against the time progress. Without a printed target the row as scored; without the money spent, the
    printed target shown beside the row as scored (0 points, rules/budget_execution.yaml's budget-row-no-money)."""
    printed = table.budget_row.target if table.budget_row is not None else None
    if printed is None or period != "annual":
        return row
    rate = fact.exact["money_rate"]
    met = _meets(rate, printed.value) if rate is not None else None
    if met is None:  # no money spent given, or not a rate (健全, ≤…): shown, the status as scored
        return replace(row, target=display.value(printed.value))
    code = "budget_row.printed_met" if met else "budget_row.printed_missed"
    base, shown = row.explanation, display.value(printed.value)
    explanation = Bilingual.later(lambda lang: text(code, explanation=base.get(lang), target=shown).render(lang))
    return replace(row, target=shown, status="met" if met else row.status, explanation=explanation)


def _meets(rate: Decimal, target) -> bool | None:
    """Whether the rate (in %) reaches a printed lower bound (≥95%, >90%, =100% read as ≥, DOMAIN §2); None
    for a target that is no lower bound on a rate."""
    if target.kind != "number" or target.unit != "%" or target.op not in ("≥", ">", "="):
        return None
    return rate > target.number if target.op == ">" else rate >= target.number
