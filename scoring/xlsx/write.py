"""Writing workbooks: text from users' files stays text, A4 fitted to the page width, the same bytes every run."""
from __future__ import annotations

import datetime
import math
import re
import weakref
import zipfile
from copy import copy
from io import BytesIO

from openpyxl.comments import Comment
from openpyxl.styles.cell_style import StyleArray

from ..catalogue import say
from .fit import DEFAULT_HEIGHT, height, lines

# Text a spreadsheet would take for a formula when someone edits the cell (Excel's own list): kept text by
# the cell's quote prefix, as a leading apostrophe typed in Excel does.
FORMULA_START = ("=", "+", "-", "@")
UNSHOWABLE = "\ufffd"  # in place of a control character: XML 1.0, so a workbook, cannot carry one
# XML 1.0 cannot carry these (openpyxl refuses the C0 ones with a traceback, lxml the rest when saving)
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_TITLE = re.compile(r"[\\/*?:\[\]]")


def cell_text(text: str) -> str:
    """Text a workbook can hold: control characters other than tab and line breaks (and lone surrogates)
    replaced by U+FFFD."""
    return _UNWRITABLE.sub(UNSHOWABLE, text)


def put_value(ws, row: int, col: int, value):
    """ws.cell(row, col, value), except that a text is always stored as text: openpyxl would make `=100%` or
    `=HYPERLINK(…)` a formula and `#N/A` an error value, and refuse a control character with a traceback."""
    cell = ws.cell(row, col)
    if isinstance(value, str):
        value = cell_text(value)
        cell.value = value
        cell.data_type = "s"
        if value.startswith(FORMULA_START):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


_STYLE_IDS = {"font": "fontId", "fill": "fillId", "border": "borderId", "alignment": "alignmentId",
              "protection": "protectionId"}
# workbook -> {(kind, id(value)): (value, its index in the workbook's list of that kind)}
_STYLE_INDEX: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def style(cell, **styles):
    """`cell.font = …`, `cell.border = …` for each one given, each value looked up in the workbook's list of
    its kind once: openpyxl hashes a Font or Border (in pure Python, field by field) twice at every assignment,
    which was half of writing a form (measured). The values are kept with their index, so an id is never
    reused for another value while the workbook lives; they must be the same objects to be found again."""
    known = _STYLE_INDEX.setdefault(cell.parent.parent, {})
    for kind, value in styles.items():
        found = known.get((kind, id(value)))
        if found is None:
            setattr(cell, kind, value)  # the first time: as openpyxl adds it
            known[kind, id(value)] = (value, getattr(cell._style, _STYLE_IDS[kind]))
            continue
        if cell._style is None:
            cell._style = StyleArray()
        setattr(cell._style, _STYLE_IDS[kind], found[1])
    return cell


def put_row(ws, row: int, values, first: int = 1) -> None:
    """A row of values from column `first` on, each through put_value."""
    for c, value in enumerate(values, first):
        put_value(ws, row, c, value)


def note(text: str, author: str, **size) -> Comment:
    """A cell comment holding `text` (which may quote a user's file) as a workbook can carry it."""
    return Comment(cell_text(text), author, **size)


def sheet_title(name: str) -> str:
    """A sheet title from a file's name: at most 31 characters, none of the seven Excel refuses, never empty."""
    return cell_text(_SHEET_TITLE.sub("_", name)).strip("'")[:31] or "Sheet1"


def text_lines(text: str, width: float) -> int:
    """How many lines a text wraps to in a column `width` characters wide (a Chinese character is nearly two):
    spreadsheets do not grow a row by itself for wrapped text written by a program, nor ever for merged cells."""
    chars = sum(1.6 if ord(ch) > 0x2E80 else 1 for ch in text)
    return max(1, math.ceil(chars / max(1.0, width - 1)))


def tall_enough(ws, row: int, cells) -> None:
    """A row of wrapped cells, each (its text, its column's width), made as tall as its tallest one needs (fit.py):
    a spreadsheet grows no row for text a program wrote, so a header's second line ran over the row below. A row
    of one line keeps the default height."""
    need = height(max(lines(str(text), width) for text, width in cells))
    if need > DEFAULT_HEIGHT:
        ws.row_dimensions[row].height = need


# the closing bracket group of a label, in full-width or ASCII brackets (no Chinese in the code: chr())
_OPEN, _CLOSE = "(" + chr(0xFF08), ")" + chr(0xFF09)
_LAST_BRACKETS = re.compile(rf"(.+?)\s*([{_OPEN}][^{_OPEN}{_CLOSE}]*[{_CLOSE}])$", re.S)


def keep_brackets(text: str, width: float) -> str:
    """A label that wraps in its column with its closing bracket group on a line of its own: spreadsheets
    break Chinese text anywhere, also inside 项目：城乡居民医疗保险区补资金（三保）, leaving （ or ） alone.
    Where the words before the brackets take more than a line themselves, the break is left to the spreadsheet."""
    m = _LAST_BRACKETS.fullmatch(text)
    if m is None or "\n" in text or text_lines(text, width) == 1 or text_lines(m[1], width) > 1:
        return text
    return f"{m[1]}\n{m[2]}"


def use_font(wb, lang: str) -> None:
    """Every cell of the workbook, and its default, in the font of `lang`, keeping size, bold and colour."""
    def named(font):
        font = copy(font)
        font.name = say("xlsx.font", lang)
        return font

    wb._fonts[0] = named(wb._fonts[0])  # the default: empty cells, and the height of unset rows
    # A workbook has a few fonts and thousands of cells: each font is renamed once and each cell given the
    # index of its renamed font (setting cell.font hashes the whole font every time: a fifth of writing a form).
    # The renamed fonts are added in the order the cells first use them, as setting each cell.font would.
    renamed = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.has_style or cell.value is not None:
                    if cell._style is None:  # a value never styled: as the cell.font getter does
                        cell._style = StyleArray()
                    style = cell._style
                    if style.fontId not in renamed:
                        renamed[style.fontId] = wb._fonts.add(named(wb._fonts[style.fontId]))
                    style.fontId = renamed[style.fontId]


def print_setup(ws, title_row: int, landscape: bool, lang: str, heading: str | None = None) -> None:
    """A4, fitted to the page width (as many pages down as it takes), the header row printed on every page, each
    page numbered at its foot (第 1 页，共 3 页) and, where a sheet does not say whose it is, `heading` at its top."""
    ws.oddFooter.center.text = say("xlsx.page_of", lang)
    if heading:
        ws.oddHeader.center.text = heading.replace("&", "&&")  # & starts a code in Excel's header language
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{title_row}:{title_row}"


# A workbook is a zip of XML parts; openpyxl stamps the parts and the document with the time of saving.
# They are fixed, so that the same inputs give the same bytes (and the same SHA-256) on every run.
FIXED_TIME = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def workbook_bytes(wb) -> bytes:
    """The workbook's file, byte-identical for identical contents."""
    wb.properties.creator = "scoring"
    wb.properties.created = FIXED_TIME.replace(tzinfo=None)
    out = BytesIO()
    wb.save(out)
    stamped = zipfile.ZipFile(BytesIO(out.getvalue()))
    stable = BytesIO()
    with zipfile.ZipFile(stable, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in stamped.infolist():
            data = stamped.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), data)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.external_attr, entry.compress_type = info.external_attr, zipfile.ZIP_DEFLATED
            dest.writestr(entry, data)
    return stable.getvalue()
