"""The money spent as the actuals give it, checked against the table's funds, for the execution rate.

(spent, budget) in 万元, or the located problems that keep the rate from being computed."""
from __future__ import annotations

from decimal import Decimal

from .actuals import Actuals, Amounts
from .catalogue import text
from .errors import Problem
from .rulebook.model import MoneyBounds
from .table.model import TargetTable
from .table.names import nearest
from .table.values import format_number as fmt, normalise_text


def negative_amounts(given: Amounts) -> list[Problem]:
    """Each amount below 0, at its line: a minus sign would lower the execution rate silently."""
    return [p for amount, pos in given.amounts() for p in _negative(amount, pos)]


def _negative(amount: Decimal | None, pos) -> list[Problem]:
    return [pos.report("money.negative", amount=fmt(amount))] if _below_zero(amount) else []


def _below_zero(amount: Decimal | None) -> bool:
    return amount is not None and amount < 0


def department_spent(table: TargetTable, actuals: Actuals, problems: list[Problem]) -> tuple[Decimal, Decimal] | None:
    """(spent, budget) in 万元 of a department table (its `spending`), or None while nothing is reported.

    Some amounts given and another blank is an error at the first blank, naming each: 0, or not yet? Not guessed.

    Projects are matched by name as indicators are, full- and half-width brackets and spaces alike; a name the
    table lacks is said at its own line with the nearest project's, and a project left out only if no such name
    may mean it (the same mistake, said once)."""
    spending = actuals.spending
    if spending is None:
        return None
    wrong = len(problems)
    # each amount's problems in its row's order; a place is looked up only for a problem (most amounts have none)
    if _below_zero(spending.basic):
        problems += _negative(spending.basic, spending.amount_pos("basic"))
    exp = table.funds.expenditure
    names = [p.name for p in exp.projects]
    known = {normalise_text(n): n for n in names}
    given: dict[str, tuple[str, Decimal | None]] = {}  # by the table's name: (the key written, its amount)
    meant: set[str] = set()  # the projects an unknown name is nearest to
    for key, amount in spending.projects.items():
        name = known.get(normalise_text(key))
        if name is None:
            near = nearest(key, names)
            meant.update(near)
            at = spending.name_pos("projects", key)
            problems.append(at.report("money.no_such_project_near", name=key, near=near[0]) if near
                            else at.report("money.no_such_project", name=key))
        elif name in given:
            first = spending.name_pos("projects", given[name][0])
            problems.append(spending.name_pos("projects", key).report("money.project_twice", name=name,
                                                                      key=given[name][0], line=first.line))
        else:
            given[name] = (key, amount)
        if _below_zero(amount):
            problems += _negative(amount, spending.amount_pos("projects", key))
    missing = [n for n in names if n not in given]
    if missing and (unexplained := [n for n in missing if n not in meant]):
        problems.append(spending.pos.report("money.projects_missing", names=unexplained))
    if missing or len(problems) > wrong:
        return None  # not all right: no rate rather than a wrong one
    blank = [(name, key) for name, (key, v) in given.items() if v is None]
    if spending.basic is None and len(blank) == len(given):
        return None  # nothing reported yet: no rate, the card says which amounts are blank
    if spending.basic is None or blank:  # some given, some blank: not yet, or 0? never guessed, nor the typed rate scored
        at = spending.amount_pos("basic") if spending.basic is None else spending.amount_pos("projects", blank[0][1])
        names = ([text("render.basic")] if spending.basic is None else []) + [name for name, _ in blank]
        problems.append(at.report("money.spending_blank", blank=names))
        return None
    spent = spending.basic + sum((v for _, v in given.values()), Decimal(0))
    budget = exp.basic.annual + sum((p.annual for p in exp.projects), Decimal(0))
    if budget <= 0:  # said, as a project's zero budget is: a rate silently missing would score the row 0
        problems.append(exp.pos.report("facts.zero_budget", budget=fmt(budget)))
        return None
    return spent, budget


