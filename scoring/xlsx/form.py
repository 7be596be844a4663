"""The self-evaluation form (自评表) as a workbook: the official layout (DOMAIN.md §7), rendered from a Scorecard.

Eleven columns A–K as the central form: title and year, the unit, the funds block (年初预算数 /
全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), the goals, the indicator block with merged 一级/二级
cells, then 总分 and 自评等级. At mid-year it is the monitoring form (绩效运行监控表, DOMAIN.md §4): the money
has the half-year plan, the spending to 30 June and the time progress, each indicator its monitoring colour
(a filled 监控 cell, a legend below), and the total is labelled a monitoring score, with no grade. Numbers are numbers with 2-decimal formats; the print setup is A4,
fitted to the page width, the indicator header repeated on every page. A second sheet explains each
row (rule, formula) for the reviewer. The table and the actuals give what the scorecard does not
carry: the goals (expected, and achieved as the unit writes it) and each line's money. The same inputs give the same cell values.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..actuals import Actuals
from ..catalogue import say
from ..render.labels import method_label, shown_target
from ..render.subtotals import subtotals
from ..scorecard import Scorecard, ScoredIndicator
from ..table.model import TargetTable
from ..table.points import has_own_weights
from .fit import DEFAULT_HEIGHT, MAX_HEIGHT, PIXEL, UNIT_POINTS, height, lines, parts_that_fit
from .pages import paginate
from .write import keep_brackets, print_setup, put_value, style, tall_enough, use_font, workbook_bytes

WIDTHS = (8, 11, 13, 14, 14, 13, 13, 9, 9, 15, 15)  # A–K
WIDTHS_H1 = (8, 11, 13, 14, 14, 13, 13, 9, 11, 9, 19)  # J is the monitoring colour, K the deviation
LABEL_WIDTH_EN = 11  # column A in English: "Indicators" in bold, unbroken
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
BOLD = Font(bold=True)
POINTS = "0.00"
MONEY = "#,##0.00"
RATE = "0.00%"
# the monitoring colours as fills light enough to print text on (Excel's good / neutral / bad styles, and a blue)
MONITOR_FILLS = {status: PatternFill("solid", fgColor=rgb)
                 for status, rgb in {"red": "FFC7CE", "yellow": "FFEB9C", "green": "C6EFCE", "blue": "BDD7EE"}.items()}
MONITOR_WORDS = {"red": "render.monitor.red", "yellow": "render.monitor.yellow", "green": "render.monitor.green",
                 "blue": "render.monitor.blue"}
TITLES = {"department": {"annual": "xlsx.form_title_annual", "h1": "xlsx.form_title_h1"},
          "project": {"annual": "xlsx.form_title_project", "h1": "xlsx.form_title_project_h1"}}


@dataclass(frozen=True)
class MoneyLine:
    """One line of the funds block: its label, 年初预算数, 全年预算数, 执行数 and 半年计划数 (None where not given)."""

    label: str
    initial: Decimal | None
    budget: Decimal | None
    spent: Decimal | None
    plan: Decimal | None = None


class _Form:
    """A sheet being written row by row; `row` is the next free row."""

    def __init__(self, ws, lang: str, widths: tuple[int, ...] = WIDTHS):
        self.ws, self.lang, self.row, self.widths = ws, lang, 1, widths
        self.need: dict[int, float] = {}  # row -> the height its tallest one-row cell needs
        self.spans: list[tuple[int, int, float]] = []  # (first row, last row, height) of cells merged down

    def fit_rows(self) -> None:
        """Row heights for the wrapped text: spreadsheets grow no row by themselves for text a program wrote,
        nor ever for a merged cell. A cell merged down rows short of its height has it made up evenly on them."""
        dims = self.ws.row_dimensions
        heights = {r: max(need, dims[r].height or 0) for r, need in self.need.items() if need > DEFAULT_HEIGHT}
        for first, last, need in sorted(self.spans):
            rows = range(first, last + 1)
            have = sum(heights.get(r, dims[r].height or DEFAULT_HEIGHT) for r in rows)
            if have < need:
                extra = math.ceil((need - have) / len(rows) / PIXEL) * PIXEL
                for r in rows:
                    heights[r] = min(MAX_HEIGHT, heights.get(r, dims[r].height or DEFAULT_HEIGHT) + extra)
        for r, h in sorted(heights.items()):
            dims[r].height = h

    def put(self, row: int, first: int, value, last: int | None = None, down: int = 0, align=CENTER,
            fmt: str | None = None, bold: bool = False):
        """A value in a cell, merged over columns first..last and `down` more rows, bordered."""
        last = last or first
        if last > first or down:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row + down, end_column=last)
        for r in range(row, row + down + 1):
            for c in range(first, last + 1):
                style(self.ws.cell(r, c), border=BORDER)
        cell = style(put_value(self.ws, row, first, value), alignment=align)
        if isinstance(value, str) and value:
            need = height(lines(value, self.width(first, last)))
            if down:
                self.spans.append((row, row + down, need))
            else:
                self.need[row] = max(self.need.get(row, DEFAULT_HEIGHT), need)
        if fmt:
            cell.number_format = fmt
        if bold:
            style(cell, font=BOLD)
        return cell

    def width(self, first: int, last: int) -> int:
        """Columns first..last's width together, in column units."""
        return sum(self.widths[c - 1] for c in range(first, last + 1))

    def label(self, code: str, **args) -> str:
        return say(code, self.lang, **args)

    def colour(self, row: int, col: int, status: str | None) -> None:
        if status is not None:
            style(self.ws.cell(row, col), fill=MONITOR_FILLS[status])


