"""The year a table's title carries: 2025年度项目支出绩效目标表 is the 2025 table, titled 项目支出绩效目标表."""
from __future__ import annotations

from .form_words import TITLE_YEAR


def title_year(text: str) -> tuple[int | None, str]:
    """The year a title names (None if none) and the title without it."""
    m = TITLE_YEAR.search(text)
    if not m:
        return None, text
    rest = (text[: m.start()] + text[m.end():]).strip()
    return int(m[1]), rest or text
