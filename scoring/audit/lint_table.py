"""The facts of one target table for the rule lint.

Each period with no actuals, and with actuals below, at and above each target (and each outcome), with and
without the money."""
from __future__ import annotations

from decimal import Decimal

from ..actuals import Actuals, BudgetRowActual
from ..budget_row import budget_row_input
from ..engine.facts import build_inputs, money_of
from ..rulebook.load import RuleBook
from ..rulebook.methods import OUTCOMES
from ..table.model import TargetTable
from ..table.values import format_number

def table_inputs(table: TargetTable, book: RuleBook) -> list:
    """IndicatorInputs of the table for each period, with no actuals and with actuals below, at and above."""
    out = []
    for period in ("annual", "h1"):
        base = build_inputs(table, _make_actuals(table, period, {}, None), book, period)[0]
        out += base
        for variant in range(3):
            entries = {}
            for inp in base:
                text = _actual_text(inp.target, variant)
                if text is not None:
                    entries[inp.item.id] = {"actual": text}
            for money in [None] + _full_spending(table):
                out += build_inputs(table, _make_actuals(table, period, entries, money), book, period)[0]
        out += _budget_row_inputs(table, book, period)
    return out


def _budget_row_inputs(table: TargetTable, book: RuleBook, period: str) -> list:
    """The budget row's facts, without and with its money fully spent."""
    if table.budget_row is None:
        return []
    out = []
    full = {table.project.total.source: table.project.total.annual} if table.project else {}
    for executed in ({}, full):
        actuals = _make_actuals(table, period, {}, _full_spending(table)[0] if executed and table.funds else None)
        if executed:
            actuals = actuals.model_copy(update={"budget_row": BudgetRowActual(executed=executed)})
        problems: list = []
        money = money_of(table, actuals, problems)
        row = budget_row_input(table, actuals, money, book, period, problems)
        out += [row] if row is not None and not problems else []
    return out


def _full_spending(table: TargetTable) -> list[dict]:
    exp = table.funds.expenditure if table.funds is not None else None  # project tables: no spending
    return [] if exp is None else [{"basic": exp.basic.annual, "projects": {p.name: p.annual for p in exp.projects}}]


def _make_actuals(table: TargetTable, period: str, entries: dict, spending) -> Actuals:
    return Actuals(unit=table.unit.name, year=table.year, period=period, indicators=entries, spending=spending)


def _actual_text(target, variant: int) -> str | None:
    if target.kind == "word":
        return OUTCOMES[variant]
    if target.kind == "number":
        n = target.number
        value = (n / 2, n, n * 2 if n else Decimal(1))[variant]
        return f"{format_number(value)}{target.unit}"
    return None


