"""What a command's --out names by its extension: a file of one format, or (none) a folder.

One answer for evaluate, template, import, batch and audit, so they never disagree about the same name."""
from __future__ import annotations

from pathlib import Path

from .catalogue import text
from .errors import Pos, display_path

# what a file's extension says it holds: one of our formats, or a spreadsheet kind none of our commands writes
SUFFIX_FORMATS = {".txt": "table", ".json": "json", ".md": "markdown", ".markdown": "markdown", ".xlsx": "xlsx",
                  ".yaml": "yaml", ".yml": "yaml", ".xls": "xls", ".xlsm": "xlsm", ".ods": "ods", ".et": "et",
                  ".csv": "csv"}


def implied_format(out) -> str | None:
    """The kind of file `out`'s extension names; None for standard output (-), a folder that exists (whatever
    its name) and a name with no extension we know."""
    if out is None or str(out) == "-" or Path(out).is_dir():
        return None
    return SUFFIX_FORMATS.get(Path(out).suffix.lower())


def refuse_a_file(out, command: str, holds: str) -> None:
    """A command that writes a folder at `out` (batch's reports, audit's marked copies) refuses a file's name
    before any work, so nothing is written into a folder named summary.json; `holds`: the catalogue code of
    what goes in the folder."""
    if implied_format(out) is not None:
        raise Pos(display_path(out)).fail("cli.out_names_a_file", command=command, suffix=Path(out).suffix,
                                          holds=text(holds))
