"""Reading a filled-in workbook (made by template_book) into the same `Actuals` model as the YAML file.

Rows are matched to indicators by the hidden id column and the name, never by position, so a sorted
workbook, or one with a row deleted, reads the same; a row that matches nothing is an error at its
cell. Every cell is read as its person meant it (cells.py) and every value is checked again when
scoring: the drop-down lists are a help, not a guarantee. All problems are collected, one per cell,
each naming the cell (实际值.xlsx:指标!G12), and nothing is returned unless there are none.
"""
from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path

from openpyxl.utils import get_column_letter

from ..actuals import PERIODS, Actuals
from ..catalogue import say
from ..errors import Pos, Problem, ScoringError, display_path
from ..table.model import TargetTable
from ..table.names import resolve, same_unit, unresolved_text
from ..table.values import normalise_text
from ..yamlio import Located, validate
from . import cells
from .unread import UnreadCells
from .open import cannot_open, kind_of, refuse_lock_file, workbook_bytes
from .streamed import Streamed
from .template_book import (BUDGET_ROW_FILL, COLUMN_LABELS, GOALS_HEADINGS, INDICATOR_SHEET, META_KEYS, META_SHEET,
                            MONEY_SHEET, SHEET_NAMES, sheet_name)

LANGS = ("zh", "en")
# openpyxl reads these; an .xls (or .et, .ods) keeps no number formats that calamine would give, so its 95% cell
# would read as 0.95: refused, with the way to save it as .xlsx
READ_SUFFIXES = (".xlsx", ".xlsm")
# the columns a clerk fills, each read into the IndicatorActual field of its name, by its own reader
FIELDS = {"actual": cells.meant_text, "points": cells.points, "reason": cells.free_text,
          "measure": cells.free_text, "evidence": cells.free_text}
HEADER_SCAN = 20  # the header is among the first rows; the clerk may have inserted some above it
# the labels that tell a renamed sheet of the template by its header: the indicators' (编号 and 按此计分 are ours
# alone), a department's or a project's money
SHEET_HEADERS = {INDICATOR_SHEET: (("id", "name", "scored", "weight", "actual"),),
                 MONEY_SHEET: (("item", "budget", "spent"), ("source", "budget", "spent"))}


def _labels(role: str) -> set[str]:
    return {normalise_text(say(COLUMN_LABELS[role], lang)) for lang in LANGS}