def _number(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def money_lines(table: TargetTable, actuals: Actuals, lang: str) -> list[MoneyLine]:
    """A project's funds rows by source with their 全年执行数; a department's total, basic expenditure and
    projects (the table knows one budget, so 年初 = 全年) with what the actuals say was spent and the
    half-year plan."""
    if table.kind == "project":
        executed = actuals.budget_row.executed if actuals.budget_row else {}
        # the first part as the form prints it, 其中：本年财政拨款 (the table keeps the name without 其中)
        return [MoneyLine(say("xlsx.form_money_part", lang, name=row.source) if k == 1 else row.source, row.initial,
                          row.annual, executed.get(row.source)) for k, row in enumerate(table.project.funds)]
    exp = table.funds.expenditure
    spending = actuals.spending
    basic = spending.basic if spending else None
    projects = [spending.projects.get(p.name) if spending else None for p in exp.projects]
    total_budget = exp.basic.annual + sum((p.annual for p in exp.projects), Decimal(0))
    plans = [exp.basic.half_year] + [p.half_year for p in exp.projects]
    lines = [MoneyLine(say("xlsx.form_money_total", lang), total_budget, total_budget, _sum([basic] + projects), _sum(plans)),
             MoneyLine(say("xlsx.form_money_basic", lang), exp.basic.annual, exp.basic.annual, basic, exp.basic.half_year)]
    return lines + [MoneyLine(say("xlsx.form_money_project", lang, name=p.name), p.annual, p.annual, s, p.half_year)
                    for p, s in zip(exp.projects, projects)]


def _sum(amounts: list[Decimal | None]) -> Decimal | None:
    """The total of the amounts, or None while any is blank (no total rather than a wrong one)."""
    return None if any(a is None for a in amounts) else sum(amounts, Decimal(0))


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
    a department's budget execution is scored among its indicators, a project's here (Scorecard.budget_row).
    At mid-year a department's 年初预算数 (the same as its 全年预算数: its table knows one budget) gives way to
    the 半年计划数, and the time progress stands beside the rate, coloured as the rate against it."""
    top = f.row
    code = "xlsx.form_money_project_funds" if card.kind == "project" else "xlsx.form_money"
    reason = _budget_reason(card, f.lang)
    f.put(top, 1, f.label(code), 2, down=len(lines) + (reason is not None), bold=True)
    h1 = card.period == "h1"
    spent = "xlsx.form_spent_h1" if h1 else "xlsx.form_spent"  # at mid-year: spent to 30 June
    plan = h1 and card.kind == "department"  # a project table has no half-year plan
    columns = [("initial", "xlsx.form_budget_start"), ("budget", "xlsx.form_budget_year")]
    if plan:
        columns = [("budget", "xlsx.form_budget_year"), ("plan", "xlsx.form_plan_h1")]
    rate_last = 9 if h1 else 10
    heads = [(3, 4, ""), (5, 5, columns[0][1]), (6, 6, columns[1][1]), (7, 7, spent), (8, 8, "xlsx.form_weight"),
             (9, rate_last, "xlsx.form_rate")] + ([(10, 10, "render.time_progress")] if h1 else []) + [(11, 11, "xlsx.form_score")]
    for first, last, code in heads:
        f.put(top, first, f.label(code) if code else "", last, bold=True)
    row = card.budget_row
    budget = card.budget
    for k, line in enumerate(lines, top + 1):
        total = k == top + 1
        f.put(k, 3, keep_brackets(line.label, f.widths[2] + f.widths[3]), 4, align=LEFT)
        f.put(k, 5, _number(getattr(line, columns[0][0])), fmt=MONEY, align=RIGHT)
        f.put(k, 6, _number(getattr(line, columns[1][0])), fmt=MONEY, align=RIGHT)
        f.put(k, 7, _number(line.spent), fmt=MONEY, align=RIGHT)
        f.put(k, 8, float(row.weight) if total and row else None, fmt=POINTS, align=RIGHT)
        rate = None
        if total and budget is not None:
            rate = float(budget.rate / 100)  # the rate the scorer computed, rounded to 2 decimals of a percent
        f.put(k, 9, rate, rate_last, fmt=RATE, align=RIGHT)
        if h1:
            progress = budget.time_progress if total and budget is not None else None
            f.put(k, 10, None if progress is None else float(progress / 100), fmt=RATE, align=RIGHT)
            if total and budget is not None:
                f.colour(k, 9, budget.status)
        f.put(k, 11, float(row.points) if total and row else None, fmt=POINTS, align=RIGHT)
    f.row = top + len(lines) + 1
    if reason is not None:  # the central money block has no column for it: a line of its own, as audit reads it
        f.put(f.row, 3, f.label("xlsx.form_deviation"), 4, align=LEFT)
        f.put(f.row, 5, reason, 11, align=LEFT)
        f.row += 1


def _budget_reason(card: Scorecard, lang: str) -> str | None:
    """The budget row's 偏差原因 and 整改措施, where it lost points or has them (empty where a lost point has
    none, so the form shows where it belongs); None where the form needs no line for them."""
    row = card.budget_row
    if row is None or not (row.lost > 0 or row.reason or row.measure):
        return None
    return _deviation(row, lang)


def _goals(f: _Form, table: TargetTable, actuals: Actuals) -> None:
    """The goals block: its label down the rows, 预期目标 and 实际完成情况 side by side below their heads. A text
    taller than a row can be (409 pt) goes on in the rows below, each part in its own merged cell."""
    top = f.row
    expected = parts_that_fit(table.goals.annual, f.width(2, 6))
    achieved = parts_that_fit(actuals.goals_achieved, f.width(7, 11)) if actuals.goals_achieved else [None]
    rows = max(len(expected), len(achieved))
    f.put(top, 1, f.label("xlsx.form_goals"), down=rows, bold=True)
    f.put(top, 2, f.label("xlsx.form_expected"), 6, bold=True)
    f.put(top, 7, f.label("xlsx.form_achieved"), 11, bold=True)
    for k in range(rows):
        f.put(top + 1 + k, 2, expected[k] if k < len(expected) else None, 6, align=LEFT)
        # the unit's own words; left empty where not written
        f.put(top + 1 + k, 7, achieved[k] if k < len(achieved) else None, 11, align=LEFT)
    f.row = top + 1 + rows


def _deviation(i: ScoredIndicator, lang: str) -> str:
    parts = []
    if i.reason:
        parts.append(say("xlsx.form_reason", lang, text=i.reason))
    if i.measure:
        parts.append(say("xlsx.form_measure", lang, text=i.measure))
    return "\n".join(parts)


def _actual(i: ScoredIndicator, lang: str) -> str:
    return i.actual if i.actual else say("xlsx.form_not_reported", lang)


def approved_targets(card: Scorecard, table: TargetTable, lang: str = "zh") -> dict[str, str]:
    """Each row's target as the approved table writes it (1.2万亩, not =1.2 万亩 as it was read): the form is
    the table's, filled in. A half-year target scaled from the annual one, which the table does not write, is
    the one scored, marked as derived (≥6 公里（按全年折算）), as the scorecard flags it; an annual rate scored as
    it stands at mid-year, marked as the annual one (100%（全年指标值）)."""
    items = {item.id: item for _, _, item in table.rows()}
    out = {}
    for i in card.indicators:
        item = items.get(i.id)
        written = {"annual": item.annual, "half_year": item.half_year}.get(i.target_source) if item else None
        out[i.id] = shown_target(i, card.period, lang, (written.text.strip() if written is not None else "") or i.target)
    return out


def _indicators(f: _Form, card: Scorecard, targets: dict[str, str]) -> int:
    """The indicator block; returns its header row (repeated on every printed page)."""
    head = f.row
    items = len(card.indicators)
    f.put(head, 1, f.label("xlsx.form_indicators"), down=items, bold=True)
    h1 = card.period == "h1"
    target = "xlsx.form_target_h1" if h1 else "xlsx.form_target"
    last = [(10, 10, "render.col_monitor"), (11, 11, "xlsx.form_deviation")] if h1 else [(10, 11, "xlsx.form_deviation")]
    for first, last, code in [(2, 2, "xlsx.col_level1"), (3, 3, "xlsx.col_level2"), (4, 5, "xlsx.col_name"),
                              (6, 6, target), (7, 7, "xlsx.col_actual"), (8, 8, "xlsx.form_weight"),
                              (9, 9, "xlsx.form_score")] + last:
        f.put(head, first, f.label(code), last, bold=True)
    r = head + 1
    for l1, (_, w1), groups in subtotals(card):
        n1 = sum(len(items) for _, _, items in groups)
        f.put(r, 2, f.label("xlsx.form_level1", name=l1, points=f"{w1:.2f}".rstrip("0").rstrip(".")), down=n1 - 1)
        for l2, _, rows in groups:
            f.put(r, 3, l2, down=len(rows) - 1)
            for i in rows:
                f.put(r, 4, i.name, 5, align=LEFT)
                f.put(r, 6, targets[i.id])
                f.put(r, 7, _actual(i, f.lang))
                f.put(r, 8, float(i.weight), fmt=POINTS, align=RIGHT)
                f.put(r, 9, float(i.points), fmt=POINTS, align=RIGHT)
                if h1:  # the colour as a word too: a form is printed in black and white
                    f.put(r, 10, say(MONITOR_WORDS[i.monitor], f.lang) if i.monitor else None)
                    f.colour(r, 10, i.monitor)
                f.put(r, 11 if h1 else 10, _deviation(i, f.lang), 11, align=LEFT)
                r += 1
    f.row = r
    return head


def _total(f: _Form, card: Scorecard) -> None:
    """总分 and 自评等级; at mid-year the total is a monitoring score, said so, and there is no grade."""
    r = f.row
    h1 = card.period == "h1"
    f.put(r, 1, f.label("xlsx.form_total_h1" if h1 else "xlsx.form_total"), 7, bold=True)
    f.put(r, 8, float(card.max_total), fmt=POINTS, align=RIGHT, bold=True)
    f.put(r, 9, float(card.total), fmt=POINTS, align=RIGHT, bold=True)
    f.put(r, 10, None, 11)
    if h1:
        f.row = r + 1
        _legend(f)
        return
    f.put(r + 1, 1, f.label("xlsx.form_grade"), 7, bold=True)
    f.put(r + 1, 8, card.grade_en if f.lang == "en" else card.grade, 11, bold=True)
    f.row = r + 2


def _weights_note(f: _Form) -> None:
    """Where the table gives no 分值 (a 部门整体 table), the form says whose they are: the rule file's split, not
    the approved table's, so that no reader takes them for points the unit was given."""
    f.put(f.row, 1, f.label("xlsx.form_weights_note"), 11, align=LEFT)
    f.row += 1


