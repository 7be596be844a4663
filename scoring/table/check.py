"""Checks a loaded target table for what its schema cannot see: sums, references, targets, goal amounts."""
from __future__ import annotations

import re
from decimal import Decimal

from ..errors import Pos, Problem
from .check_project import check_project
from .groups import repeats
from .model import Amounts, TargetTable
from .names import assign, similarity
from .sums import money_sum
from .values import NUMBER
from .values import format_number as fmt

# 年度目标 text names money as 「…37639万元」; amounts are compared in 万元, like the funds.
_GOAL_AMOUNT = re.compile(rf"(?P<label>[^，,。；;：:、\d]*)(?P<num>{NUMBER})\s*(?P<unit>亿元|万元|元)")
_TO_WAN = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}


def check_table(table: TargetTable) -> list[Problem]:
    """Every finding about the table, errors and warnings, in the order of the table."""
    if table.funds is None:
        return [*check_project(table), *_ids(table), *_targets(table), *_repeated(table)]
    return [*_funds(table), *_projects(table), *_ids(table), *_targets(table), *_goal_amounts(table), *_repeated(table)]


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
                    "项目支出的半年计划执行数", "the half-year plan of 项目支出")
    if projects:
        out += money_sum(spending.projects_total.pos, spending.projects_total.annual, [p.annual for p in projects],
                    "项目支出的全年预算数", "the annual budget of 项目支出")
    out += money_sum(income.pos, income.total, [s.amount for s in income.sources], "收入的资金总额", "the income total")
    for source in income.sources:
        if source.parts:
            out += money_sum(source.pos, source.amount, [p.amount for p in source.parts],
                        f"收入「{source.name}」", f"income '{source.name}'")
    out += money_sum(spending.pos, income.total, [spending.basic.annual, spending.projects_total.annual],
                "收入的资金总额（应等于基本支出加项目支出的全年预算数）",
                "the income total (which should equal 基本支出 plus 项目支出, annual)")
    named: list[tuple[str, Amounts]] = [("基本支出", spending.basic), ("项目支出", spending.projects_total)]
    for name, amounts in named + [(p.name, p) for p in projects]:
        if amounts.half_year is not None and amounts.half_year > amounts.annual:
            out.append(amounts.pos.problem(
                f"「{name}」的半年计划执行数 {fmt(amounts.half_year)} 大于全年预算数 {fmt(amounts.annual)}",
                f"'{name}': the half-year plan {fmt(amounts.half_year)} exceeds the annual budget {fmt(amounts.annual)}",
            ))
    return out


# -- references and ids -----------------------------------------------------------------------------


def _projects(table: TargetTable) -> list[Problem]:
    funded = {p.name for p in table.funds.expenditure.projects}
    used = {item.project for _, _, item in table.rows() if item.project}
    out = [
        p.pos.problem(
            f"资金项目「{p.name}」（全年预算 {fmt(p.annual)} 万元）没有对应的履职指标",
            f"funded project '{p.name}' ({fmt(p.annual)} 万元 a year) has no 履职 indicator",
            "warning",
        )
        for p in table.funds.expenditure.projects if p.name not in used and p.annual > 0
    ]
    out += [
        item.pos.problem(
            f"指标 {item.id}「{item.name}」的对应项目「{item.project}」不是资金中列出的项目",
            f"indicator {item.id} '{item.name}' names project '{item.project}', which is not among the funded projects",
        )
        for _, _, item in table.rows() if item.project and item.project not in funded
    ]
    return out


def _ids(table: TargetTable) -> list[Problem]:
    first: dict[str, Pos] = {}
    out = []
    for _, _, item in table.rows():
        if item.id in first:
            out.append(item.pos.problem(
                f"指标编号「{item.id}」重复（第{first[item.id].line}行已经用过）",
                f"duplicate indicator id '{item.id}' (already used at line {first[item.id].line})",
            ))
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
        pair_zh = f"指标 {item.id}「{item.name}」的半年指标值「{half.text}」与全年指标值「{annual.text}」"
        pair_en = f"indicator {item.id} '{item.name}': half-year target '{half.text}' and annual target '{annual.text}'"
        if h.kind != a.kind:
            out.append(item.pos.problem(f"{pair_zh}一个是数值一个是定性词，无法比较",
                                        f"{pair_en}: one is a number, the other a word; they cannot be compared"))
        elif h.unit != a.unit:
            out.append(item.pos.problem(f"{pair_zh}单位不同，无法比较",
                                        f"{pair_en} have different units and cannot be compared"))
        elif {h.op, a.op} & _UPWARD and {h.op, a.op} & _DOWNWARD:
            out.append(item.pos.problem(f"{pair_zh}方向相反（一个是下限，一个是上限）",
                                        f"{pair_en} point opposite ways (one a lower, the other an upper bound)"))
        elif h.op != a.op:
            out.append(item.pos.problem(f"{pair_zh}运算符不同，请确认",
                                        f"{pair_en} use different operators; please confirm", "warning"))
    return out


# -- goal amounts -----------------------------------------------------------------------------------


def _goal_amounts(table: TargetTable) -> list[Problem]:
    """Amounts named in the 年度目标 text against the budgets of the projects they name."""
    projects = table.funds.expenditure.projects
    amounts = [
        (m["label"], Decimal(m["num"].replace(",", "")) * _TO_WAN[m["unit"]], m[0])
        for m in _GOAL_AMOUNT.finditer(table.goals.annual)
    ]
    if not amounts or not projects:
        return []
    pos = table.goals.pos
    pairs = assign((i, j, similarity(label, p.name)) for i, (label, _, _) in enumerate(amounts)
                   for j, p in enumerate(projects))
    out = []
    for i, (_, amount, quoted) in enumerate(amounts):
        if i not in pairs:
            out.append(pos.problem(f"年度目标中的「{quoted}」对应不到任何资金项目",
                                   f"the 年度目标 amount '{quoted}' matches no funded project", "warning"))
            continue
        project = projects[pairs[i][0]]
        if amount != project.annual:
            out.append(pos.problem(
                f"年度目标中的「{quoted}」与资金项目「{project.name}」的全年预算数 {fmt(project.annual)} 万元不一致"
                f"（相差 {fmt(amount - project.annual)} 万元）",
                f"the 年度目标 amount '{quoted}' differs from the annual budget of project '{project.name}', "
                f"{fmt(project.annual)} 万元 (by {fmt(amount - project.annual)} 万元)",
                "warning",
            ))
    named, budgeted = sum(a for _, a, _ in amounts), sum(p.annual for p in projects)
    if named != budgeted:
        out.append(pos.problem(
            f"年度目标所列金额合计 {fmt(named)} 万元，项目支出全年预算合计 {fmt(budgeted)} 万元"
            f"（相差 {fmt(named - budgeted)} 万元）",
            f"the amounts in the 年度目标 add up to {fmt(named)} 万元, the projects' annual budgets to "
            f"{fmt(budgeted)} 万元 (difference {fmt(named - budgeted)} 万元)",
            "warning",
        ))
    return out
