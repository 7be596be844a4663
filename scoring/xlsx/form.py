"""The self-evaluation form (自评表) as a workbook: the official layout (DOMAIN.md §7), rendered from a Scorecard.

Eleven columns A–K as the central form: title and year, the unit, the funds block (年初预算数 /
全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), the goals, the indicator block with merged 一级/二级
cells, then 总分 and 自评等级. Numbers are numbers with 2-decimal formats; the print setup is A4,
fitted to the page width, the indicator header repeated on every page. A second sheet explains each
row (rule, formula) for the reviewer. The table and the actuals give what the scorecard does not
carry: the goals and each line's money. The same inputs give the same cell values.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from ..actuals import Actuals
from ..catalogue import say
from ..render.labels import subtotals
from ..scorecard import Scorecard, ScoredIndicator
from ..table.model import TargetTable
from .write import print_setup, put_value, text_lines, workbook_bytes

WIDTHS = (8, 11, 13, 14, 14, 13, 13, 9, 9, 15, 15)  # A–K
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
POINTS = "0.00"
MONEY = "#,##0.00"
RATE = "0.00%"
TITLES = {"department": {"annual": "xlsx.form_title_annual", "h1": "xlsx.form_title_h1"},
          "project": {"annual": "xlsx.form_title_project", "h1": "xlsx.form_title_project_h1"}}


@dataclass(frozen=True)
class MoneyLine:
    """One line of the funds block: its label, 年初预算数, 全年预算数 and 全年执行数 (None where not given)."""

    label: str
    initial: Decimal | None
    budget: Decimal | None
    spent: Decimal | None


class _Form:
    """A sheet being written row by row; `row` is the next free row."""

    def __init__(self, ws, lang: str):
        self.ws, self.lang, self.row = ws, lang, 1
        self.lines: dict[int, int] = {}  # row -> lines of wrapped text its tallest cell needs

    def fit_rows(self) -> None:
        """Row heights for the wrapped text: spreadsheets do not grow a row by itself for a merged cell."""
        for row, lines in self.lines.items():
            if lines > 1 and self.ws.row_dimensions[row].height is None:
                self.ws.row_dimensions[row].height = min(409, 14 * lines + 4)

    def put(self, row: int, first: int, value, last: int | None = None, down: int = 0, align=CENTER,
            fmt: str | None = None, bold: bool = False):
        """A value in a cell, merged over columns first..last and `down` more rows, bordered."""
        last = last or first
        if last > first or down:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row + down, end_column=last)
        for r in range(row, row + down + 1):
            for c in range(first, last + 1):
                self.ws.cell(r, c).border = BORDER
        cell = put_value(self.ws, row, first, value)
        cell.alignment = align
        if isinstance(value, str) and value:
            width = sum(WIDTHS[c - 1] for c in range(first, last + 1))
            needed = -(-sum(text_lines(part, width) for part in value.split("\n")) // (down + 1))
            self.lines[row] = max(self.lines.get(row, 1), needed)
        if fmt:
            cell.number_format = fmt
        if bold:
            cell.font = Font(bold=True)
        return cell

    def label(self, code: str, **args) -> str:
        return say(code, self.lang, **args)


def _number(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def money_lines(table: TargetTable, actuals: Actuals, lang: str) -> list[MoneyLine]:
    """A project's funds rows by source with their 全年执行数; a department's total, basic expenditure and
    projects (the table knows one budget, so 年初 = 全年) with what the actuals say was spent."""
    if table.kind == "project":
        executed = actuals.budget_row.executed if actuals.budget_row else {}
        return [MoneyLine(row.source, row.initial, row.annual, executed.get(row.source)) for row in table.project.funds]
    exp = table.funds.expenditure
    spending = actuals.spending
    basic = spending.basic if spending else None
    projects = [(p.name, p.annual, spending.projects.get(p.name) if spending else None) for p in exp.projects]
    spent = [basic] + [s for _, _, s in projects]
    total_spent = None if any(s is None for s in spent) else sum(spent, Decimal(0))
    total_budget = exp.basic.annual + sum((p.annual for p in exp.projects), Decimal(0))
    lines = [MoneyLine(say("xlsx.form_money_total", lang), total_budget, total_budget, total_spent),
             MoneyLine(say("xlsx.form_money_basic", lang), exp.basic.annual, exp.basic.annual, basic)]
    return lines + [MoneyLine(say("xlsx.form_money_project", lang, name=n), b, b, s) for n, b, s in projects]


def _head(f: _Form, card: Scorecard, table: TargetTable) -> None:
    f.ws.row_dimensions[1].height = 30
    f.put(1, 1, f.label(TITLES[card.kind][card.period]), 11, bold=True).font = Font(bold=True, size=16)
    f.put(2, 1, f.label("xlsx.form_year", year=card.year), 11)
    if table.kind == "project":
        project = table.project
        f.put(3, 1, f.label("xlsx.form_project"), 2, bold=True)
        f.put(3, 3, project.name, 11, align=LEFT)
        f.put(4, 1, f.label("xlsx.form_department"), 2, bold=True)
        f.put(4, 3, project.department, 5, align=LEFT)
        f.put(4, 6, f.label("xlsx.form_implementer"), bold=True)
        f.put(4, 7, project.implementer or card.unit, 11, align=LEFT)
        f.row = 5
    else:
        f.put(3, 1, f.label("xlsx.form_unit"), 2, bold=True)
        f.put(3, 3, card.unit, 11, align=LEFT)
        f.row = 4
    if card.illustrative:
        f.put(f.row, 1, f.label("xlsx.form_illustrative"), 11, bold=True)
        f.row += 1


def _money(f: _Form, lines: list[MoneyLine], card: Scorecard) -> None:
    """The funds block. The execution rate, and for a project its 分值 and 得分, stand on the total row:
    a department's budget execution is scored among its indicators, a project's here (Scorecard.budget_row)."""
    top = f.row
    code = "xlsx.form_money_project_funds" if card.kind == "project" else "xlsx.form_money"
    f.put(top, 1, f.label(code), 2, down=len(lines), bold=True)
    spent = "xlsx.form_spent_h1" if card.period == "h1" else "xlsx.form_spent"  # at mid-year: spent to 30 June
    heads = [(3, 4, ""), (5, 5, "xlsx.form_budget_start"), (6, 6, "xlsx.form_budget_year"), (7, 7, spent),
             (8, 8, "xlsx.form_weight"), (9, 10, "xlsx.form_rate"), (11, 11, "xlsx.form_score")]
    for first, last, code in heads:
        f.put(top, first, f.label(code) if code else "", last, bold=True)
    row = card.budget_row
    for k, line in enumerate(lines, top + 1):
        total = k == top + 1
        f.put(k, 3, line.label, 4, align=LEFT)
        f.put(k, 5, _number(line.initial), fmt=MONEY, align=RIGHT)
        f.put(k, 6, _number(line.budget), fmt=MONEY, align=RIGHT)
        f.put(k, 7, _number(line.spent), fmt=MONEY, align=RIGHT)
        f.put(k, 8, float(row.weight) if total and row else None, fmt=POINTS, align=RIGHT)
        rate = None
        if total and card.budget is not None:
            rate = float(card.budget.rate / 100)  # the rate the scorer computed, rounded to 2 decimals of a percent
        f.put(k, 9, rate, 10, fmt=RATE, align=RIGHT)
        f.put(k, 11, float(row.points) if total and row else None, fmt=POINTS, align=RIGHT)
    f.row = top + len(lines) + 1


def _goals(f: _Form, table: TargetTable) -> None:
    top = f.row
    f.put(top, 1, f.label("xlsx.form_goals"), down=1, bold=True)
    f.put(top, 2, f.label("xlsx.form_expected"), 6, bold=True)
    f.put(top, 7, f.label("xlsx.form_achieved"), 11, bold=True)
    f.put(top + 1, 2, table.goals.annual, 6, align=LEFT)
    f.put(top + 1, 7, None, 11, align=LEFT)  # the unit writes what was achieved; the scorer knows no such text
    f.row = top + 2


def _deviation(i: ScoredIndicator, lang: str) -> str:
    parts = []
    if i.reason:
        parts.append(say("xlsx.form_reason", lang, text=i.reason))
    if i.measure:
        parts.append(say("xlsx.form_measure", lang, text=i.measure))
    return "\n".join(parts)


def _actual(i: ScoredIndicator, lang: str) -> str:
    return i.actual if i.actual else say("xlsx.form_not_reported", lang)


def _indicators(f: _Form, card: Scorecard) -> int:
    """The indicator block; returns its header row (repeated on every printed page)."""
    head = f.row
    items = len(card.indicators)
    f.put(head, 1, f.label("xlsx.form_indicators"), down=items, bold=True)
    target = "xlsx.form_target_h1" if card.period == "h1" else "xlsx.form_target"
    for first, last, code in [(2, 2, "xlsx.col_level1"), (3, 3, "xlsx.col_level2"), (4, 5, "xlsx.col_name"),
                              (6, 6, target), (7, 7, "xlsx.col_actual"), (8, 8, "xlsx.form_weight"),
                              (9, 9, "xlsx.form_score"), (10, 11, "xlsx.form_deviation")]:
        f.put(head, first, f.label(code), last, bold=True)
    r = head + 1
    for l1, (_, w1), groups in subtotals(card):
        n1 = sum(len(items) for _, _, items in groups)
        f.put(r, 2, f.label("xlsx.form_level1", name=l1, points=f"{w1:.2f}".rstrip("0").rstrip(".")), down=n1 - 1)
        for l2, _, rows in groups:
            f.put(r, 3, l2, down=len(rows) - 1)
            for i in rows:
                f.put(r, 4, i.name, 5, align=LEFT)
                f.put(r, 6, i.target)
                f.put(r, 7, _actual(i, f.lang))
                f.put(r, 8, float(i.weight), fmt=POINTS, align=RIGHT)
                f.put(r, 9, float(i.points), fmt=POINTS, align=RIGHT)
                f.put(r, 10, _deviation(i, f.lang), 11, align=LEFT)
                r += 1
    f.row = r
    return head


def _total(f: _Form, card: Scorecard) -> None:
    r = f.row
    f.put(r, 1, f.label("xlsx.form_total"), 7, bold=True)
    f.put(r, 8, float(card.max_total), fmt=POINTS, align=RIGHT, bold=True)
    f.put(r, 9, float(card.total), fmt=POINTS, align=RIGHT, bold=True)
    f.put(r, 10, None, 11)
    f.put(r + 1, 1, f.label("xlsx.form_grade"), 7, bold=True)
    f.put(r + 1, 8, card.grade_en if f.lang == "en" else card.grade, 11, bold=True)
    f.row = r + 2


def _explanations(ws, card: Scorecard, lang: str) -> None:
    heads = ["xlsx.col_id", "xlsx.col_name", "xlsx.form_rule", "xlsx.form_method", "xlsx.form_formula",
             "xlsx.form_explanation", "xlsx.form_flags", "xlsx.form_deviation"]
    widths = (8, 24, 30, 14, 44, 50, 36, 30)
    for c, (code, width) in enumerate(zip(heads, widths), 1):
        cell = ws.cell(1, c, say(code, lang))
        cell.font, cell.border, cell.alignment = Font(bold=True), BORDER, CENTER
        ws.column_dimensions[get_column_letter(c)].width = width
    rows = card.indicators + ([card.budget_row] if card.budget_row else [])  # a project's budget row too
    for r, i in enumerate(rows, 2):
        rule = f"{i.rule.id} {i.rule.title} ({i.rule.file}:{i.rule.line})"
        values = [i.id, i.name, rule, i.method, say("xlsx.form_formula_rounding", lang, formula=i.formula.get(lang), rounding=i.rounding), i.explanation.get(lang),
                  "\n".join(flag.message.get(lang) for flag in i.flags), _deviation(i, lang)]
        for c, value in enumerate(values, 1):
            cell = put_value(ws, r, c, value)
            cell.border, cell.alignment = BORDER, LEFT
        lines = max(sum(text_lines(part, w) for part in str(v).split("\n")) for v, w in zip(values, widths))
        ws.row_dimensions[r].height = 14 * lines + 4
    ws.freeze_panes = "C2"
    print_setup(ws, 1, landscape=True)


def make_form(card: Scorecard, table: TargetTable, actuals: Actuals, lang: str = "zh") -> Workbook:
    """The 自评表 of `card` (with the goals of `table` and the spending of `actuals`), labels in `lang`."""
    wb = Workbook()
    ws = wb.active
    ws.title = say("xlsx.form_sheet", lang)
    for c, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    f = _Form(ws, lang)
    _head(f, card, table)
    _money(f, money_lines(table, actuals, lang), card)
    _goals(f, table)
    header = _indicators(f, card)
    _total(f, card)
    f.fit_rows()
    print_setup(ws, header, landscape=False)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    _explanations(wb.create_sheet(say("xlsx.form_explain_sheet", lang)), card, lang)
    return wb


def render(card: Scorecard, table: TargetTable, actuals: Actuals, lang: str = "zh") -> bytes:
    """The form's file: the same inputs give the same bytes."""
    return workbook_bytes(make_form(card, table, actuals, lang))
