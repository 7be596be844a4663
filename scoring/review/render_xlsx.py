"""A marked-up copy of the form as .xlsx, to send back to the unit: each finding a coloured cell and a comment.

A .xlsx form is copied as it is (styles, merges and all) and marked in place. A .xls or a text export is
copied value by value into the same cells of a new workbook (a text export's cell at the line it starts on,
as its findings name it), and a YAML form is laid out as a plain table. Every copy gets one more sheet
listing all findings, the form-level ones included.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..catalogue import say
from ..output import write_atomic
from ..xlsx.open import cannot_open
from ..xlsx.write import note as cell_note, print_setup, put_row, put_value, sheet_title, text_lines, workbook_bytes
from .codes import label, labelled
from .render_terminal import titles
from .report import FormAudit

FILL = "FFC7CE"  # the light red of Excel's own "bad" cell style
AUTHOR = "scoring audit"


def write_marked(a: FormAudit, out: str | Path, lang: str = "zh") -> None:
    import openpyxl

    wb, place = _copy(a, openpyxl)
    # a copy made from a text or YAML form lists each finding at the copy's cell: its line:column is in another file
    own_cells = Path(a.source).suffix.lower() in (".xlsx", ".xlsm")
    marks: dict[tuple[str, int, int], list[str]] = {}
    listed = []
    found = [(row.name, i, f) for i, row in enumerate(a.rows) for f in row.findings]
    for row_name, index, f in found + [("", None, f) for f in a.findings]:
        where = place(index, f)
        if where:
            marks.setdefault(where, []).append(labelled(f, lang))
        cell = f.cell.ref if f.cell and (own_cells or not where) else _a1(where) if where else ""
        listed.append((cell, row_name, label(f.code, lang), f.code, f.message.get(lang)))
    for (sheet, r, c), lines in marks.items():
        _mark(wb[sheet], r, c, "\n".join(lines), openpyxl)
    _listing(wb.create_sheet(say("review.sheet_title", lang)), listed, lang)
    write_atomic(out, workbook_bytes(wb))  # the same form and findings give the same bytes


def _a1(where: tuple[str, int, int]) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(where[2])}{where[1]}"


LISTING_WIDTHS = (10, 22, 18, 24, 60)  # cell, row, label, code, message: the message wraps, the rest fit


def _listing(ws, listed: list[tuple], lang: str) -> None:
    """The sheet of all findings: each with its cell, row, label, code and message, read without widening."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    T = titles(lang)
    put_row(ws, 1, [T[c] for c in ("cell", "row", "kind", "code", "findings")])
    for c, width in enumerate(LISTING_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
        ws.cell(row=1, column=c).font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, line in enumerate(listed, 2):
        put_row(ws, r, line)
        for c in range(1, len(LISTING_WIDTHS) + 1):
            ws.cell(row=r, column=c).alignment = wrap
        ws.row_dimensions[r].height = 15 * max(text_lines(str(v), w) for v, w in zip(line, LISTING_WIDTHS))
    ws.freeze_panes = "A2"
    print_setup(ws, 1, landscape=True, lang=lang)  # one page wide, the header on every page


def _mark(ws, r: int, c: int, note: str, openpyxl) -> None:
    from openpyxl.styles import PatternFill

    for rng in ws.merged_cells.ranges:  # a merged range is marked at its first cell
        if rng.min_row <= r <= rng.max_row and rng.min_col <= c <= rng.max_col:
            r, c = rng.min_row, rng.min_col
            break
    cell = ws.cell(row=r, column=c)
    cell.fill = PatternFill("solid", fgColor=FILL)
    cell.comment = cell_note(note, AUTHOR, width=360, height=max(80, 18 * (note.count("\n") + 3)))


def _copy(a: FormAudit, openpyxl):
    """A workbook holding the form, and where each finding goes in it: (sheet, row, column) or None."""
    source = Path(a.source)
    suffix = source.suffix.lower()
    if suffix in (".xlsx", ".xlsm") and source.is_file():
        try:
            wb = openpyxl.load_workbook(source)
        except Exception as e:  # calamine read it, openpyxl may still refuse it (strict OOXML, odd parts)
            raise cannot_open(a.source, e) from None
        return wb, lambda index, f: (f.cell.sheet, f.cell.row, f.cell.column) if f.cell and f.cell.sheet else None
    if suffix == ".xls" or suffix in (".txt", ".tsv"):
        wb = openpyxl.Workbook()
        ws = wb.active
        grid = _grid(source, suffix, a)
        ws.title = sheet_title(grid.sheet or source.stem)
        for r, row in enumerate(grid.rows):
            for c, v in enumerate(row):
                if v != "" and (r, c) not in grid.below:
                    # where the reader says the cell is, as the findings name it: in a text export a quoted
                    # line break makes a row span lines, so the grid's row is not the line
                    at = grid.loc(r, c)
                    put_value(ws, at.row, at.column, _value(v))
        return wb, lambda index, f: (ws.title, f.cell.row, f.cell.column) if f.cell else None
    return _table(a, openpyxl)


def _grid(source: Path, suffix: str, a: FormAudit):
    if suffix == ".xls":
        import python_calamine

        from .read_sheet import sheet_grid

        sheet_name = next((r.cell.sheet for r in a.rows if r.cell and r.cell.sheet), None)
        book = python_calamine.CalamineWorkbook.from_path(str(source))
        sheet = book.get_sheet_by_name(sheet_name or book.sheet_names[0])
        return sheet_grid(sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges or [], a.source,
                          sheet.name, {})
    from ..yamlio import read_text
    from .read_text import text_grid

    return text_grid(read_text(source), a.source)


FIELDS = ("name", "target", "actual", "weight", "points", "reason")


def _table(a: FormAudit, openpyxl):
    """A YAML form as a table: one row per form row (the budget first), then the total and the grade."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "form"
    lines = [["level1", "level2", *FIELDS]]
    budget = a.form.budget
    for r in a.rows:
        if r.budget and budget is not None:
            lines.append(["", "", r.name, r.target, budget.rate, _num(budget.weight), _num(budget.points), ""])
    for row in a.form.indicators:
        lines.append([row.level1, row.level2, row.name, row.target, row.actual, _num(row.weight), _num(row.points),
                      row.reason])
    for r, line in enumerate(lines, 1):
        put_row(ws, r, line)
    end = len(lines) + 1
    put_row(ws, end, ["total", None, None, _num(a.form.total_weight), _num(a.form.total)], first=3)
    put_row(ws, end + 1, ["grade", None, None, None, a.form.grade], first=3)
    column = {f: 3 + i for i, f in enumerate(FIELDS)} | {"rate": 5, "level1": 1, "level2": 2}
    form_cells = {"total": (end, 7), "total_weight": (end, 6), "grade": (end + 1, 7)}

    def place(index, f):
        if index is None:
            rc = form_cells.get(f.field)
            return (ws.title, *rc) if rc else None
        return (ws.title, index + 2, column.get(f.field, 7))

    return wb, place


def _value(v):
    """A cell of the copy: numbers as numbers (a text export writes them as text), the rest as written."""
    if not isinstance(v, str):
        return float(v)
    try:
        d = Decimal(v.replace(",", ""))
    except InvalidOperation:
        return v
    return int(d) if d == d.to_integral_value() and "." not in v else float(d) if d.is_finite() else v


def _num(d):
    return None if d is None else float(d)


