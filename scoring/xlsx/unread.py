"""The error for a workbook's unreadable cells, carrying the actuals read from all the others."""
from __future__ import annotations

import re

from ..actuals import Actuals
from ..errors import Problem, ScoringError
from ..table.model import TargetTable

_CELL = re.compile(r"^(?P<file>.*):(?P<sheet>[^:!]+)(?:!\$?(?P<col>[A-Z]+)\$?(?P<row>\d+)\S*)?$")


class UnreadCells(ScoringError):
    """Cells that could not be read as anyone meant them, with the actuals of every cell that could: scoring
    can then check those against their targets too, so that one run names every bad cell (checked)."""

    def __init__(self, problems, actuals: Actuals):
        super().__init__(problems)
        self.actuals = actuals

    def checked(self, table: TargetTable, rules, period: str) -> ScoringError:
        """This error with the scorer's own problems about the cells that were read (a unit or an operator that
        does not fit the target, a word outside the vocabulary, an assessor's points above the weight), in the
        workbook's order: sheet, row, column."""
        from ..evaluate import evaluate

        problems = self.problems + self._points_outside(table, rules)
        # an unreadable cell reaches scoring as blank: what scoring says of that cell would contradict the reason
        # already given (以下执行数为空 of an amount typed as abc), and a sheet's blank amounts beside an unreadable
        # one would count it among them; the clerk is told the unreadable ones, then, once they read, any truly blank
        unread = {(p.file, p.line, p.column) for p in self.problems}
        sheets = {_sheet(p) for p in self.problems} - {None}
        try:
            evaluate(table, self.actuals, rules, period, engine="python")  # the engines agree; this one has no limits
        except ScoringError as e:
            problems += [p for p in e.problems  # the points again, where scoring got to them
                         if p not in problems and (p.file, p.line, p.column) not in unread
                         and not (p.code == "money.spending_blank" and _sheet(p) in sheets)]
        return ScoringError(in_cell_order(problems, template_sheets()))

    def _points_outside(self, table: TargetTable, rules) -> list[Problem]:
        """Each assessor's points above the weight, also where scoring stops before it looks at them (a word
        refused in another row): the workbook's rows are keyed by indicator id."""
        from ..score_row import entry_points_outside
        from ..weighting import apportion

        try:
            weights = apportion(table, rules.weights)
        except ScoringError:
            return []  # the table's own points are wrong: scoring says so
        found = (entry_points_outside(entry, weights[ident]) for ident, entry in self.actuals.indicators.items()
                 if ident in weights)
        return [p for p in found if p is not None]


def template_sheets() -> list[str]:
    """The template's sheets in their order (both languages), for in_cell_order."""
    from .template_book import INDICATOR_SHEET, META_SHEET, MONEY_SHEET, sheet_name

    return [sheet_name(role, lang) for role in (INDICATOR_SHEET, MONEY_SHEET, META_SHEET) for lang in ("zh", "en")]


def in_cell_order(problems: list[Problem], order: list[str]) -> list[Problem]:
    """Problems as a person goes through the workbook: by sheet (in `order`, others after), row, column; a
    sheet's own problems before its cells'; problems in other files after, as they came."""
    def key(item: tuple[int, Problem]):
        i, p = item
        m = _CELL.match(p.file) if p.line is None else None
        if m is None:
            return (1, "", 0, "", 0, 0, i)
        sheet = m["sheet"]
        rank = order.index(sheet) if sheet in order else len(order)
        row, col = (int(m["row"]), _column(m["col"])) if m["row"] else (0, 0)
        return (0, m["file"], rank, sheet, row, col, i)

    return [p for _, p in sorted(enumerate(problems), key=key)]


def _column(letters: str) -> int:
    """A column's number (A → 1, AA → 27), as openpyxl counts: not imported for it, since every command that
    reads actuals imports this module and openpyxl takes a third of a cold start."""
    n = 0
    for c in letters.upper():
        n = n * 26 + ord(c) - 64
    return n


def _sheet(p: Problem) -> str | None:
    """The sheet a workbook's problem is at (book.xlsx:资金!C6 → 资金), read as in_cell_order reads it."""
    m = _CELL.match(p.file) if p.line is None else None
    return m["sheet"] if m else None