class _Book:
    """Both views of a workbook: the values as last computed and shown, and which cells hold formulas."""

    def __init__(self, path: str | Path):
        self.file = display_path(path)
        raw = workbook_bytes(path)
        try:
            self.values = Streamed(raw)
        except Exception as e:  # openpyxl raises many kinds on a file that is no workbook
            raise cannot_open(path, e) from None
        self._formulas = self.values.formulas
        self.problems: list[Problem] = []
        self._spread: dict[tuple[str, int, int], tuple[int, int]] = {}  # a cell read as the merged cell above it

    def sheet(self, role: str):
        """The sheet of a role (指标, 资金, 填报信息): by its name, else the one other sheet that holds its header (a
        clerk renamed 指标 to Sheet1: its cells are read, and named, where they are). Where none or several do,
        the error says which to rename, never to make the workbook again: that would lose what was entered."""
        names = [sheet_name(role, lang) for lang in LANGS]
        found = self._sheets(role)
        if len(found) == 1:
            return found[0]
        sheet, sheets = " / ".join(names), list(self.values.sheetnames)
        if found:
            raise Pos(self.file).fail("xlsx.sheets_alike", sheet=sheet, alike=found)
        if any(self._sheets(other) for other in SHEET_NAMES if other != role):  # our workbook, one sheet renamed
            raise Pos(self.file).fail("xlsx.sheet_renamed", sheet=sheet, found=sheets)
        raise Pos(self.file).fail("xlsx.no_sheet", sheet=sheet, found=sheets)

    def _sheets(self, role: str) -> list[str]:
        """The sheet named for `role`, else the sheets named for no role that hold its header."""
        named = [sheet_name(role, lang) for lang in LANGS]
        for name in named:
            if name in self.values.sheetnames:
                return [name]
        taken = {sheet_name(r, lang) for r in SHEET_NAMES for lang in LANGS}
        return [s for s in self.values.sheetnames if s not in taken and self._holds(s, role)]

    def _holds(self, sheet: str, role: str) -> bool:
        """Whether a sheet holds what the template writes on the sheet of `role`: its header's labels (those only
        the template writes, so a 自评表 form is not taken for one), or the meta sheet's keys in column A."""
        ws = self.values[sheet]
        if role == META_SHEET:
            return set(META_KEYS) <= {str(ws.cell(r, 1).value).strip() for r in range(1, ws.max_row + 1)}
        for r in range(1, min(ws.max_row, HEADER_SCAN) + 1):
            labels = {normalise_text(str(v)) for c in range(1, ws.max_column + 1) if (v := ws.cell(r, c).value) is not None}
            if any(all(labels & _labels(label) for label in header) for header in SHEET_HEADERS[role]):
                return True
        return False

    def pos(self, sheet: str, row: int, col: int) -> Pos:
        return cells.where(self.file, sheet, self.values[sheet].cell(row, col).coordinate)

    def raw(self, sheet: str, row: int, col: int):
        """(value, number format, whether a formula)"""
        row, col = self._spread.get((sheet, row, col), (row, col))
        cell = self.values[sheet].cell(row, col)
        return cell.value, cell.number_format, (row, col) in self._formulas.get(sheet, ())

    def read(self, reader, sheet: str, row: int, col: int):
        """A cell through one of the readers of cells.py; a refusal becomes a problem at the cell, and None."""
        value, fmt, formula = self.raw(sheet, row, col)
        try:
            return reader(value, fmt, formula)
        except cells.CellError as e:
            self.problems.append(self.pos(sheet, row, col).report(e.code, **e.args_))
            return None

    def header(self, sheet: str, required: tuple[str, ...], optional: tuple[str, ...]) -> tuple[int, dict[str, int]]:
        """The header row (found by its labels, in either language) and the column of each role."""
        ws = self.values[sheet]
        roles = required + optional
        for r in range(1, min(ws.max_row, HEADER_SCAN) + 1):
            found: dict[str, int] = {}
            for c in range(1, ws.max_column + 1):
                value = ws.cell(r, c).value
                text = normalise_text(str(value)) if value is not None else ""
                for role in roles:
                    if text in _labels(role):
                        if role in found:
                            raise self.pos(sheet, r, c).fail("xlsx.column_twice", label=value,
                                       other=ws.cell(r, found[role]).coordinate)
                        found[role] = c
            if all(role in found for role in required):
                return r, found
        labels = [say(COLUMN_LABELS[role], "zh") + " / " + say(COLUMN_LABELS[role], "en") for role in required]
        raise Pos(f"{self.file}:{sheet}").fail("xlsx.no_header", labels=labels)

    def merged_down(self, sheet: str, first: int, fill: dict[str, int]) -> None:
        """A range merged down several rows of a column the clerk fills, from row `first` on: a reason, measure or
        evidence is each row's, as the audit of a form reads it (one reason for three rows); an actual or points
        is an error at the range, since one value for several indicators cannot be told from a sum of them."""
        roles = {c: role for role, c in fill.items()}
        for r1, c1, r2, c2 in self.values[sheet].merged:
            if r2 == r1 or r1 < first or c1 not in roles:
                continue
            if roles[c1] in ("actual", "points"):
                ref = f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}"
                self.problems.append(cells.where(self.file, sheet, ref).report("xlsx.merged_value", rows=r2 - r1 + 1))
                continue
            self._spread.update({(sheet, r, c1): (r1, c1) for r in range(r1 + 1, r2 + 1)})

    def blank(self, sheet: str, row: int, cols: dict[str, int]) -> bool:
        return all(self.values[sheet].cell(row, c).value in (None, "") for c in cols.values())


def _meta(book: _Book, index: dict) -> dict:
    sheet = book.sheet(META_SHEET)
    ws = book.values[sheet]
    found = {str(ws.cell(r, 1).value).strip(): r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value is not None}
    data: dict = {}
    for key in META_KEYS:
        if key not in found:
            raise Pos(f"{book.file}:{sheet}").fail("xlsx.meta_missing", key=key)
        r = found[key]
        text = cells.plain_text(ws.cell(r, 2).value) or ""
        pos = book.pos(sheet, r, 2)
        index[(key,)] = pos
        if key == "year":
            if not text.isdigit():
                raise pos.fail("xlsx.meta_bad", key=key, value=text, expected="2025")
            data[key] = int(text)
        elif key == "period":
            if text not in PERIODS:
                raise pos.fail("xlsx.meta_bad", key=key, value=text, expected=" / ".join(PERIODS))
            data[key] = text
        elif key == "illustrative":
            if text.lower() not in ("true", "false"):
                raise pos.fail("xlsx.meta_bad", key=key, value=text, expected="true / false")
            data[key] = text.lower() == "true"
        else:
            data[key] = text
    index[()] = Pos(f"{book.file}:{sheet}")
    return data


