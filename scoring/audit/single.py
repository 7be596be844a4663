"""One indicator scored through the real code paths, as a rule test case needs it.

A tiny in-memory TargetTable and Actuals, then the same build_inputs → decide → score_one that
`scoring evaluate` runs."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..actuals import Actuals, Spending
from ..budget_row import BUDGET_ROW_ID, read_from_money
from ..engine.facts import IndicatorInput, build_inputs
from ..decide import Decision, decide
from ..score_row import score_one
from ..rulebook.load import RuleBook
from ..scorecard import ScoredIndicator
from ..table.model import Amounts, Expenditure, Funds, Group, Income, Indicator, Section, Target, TargetTable, Unit

UNIT = "规则测试单位"
YEAR = 2000


def one_indicator(name: str, target: str, *, period: str = "annual", annual: str | None = None,
                  level1: str = "履职", level2: str = "产出指标", budget: Decimal | None = None,
                  spent: Decimal | None = None, actual: str | None = None,
                  points: Decimal | None = None, reason: str | None = None,
                  ident: str = "T01") -> tuple[TargetTable, Actuals]:
    """A table with one indicator (its id is `ident`, T01 unless given) and the actuals for it.

    `target` is the period's target text; for h1 the annual one is `annual` (default: the same).
    With `budget` and `spent` (万元) the money is the basic expenditure and its spending.
    """
    half = target if period == "h1" else ""
    full = (annual if annual is not None else target) if period == "h1" else target
    item = Indicator(id=ident, name=name, half_year=Target.model_validate(half), annual=Target.model_validate(full))
    budget = Decimal(budget) if budget is not None else Decimal(100)
    table = TargetTable(
        year=YEAR, unit=Unit(name=UNIT),
        funds=Funds(income=Income(total=budget, sources=[]),
                    expenditure=Expenditure(basic=Amounts(annual=budget), projects_total=Amounts(annual=Decimal(0)),
                                            projects=[])),
        indicators=[Section(level1=level1, groups=[Group(level2=level2, items=[item])])],
    )
    entries = {}
    if actual is not None or points is not None or reason is not None:
        entries[ident] = {"actual": actual, "points": points, "reason": reason}
    spending = Spending(basic=Decimal(spent)) if spent is not None else None
    return table, Actuals(unit=UNIT, year=YEAR, period=period, indicators=entries, spending=spending)


@dataclass
class Single:
    input: IndicatorInput
    decision: Decision
    row: ScoredIndicator


def score_single(table: TargetTable, actuals: Actuals, book: RuleBook, weight: Decimal, period: str,
                 engine: str | None = "python") -> Single:
    """Score the table's only indicator at the given weight (raises ScoringError or MethodError as evaluate would)."""
    inputs, _ = build_inputs(table, actuals, book, period)
    if inputs[0].item.id == BUDGET_ROW_ID:  # the money block's row: its facts as evaluate makes them
        read_from_money(inputs[0])
    (decision,) = decide(inputs, book, engine)
    return Single(inputs[0], decision, score_one(decision, Decimal(weight), book, period))
