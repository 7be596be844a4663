"""Reading a form exported as tab-separated text: one line per row, merged cells left as empty cells."""
from __future__ import annotations

from pathlib import Path

from ..errors import display_path
from ..yamlio import read_text
from .form import ClaimedForm
from .grid import Grid
from .layout import read_grid


def text_grid(text: str, file: str) -> Grid:
    return Grid(file=file, rows=[[cell.strip() for cell in line.split("\t")] for line in text.splitlines()])


def read_text_form(path: str | Path) -> ClaimedForm:
    """UTF-8 or GB18030 (as Excel saves it); cells are found by their labels, as in a workbook."""
    return read_grid(text_grid(read_text(path), display_path(path)))
