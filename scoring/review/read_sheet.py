"""Reading a form from a workbook (.xlsx, .xls) with python-calamine, merged cells resolved.

Each sheet whose indicator header (三级指标 … 得分) can be found holds a form, and each is read: a second
form in the workbook is never skipped unseen. A merged
range's value is copied into each of its cells, so a 一级 merged down its rows names every row; the
copies below the first row are marked, so a number merged down is counted once. Each cell means what it
means to the actuals reader (scoring/xlsx/cells.py): a number under a percent format reads as that
percentage (0.8045 shown as 80.45% is 80.45%); a cell that cannot be read as meant (a formula never
computed, a date, a truth value, an error value, 98.6 shown as 9860%) is a located error when the form
reads it, and nothing where it does not (a 填报日期 above the form is a date, rightly).
"""
from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from pathlib import Path

from ..errors import Pos, Problem, ScoringError, display_path
from ..table.values import TargetSyntaxError, parse_value
from ..xlsx import cells
from ..xlsx.open import cannot_open, kind, workbook_bytes
from .form import ClaimedForm, Loc
from .grid import Grid
from .layout import read_grid

# a form has a few hundred rows of 11 columns; a sheet of more cells than this is refused before its
# cells become Python values (calamine itself has read the sheet by then)
MAX_CELLS = 200_000


# a sheet without an indicator header (a cover, a 填表说明, 计分说明), or one too big or broken to look into,
# is no form beside a form; a sheet with a header, even one lacking a column or of the half-year form, is a
# form, listed with why it cannot be reviewed rather than passed over
NOT_A_FORM = {"review.no_header", "review.sheet_too_big", "review.unreadable_sheet"}


def read_sheet_forms(path: str | Path) -> list[tuple[str, ClaimedForm | ScoringError]]:
    """Every form in the workbook, one a sheet, with its name: the file's name for the only form, `file!sheet`
    where the workbook holds several, so none is skipped unseen. A workbook without one is a located error."""
    import python_calamine

    name = display_path(path)
    if not Path(path).is_file():
        raise Pos(name).fail("review.no_file")
    raw = workbook_bytes(path)  # its size, packed and unpacked, as every workbook we read
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(BytesIO(raw))
    except Exception as e:  # calamine raises its own error types and plain ones (zip, xml, encoding)
        raise cannot_open(path, e) from None
    formats = _cell_formats(raw)
    found = [(sheet_name, _sheet_form(book, sheet_name, name, formats)) for sheet_name in book.sheet_names]
    forms = [(s, f) for s, f in found if isinstance(f, ClaimedForm)
             or any(p.code not in NOT_A_FORM for p in f.problems)]
    if any(isinstance(f, ClaimedForm) for _, f in forms):
        if len(forms) == 1:
            return [(name, forms[0][1])]
        return [(f"{name}!{s}", f.model_copy(update={"source": f"{name}!{s}"}) if isinstance(f, ClaimedForm) else f)
                for s, f in forms]
    errors = [f for _, f in found]
    if len(errors) == 1:
        raise errors[0]
    # a sheet with a header that reads badly says more than the sheets with none
    for e in errors:
        if any(p.code != "review.no_header" for p in e.problems):
            raise e
    raise Pos(name).fail("review.no_form_sheet", sheets=list(book.sheet_names))


def _sheet_form(book, sheet_name: str, name: str, formats) -> ClaimedForm | ScoringError:
    """The form on this sheet, or why it cannot be read."""
    try:
        sheet = book.get_sheet_by_name(sheet_name)
        if sheet.height * sheet.width > MAX_CELLS:
            return Pos(f"{name}!{sheet_name}").fail("review.sheet_too_big", rows=sheet.height,
                                                     columns=sheet.width, limit=MAX_CELLS)
        grid = sheet_grid(sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges or [],
                          name, sheet_name, formats.get(sheet_name, {}))
    except Exception as e:  # a sheet calamine cannot decode
        return Pos(f"{name}!{sheet_name}").fail("review.unreadable_sheet", reason=str(e))
    try:
        form = read_grid(grid)
    except ScoringError as e:
        return _explained(grid, e)
    used = _used(form)
    form, claims = _claims_in_cells(form, grid, used)
    unread = _unread(grid, {loc: ceiling for loc, ceiling in used.items() if loc not in claims})
    return ScoringError(unread) if unread else form


