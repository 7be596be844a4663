"""The budget row as a fact: scored by the rules like an indicator, kept out of the indicator tree."""
from __future__ import annotations

from decimal import Decimal

from .actuals import Actuals, IndicatorActual
from .engine.facts import IndicatorInput, Money, make_input
from .errors import Problem, ScoringError
from .rulebook.load import RuleBook
from .table.model import Group, Indicator, Section, Target, TargetTable
from .table.values import TargetSyntaxError, format_number, parse_value
from .weighting import apportion, budget_row_weight

BUDGET_ROW_ID = "budget_row"  # the id rules name it by (`id: budget_row`), whatever the form calls the row


def budget_row_input(table: TargetTable, actuals: Actuals, money: Money | None, book: RuleBook, period: str,
                     problems: list[Problem]) -> IndicatorInput | None:
    """The budget row's fact: target 100 % (the time progress at mid-year), the hand-written rate as its
    actual (only compared), and the rate recomputed from the money (what the rule scores)."""
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
        actual = _stated(given.stated_rate, given.pos, problems)
    section, group = Section(level1="", groups=[]), Group(level2="")
    return make_input(section, group, item, item.annual.value, period if period == "annual" else "half_year",
                 entry, actual, money, book, period)


def _stated(text: str | None, pos, problems: list[Problem]):
    if text is None:
        return None
    try:
        value = parse_value(text)
    except TargetSyntaxError as e:
        problems.append(pos.report_text(e.said))
        return None
    if value.kind == "none":
        return None
    if value.kind != "number" or value.op != "=" or value.unit not in ("%", ""):
        problems.append(pos.report("table.stated_rate_not_percent", text=text))
        return None
    return value.model_copy(update={"unit": "%"})


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
