"""A project table's money for the budget row: 全年执行数 from the actuals against the 全年预算数 of its funds rows."""
from __future__ import annotations

from decimal import Decimal

from .actuals import Actuals
from .errors import Problem
from .rulebook.model import MoneyBounds
from .table.model import TargetTable
from .table.values import format_number as fmt


def project_spent(table: TargetTable, actuals: Actuals, problems: list[Problem]) -> tuple[Decimal, Decimal] | None:
    """(spent, budget) in 万元 of a project table, or None while the 执行数 are not reported.

    The spent amount is the total row's 执行数, or the sum of its parts where the total is left blank;
    parts that do not add up to the total, a source the table lacks, or a zero budget are errors, so the
    rate is never computed from money that does not hold together."""
    project, given = table.project, actuals.budget_row
    if project is None or given is None or not given.executed:
        return None
    sources = [r.source for r in project.funds]
    for name in given.executed:
        if name not in sources:
            problems.append(given.pos.report("table.unknown_fund_source", name=name, known=sources))
    total = given.executed.get(project.total.source)
    parts = [given.executed.get(r.source) for r in project.parts]
    if total is None:
        if not parts or any(p is None for p in parts):
            return None  # not reported yet: no rate rather than a wrong one
        total = sum(parts, Decimal(0))
    elif parts and all(p is not None for p in parts) and sum(parts, Decimal(0)) != total:
        problems.append(given.pos.report("table.spent_parts_differ", parts=fmt(sum(parts, Decimal(0))),
                                          total=fmt(total), source=project.total.source))
        return None
    budget = project.total.annual
    if budget <= 0:
        problems.append(project.total.pos.report("table.zero_budget", source=project.total.source))
        return None
    return total, budget


def implausible_spending(spent: Decimal, budget: Decimal, actuals: Actuals, bounds: MoneyBounds) -> list[Problem]:
    """An error where the money spent is `error_times` the budget or more (rules/plausibility.yaml money):
    amounts in 元 under the 万元 heading, which would otherwise score a rate of thousands of percent."""
    if bounds.error_times is None or budget <= 0 or spent < budget * bounds.error_times:
        return []
    where = actuals.budget_row if actuals.spending is None else actuals.spending
    return [where.pos.report("money.looks_like_yuan", spent=fmt(spent), budget=fmt(budget),
                             times=fmt(bounds.error_times))]
