"""Opening a workbook from another hand: its size checked, packed and unpacked, before any reader parses it.

A workbook holds styles and pictures beside its cells, so it may be larger on disk than a text input
(limits.MAX_WORKBOOK_BYTES, for every workbook read: tables, actuals, forms under review); an .xlsx
or .ods is a zip archive that can unpack to gigabytes, so the sizes its directory declares are added up first. An .xls is read as it is.
A file is known by what it is, not by its name (`kind`): a zip archive is read as .xlsx even when named .xls;
a workbook with a password to open and a web page saved as .xls are said to be so, not called damaged.
"""
from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from .. import limits
from ..errors import Pos, display_path
from ..yamlio import CFB, ZIP, read_bytes

MAX_UNPACKED = 64 * 1024 * 1024  # a real target table or filled template unpacks to well under 1 MiB
LOCK_PREFIX = "~$"  # Excel's lock file beside an open workbook: ~$name.xlsx, a few bytes (the user's name)
# an encrypted .xlsx is a compound file of these streams (MS-OFFCRYPTO); their names are stored in UTF-16
ENCRYPTED = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def kind(raw: bytes) -> str:
    """What the bytes are: "zip" (an .xlsx), "ods" (its first entry is an ODF `mimetype`), "cfb" (an .xls),
    or "" for anything else."""
    if raw[:4] == ZIP:
        return "ods" if raw[30:38] == b"mimetype" else "zip"
    return "cfb" if raw[:8] == CFB else ""


def kind_of(path: str | Path) -> str:
    """kind() of the file's first bytes; "" where it cannot be read (its reader says why)."""
    try:
        with open(path, "rb") as f:
            return kind(f.read(64))
    except OSError:
        return ""


def is_lock_file(path: str | Path) -> bool:
    """Whether the file is named as Excel's (and WPS's) lock file: `~$` and the name of the workbook open beside
    it. A folder's scan passes these over; given by name, workbook_bytes says what it is."""
    return Path(path).name.startswith(LOCK_PREFIX)


def open_in_excel(path: str | Path) -> Pos | None:
    """The workbook's place, where Excel's lock file beside it says it is open now (its unsaved changes are not in
    the file read); else None. Excel names the lock ~$ and the workbook's name, or of a long name all but its first
    two characters."""
    return Pos(display_path(path)) if lock_beside(path) else None


def lock_beside(path: str | Path) -> Path | None:
    """Excel's lock file beside the workbook `path`, if there is one (see open_in_excel)."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm", ".xls") or is_lock_file(path):
        return None
    return next((lock for n in (LOCK_PREFIX + path.name, LOCK_PREFIX + path.name[2:])
                 if (lock := path.with_name(n)).is_file()), None)


def refuse_lock_file(path: str | Path, raw: bytes | None = None) -> None:
    """The error for Excel's lock file given as a workbook, naming the workbook it stands for. Nothing for a file
    that is not there (its reader says so), nor for a workbook itself named ~$… (`raw`: its bytes, if read)."""
    path = Path(path)
    if not is_lock_file(path) or (raw is None and not path.is_file()):
        return
    a_workbook = kind(raw) if raw is not None else kind_of(path)
    if not a_workbook:
        raise Pos(display_path(path)).fail("xlsx.lock_file",
                                           real=display_path(path.with_name(path.name[len(LOCK_PREFIX):])))


def _refused(raw: bytes, path: str | Path):
    """The located error for a file that no workbook reader can open and whose reason is known, else None."""
    where = Pos(display_path(path))
    if kind(raw) == "cfb" and all(name in raw for name in ENCRYPTED):
        return where.fail("xlsx.password_protected")
    head = raw[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    # Excel's 网页 (.htm) and many budget systems' "Excel export" are HTML, named .xls
    if head.startswith(b"<") and (b"<html" in head or head.startswith((b"<!doctype html", b"<table"))):
        return where.fail("xlsx.html_not_workbook", kind=_suffix(path))
    return None


def workbook_bytes(path: str | Path) -> bytes:
    """The file's bytes, refused when its archive would unpack to more than MAX_UNPACKED."""
    raw = read_bytes(path, limits.MAX_WORKBOOK_BYTES)
    refuse_lock_file(path, raw)
    if not raw:
        raise Pos(display_path(path)).fail("input.empty_file")
    refused = _refused(raw, path)
    if refused:
        raise refused
    if raw[:4] == ZIP:
        try:
            with zipfile.ZipFile(BytesIO(raw)) as archive:
                unpacked = sum(info.file_size for info in archive.infolist())
        except zipfile.BadZipFile:
            return raw  # the reader says it is no workbook, in its own words
        if unpacked > MAX_UNPACKED:
            raise Pos(display_path(path)).fail("xlsx.too_big_unpacked", size=limits.size_text(unpacked),
                                                       limit=limits.size_text(MAX_UNPACKED))
    return raw


def cannot_open(path: str | Path, e: Exception | None = None):
    """The error for a file a workbook reader refused, the same for every reader: plainly, damaged or no workbook
    (the readers raise many kinds, in their own jargon — BadZipFile — which helps no one filling in a form)."""
    return Pos(display_path(path)).fail("xlsx.cannot_open", kind=_suffix(path))


def _suffix(path: str | Path) -> str:
    return Path(path).suffix.lower() or ".xlsx"
