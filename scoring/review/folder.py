"""Reviewing many forms (a folder's, several named, or a workbook's sheets): one unreadable never stops the others; ranked by stake."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import Pos, ScoringError, display_path
from ..rulebook.load import RuleBook
from ..scorecard import Bilingual
from ..table.model import TargetTable
from ..xlsx.open import is_lock_file
from .audit import audit_form
from .form import ClaimedForm
from .read import NOT_READ, SUFFIXES, read_forms
from .report import FolderAudit, FormAudit, UnreadableForm
from .unread import with_unread

# how each form read is reviewed: audit_form with the rules (and whatever else the caller compares it with)
Audit = Callable[[ClaimedForm], FormAudit]


def form_files(folder: Path) -> list[Path]:
    """The forms under folder, in name order, with the spreadsheets that are not read (listed as such); hidden
    files, Excel's lock files (~$…) and other documents (.docx, .png …) are no forms."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES + NOT_READ
                  and not p.name.startswith(".") and not is_lock_file(p))


def _unreadable(source: str, e: ScoringError) -> UnreadableForm:
    return UnreadableForm(source=source, error=Bilingual(zh=e.render("zh"), en=e.render("en")))


def audit_file(path: Path, audit: Audit) -> tuple[list[FormAudit], list[UnreadableForm]]:
    """Every form in the file reviewed (a workbook may hold several), and those that cannot be read."""
    try:
        found = read_forms(path)
    except ScoringError as e:
        return [], [_unreadable(display_path(path), e)]
    return _audited(found, audit)


def _audited(found: list[tuple[str, ClaimedForm | ScoringError]], audit: Audit):
    """The forms reviewed, and those that cannot be: unread, or refused by the review (another table's form)."""
    forms, unreadable = [], []
    for name, f in found:
        if not isinstance(f, ClaimedForm):
            unreadable.append(_unreadable(name, f))
            continue
        try:
            forms.append(with_unread(audit(f)))
        except ScoringError as e:
            unreadable.append(_unreadable(name, e))
    return forms, unreadable


def reviewer(book: RuleBook, engine: str | None = None, table: TargetTable | None = None,
             targets: str | None = None) -> Audit:
    """How each form is reviewed: with the rules and engine, and with `table` the approved target table (named
    `targets` in the reports)."""
    return lambda form: audit_form(form, book, engine, table, targets)


def ranked(forms: list[FormAudit]) -> list[FormAudit]:
    """By points at stake; at equal stakes (a wrong grade puts none at stake) the form with more faults first,
    then advisories, so a clean form never sits among faulty ones."""
    return sorted(forms, key=lambda a: (-a.at_stake, -len(a.problems()), -len(a.all_findings()), a.source))


def audit_folder(folder: str | Path, book: RuleBook, engine: str | None = None,
                 progress: Callable[[int, int], None] | None = None, table: TargetTable | None = None,
                 targets: str | None = None) -> FolderAudit:
    """With `table`, every form is compared with that one approved table (a folder holds one table's forms)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise Pos(display_path(folder)).fail("review.no_file")
    return audit_files(form_files(folder), display_path(folder), reviewer(book, engine, table, targets), progress)


def audit_many(paths: list[str | Path], audit: Audit, progress: Callable[[int, int], None] | None = None) -> FolderAudit:
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
    first = {}  # a form named twice, or named and in a folder named: reviewed and counted once
    for f in files:
        first.setdefault(f.resolve(), f)
    return audit_files(list(first.values()), "", audit, progress)


def audit_files(files: list[Path], folder: str, audit: Audit,
                progress: Callable[[int, int], None] | None = None) -> FolderAudit:
    forms: list[FormAudit] = []
    unreadable: list[UnreadableForm] = []
    for i, path in enumerate(files, 1):
        audited, refused = audit_file(path, audit)
        forms += audited
        unreadable += refused
        if progress:
            progress(i, len(files))
    return FolderAudit(folder=folder, forms=ranked(forms), unreadable=unreadable)


def audit_one(path: str | Path, audit: Audit) -> FormAudit | FolderAudit:
    """A single file: its form's review; a workbook of several forms, reviewed as a folder of them (so the
    report ranks them and lists any that cannot be read); a file with no readable form raises its error."""
    found = read_forms(path)
    if len(found) == 1 and isinstance(found[0][1], ClaimedForm):
        return with_unread(audit(found[0][1]))
    if len(found) == 1:
        raise found[0][1]
    forms, unreadable = _audited(found, audit)
    return FolderAudit(folder=display_path(path), forms=ranked(forms), unreadable=unreadable)
