"""The fill-in workbook (实际值填报表): the table's indicators and money, with the cells to fill unlocked.

It carries the same data as the YAML template (scoring/template.py): every indicator in table order
with its targets and points, the allowed words of qualitative rows as a drop-down, and every project's
budget with its spending to fill, and under the money the year's overall goals with a box for what was
achieved (written into the form's goals block). Targets, names and points are locked (sheet protection without a
password: a guard against slips, not a lock); a hidden id column lets the reader match rows after
they were re-sorted. Column headers are found by their labels on reading, in either language.
"""
from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..actuals import PERIODS
from ..catalogue import say
from ..display import value as shown
from ..period_target import period_target
from ..rulebook.load import RuleBook
from ..rulebook.methods import OUTCOMES
from ..table.model import TargetTable
from ..table.points import has_own_weights
from ..table.values import TargetValue
from ..template import PERIOD_ARGS
from ..weighting import apportion
from .write import note as cell_note, print_setup, put_value, style, tall_enough, text_lines, use_font, workbook_bytes

# Sheets, and the columns of each, by role, with their catalogue labels and header notes.
INDICATOR_SHEET, MONEY_SHEET, META_SHEET = "indicators", "money", "meta"
SHEET_NAMES = {"indicators": "xlsx.sheet_indicators", "money": "xlsx.sheet_money", "meta": "xlsx.sheet_meta"}
COLUMN_LABELS = {
    "id": "xlsx.col_id", "level1": "xlsx.col_level1", "level2": "xlsx.col_level2", "name": "xlsx.col_name",
    "annual": "xlsx.col_annual", "half": "xlsx.col_half", "weight": "xlsx.col_weight", "actual": "xlsx.col_actual",
    "points": "xlsx.col_points", "reason": "xlsx.col_reason", "measure": "xlsx.col_measure",
    "evidence": "xlsx.col_evidence", "item": "xlsx.col_item", "budget": "xlsx.col_budget", "plan": "xlsx.col_plan",
    "spent": "xlsx.col_spent", "source": "xlsx.col_source", "initial": "xlsx.col_initial",
    "stated": "xlsx.col_stated", "scored": "xlsx.col_scored",
}
NOTES = {
    "id": "xlsx.note_id", "level1": "xlsx.note_level1", "level2": "xlsx.note_level2", "name": "xlsx.note_name",
    "annual": "xlsx.note_annual", "half": "xlsx.note_half", "weight": "xlsx.note_weight", "actual": "xlsx.note_actual",
    "points": "xlsx.note_points", "reason": "xlsx.note_reason", "measure": "xlsx.note_measure",
    "evidence": "xlsx.note_evidence", "item": "xlsx.note_item", "budget": "xlsx.note_budget", "plan": "xlsx.note_plan",
    "spent": "xlsx.note_spent", "source": "xlsx.note_source", "initial": "xlsx.note_initial",
    "stated": "xlsx.note_stated", "scored": "xlsx.note_scored",
}
PERIOD_NAMES = {"annual": "xlsx.period_annual", "h1": "xlsx.period_h1"}
MONEY_HELP = {"annual": "xlsx.money_help_annual", "h1": "xlsx.money_help_h1"}
# what the actual's note shows a clerk may type (the examples are data: the same in both languages)
ACTUAL_EXAMPLES = {"count": "10690", "count_unit": "10690人", "outcomes": " / ".join(OUTCOMES)}
INDICATOR_COLUMNS = ("id", "level1", "level2", "name", "annual", "half", "scored", "weight",
                     "actual", "points", "reason", "measure", "evidence")