def _claims_in_cells(form: ClaimedForm, grid: Grid, used: dict[Loc, Decimal]) -> tuple[ClaimedForm, set[Loc]]:
    """The form with each claimed 得分 (a row's, the money block's, the 总分) and the stated 执行率 whose cell
    cannot be read as meant (a date, 9400% where 94 was meant) kept as a claim in words is (unread.py): a finding
    at its cell, saying what the cell holds, while the rest of the form is reviewed; and those cells. Any other
    such cell the form reads (a target, an amount) stays an error."""
    claims: set[Loc] = set()

    def marked(part, field: str):
        loc = part.cell(field)
        problem = grid.unread.get((loc.row - 1, loc.column - 1)) if loc is not None else None
        # a formula never computed is the whole file's (saved by a program, not Excel): open and save it, an error
        if (problem is None or problem[0] == "xlsx.cell_formula_uncomputed"
                or _plausible(problem, used.get(loc, cells.PERCENT_CEILING))):
            return part
        claims.add(loc)
        return part.model_copy(update={field: "" if field == "rate" else None,
                                       "unread": {**part.unread, field: grid.text(loc.row - 1, loc.column - 1).strip()},
                                       "unread_cell": {**part.unread_cell, field: problem}})

    budget = marked(marked(form.budget, "points"), "rate") if form.budget is not None else None
    rows = [marked(row, "points") for row in form.indicators]
    form = marked(form, "total")
    return (form.model_copy(update={"budget": budget, "indicators": rows}) if claims else form), claims


# (number format, formula without a computed result, the text typed where Excel took it for a formula: =100%)
# of a cell, where any matters
CellFormat = tuple[str, bool, str | None]
PLAIN: CellFormat = ("General", False, None)


def sheet_grid(values: list[list], merged, file: str, sheet: str, formats: dict[tuple[int, int], CellFormat]) -> Grid:
    """The sheet's cells as the form reader reads them; `formats` by 0-based (row, column)."""
    unread: dict[tuple[int, int], tuple[str, dict]] = {}
    rows = []
    for r, row in enumerate(values):
        line = []
        for c, v in enumerate(row):
            value, problem = _cell(v, *formats.get((r, c), PLAIN))
            line.append(value)
            if problem:
                unread[(r, c)] = problem
        rows.append(line)
    for (r, c), (_, uncomputed, typed) in formats.items():  # beyond the cells calamine gave (it drops a formula
        if typed is not None:  # without a result): a percentage typed as =100% is what it says, with or without one
            cells.put(rows, r, c, typed)
        elif uncomputed and (r, c) not in unread:
            unread[(r, c)] = ("xlsx.cell_formula_uncomputed", {})
    below = set()
    first: dict[tuple[int, int], tuple[int, int]] = {}
    for (r0, c0), (r1, c1) in merged:
        top = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, c1 + 1):
                if c < len(rows[r]) and (r, c) != (r0, c0):
                    rows[r][c] = top
                    first[(r, c)] = (r0, c0)
                    if (r0, c0) in unread:
                        unread[(r, c)] = unread[(r0, c0)]
                    if r > r0:
                        below.add((r, c))
    return Grid(file=file, rows=rows, sheet=sheet, below=frozenset(below), unread=unread, first=first)


def _cell(v, number_format: str, formula: bool, typed: str | None = None) -> tuple[str | Decimal, tuple[str, dict] | None]:
    """A cell's value for the grid (a number as a Decimal, a percent cell as its percentage text), and why it
    cannot be read as meant (a catalogue code and its arguments), if it cannot. A target typed =100%, which
    Excel took for a formula and saved as 1, is read as typed, as `scoring import` reads it."""
    if typed is not None:
        return typed, None
    if formula and v == "":
        v = None  # calamine gives an empty text where the formula has no saved result
    try:
        text = cells.meant_text(v, number_format, formula, ceiling=cells.PERCENT_CEILING)
    except cells.CellError as e:
        if e.code == "xlsx.percent_doubtful":  # read as shown if its row's target makes it plausible (_used)
            return e.args_["shown"], (e.code, e.args_)
        return ("" if v is None else str(v).upper() if isinstance(v, bool) else str(v)), (e.code, e.args_)
    if text is None:
        return "", None
    if isinstance(v, (int, float)) and not cells.shows_percent(number_format):
        return cells.exact(v), None
    return text, None


