"""Importing a target table exported as a workbook (.xlsx, .xls, .ods) from the budget system.

The sheet becomes the rows the text importer (scoring/table/importer.py) reads, one line per sheet
row and one field per column, so a damaged row is read the same way whichever form it came in.
A merged cell's text stands in its first cell and the rest of its range is empty, as in the text
export, except a target merged down several indicator rows, which is each row's (and said so);
the header rows are found by their labels, not their positions. The importer's comments and messages
name sheet rows (第12行, line 12: a line of the text is its sheet row); each is given the cells it concerns
(第12行（表1!B12:F12）, row 12 (表1!B12:F12)), and every error is placed at its cell.
"""
from __future__ import annotations

import datetime
import re
from io import BytesIO
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from ..catalogue import say
from ..errors import Pos, Problem, ScoringError, display_path
from ..table.importer import import_table
from ..table.indicator_rows import HEADER_ROLES
from ..table.target_cells import is_numeric_target
from . import cells
from .open import cannot_open, kind, workbook_bytes
from .streamed import Streamed

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
HEADER_LABEL = next(label for label, role in HEADER_ROLES.items() if role == "name")  # 三级指标
# how the text importer's messages name its source lines, in each language: 第12行, 第12–15行; line 12, lines 12–15
_ROWS = {"zh": re.compile(r"第(\d+)(?:–(\d+))?行"), "en": re.compile(r"\blines? (\d+)(?:–(\d+))?\b")}