TO_FILL = ("actual", "points", "reason", "measure", "evidence")
MONEY_COLUMNS = ("item", "budget", "plan", "spent")  # a department's; a project's are by source
PROJECT_MONEY_COLUMNS = ("source", "initial", "budget", "spent", "stated", "reason", "measure", "evidence")
BUDGET_ROW_FILL = ("stated", "reason", "measure", "evidence")  # a project's budget row: on the total row only
META_KEYS = ("unit", "year", "period", "illustrative")
# the goals block under the money: each part a heading row in column A over its text, found by the heading on reading
GOALS_HEADINGS = {"expected": "xlsx.goals_expected", "achieved": "xlsx.goals_achieved"}
GOALS_ACHIEVED_LINES = 6  # the height of the box to fill: a paragraph, as the form's goals block holds
HEADER_ROW = 3  # title, instructions, then the headers
LIST_LIMIT = 253  # the 255 characters a list validation's formula may hold, less its quotes
AUTHOR = "scoring"
WIDTHS = {"id": 8, "level1": 10, "level2": 22, "name": 28, "annual": 12, "half": 12, "scored": 14, "weight": 8,
          "actual": 14, "points": 10, "reason": 28, "measure": 28, "evidence": 24,
          "item": 44, "budget": 16, "plan": 16, "spent": 16, "source": 30, "initial": 16, "stated": 14}

_THIN = Side(style="thin", color="999999")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
FILL_HEAD = PatternFill("solid", fgColor="D9D9D9")
FILL_LOCKED = PatternFill("solid", fgColor="F2F2F2")
FILL_OPEN = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
UNLOCKED = Protection(locked=False)


def sheet_name(role: str, lang: str) -> str:
    return say(SHEET_NAMES[role], lang)


def indicator_columns(period: str) -> tuple[str, ...]:
    """The indicator sheet's columns for a period: the half-year target only at mid-year."""
    return tuple(c for c in INDICATOR_COLUMNS if c != "half" or period == "h1")


def money_columns(period: str, kind: str = "department") -> tuple[str, ...]:
    if kind == "project":
        return PROJECT_MONEY_COLUMNS
    return tuple(c for c in MONEY_COLUMNS if c != "plan" or period == "h1")


def allowed_words(target: TargetValue, book: RuleBook) -> list[str]:
    """The words a clerk may pick for a qualitative row: the outcomes, then the vocabulary's words for the target."""
    if target.kind != "word":
        return list(OUTCOMES)
    words = [w for w, _ in book.vocabulary.words_for(target.word)]
    return list(OUTCOMES) + [w for w in words if w not in OUTCOMES and "," not in w]


def _headers(ws, columns: tuple[str, ...], lang: str, notes: dict[str, str] | None = None) -> None:
    """The header row, each cell with its note (`notes`: another note for a role than NOTES gives)."""
    notes = {**NOTES, **(notes or {})}
    for c, role in enumerate(columns, 1):
        cell = put_value(ws, HEADER_ROW, c, say(COLUMN_LABELS[role], lang))
        style(cell, font=BOLD, fill=FILL_HEAD, border=BORDER, alignment=WRAP)
        note = cell_note(say(notes[role], lang, **(ACTUAL_EXAMPLES if role == "actual" else {})), AUTHOR)
        note.width, note.height = 260, 110
        cell.comment = note
        ws.column_dimensions[get_column_letter(c)].width = WIDTHS[role]
    tall_enough(ws, HEADER_ROW, ((say(COLUMN_LABELS[role], lang), WIDTHS[role]) for role in columns))


def _banner(ws, row: int, text: str, width: int, bold: bool = False) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    cell = put_value(ws, row, 1, text)
    cell.font = Font(bold=bold, size=14 if bold else 10)
    cell.alignment = Alignment(wrap_text=True, vertical="center")


def _style_row(ws, row: int, columns: tuple[str, ...], open_roles: set[str]) -> None:
    for c, role in enumerate(columns, 1):
        cell = style(ws.cell(row, c), border=BORDER, alignment=WRAP)
        if role in open_roles:
            style(cell, fill=FILL_OPEN, protection=UNLOCKED)
        else:
            style(cell, fill=FILL_LOCKED)


def _protect(ws) -> None:
    # no password: protection keeps the targets from slips; anyone who must change the layout can lift it
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths may be changed
    ws.protection.formatRows = False