def _match_row(book: _Book, sheet: str, row: int, col: dict[str, int], indicators: list[tuple[str, str]]) -> str | None:
    """The indicator id a row is for: its hidden id where that names one, else its name; None with a problem."""
    names = dict(indicators)
    ident = cells.plain_text(book.raw(sheet, row, col["id"])[0]) if "id" in col else None
    name = cells.plain_text(book.raw(sheet, row, col["name"])[0])
    at = book.pos(sheet, row, col["name"])
    if ident in names:
        if name is not None and normalise_text(name) != normalise_text(names[ident]):
            book.problems.append(at.report("xlsx.row_id_name_differ", id=ident, expected=names[ident], name=name))
            return None
        return ident
    if name is None:
        book.problems.append(at.report("xlsx.row_unmatched", name=ident or ""))
        return None
    ids = resolve(name, indicators)
    if len(ids) != 1:
        book.problems.append(at.report_text(unresolved_text(name, ids, indicators)))
        return None
    return ids[0]


def _indicators(book: _Book, table: TargetTable, index: dict) -> dict:
    sheet = book.sheet(INDICATOR_SHEET)
    head, col = book.header(sheet, ("name", "actual"), ("id", "points", "reason", "measure", "evidence"))
    indicators = [(i.id, i.name) for _, _, i in table.rows()]
    ceilings = {i.id: _percent_ceiling(i) for _, _, i in table.rows()}
    fill = {role: c for role, c in col.items() if role in FIELDS}
    book.merged_down(sheet, head + 1, fill)
    out: dict = {}
    first_row: dict[str, int] = {}
    for r in range(head + 1, book.values[sheet].max_row + 1):
        if book.blank(sheet, r, col):
            continue
        ident = _match_row(book, sheet, r, col, indicators)
        if ident is None:
            continue
        if ident in first_row:
            book.problems.append(book.pos(sheet, r, col["name"]).report("xlsx.row_twice", id=ident, name=dict(indicators)[ident],
                                         other=f"{sheet}!{book.values[sheet].cell(first_row[ident], col['name']).coordinate}"))
            continue
        first_row[ident] = r
        entry = {}
        for role, c in fill.items():
            reader = partial(FIELDS[role], ceiling=ceilings[ident]) if role == "actual" else FIELDS[role]
            entry[role] = book.read(reader, sheet, r, c)
            index[("indicators", ident, role)] = book.pos(sheet, r, c)
        index[("indicators", ident)] = book.pos(sheet, r, col["actual"])
        out[ident] = entry
    index[("indicators",)] = Pos(f"{book.file}:{sheet}")
    return out


def _percent_ceiling(indicator) -> Decimal:
    """How large a percentage the row's actual cell may show unasked: more where its target is a large percentage."""
    targets = [t.value for t in (indicator.annual, indicator.half_year) if t is not None]
    return cells.percent_ceiling([v.number for v in targets if v.kind == "number" and v.unit == "%"])


def _goals(book: _Book, sheet: str, head: int) -> dict[str, int]:
    """The rows of the goals block's headings under the money table, by part (a workbook made before the block
    was added has none)."""
    ws = book.values[sheet]
    labels = {normalise_text(say(code, lang)): part for part, code in GOALS_HEADINGS.items() for lang in LANGS}
    found: dict[str, int] = {}
    for r in range(head + 1, ws.max_row + 1):
        value = ws.cell(r, 1).value
        part = labels.get(normalise_text(value)) if isinstance(value, str) else None
        if part is not None:
            found.setdefault(part, r)
    return found


def _goals_achieved(book: _Book, sheet: str, goals: dict[str, int], data: dict, index: dict) -> None:
    """What was achieved against the year's goals: the box under its heading; blank is not written."""
    if "achieved" in goals:
        r = goals["achieved"] + 1
        data["goals_achieved"] = book.read(cells.free_text, sheet, r, 1)
        index[("goals_achieved",)] = book.pos(sheet, r, 1)


