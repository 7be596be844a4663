"""Reading a form of any supported kind: a workbook (known by its bytes), a text export or our YAML."""
from __future__ import annotations

from pathlib import Path

from ..errors import Pos, ScoringError, display_path
from .form import ClaimedForm

SHEETS = (".xlsx", ".xlsm", ".xls")
TEXTS = (".txt", ".tsv")
YAMLS = (".yaml", ".yml")
SUFFIXES = SHEETS + TEXTS + YAMLS
# spreadsheets not read as forms (no reader here keeps what their cells show, or their cells are not ours):
# in a folder each is listed as not read, with how to save it, rather than passed over unseen
NOT_READ = (".ods", ".csv", ".xlsb", ".et", ".numbers", ".xlt", ".xltx")


def read_forms(path: str | Path) -> list[tuple[str, ClaimedForm | ScoringError]]:
    """Every form in the file, each with its name: a workbook may hold several (`file!sheet`), and one of
    them that cannot be read comes with its error; a file with no form at all raises its located error."""
    suffix = Path(path).suffix.lower()
    if suffix in SHEETS:
        from .read_sheet import read_sheet_forms

        return read_sheet_forms(path)
    if suffix in TEXTS:
        from .read_text import read_text_form

        return [(display_path(path), read_text_form(path))]
    if suffix in YAMLS:
        from .read_yaml import read_yaml_form

        return [(display_path(path), read_yaml_form(path))]
    if not Path(path).exists():  # a mistyped name is no unknown kind of file
        raise Pos(display_path(path)).fail("input.not_found")
    if suffix in NOT_READ:
        raise Pos(display_path(path)).fail("review.kind_not_read", kind=suffix)
    raise Pos(display_path(path)).fail("review.unknown_format", suffixes=list(SUFFIXES))


def read_form(path: str | Path) -> ClaimedForm:
    """The file's first form (or the error of its first, where none can be read)."""
    forms = read_forms(path)
    form = next((f for _, f in forms if isinstance(f, ClaimedForm)), None)
    if form is None:
        raise forms[0][1]
    return form
