"""Scoring the form again with `evaluate`: the same engine and methods, the form's own 分值 and money.

Each row becomes a one-indicator target table carrying the row's own 分值 (`weight`, used as
written), with the row's actual (and, for a qualitative row, its claimed points as the assessor's)
and the form's money; the money block (with its own 分值: a project form's) becomes the budget row (id budget_row),
which the budget-row rule scores from 全年执行数 ÷ 全年预算数 as `evaluate` scores a project table's; a 预算执行率
row among the indicators is scored by the budget-execution rule, as on a department table. Rows are scored
one at a time with one shared matcher, so a row that cannot be scored is reported on its own and
never stops the others.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pydantic import ValidationError

from ..actuals import Actuals, IndicatorActual, Spending
from ..budget_row import BUDGET_ROW_ID
from ..catalogue import join
from ..engine.backends import make_matcher
from ..errors import ScoringError
from ..evaluate import evaluate
from ..rulebook.load import RuleBook
from ..scorecard import Bilingual, ScoredIndicator
from ..table.model import TargetTable
from ..table.values import TargetSyntaxError, TargetValue, format_value, parse_value
from .form import Budget, ClaimedForm, ClaimedRow
from .labels import fold, form_labels

ROW_ID = "R1"


@dataclass(frozen=True)
class Money:
    """The amounts the execution rate is computed from, and whether they came from the parts."""

    annual: Decimal
    spent: Decimal
    from_parts: bool = False

    @property
    def rate(self) -> Decimal:
        return self.spent / self.annual * 100


@dataclass(frozen=True)
class Rescored:
    """One row scored again: the engine's row, or why it could not be scored."""

    scored: ScoredIndicator | None = None
    target: TargetValue | None = None
    actual: TargetValue | None = None  # the actual as scored (an operator typed into it removed)
    actual_had_operator: bool = False
    from_money: bool = False  # scored from the form's money (a 预算执行率 row), not from its written actual
    refused: str | None = None  # a finding code: why the row was not scored
    reason: Bilingual | None = None  # the engine's or the grammar's own words, for that finding


def budget_money(budget: Budget) -> Money | None:
    """Annual budget and spending of the money block; from the parts when the total line is empty."""
    if budget.annual and budget.annual > 0:
        return Money(budget.annual, budget.spent or Decimal(0))
    annual = sum((p.annual or Decimal(0) for p in budget.parts), Decimal(0))
    spent = sum((p.spent or Decimal(0) for p in budget.parts), Decimal(0))
    return Money(annual, spent, from_parts=True) if annual > 0 else None


