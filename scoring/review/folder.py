"""Reviewing every form in a folder: one unreadable form never stops the others; ranked by points at stake."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import Pos, ScoringError, display_path
from ..rulebook.load import RuleBook
from ..scorecard import Bilingual
from ..table.model import TargetTable
from .audit import audit_form
from .read import SUFFIXES, read_form
from .report import FolderAudit, FormAudit, UnreadableForm


def form_files(folder: Path) -> list[Path]:
    """The forms under folder, in name order; hidden files and Excel's lock files (~$…) are not forms."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not p.name.startswith((".", "~$")))


def audit_folder(folder: str | Path, book: RuleBook, engine: str | None = None,
                 progress: Callable[[int, int], None] | None = None, table: TargetTable | None = None,
                 targets: str | None = None) -> FolderAudit:
    """With `table`, every form is compared with that one approved table (a folder holds one table's forms)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise Pos(display_path(folder)).fail("review.no_file")
    files = form_files(folder)
    forms: list[FormAudit] = []
    unreadable: list[UnreadableForm] = []
    for i, path in enumerate(files, 1):
        try:
            forms.append(audit_form(read_form(path), book, engine, table, targets))
        except ScoringError as e:
            error = Bilingual(zh=e.render("zh"), en=e.render("en"))
            unreadable.append(UnreadableForm(source=display_path(path), error=error))
        if progress:
            progress(i, len(files))
    forms.sort(key=lambda a: (-a.at_stake, a.source))
    return FolderAudit(folder=display_path(folder), forms=forms, unreadable=unreadable)
