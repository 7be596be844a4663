"""Reading a form exported as tab-separated text, as a spreadsheet program reads it back.

One row a line, merged cells left as empty cells; a cell in double quotes (产出指标 and （50分） on two lines,
as Excel's 文本文件(制表符分隔) and LibreOffice quote a cell with a line break, tab or quote in it) is one
cell, its "" one quote.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..errors import Pos, display_path
from ..yamlio import read_text
from .form import ClaimedForm
from .grid import Grid
from .layout import read_grid

DIALECT = {"delimiter": "\t", "quotechar": '"', "doublequote": True}


def text_grid(text: str, file: str) -> Grid:
    """The rows of the text, each cell with the line it starts on (a quoted line break moves the next ones)."""
    lines = text.splitlines(keepends=True)  # with their ends, which a quoted cell keeps as its line breaks
    reader = csv.reader(lines, **DIALECT)
    rows: list[list[str]] = []
    starts: list[list[int]] = []
    line = 1
    try:
        for record in reader:
            at, cells = line, []
            for value in record or [""]:
                cells.append(at)
                at += len(f"x{value}x".splitlines()) - 1  # its line breaks, as splitlines counts lines
            rows.append([value.strip() for value in record or [""]])
            starts.append(cells)
            line = reader.line_num + 1
    except csv.Error as e:  # a cell beyond csv's field limit (128 K characters)
        raise Pos(file, reader.line_num, 1).fail("review.text_unreadable", reason=str(e)) from None
    if len(starts) and starts[-1][0] < len(lines) and _unclosed(lines[starts[-1][0] - 1:]):
        raise Pos(file, starts[-1][0], 1).fail("review.text_quote_unclosed")
    return Grid(file=file, rows=rows, lines=starts)


def _unclosed(last: list[str]) -> bool:
    """Whether the last row runs to the end of the text in a quote never closed (csv takes it all as one cell)."""
    try:
        list(csv.reader(last, strict=True, **DIALECT))
    except csv.Error as e:
        return "end of data" in str(e)
    return False


def read_text_form(path: str | Path) -> ClaimedForm:
    """UTF-8 or GB18030 (as Excel saves it); cells are found by their labels, as in a workbook."""
    text = read_text(path)
    if not text.strip():  # one plain message, as for an empty workbook or YAML form, not a missing header
        raise Pos(display_path(path), 1, 1).fail("input.empty_file")
    return read_grid(text_grid(text, display_path(path)))
