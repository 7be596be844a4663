"""Checks of a 项目支出 table's money block: its sources add up to the total, the budget is not zero."""
from __future__ import annotations

from ..errors import Problem
from .sums import money_sum
from .form_words import EXECUTION_NAMES
from .model import TargetTable
from ..catalogue import text


def check_project(table: TargetTable) -> list[Problem]:
    project = table.project
    if project is None:
        return []
    total, parts = project.total, project.parts
    out: list[Problem] = []
    if parts:
        out += money_sum(total.pos, total.annual, [p.annual for p in parts],
                         text("table.funds_sum_annual", source=total.source))
        if total.initial is not None and all(p.initial is not None for p in parts):
            out += money_sum(total.pos, total.initial, [p.initial for p in parts],
                             text("table.funds_sum_initial", source=total.source))
    if total.annual <= 0:
        out.append(total.pos.report("table.zero_budget", source=total.source))
    if table.budget_row is None:
        out.append(table.pos.report("table.no_budget_row", severity="warning"))
    out += [item.pos.report("table.budget_row_in_tree", severity="warning", id=item.id, name=item.name)
            for _, _, item in table.rows() if item.name in EXECUTION_NAMES]
    return out