def _money(book: _Book, table: TargetTable, index: dict, keys: dict) -> tuple[str, dict, dict[str, int]]:
    """The money sheet as the actuals hold it: a department's `spending` (basic, projects by name), or a
    project's `budget_row` (全年执行数 by funds source). Rows are matched by their names; the goals block's rows are no money rows.
    A department's row of another name is kept as a project of that name, its name cell as its key (`keys`): it is
    said when the money is reckoned, with the nearest project's name, as in a YAML file (money.department_spent)."""
    sheet = book.sheet(MONEY_SHEET)
    label = "source" if table.kind == "project" else "item"
    head, col = book.header(sheet, (label, "spent"), BUDGET_ROW_FILL if table.kind == "project" else ())
    goals = _goals(book, sheet, head)
    block = {r + k for r in goals.values() for k in (0, 1)}  # each heading and its text: no money rows
    if table.kind == "project":
        key, data = "budget_row", {"executed": {}}
        names = {normalise_text(row.source): ("executed", row.source) for row in table.project.funds}
    else:
        key, data = "spending", {"basic": None, "projects": {}}
        names = {normalise_text(say("xlsx.basic", lang)): ("basic",) for lang in LANGS}
        names.update({normalise_text(p.name): ("projects", p.name) for p in table.funds.expenditure.projects})
    seen: dict[tuple, int] = {}
    for r in range(head + 1, book.values[sheet].max_row + 1):
        if r in block or book.blank(sheet, r, col):
            continue
        name = cells.plain_text(book.raw(sheet, r, col[label])[0]) or ""
        at = book.pos(sheet, r, col[label])
        path = names.get(normalise_text(name))
        if path is None and name and table.kind != "project":
            path = ("projects", name)
            keys[(key,) + path] = at
        elif path is None:
            book.problems.append(at.report("xlsx.money_unmatched", name=name))
            continue
        if path in seen:
            first = book.values[sheet].cell(seen[path], col[label]).coordinate
            book.problems.append(at.report("xlsx.money_twice", name=name, other=f"{sheet}!{first}"))
            continue
        seen[path] = r
        spent = book.read(cells.amount, sheet, r, col["spent"])
        if len(path) == 1:
            data[path[0]] = spent
        else:
            data[path[0]][path[1]] = spent
        index[(key,) + path] = book.pos(sheet, r, col["spent"])
        if table.kind == "project" and path[1] == table.project.total.source:
            _budget_row_notes(book, sheet, r, col, data, index)
    index[(key,)] = Pos(f"{book.file}:{sheet}")
    if seen:  # what is wrong with the money as a whole (parts that do not add up, amounts in 元) is said at its cells
        index[(key,)] = cells.where(book.file, sheet, _cell_list(sorted(seen.values()), col["spent"]))
    return key, data, goals


def _cell_list(rows: list[int], col: int) -> str:
    """The cells of `rows` in column `col` as Excel writes a selection: C4:C7, or C4,C6 where rows are apart."""
    letter = get_column_letter(col)
    if rows == list(range(rows[0], rows[-1] + 1)):
        return f"{letter}{rows[0]}" + (f":{letter}{rows[-1]}" if len(rows) > 1 else "")
    return ",".join(f"{letter}{r}" for r in rows)


def _budget_row_notes(book: _Book, sheet: str, r: int, col: dict[str, int], data: dict, index: dict) -> None:
    """A project's budget row, on the funds total row: the rate as stated by hand, reason, measure, evidence."""
    fields = {"stated": ("stated_rate", cells.stated_rate), "reason": ("reason", cells.free_text),
              "measure": ("measure", cells.free_text), "evidence": ("evidence", cells.free_text)}
    for role, (field, reader) in fields.items():
        if role in col:
            data[field] = book.read(reader, sheet, r, col[role])
            index[("budget_row", field)] = book.pos(sheet, r, col[role])


def read_actuals_book(path: str | Path, table: TargetTable | None) -> Actuals:
    """The actuals of a filled-in workbook, checked against `table`; ScoringError lists every bad cell."""
    refuse_lock_file(path)  # before its suffix: ~$实际值.xls is no .xls either
    if Path(path).suffix.lower() not in READ_SUFFIXES and kind_of(path) != "zip":  # an .xlsx named .xls is read
        raise Pos(display_path(path)).fail("xlsx.actuals_not_xlsx", suffix=Path(path).suffix)
    if table is None:
        raise Pos(display_path(path)).fail("xlsx.needs_table")
    book = _Book(path)
    index: dict = {}
    indicators = _indicators(book, table, index)  # first: a workbook that is no template lacks this sheet
    data = _meta(book, index)
    if not same_unit(data["unit"], table.unit.name):  # another table's workbook: its other sheets would not fit either
        raise index[("unit",)].fail("facts.unit_differs", actual=data["unit"], table=table.unit.name)
    data["indicators"] = indicators
    keys: dict = {}
    key, money, goals = _money(book, table, index, keys)
    data[key] = money
    _goals_achieved(book, book.sheet(MONEY_SHEET), goals, data, index)
    actuals = validate(Located(book.file, data, index, keys), Actuals)
    if book.problems:
        raise UnreadCells(book.problems, actuals)
    return actuals

