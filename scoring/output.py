"""Writing output files atomically (a reader sees the old file or the whole new one, never half),
and naming them by language."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import Pos, display_path


def lang_tag(lang: str) -> str:
    """What an English report's name carries before its extension, so it never replaces the Chinese one."""
    return ".en" if lang == "en" else ""


def write_atomic(path: str | Path, text: str) -> None:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise Pos(display_path(path)).error(f"无法写入：{e.strerror}", f"cannot write: {e.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
