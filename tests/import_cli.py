"""Test helper: `scoring import` run on a table given as text, written as the clerk would hand it in (.txt or .xlsx)."""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from helpers import run_cli
from xlsx_tables import write_xlsx


class Imported(NamedTuple):
    source: Path  # the file imported
    out: Path  # the YAML it was to write
    code: int
    err: str


def imported(text: str, kind: str, lang: str, folder: Path) -> Imported:
    """Import `text` as a tab-separated export (kind "txt") or as a workbook of the same cells ("xlsx")."""
    source = folder / "t.txt"
    source.write_text(text, encoding="utf-8")
    if kind == "xlsx":
        source = write_xlsx(text, folder / "t.xlsx")
    out = folder / "t.yaml"
    code, said, err = run_cli(["import", str(source), "-o", str(out), "--lang", lang])
    return Imported(source, out, code, err)