def project_spent(table: TargetTable, actuals: Actuals, problems: list[Problem]) -> tuple[Decimal, Decimal] | None:
    """(spent, budget) in 万元 of a project table, or None while the 执行数 are not reported.

    The spent amount is the total row's 执行数, or the sum of its parts where the total is left blank;
    parts that do not add up to the total, a source the table lacks, a negative amount or a zero budget are
    errors, so the rate is never computed from money that does not hold together."""
    project, given = table.project, actuals.budget_row
    if project is None or given is None or not given.executed:
        return None
    negative = negative_amounts(given)
    problems += negative
    sources = [r.source for r in project.funds]
    for name in given.executed:
        if name not in sources:
            problems.append(given.name_pos("executed", name).report("table.unknown_fund_source", name=name, known=sources))
    if negative:
        return None  # said with the sources the table lacks: no rate from money below 0
    total = given.executed.get(project.total.source)
    parts = [given.executed.get(r.source) for r in project.parts]
    if total is None:
        if not parts or all(p is None for p in parts):
            return None  # not reported yet: no rate rather than a wrong one
        if None in parts:  # some sources given, one blank: not reported, or 0? never guessed, nor scored as missing
            blank = [r.source for r, p in zip(project.parts, parts) if p is None]
            problems.append(given.pos.report("table.spent_parts_blank", blank=blank, source=project.total.source))
            return None
        total = sum(parts, Decimal(0))
    elif parts and all(p is not None for p in parts) and sum(parts, Decimal(0)) != total:
        problems.append(given.pos.report("table.spent_parts_differ", parts=fmt(sum(parts, Decimal(0))),
                                          total=fmt(total), source=project.total.source))
        problems += _yuan_warning(given, [project.total.source] + [r.source for r in project.parts], [total] + parts)
        return None
    budget = project.total.annual
    if budget <= 0:
        problems.append(project.total.pos.report("table.zero_budget", source=project.total.source))
        return None
    return total, budget


YUAN_PER_WAN = Decimal(10000)
# half of 0.01 万元 (50 元): an amount in 元, divided by 10,000, still adds up with the others written to 2 places
_HALF_A_HUNDREDTH = Decimal("0.005")


def yuan_slip(total: Decimal, parts: list[Decimal]) -> int | None:
    """Which one amount, divided by 10,000, makes the parts add up to the total (0 the total, i the i-th part),
    where the others are in 万元 and that one was written in 元 — so it is larger than the total it belongs to
    (a part) or than the parts together (the total); None where none does, or more than one would (no guess
    between them). The amounts are not changed: this only names the likely slip."""
    given = sum(parts, Decimal(0))
    candidates = [0] if total > given and abs(total / YUAN_PER_WAN - given) <= _HALF_A_HUNDREDTH else []
    candidates += [i + 1 for i, part in enumerate(parts)
                   if part > total and abs(given - part + part / YUAN_PER_WAN - total) <= _HALF_A_HUNDREDTH]
    return candidates[0] if len(candidates) == 1 else None


def _yuan_warning(given: Amounts, sources: list[str], amounts: list[Decimal]) -> list[Problem]:
    """A warning at the one source of money spent that looks written in 元 (yuan_slip), naming it and the factor."""
    slip = yuan_slip(amounts[0], amounts[1:])
    if slip is None:
        return []
    return [given.amount_pos("executed", sources[slip]).report(
        "money.source_in_yuan", severity="warning", source=sources[slip], amount=fmt(amounts[slip]),
        factor=fmt(YUAN_PER_WAN), wan=fmt(amounts[slip] / YUAN_PER_WAN), total=sources[0])]


def implausible_spending(spent: Decimal, budget: Decimal, actuals: Actuals, bounds: MoneyBounds) -> list[Problem]:
    """An error where the money spent is `error_times` the budget or more (rules/plausibility.yaml money):
    amounts in 元 under the 万元 heading, which would otherwise score a rate of thousands of percent."""
    if bounds.error_times is None or budget <= 0 or spent < budget * bounds.error_times:
        return []
    given = actuals.budget_row if actuals.spending is None else actuals.spending
    _, where = max(given.amounts(), key=lambda a: a[0])  # the amount most likely in 元; the first of equal ones
    return [where.report("money.looks_like_yuan", spent=fmt(spent), budget=fmt(budget), times=fmt(bounds.error_times))]
