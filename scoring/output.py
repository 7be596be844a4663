"""Writing output files atomically, into folders that exist or that the program names itself.

A reader sees the old file or the whole new one, never half. The folders the program names itself
(reports/<year>/, a batch's or a review's subfolders mirroring its inputs) are created; a path the user
names (--out) must be in a folder that exists, so a mistyped folder name is an error rather than a stray
tree of folders. A folder the user names to hold many files (batch --out DIR, audit DIR --format xlsx
--out DIR) may itself be new, in a folder that exists.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from .errors import Pos, display_path


def _create(folder: Path, name: str) -> tuple[int, Path]:
    """A new temporary file beside the target, opened with mode 0666 so the umask decides who may read it
    (mkstemp's files are private, 0600, and reports are read by colleagues on shared drives)."""
    while True:
        tmp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue


def _cannot_write(where: Pos, e: OSError):
    return where.fail("output.cannot_write", reason=e.strerror)


def _not_open_in_excel(path: Path, where: Pos) -> None:
    """A workbook open in Excel is not replaced: on Windows the write fails, elsewhere whoever has it open keeps
    editing a copy that is gone (a lock file with no workbook beside it is stale, and ignored)."""
    from .xlsx.open import lock_beside  # (evaluate has it loaded already, for the lock beside what it read)

    if (lock := lock_beside(path)) is not None and path.is_file():
        raise where.fail("output.open_in_excel", lock=lock.name)


def refuse_open(path: str | Path) -> None:
    """Before a long run, the refusal write_atomic would give at its end: the workbook to write is open in Excel."""
    _not_open_in_excel(Path(path), Pos(display_path(path)))


def user_file(path: str | Path) -> Path:
    """A file the user named for output: refused unless its folder exists."""
    path = Path(path)
    if not path.parent.is_dir() and not path.is_dir():
        raise Pos(display_path(path)).fail("output.no_folder", folder=display_path(path.parent))
    return path


def user_folder(folder: str | Path) -> Path:
    """A folder the user named to hold many files: it may be new, but not its parent."""
    folder = Path(folder)
    if not folder.is_dir():
        user_file(folder)
    return folder


def write_atomic(path: str | Path, text: str | bytes, named: bool = False) -> None:
    """Write text (UTF-8) or bytes (a workbook) to path, all or nothing; `named`: the user named the path
    (--out), so its folder must exist; otherwise the program chose it and creates its folders."""
    path = user_file(path) if named else Path(path)
    where = Pos(display_path(path))
    if path.is_dir():
        raise where.fail("output.is_folder")
    _not_open_in_excel(path, where)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _create(path.parent, path.name)
    except OSError as e:
        raise _cannot_write(where, e) from None
    try:
        with (os.fdopen(fd, "wb") if isinstance(text, bytes) else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException as e:
        os.unlink(tmp)
        if isinstance(e, OSError):
            raise _cannot_write(where, e) from None
        raise