def is_workbook(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


def _text(value) -> str:
    """A cell as the text export prints it: numbers to the 15 digits a spreadsheet shows, line breaks as spaces."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return format(value, ".15g") if value != int(value) or abs(value) >= 1e15 else str(int(value))
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return re.sub(r"[\t\r\n]+", " ", str(value))


@dataclass(frozen=True)
class Sheet:
    """A sheet's name, its cells as text row by row from A1, and the merged targets filled down."""

    name: str
    rows: list[list[str]]
    filled: list[tuple[str, str, int, int]] = ()  # (range, value, first row, last row)

    def text(self) -> str:
        return "\n".join("\t".join(row) for row in self.rows)

    def cells_of(self, first: int, last: int) -> str:
        """The filled cells of sheet rows first..last (1-based) as a range: 表1!B12:F12."""
        cols = [c for r in range(first, last + 1) for c, v in enumerate(self.rows[r - 1], 1) if v.strip()]
        if not cols:
            return f"{self.name}!{first}:{last}"
        start, end = f"{get_column_letter(min(cols))}{first}", f"{get_column_letter(max(cols))}{last}"
        return f"{self.name}!{start}" if start == end else f"{self.name}!{start}:{end}"

    def cell_at(self, line: int, column: int | None) -> str:
        """The cell holding character `column` (1-based) of the text line `line`."""
        if column is None:
            return self.cells_of(line, line)
        offset = 0
        for c, value in enumerate(self.rows[line - 1], 1):
            offset += len(value) + 1
            if column <= offset:
                return f"{self.name}!{get_column_letter(c)}{line}"
        return self.cells_of(line, line)


def read_sheet(path: str | Path) -> Sheet:
    """The sheet that holds the indicator header (三级指标), else the first one, as the text export prints it."""
    raw = workbook_bytes(path)
    try:
        book = CalamineWorkbook.from_filelike(BytesIO(raw))
        sheets = [(n, s.to_python(skip_empty_area=False), s.merged_cell_ranges or [])
                  for n, s in ((n, book.get_sheet_by_name(n)) for n in book.sheet_names)]
    except Exception as e:  # calamine raises its own kinds (and ValueError) on a file it cannot read
        raise cannot_open(path, e) from None
    if not sheets:
        raise cannot_open(path)
    title, values, merges = next((s for s in sheets if any(_text(v).strip() == HEADER_LABEL for r in s[1] for v in r)), sheets[0])
    rows = [[_text(v) for v in row] for row in values]
    if kind(raw) == "zip":  # an .xlsx by its bytes, whatever its name (one named .xls is no .xls)
        _as_shown(raw, path, title, rows)
    sheet = Sheet(title, rows)
    return Sheet(title, rows, _fill_merged_targets(sheet, merges))


def _as_shown(raw: bytes, path: str | Path, title: str, rows: list[list[str]]) -> None:
    """Numbers under a percent format as the sheet shows them (0.95 → 95%), formulas by their saved results:
    calamine gives values without formats and drops a formula that has no saved result (as openpyxl and other
    programs write them), so an .xlsx is read once more, and such a formula is an error at its cell rather
    than a target read as none (an .xls or .ods keeps the bare value). Read in streaming passes (streamed.py),
    as openpyxl's full load reads the cells (a cell merged into another's range is empty), without building
    their styles: two full loads were half of importing a workbook (21 → 10–12 ms CPU, the tests' 46)."""
    try:
        book = Streamed(raw)
        shown, formulas, written = book[title], book.formulas[title], book.written[title]
    except Exception as e:  # without the formats a 95% cell would read as 0.95: refuse rather than guess
        raise cannot_open(path, e) from None
    merged_into = {(r, c) for r1, c1, r2, c2 in shown.merged for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
                   if (r, c) != (r1, c1)}
    file, problems = display_path(path), []
    for row, column in sorted(formulas - merged_into):  # in reading order, as the messages are listed
        formula = written[row, column]  # (an array formula's is no text but an ArrayFormula)
        if cells.typed_percent(formula):
            # =100% typed as a target, taken by Excel for a formula: it computes 1
            cells.put(rows, row - 1, column - 1, formula)
        elif shown.cell(row, column).value is None:
            cell = f"{get_column_letter(column)}{row}"
            problems.append(cells.where(file, title, cell).report("xlsx.import_formula_uncomputed"))
    for row, column, value, number_format in shown.filled():
        if (row, column) not in formulas or not cells.typed_percent(written[row, column]):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and cells.shows_percent(number_format):
                cells.put(rows, row - 1, column - 1, cells.shown_text(value, number_format))
    if problems:
        raise ScoringError(problems)


def _fill_merged_targets(sheet: Sheet, merges) -> list[tuple[str, str, int, int]]:
    """A target merged down several rows (two indicators sharing ≥100%) is each row's target: the text
    export would print it in one row only, and the others would read as having none. Returns, for the
    comments, each such range with its value and rows."""
    rows = sheet.rows
    value_cols: dict[int, set[int]] = {}  # header row -> its target columns
    for r, row in enumerate(rows):
        if any(v.strip() == HEADER_LABEL for v in row):
            value_cols[r] = {c for c, v in enumerate(row) if HEADER_ROLES.get(v.strip()) in ("half", "annual")}
    filled = []
    for (r1, c1), (r2, c2) in sorted(merges):
        if r2 == r1 or r1 >= len(rows) or c1 >= len(rows[r1]) or not rows[r1][c1].strip():
            continue
        above = [h for h in value_cols if h < r1]  # only in the indicator blocks: the money above keeps its merges
        # under a target header, or a value no level or name cell holds (exports are ragged: ≥100% is a target anywhere)
        if not above or (c1 not in value_cols[max(above)] and not is_numeric_target(rows[r1][c1])):
            continue
        for r in range(r1 + 1, min(r2, len(rows) - 1) + 1):
            rows[r] += [""] * (c1 + 1 - len(rows[r]))
            rows[r][c1] = rows[r1][c1]
        span = f"{get_column_letter(c1 + 1)}{r1 + 1}:{get_column_letter(c2 + 1)}{r2 + 1}"
        filled.append((f"{sheet.name}!{span}", rows[r1][c1].strip(), r1 + 1, r2 + 1))
    return filled


def _with_cells(said: str, sheet: Sheet, lang: str, own: tuple[int, str] | None = None) -> str:
    """Each sheet row a text in `lang` names given its cells, as a sheet row: 第12行 → 第12行（表1!B12:F12）, line 12 →
    row 12 (表1!B12:F12); `own`, the row a problem is at and its cell, gives that row as the cell (第12行（表1!F12）)."""

    def cite(m: re.Match) -> str:
        first = int(m[1])
        last = int(m[2]) if m[2] else first
        if last > len(sheet.rows):
            return m[0]
        cells = own[1] if own is not None and first == last == own[0] else sheet.cells_of(first, last)
        rows = say("xlsx.sheet_rows", lang, rows=f"{m[1]}–{m[2]}") if m[2] else say("xlsx.sheet_row", lang, rows=m[1])
        return say("xlsx.cited", lang, rows=rows, cells=cells)

    return _ROWS[lang].sub(cite, said)


def _cited(line: str, sheet: Sheet, lang: str) -> str:
    """A comment line (in `lang`) with the cells of each sheet row it names."""
    return _with_cells(line, sheet, lang) if line.lstrip().startswith("#") else line


def import_workbook(path: str | Path, warnings: list[Problem] | None = None, lang: str = "zh") -> str:
    """The YAML of a target table exported as a workbook, its comments in `lang`; ScoringError places each
    problem at its cell, as it does each warning added to `warnings`."""
    file = display_path(path)
    sheet = read_sheet(path)
    found: list[Problem] = []
    try:
        out = import_table(sheet.text(), file, found, lang)
    except ScoringError as e:
        raise ScoringError([_placed(p, file, sheet) for p in e.problems]) from None
    if warnings is not None:
        warnings += [_placed(p, file, sheet) for p in found]
    lines = out.split("\n")
    body = next(i for i, line in enumerate(lines) if not line.startswith("#"))  # the header keeps its wording
    notes = ["# " + say("xlsx.import_merged_target", lang, cells=c, value=v, first=a, last=b) for c, v, a, b in sheet.filled]
    return "\n".join(lines[:body] + notes + [_cited(line, sheet, lang) for line in lines[body:]])


def _placed(p: Problem, file: str, sheet: Sheet) -> Problem:
    if p.line is None or p.line > len(sheet.rows):  # (a line past the sheet is no row of it: never guess a cell)
        return Problem(f"{file}:{sheet.name}", None, None, p.zh, p.en, p.severity, p.code)
    cell = sheet.cell_at(p.line, p.column)
    own = (p.line, cell)
    zh, en = _with_cells(p.zh, sheet, "zh", own), _with_cells(p.en, sheet, "en", own)
    return Problem(f"{file}:{cell}", None, None, zh, en, p.severity, p.code)
