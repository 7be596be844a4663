"""The summary workbooks: a batch's units and a folder review's forms as tables a reviewer sorts and filters in Excel.

Each holds the data its Markdown summary shows, nothing computed anew, one row per unit (or form) on the first
sheet and the ones that could not be scored (or read) on the second: totals, points and grades as numbers with
two decimals (a spreadsheet sums and sorts them; the Markdown's `73.73 / 78.00` and `优（按 94.53 分评定）` are
split into columns), the header frozen and filtered, each column as wide as its text (capped: longer text wraps,
its row made tall enough by xlsx.fit). Written with the other workbooks' helpers (xlsx.write), so the same
summary gives the same bytes.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..catalogue import say
from ..render import batch_summary
from ..render.labels import labels
from ..scorecard import BatchSummary
from . import fit
from .write import print_setup, put_value, sheet_title, style, tall_enough, use_font, workbook_bytes

if TYPE_CHECKING:
    from ..review.report import FolderAudit

# what a column holds: its number format (None: text), and the widest it grows before its text wraps
FORMATS = {"text": None, "long": None, "points": "0.00", "count": "0", "tally": "0;-0;;@"}  # tally: a 0 left blank
CAPS = {"text": 40.0, "long": 90.0}
NUMBER_WIDTH = 6.0  # room for 100.00 or a count, whatever the figures
FILTER_BUTTON = 2.5  # column units the filter's drop-down button covers at a header's right end


@dataclass(frozen=True)
class Column:
    head: str
    kind: str = "text"  # a key of FORMATS


def _sheet(ws, title: str, columns: list[Column], rows: list[list], lang: str, heading: str) -> None:
    ws.title = sheet_title(title)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_font, head_fill = Font(bold=True), PatternFill("solid", fgColor="D9D9D9")
    head_align = Alignment(wrap_text=True, vertical="center")
    body_align = Alignment(wrap_text=True, vertical="top")
    # each text measured once: its column's width, then whether it wraps there
    measured = [[_text_width(r[k]) if c.kind in CAPS and r[k] else 0.0 for r in rows] for k, c in enumerate(columns)]
    widths = [_width(c, m) for c, m in zip(columns, measured)]
    for k, (c, width) in enumerate(zip(columns, widths), 1):
        ws.column_dimensions[get_column_letter(k)].width = width
        style(put_value(ws, 1, k, c.head), font=head_font, fill=head_fill, border=border, alignment=head_align)
    tall_enough(ws, 1, [(c.head, w - FILTER_BUTTON) for c, w in zip(columns, widths)])
    formats = [FORMATS[c.kind] for c in columns]
    for r, values in enumerate(rows, 2):
        wrapped = []
        for k, value in enumerate(values):
            cell = put_value(ws, r, k + 1, float(value) if isinstance(value, Decimal) else value)
            style(cell, border=border, alignment=body_align)
            if formats[k] is not None:
                cell.number_format = formats[k]
            elif measured[k][r - 2] > widths[k] - fit.PAD_WIDTH:
                wrapped.append((value, widths[k]))
        if wrapped:  # only a row with a text wider than its column can need more than one line
            tall_enough(ws, r, wrapped)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"
    print_setup(ws, 1, landscape=True, lang=lang, heading=heading)


def _text_width(text: str) -> float:
    """The widest line of `text` in column units, as xlsx.fit measures it for wrapping."""
    return max(sum(width for width, _ in fit._pieces(line)) for line in str(text).split("\n"))


def _width(column: Column, measured: list[float]) -> float:
    """A column as wide as its header (beside the filter's button) and its widest value (`measured`), up to its cap."""
    need = _text_width(column.head) + FILTER_BUTTON
    if column.kind in CAPS:
        need = min(CAPS[column.kind], max([need, *measured]))
    else:
        need = max(need, NUMBER_WIDTH)
    return round(need + fit.PAD_WIDTH + 0.5, 1)  # half a unit in hand, as fit's widths keep


def _book(sheets: list[tuple[str, list[Column], list[list]]], lang: str, heading: str) -> bytes:
    wb = Workbook()
    for i, (title, columns, rows) in enumerate(sheets):
        _sheet(wb.active if i == 0 else wb.create_sheet(), title, columns, rows, lang, heading)
    use_font(wb, lang)
    return workbook_bytes(wb)


def batch_book(summary: BatchSummary, lang: str, folder: str | Path) -> bytes:
    """`scoring batch`'s summary-<period>.xlsx, written into `folder`: the units ranked as the Markdown ranks them,
    the units not scored with their located error, the warnings (where there are any), the rule files."""
    L = labels(lang)
    targets, actuals = Column(say("summary_book.col_targets", lang)), Column(say("summary_book.col_actuals", lang))
    units = [Column(say("render.batch.rank", lang), "count"), Column(L.unit), targets, actuals,
             Column(L.total, "points"), Column(say("summary_book.col_max", lang), "points"), Column(L.grade),
             Column(say("summary_book.col_graded_on", lang), "points"), Column(L.col_lost, "points"),
             Column(say("render.batch.flags", lang), "count"), Column(say("render.batch.report", lang))]
    ranked = [[i, r.unit, r.targets, r.actuals, r.total, r.max_total, batch_summary.grade_of(r, lang), r.grade_basis,
               r.lost, r.flags, batch_summary.report_path(r.report, folder) if r.report else None]
              for i, r in zip(batch_summary.ranks(summary.scored), summary.scored)]
    failed = [[r.targets, r.actuals, batch_summary.error_of(r, lang)] for r in summary.failed]
    sheets = [(say("summary_book.sheet_units", lang), units, ranked),
              (say("summary_book.sheet_failed", lang), [targets, actuals, Column(say("render.batch.error", lang), "long")],
               failed)]
    if warned := batch_summary.warned_units(summary):  # as the Markdown: a section only where there is one
        sheets.append((say("summary_book.sheet_warnings", lang),
                       [targets, actuals, Column(say("render.batch.warning", lang), "long")],
                       [[r.targets, r.actuals, batch_summary.warning_of(r, lang)] for r in warned]))
    sheets.append((say("summary_book.sheet_rules", lang), [Column(L.col_role), Column(L.col_file), Column("SHA-256")],
                   [[L.role[f.role], f.path, f.sha256] for f in summary.rules]))
    return _book(sheets, lang, say("render.batch.heading", lang, period=L.period[summary.period]))


def audit_book(result: FolderAudit, lang: str) -> bytes:
    """`scoring audit DIR --format xlsx`'s summary: the forms ranked by points at stake with each finding code's
    count a column (the codes most found first, as the count table orders them), the forms that could not be
    reviewed, and the count of each code"""
    from ..review.codes import label
    from ..review.render_terminal import counted, grades, titles

    T = titles(lang)
    codes = [code for code, _ in counted(result.codes())]
    forms = [Column(T["rank"], "count"), Column(labels(lang).col_file), Column(labels(lang).unit),
             Column(T["claimed_total"], "points"), Column(T["total"], "points"), Column(T["at_stake"], "points"),
             Column(T["grade_written"]), Column(T["grade"]), Column(T["findings"], "count"),
             *[Column(label(code, lang), "tally") for code in codes]]
    rows = []
    for i, a in enumerate(result.forms, 1):
        found = a.codes()
        rows.append([i, a.source, a.name, a.claimed_total, a.total, a.at_stake, *grades(a, lang, written=None),
                     len(a.problems()), *[found.get(code, 0) for code in codes]])
    sheets = [(say("summary_book.sheet_forms", lang), forms, rows),
              (say("summary_book.sheet_unreadable", lang), [Column(labels(lang).col_file), Column(T["error"], "long")],
               [[u.source, u.error.get(lang)] for u in result.unreadable]),
              (say("summary_book.sheet_codes", lang), [Column(T["kind"]), Column(T["code"]), Column(T["count"], "count")],
               [[label(code, lang), code, n] for code, n in counted(result.codes())])]
    heading = say("review.folder_title", lang) + (f" {result.folder}" if result.folder else "")
    return _book(sheets, lang, heading)