def _indicator_sheet(ws, table: TargetTable, period: str, book: RuleBook, lang: str) -> None:
    columns = indicator_columns(period)
    col = {role: i for i, role in enumerate(columns, 1)}
    _banner(ws, 1, say("xlsx.template_title", lang, unit=table.unit.name, year=table.year,
                       period=say(PERIOD_NAMES[period], lang)), len(columns), bold=True)
    _banner(ws, 2, say("xlsx.template_help", lang, period_arg=PERIOD_ARGS[period]), len(columns))
    ws.row_dimensions[2].height = 45
    # the note says where the points come from: the table's own 分值 (a project table), or weights.yaml's split
    _headers(ws, columns, lang, {"weight": "xlsx.note_weight_table"} if has_own_weights(table) else None)
    weights = apportion(table, book.weights)  # the rows' own 分值 where the table writes them
    lists: dict[str, DataValidation] = {}
    row = HEADER_ROW
    for section, group, item in table.rows():
        row += 1
        # the scorer's own reading (a bare 100% is =100%, a missing half-year count scaled), so the column
        # a clerk fills against and the one the form prints cannot disagree
        target = period_target(item, period, book)[0]
        values = {"id": item.id, "level1": section.level1, "level2": group.level2, "name": item.name,
                  "annual": item.annual.text or "/", "half": (item.half_year.text if item.half_year else "") or "/",
                  "scored": shown(target), "weight": float(weights[item.id])}
        for role, value in values.items():
            if role in col:
                put_value(ws, row, col[role], value)
        lines = max(text_lines(str(values[role]), WIDTHS[role]) for role in ("level1", "level2", "name", "annual", "scored"))
        if lines > 1:
            ws.row_dimensions[row].height = 14 * lines + 4
        qualitative = target.kind in ("word", "none")
        _style_row(ws, row, columns, set(TO_FILL) - (set() if target.kind == "word" else {"points"}))
        ws.cell(row, col["weight"]).number_format = "0.00"
        actual = ws.cell(row, col["actual"])
        if target.kind == "number" and target.unit == "%":
            # a typed 95.5% is then stored as 0.955 and shown as typed; a bare 95.5 is 95.5 % only where Excel's
            # automatic percent entry is on (LibreOffice stores 95.5, 9550 %, which the reader asks about): the
            # note says to type the sign
            actual.number_format = "0.00%"
        # a list's formula holds at most 255 characters, commas between: a longer list, or a word with a comma
        # or a quote, gets none (the note still says what to write, and the reader checks every word anyway)
        choice = ",".join(allowed_words(target, book)) if qualitative else ""
        if choice and len(choice) <= LIST_LIMIT and '"' not in choice:
            dv = lists.get(choice)
            if dv is None:
                dv = lists[choice] = _word_list(choice, lang)
                ws.add_data_validation(dv)
            dv.add(actual.coordinate)
    ws.column_dimensions["A"].hidden = True  # the id: the reader matches rows by it, the clerk needs not see it
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, col["name"] + 1)
    _protect(ws)
    print_setup(ws, HEADER_ROW, landscape=True, lang=lang)


def _word_list(choice: str, lang: str) -> DataValidation:
    # a warning, not a stop: the reader checks every word again, and a new word may be on its way
    # into vocabulary.yaml; the drop-down is a help, never the check
    return DataValidation(type="list", formula1=f'"{choice}"', allow_blank=True, showErrorMessage=True,
                          errorStyle="warning", errorTitle=say("xlsx.list_title", lang), error=say("xlsx.list_error", lang))


def money_rows(table: TargetTable, period: str, lang: str) -> list[tuple[str, dict[str, Decimal | None]]]:
    """The money sheet's rows: a department's basic expenditure and projects (annual budget, half-year
    plan), or a project's funds rows by source (年初预算数, 全年预算数)."""
    if table.kind == "project":
        return [(row.source, {"initial": row.initial, "budget": row.annual}) for row in table.project.funds]
    exp = table.funds.expenditure
    rows = [(say("xlsx.basic", lang), exp.basic)] + [(p.name, p) for p in exp.projects]
    return [(name, {"budget": a.annual, "plan": a.half_year}) for name, a in rows]