class Recomputer:
    """Scores rows of one form with one matcher; use as a context manager so the matcher is closed."""

    def __init__(self, book: RuleBook, engine: str | None = None):
        self.book, self.engine = book, engine
        self.matcher = make_matcher(book.rules, engine)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.matcher.close()

    def row(self, form: ClaimedForm, row: ClaimedRow, money: Money | None = None) -> Rescored:
        """A row of the form; with the form's money, so a row the rules score from the money (预算执行率) is."""
        try:
            target = parse_value(row.target)
        except TargetSyntaxError as e:
            return Rescored(refused="unreadable_target", reason=Bilingual(zh=e.zh, en=e.en))
        if row.weight is None:
            return Rescored(target=target, refused="no_weight")
        actual, had_op = None, False
        written = "" if fold(row.actual) in {fold(w) for w in form_labels().not_reported} else row.actual
        try:
            actual = parse_value(written) if written else None
        except TargetSyntaxError as e:
            return Rescored(target=target, refused="unreadable_actual", reason=Bilingual(zh=e.zh, en=e.en))
        if actual is not None and actual.kind == "none":
            actual = None
        if actual is not None and target.kind == "number" and actual.kind == "number":
            if target.number == 1 and not target.unit and actual.unit == "%":
                return Rescored(target=target, actual=actual, refused="target_one_percent")
            if actual.op != "=":  # ≥266米 in the actual cell: the figure is 266米, said as a finding
                actual, had_op = actual.model_copy(update={"op": "="}), True
        # the claimed points are the assessor's where the rules take an assessor's points: a qualitative row,
        # and a numeric row whose actual is left blank (not one that says 未填报: that is no actual)
        blank = not row.actual.strip()
        points = _cents(row.points) if target.kind != "number" or (actual is None and blank) else None
        if points is not None and points > row.weight:  # above its 分值: the row earns at most that, the rest
            points = row.weight  # is the above_weight finding (as on a numeric row), not a row left unscored
        entry = IndicatorActual(actual=_as_written(actual) if actual is not None else None, points=points,
                                reason=row.reason or None)
        spending, budget = (Spending(basic=money.spent), money.annual) if money else (None, Decimal(0))
        scored, reason, refused = self._score(form, row.level1, row.level2, row.name, row.target, row.weight, entry,
                                              spending, budget=budget)
        if scored is None:
            return Rescored(target=target, actual=actual, refused=refused or "cannot_score", reason=reason)
        from_money = getattr(self.book.by_id(scored.rule.id).method, "of", "") == "money_rate"
        return Rescored(scored=scored, target=target, actual=actual, actual_had_operator=had_op, from_money=from_money)

    def budget(self, form: ClaimedForm, money: Money, weight: Decimal) -> Rescored:
        labels = form_labels()
        target = parse_value("=100%")
        spending = Spending(basic=money.spent)
        # by the budget row's id, so its own rule scores it here as in evaluate (by name, budget-execution did:
        # an edit of the budget-row rule moved evaluate's row and audit then found the form evaluate wrote wrong)
        scored, reason, _ = self._score(form, labels.budget_row, labels.budget_row, labels.budget_row, "=100%", weight,
                                     None, spending, budget=money.annual, ident=BUDGET_ROW_ID)
        if scored is None:
            return Rescored(target=target, refused="cannot_score", reason=reason)
        return Rescored(scored=scored, target=target)

    def _score(self, form, level1, level2, name, target, weight, entry, spending, budget=Decimal(0), ident=ROW_ID):
        try:
            table = TargetTable.model_validate({
                "year": form.year or 0, "unit": {"name": form.name or form.source},
                "funds": {"income": {"total": budget, "sources": []},
                          "expenditure": {"basic": {"annual": budget}, "projects_total": {"annual": 0},
                                          "projects": []}},
                "indicators": [{"level1": level1, "groups": [{"level2": level2, "items": [
                    {"id": ident, "name": name, "annual": target, "weight": weight}]}]}],
            })
            actuals = Actuals(unit=table.unit.name, year=table.year, period="annual",
                              indicators={ident: entry.model_dump(exclude_none=True)} if entry else {},
                              spending=spending)
        except ValidationError as e:  # a value the models refuse (a text over the input limits …): said, not raised
            return None, _refusal(e), None
        try:
            card = evaluate(table, actuals, self.book, "annual", matcher=self.matcher)
        except ScoringError as e:
            # an actual read in a smaller unit (rules/plausibility.yaml unit_slip: error) is its own finding
            slip = "unit_slip" if all(p.code == "plausibility.unit_slip" for p in e.problems) else None
            return None, Bilingual(zh=join([p.zh for p in e.problems], "zh"), en=join([p.en for p in e.problems], "en")), slip
        return card.indicators[0], None, None


def _refusal(e: ValidationError) -> Bilingual:
    """The models' own reasons, in both languages where they give them (our validators do)."""
    zh, en = [], []
    for err in e.errors():
        ctx = err.get("ctx") or {}
        zh.append(ctx.get("zh", err["msg"]))
        en.append(ctx.get("en", err["msg"]))
    return Bilingual(zh=join(zh, "zh"), en=join(en, "en"))


def _as_written(value) -> str:
    """The actual's text for the engine, which quotes it in its messages: 0.96, never the canonical =0.96."""
    text = format_value(value)
    return text[1:] if value.kind == "number" and value.op == "=" else text


def _cents(points: Decimal | None) -> Decimal | None:
    """Claimed points written with at most 2 decimals (18, 18.0) as 18.00, so the formula prints them as every
    other figure; more decimals are kept as written (the assessor's value is never rounded)."""
    if points is None or points.as_tuple().exponent < -2:
        return points
    return points.quantize(Decimal("0.01"))
