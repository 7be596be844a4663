"""Opening a workbook from another hand: its size checked, packed and unpacked, before any reader parses it.

A workbook holds styles and pictures beside its cells, so it may be larger on disk than a text input
(limits.MAX_WORKBOOK_BYTES, for every workbook read: tables, actuals, forms under review); an .xlsx
or .ods is a zip archive that can unpack to gigabytes, so the sizes its directory declares are added up first. An .xls is read as it is.
"""
from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from .. import limits
from ..errors import Pos, display_path
from ..yamlio import read_bytes

MAX_UNPACKED = 64 * 1024 * 1024  # a real target table or filled template unpacks to well under 1 MiB


def workbook_bytes(path: str | Path) -> bytes:
    """The file's bytes, refused when its archive would unpack to more than MAX_UNPACKED."""
    raw = read_bytes(path, limits.MAX_WORKBOOK_BYTES)
    if not raw:
        raise Pos(display_path(path)).fail("input.empty_file")
    if raw[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(BytesIO(raw)) as archive:
                unpacked = sum(info.file_size for info in archive.infolist())
        except zipfile.BadZipFile:
            return raw  # the reader says it is no workbook, in its own words
        if unpacked > MAX_UNPACKED:
            raise Pos(display_path(path)).fail("xlsx.too_big_unpacked", size=unpacked, limit=MAX_UNPACKED)
    return raw


def cannot_open(path: str | Path, e: Exception | None = None):
    """The error for a file a workbook reader refused, the same for every reader: plainly, damaged or no workbook
    (the readers raise many kinds, in their own jargon — BadZipFile — which helps no one filling in a form)."""
    return Pos(display_path(path)).fail("xlsx.cannot_open", kind=Path(path).suffix.lower() or ".xlsx")