def _money_sheet(ws, table: TargetTable, period: str, lang: str) -> None:
    columns = money_columns(period, table.kind)
    col = {role: i for i, role in enumerate(columns, 1)}
    _banner(ws, 1, say("xlsx.money_title", lang, unit=table.unit.name, year=table.year), len(columns), bold=True)
    _banner(ws, 2, say(MONEY_HELP[period], lang), len(columns))
    ws.row_dimensions[2].height = 45
    _headers(ws, columns, lang)
    for r, (name, amounts) in enumerate(money_rows(table, period, lang), HEADER_ROW + 1):
        put_value(ws, r, col[columns[0]], name)
        for role, amount in amounts.items():
            if role in col:
                put_value(ws, r, col[role], _money(amount))
        first = r == HEADER_ROW + 1
        _style_row(ws, r, columns, {"spent"} | (set(BUDGET_ROW_FILL) if first else set()))
        for role in ("initial", "budget", "plan", "spent"):
            if role in col:
                ws.cell(r, col[role]).number_format = "#,##0.00"
        if "stated" in col:
            ws.cell(r, col["stated"]).number_format = "0.00%"
    _goals_block(ws, ws.max_row + 2, table, columns, lang)
    _protect(ws)
    print_setup(ws, HEADER_ROW, landscape=False, lang=lang)


def _goals_block(ws, top: int, table: TargetTable, columns: tuple[str, ...], lang: str) -> None:
    """The year's overall goals as the table sets them (locked), and a box for what was achieved (the form's
    实际完成情况), each under its heading and as wide as the money table."""
    width = sum(WIDTHS[role] for role in columns)
    expected = table.goals.annual or "/"
    for row, value, kind in ((top, say(GOALS_HEADINGS["expected"], lang), "head"), (top + 1, expected, "locked"),
                              (top + 2, say(GOALS_HEADINGS["achieved"], lang), "head"), (top + 3, None, "open")):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(columns))
        cell = put_value(ws, row, 1, value)
        for c in range(1, len(columns) + 1):
            style(ws.cell(row, c), border=BORDER)
        style(cell, alignment=WRAP_TOP if kind == "open" else WRAP)
        if kind == "head":
            style(cell, font=BOLD, fill=FILL_HEAD)
        elif kind == "locked":
            style(cell, fill=FILL_LOCKED)
            ws.row_dimensions[row].height = 14 * text_lines(expected, width) + 4
        else:
            style(cell, fill=FILL_OPEN, protection=UNLOCKED)
            ws.row_dimensions[row].height = 14 * GOALS_ACHIEVED_LINES + 4
    note = cell_note(say("xlsx.note_goals_achieved", lang), AUTHOR)
    note.width, note.height = 260, 110
    ws.cell(top + 2, 1).comment = note


def _money(amount: Decimal | None) -> float | None:
    return None if amount is None else float(amount)


def _meta_sheet(ws, table: TargetTable, period: str, lang: str) -> None:
    # what the YAML template's first lines say: whose actuals, for which year and period
    values = {"unit": table.unit.name, "year": table.year, "period": period, "illustrative": "false"}
    for r, key in enumerate(META_KEYS, 1):
        put_value(ws, r, 1, key)
        put_value(ws, r, 2, values[key])
    put_value(ws, len(META_KEYS) + 2, 1, say("xlsx.meta_help", lang))
    ws.sheet_state = "hidden"
    _protect(ws)


def make_template_book(table: TargetTable, period: str, book: RuleBook, lang: str = "zh") -> Workbook:
    """The workbook to fill in for `table` and `period`, headers and notes in `lang`."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    wb = Workbook()
    _indicator_sheet(wb.active, table, period, book, lang)
    wb.active.title = sheet_name(INDICATOR_SHEET, lang)
    _money_sheet(wb.create_sheet(sheet_name(MONEY_SHEET, lang)), table, period, lang)
    _meta_sheet(wb.create_sheet(sheet_name(META_SHEET, lang)), table, period, lang)
    use_font(wb, lang)
    return wb


def book_bytes(wb: Workbook) -> bytes:
    return workbook_bytes(wb)