def _legend(f: _Form) -> None:
    """What the monitoring colours mean, each in its own colour, and how each kind of row gets one."""
    r = f.row
    f.put(r, 1, f.label("xlsx.form_legend"), 2, bold=True)
    for (first, last), status in zip(((3, 4), (5, 6), (7, 8), (9, 11)), MONITOR_FILLS):
        f.put(r, first, f.label(f"xlsx.form_legend_{status}"), last)
        f.colour(r, first, status)
    f.put(r + 1, 1, f.label("xlsx.form_legend_note"), 11, align=LEFT)
    f.row = r + 2


def _explanations(ws, card: Scorecard, lang: str) -> None:
    heads = ["xlsx.col_id", "xlsx.col_name", "xlsx.form_rule", "xlsx.form_method", "xlsx.form_formula",
             "xlsx.form_explanation", "xlsx.form_flags", "xlsx.form_deviation"]
    widths = (8, 24, 30, 18, 44, 50, 36, 30)
    for c, (code, width) in enumerate(zip(heads, widths), 1):
        cell = put_value(ws, 1, c, say(code, lang))
        style(cell, font=BOLD, border=BORDER, alignment=CENTER)
        ws.column_dimensions[get_column_letter(c)].width = width
    tall_enough(ws, 1, ((say(code, lang), width) for code, width in zip(heads, widths)))
    rows = card.indicators + ([card.budget_row] if card.budget_row else [])  # a project's budget row too
    for r, i in enumerate(rows, 2):
        rule = f"{i.rule.id} {i.rule.title.get(lang)} ({i.rule.file}:{i.rule.line})"
        # the budget row has no 三级 id (budget_row is the rules' name for it): its name says it, as on the scorecard
        values = [None if i is card.budget_row else i.id, i.name, rule, method_label(i.method, lang), say("xlsx.form_formula_rounding", lang, formula=i.formula.get(lang), rounding=i.rounding), i.explanation.get(lang),
                  "\n".join(flag.message.get(lang) for flag in i.flags), _deviation(i, lang)]
        for c, value in enumerate(values, 1):
            cell = put_value(ws, r, c, value)
            style(cell, border=BORDER, alignment=LEFT)
        ws.row_dimensions[r].height = height(max(lines(str(v), w) for v, w in zip(values, widths)))
    ws.freeze_panes = "C2"
    print_setup(ws, 1, landscape=True, lang=lang, heading=f"{card.unit} {card.year}")


