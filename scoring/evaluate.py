"""Scoring one unit for one period: facts → the winner of each row (decide) → its points (score_row) → Scorecard."""
from __future__ import annotations

from decimal import Decimal

from .actuals import Actuals
from .budget_row import as_printed, with_budget_row
from .decide import decide
from .engine.facts import Money, build_inputs
from .errors import Problem, ScoringError
from .rulebook.load import RuleBook
from .rulebook.methods import MethodError, round_points
from .score_row import cannot_score, points_outside, score_one
from .scorecard import BlankAmounts, Budget, InputFile, Scorecard
from .table.model import TargetTable


def evaluate(table: TargetTable, actuals: Actuals, book: RuleBook, period: str = "annual",
             engine: str | None = None, inputs: list[InputFile] | None = None, matcher=None) -> Scorecard:
    """The unit's scorecard: every row scored, the budget row last where the table has one, total and grade."""
    facts, money = build_inputs(table, actuals, book, period)
    facts, weights, row_input = with_budget_row(table, actuals, book, period, facts, money)
    problems: list[Problem] = []
    decisions = decide(facts, book, engine, matcher)
    rows = []
    for d in decisions:
        weight = weights[d.input.exact["id"]]
        wrong = points_outside(d.input, weight)
        if wrong is not None:
            problems.append(wrong)
            continue
        try:
            rows.append(score_one(d, weight, book, period))
        except MethodError as e:
            problems.append(cannot_score(d, e))
    if problems:
        raise ScoringError(problems)
    budget_row = as_printed(rows.pop(), row_input, table, period) if row_input is not None else None
    total = sum((r.points for r in rows), budget_row.points if budget_row else Decimal(0))
    max_total = sum(weights.values(), Decimal(0))
    basis = graded_on(total, max_total, book) if period == "annual" else None
    grade = book.grades.grade_for(total if basis is None else basis) if period == "annual" else None
    return Scorecard.model_construct(  # values computed and checked here: the card is not validated again
        kind=table.kind, unit=table.unit.name, project=table.project.name if table.project else None,
        year=table.year, period=period, illustrative=actuals.illustrative,
        total=total, max_total=max_total, grade=grade and grade.grade, grade_en=grade and grade.en,
        grade_basis=basis,
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
    """The amounts a card without a rate names as blank: every one (some blank beside others is an error)."""
    s = actuals.spending
    if s is None or s.complete:
        return None
    return BlankAmounts(basic=s.basic is None, projects=s.blank_projects())


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


