"""What a file's name carries to say its language: an English report's never replaces the Chinese one."""
from __future__ import annotations


def lang_tag(lang: str) -> str:
    """What an English report's name carries before its extension ("" for Chinese, the default)."""
    return ".en" if lang == "en" else ""
