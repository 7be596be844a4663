"""Reviewing many forms (a folder's, or several named): one unreadable never stops the others; ranked by stake."""
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
    return audit_files(form_files(folder), display_path(folder), book, engine, progress, table, targets)


def audit_many(paths: list[str | Path], book: RuleBook, engine: str | None = None,
               progress: Callable[[int, int], None] | None = None, table: TargetTable | None = None,
               targets: str | None = None) -> FolderAudit:
    """Several forms named at once (a folder among them: its forms), summed up as a folder's are; `folder` is
    empty. A name that is no file is said at once, before any form is reviewed."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += form_files(p)
        elif p.is_file():
            files.append(p)
        else:
            raise Pos(display_path(p)).fail("review.no_file")
    return audit_files(files, "", book, engine, progress, table, targets)


def audit_files(files: list[Path], folder: str, book: RuleBook, engine: str | None = None,
                progress: Callable[[int, int], None] | None = None, table: TargetTable | None = None,
                targets: str | None = None) -> FolderAudit:
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
    return FolderAudit(folder=folder, forms=forms, unreadable=unreadable)
