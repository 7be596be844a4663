"""Checks a loaded target table for what its schema cannot see: sums, references, targets, goal amounts."""
from __future__ import annotations

import re
from decimal import Decimal

from ..catalogue import text
from ..errors import Pos, Problem
from .check_names import duplicate_names
from .check_project import check_project
from .form_words import BASIC, GOAL_AMOUNT, PROJECTS, TO_WAN
from .groups import repeats
from .model import Amounts, TargetTable
from .names import assign, similarity
from .sums import money_sum
from .values import format_number as fmt


def check_table(table: TargetTable) -> list[Problem]:
    """Every finding about the table, errors and warnings, in the order of the table."""
    if table.funds is None:
        return [*check_project(table), *_ids(table), *_names(table), *_targets(table), *_repeated(table)]
    return [*_funds(table), *_projects(table), *_ids(table), *_names(table), *_targets(table), *_goal_amounts(table),
            *_repeated(table)]


def _names(table: TargetTable) -> list[Problem]:
    return duplicate_names([(item.id, item.name, item.pos) for _, _, item in table.rows()])


def _repeated(table: TargetTable) -> list[Problem]:
    """A 一级 or 二级 printed twice is scored as one group: said, so nobody expects its points twice."""
    return [node.pos.report("table.repeated_group", severity="warning", label=label, line=first.pos.line or "?")
            for node, label, first in repeats(table)]


# -- funds ------------------------------------------------------------------------------------------


def _funds(table: TargetTable) -> list[Problem]:
    income, spending = table.funds.income, table.funds.expenditure
    projects = spending.projects
    out: list[Problem] = []
    if projects and all(p.half_year is not None for p in projects) and spending.projects_total.half_year is not None:
        out += money_sum(spending.projects_total.pos, spending.projects_total.half_year, [p.half_year for p in projects],
                         text("table.sum_projects_half"))
    if projects:
        out += money_sum(spending.projects_total.pos, spending.projects_total.annual, [p.annual for p in projects],
                         text("table.sum_projects_annual"))
    out += money_sum(income.pos, income.total, [s.amount for s in income.sources], text("table.sum_income"))
    for source in income.sources:
        if source.parts:
            out += money_sum(source.pos, source.amount, [p.amount for p in source.parts],
                             text("table.sum_income_source", name=source.name))
    out += money_sum(spending.pos, income.total, [spending.basic.annual, spending.projects_total.annual],
                     text("table.sum_income_spending"))
    named: list[tuple[str, Amounts]] = [(BASIC, spending.basic), (PROJECTS, spending.projects_total)]
    for name, amounts in named + [(p.name, p) for p in projects]:
        if amounts.half_year is not None and amounts.half_year > amounts.annual:
            out.append(amounts.pos.report("table.half_above_annual", name=name, half=fmt(amounts.half_year),
                                          annual=fmt(amounts.annual)))
    return out


# -- references and ids -----------------------------------------------------------------------------


def _projects(table: TargetTable) -> list[Problem]:
    funded = {p.name for p in table.funds.expenditure.projects}
    used = {item.project for _, _, item in table.rows() if item.project}
    out = [
        p.pos.report("table.project_without_indicator", severity="warning", name=p.name, annual=fmt(p.annual))
        for p in table.funds.expenditure.projects if p.name not in used and p.annual > 0
    ]
    out += [
        item.pos.report("table.unknown_project", id=item.id, name=item.name, project=item.project)
        for _, _, item in table.rows() if item.project and item.project not in funded
    ]
    return out


def _ids(table: TargetTable) -> list[Problem]:
    first: dict[str, Pos] = {}
    out = []
    for _, _, item in table.rows():
        if item.id in first:
            out.append(item.pos.report("table.duplicate_id", id=item.id, line=first[item.id].line))
        else:
            first[item.id] = item.pos
    return out


# -- targets ----------------------------------------------------------------------------------------

_UPWARD, _DOWNWARD = {"≥", ">"}, {"≤", "<"}


def _targets(table: TargetTable) -> list[Problem]:
    """A half-year target that cannot be set against its annual one, for half-year monitoring."""
    out = []
    for _, _, item in table.rows():
        half, annual = item.half_year, item.annual
        if half is None:
            continue  # an annual-only row
        h, a = half.value, annual.value
        if "none" in (h.kind, a.kind) or (h.kind == "word" and a.kind == "word"):
            continue  # no half-year target falls back on the annual one; words are judged, not compared
        pair = text("table.target_pair", id=item.id, name=item.name, half=half.text, annual=annual.text)
        if h.kind != a.kind:
            out.append(item.pos.report("table.pair_kinds", pair=pair))
        elif h.unit != a.unit:
            out.append(item.pos.report("table.pair_units", pair=pair))
        elif {h.op, a.op} & _UPWARD and {h.op, a.op} & _DOWNWARD:
            out.append(item.pos.report("table.pair_directions", pair=pair))
        elif h.op != a.op:
            out.append(item.pos.report("table.pair_operators", severity="warning", pair=pair))
    return out


# -- goal amounts -----------------------------------------------------------------------------------


def _goal_amounts(table: TargetTable) -> list[Problem]:
    """Amounts named in the 年度目标 text against the budgets of the projects they name."""
    projects = table.funds.expenditure.projects
    amounts = [
        (m["label"], Decimal(m["num"].replace(",", "")) * TO_WAN[m["unit"]], m[0])
        for m in GOAL_AMOUNT.finditer(table.goals.annual)
    ]
    if not amounts or not projects:
        return []
    pos = table.goals.pos
    pairs = assign((i, j, similarity(label, p.name)) for i, (label, _, _) in enumerate(amounts)
                   for j, p in enumerate(projects))
    out = []
    for i, (_, amount, quoted) in enumerate(amounts):
        if i not in pairs:
            out.append(pos.report("table.goal_amount_unmatched", severity="warning", quoted=quoted))
            continue
        project = projects[pairs[i][0]]
        if amount != project.annual:
            out.append(pos.report("table.goal_amount_differs", severity="warning", quoted=quoted, project=project.name,
                                  annual=fmt(project.annual), diff=fmt(amount - project.annual)))
    named, budgeted = sum(a for _, a, _ in amounts), sum(p.annual for p in projects)
    if named != budgeted:
        out.append(pos.report("table.goal_amounts_total", severity="warning", named=fmt(named), budgeted=fmt(budgeted),
                              diff=fmt(named - budgeted)))
    return out