def make_form(card: Scorecard, table: TargetTable, actuals: Actuals, lang: str = "zh") -> Workbook:
    """The 自评表 of `card` (with the goals of `table` and the spending of `actuals`), labels in `lang`."""
    wb = Workbook()
    ws = wb.active
    ws.title = say("xlsx.form_sheet", lang)
    widths = WIDTHS_H1 if card.period == "h1" else WIDTHS
    if lang == "en":
        widths = (LABEL_WIDTH_EN,) + widths[1:]
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    f = _Form(ws, lang, widths)
    _head(f, card, table)
    _money(f, money_lines(table, actuals, lang), card)
    _goals(f, table, actuals)
    header = _indicators(f, card, approved_targets(card, table, lang))
    table_end = f.row - 1  # the last indicator row: the total rows under it are kept with it on a page
    _total(f, card)
    if not has_own_weights(table):
        _weights_note(f)
    f.fit_rows()
    print_setup(ws, header, landscape=False, lang=lang)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    # Excel's Normal margins above and below (openpyxl's are an inch): the page holds a 一级 block more
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    paginate(ws, header, table_end, UNIT_POINTS[lang])
    _explanations(wb.create_sheet(say("xlsx.form_explain_sheet", lang)), card, lang)
    use_font(wb, lang)
    return wb


def render(card: Scorecard, table: TargetTable, actuals: Actuals, lang: str = "zh") -> bytes:
    """The form's file: the same inputs give the same bytes."""
    return workbook_bytes(make_form(card, table, actuals, lang))
