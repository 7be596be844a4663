"""Test helper: fill a template workbook through openpyxl the way a clerk types, from an Actuals model."""
from __future__ import annotations

import hashlib
from pathlib import Path

from xlsx_read import load_workbook

from scoring.actuals import Actuals
from scoring.table.model import TargetTable
from scoring.table.names import resolve
from scoring.table.values import parse_value

INDICATORS, MONEY, META = ("指标", "Indicators"), ("资金", "Money"), ("填报信息", "About")
GOALS_ACHIEVED = ("年度总体目标实际完成情况", "Achieved against the year's overall goals")


_TEMPLATES: dict = {}


def template(targets: Path, out: Path, period: str = "annual", lang: str = "zh") -> Path:
    """`scoring template TARGETS --format xlsx -o OUT` for these bundled rules, run once per table (by its bytes),
    period and language: writing it took a tenth of a second, two dozen times, for the same bytes each time. Later
    calls copy it to `out`, which a test may edit."""
    from helpers import RULES, made_once
    from scoring.cli import main

    def make():
        assert main(["template", str(targets), "--period", period, "--rules", str(RULES), "--format", "xlsx",
                     "-o", str(out), "--lang", lang]) == 0

    key = (str(targets), hashlib.sha256(Path(targets).read_bytes()).digest(), period, lang)
    return made_once(_TEMPLATES, key, out, make)


def sheet(wb, names):
    return wb[next(n for n in names if n in wb.sheetnames)]


def columns(ws, header_row: int = 3) -> dict[str, int]:
    return {str(ws.cell(header_row, c).value): c for c in range(1, ws.max_column + 1) if ws.cell(header_row, c).value}


def rows_by_id(ws) -> dict[str, int]:
    return {ws.cell(r, 1).value: r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value}


def typed(text: str, k: int):
    """What a clerk types for an actual: numbers as numbers (percent cells hold the fraction), and every
    other number as text with its unit, so both ways are read; words as they are."""
    value = parse_value(text)
    if value.kind != "number":
        return text
    if value.unit == "%":
        return float(value.number / 100)  # typed 96.8% into a cell formatted 0.00%: stored as 0.968
    if k % 2:
        return text  # 10712人 typed with its unit
    n = value.number
    return int(n) if n == n.to_integral_value() else float(n)


def fill(path: Path, table: TargetTable, actuals: Actuals, out: Path) -> Path:
    wb = load_workbook(path)
    ws = sheet(wb, INDICATORS)
    col = columns(ws)
    at = rows_by_id(ws)
    names = [(i.id, i.name) for _, _, i in table.rows()]
    labels = {"actual": ("实际完成值", "Actual"), "points": ("评价人打分", "Assessor's points"),
              "reason": ("偏差原因", "Deviation reason"), "measure": ("改进措施", "Corrective measure"),
              "evidence": ("佐证材料", "Evidence")}
    for k, (key, entry) in enumerate(actuals.indicators.items()):
        [ident] = resolve(key, names)
        r = at[ident]
        for field, heads in labels.items():
            value = getattr(entry, field)
            if value is None:
                continue
            c = next(col[h] for h in heads if h in col)
            ws.cell(r, c).value = typed(value, k) if field == "actual" else float(value) if field == "points" else value
    money = sheet(wb, MONEY)
    mcol = columns(money)
    spent = next(mcol[h] for h in ("执行数（万元）", "Spent (10,000 yuan)") if h in mcol)
    for r in range(4, money.max_row + 1):
        name = money.cell(r, 1).value
        if actuals.budget_row is not None:  # a project table: 全年执行数 by source
            amount = actuals.budget_row.executed.get(name)
        elif name in ("基本支出", "Basic expenditure"):
            amount = actuals.spending.basic
        else:
            amount = actuals.spending.projects.get(name)
        if amount is not None:
            money.cell(r, spent).value = float(amount)
        row = actuals.budget_row
        if row is not None and r == 4:  # a project's budget row: its notes go on the funds total row
            for field, heads in {**labels, "stated_rate": ("执行率（手填）", "Execution rate (as stated)")}.items():
                value = getattr(row, field, None)
                if value is not None:
                    c = next(mcol[h] for h in heads if h in mcol)
                    money.cell(r, c).value = float(parse_value(value).number / 100) if field == "stated_rate" else value
    if actuals.goals_achieved is not None:  # typed into the box under its heading, below the money
        heading = next(r for r in range(1, money.max_row + 1) if money.cell(r, 1).value in GOALS_ACHIEVED)
        money.cell(heading + 1, 1).value = actuals.goals_achieved
    meta = sheet(wb, META)
    for r in range(1, meta.max_row + 1):
        if meta.cell(r, 1).value == "illustrative":
            meta.cell(r, 2).value = "true" if actuals.illustrative else "false"
    wb.save(out)
    return out
