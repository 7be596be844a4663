"""Reading a form of any supported kind, chosen by its file name: workbook, text export or our YAML."""
from __future__ import annotations

from pathlib import Path

from ..errors import Pos, display_path
from .form import ClaimedForm

SHEETS = (".xlsx", ".xlsm", ".xls")
TEXTS = (".txt", ".tsv")
YAMLS = (".yaml", ".yml")
SUFFIXES = SHEETS + TEXTS + YAMLS


def read_form(path: str | Path) -> ClaimedForm:
    suffix = Path(path).suffix.lower()
    if suffix in SHEETS:
        from .read_sheet import read_sheet_form

        return read_sheet_form(path)
    if suffix in TEXTS:
        from .read_text import read_text_form

        return read_text_form(path)
    if suffix in YAMLS:
        from .read_yaml import read_yaml_form

        return read_yaml_form(path)
    if not Path(path).exists():  # a mistyped name is no unknown kind of file
        raise Pos(display_path(path)).fail("input.not_found")
    raise Pos(display_path(path)).fail("review.unknown_format", suffixes=list(SUFFIXES))