def _used(form: ClaimedForm) -> dict[Loc, Decimal]:
    """Every cell the form was read from (its rows' values, its money, its total and grade), each with the
    largest percentage it may show unasked: 1.5 × its row's percent target where that is above 150 %, as
    the actuals reader allows (≥200% takes 250 %)."""
    used = dict.fromkeys(form.cells.values(), cells.PERCENT_CEILING)
    for row in form.indicators:
        used.update(dict.fromkeys(row.cells.values(), cells.percent_ceiling(_percent_target(row.target))))
    if form.budget is not None:
        used.update(dict.fromkeys(form.budget.cells.values(), cells.PERCENT_CEILING))
        for part in form.budget.parts:
            used.update(dict.fromkeys(part.cells.values(), cells.PERCENT_CEILING))
    return used


def _percent_target(target: str) -> list[Decimal]:
    try:
        value = parse_value(target)
    except TargetSyntaxError:
        return []
    return [value.number] if value.kind == "number" and value.unit == "%" else []


def _unread(grid: Grid, used: dict[Loc, Decimal]) -> list[Problem]:
    """A located error for each of these cells that could not be read as meant, in sheet order."""
    ceilings = {(loc.row - 1, loc.column - 1): ceiling for loc, ceiling in used.items()}
    return [_unread_problem(grid, rc) for rc in sorted(set(ceilings) & set(grid.unread))
            if not _plausible(grid.unread[rc], ceilings[rc])]


def _plausible(problem: tuple[str, dict], ceiling: Decimal) -> bool:
    """A percent cell above 150 % that its row's own large percent target makes plausible."""
    code, args = problem
    return code == "xlsx.percent_doubtful" and Decimal(args["shown"].rstrip("%")) <= ceiling


def _unread_problem(grid: Grid, rc: tuple[int, int]) -> Problem:
    code, args = grid.unread[rc]
    return grid.loc(*rc).pos().report(code, **args)


def _explained(grid: Grid, e: ScoringError) -> ScoringError:
    """The layout's error, where it stopped at a cell that could not be read, saying why that cell could not
    (a formula never computed, rather than "not a number")."""
    at = {grid.loc(*rc).where(): rc for rc in grid.unread}
    return ScoringError([_unread_problem(grid, at[p.where()]) if p.where() in at else p for p in e.problems])


def _cell_formats(raw: bytes) -> dict[str, dict[tuple[int, int], CellFormat]]:
    """Per sheet, the number cells formatted as a percentage and the formulas without a computed result
    (0-based): calamine gives neither, so openpyxl reads them from an .xlsx and xlrd from an .xls (whose
    formulas always carry their result), each known by its bytes (an .xlsx named .xls is an .xlsx)."""
    try:
        if kind(raw) == "zip":
            return _xlsx_formats(raw)
        if kind(raw) == "cfb":
            return _xls_formats(raw)
    except Exception:  # calamine has read it or will say why; the formats are a refinement
        return {}
    return {}


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _xlsx_formats(raw: bytes) -> dict[str, dict[tuple[int, int], CellFormat]]:
    from ..xlsx.streamed import Streamed  # openpyxl's streaming read, as the actuals workbook is read

    book = Streamed(raw)
    out: dict[str, dict[tuple[int, int], CellFormat]] = {}
    for title, sheet in book.sheets.items():
        found, computed = {}, set()
        for r, c, value, fmt in sheet.filled():
            computed.add((r, c))
            fmt = fmt or "General"
            if _number(value) and cells.shows_percent(fmt):
                found[r - 1, c - 1] = (fmt, False, None)
        found.update({(r - 1, c - 1): ("General", True, None) for r, c in book.formulas.get(title, set()) - computed})
        found.update({(r - 1, c - 1): ("General", False, text) for (r, c), text in book.written.get(title, {}).items()
                      if cells.typed_percent(text)})
        out[title] = found
    return out


def _xls_formats(raw: bytes) -> dict[str, dict[tuple[int, int], CellFormat]]:
    import xlrd

    book = xlrd.open_workbook(file_contents=raw, formatting_info=True, on_demand=True)
    out: dict[str, dict[tuple[int, int], CellFormat]] = {}
    try:
        for sheet in book.sheets():
            found = {}
            for r in range(sheet.nrows):
                for c, cell in enumerate(sheet.row(r)):
                    if cell.ctype != xlrd.XL_CELL_NUMBER:
                        continue
                    fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key)
                    if fmt is not None and cells.shows_percent(fmt.format_str):
                        found[(r, c)] = (fmt.format_str, False, None)
            out[sheet.name] = found
    finally:
        book.release_resources()
    return out
