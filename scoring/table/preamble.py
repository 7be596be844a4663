"""The rows above a table's data, its title and its year, as both importers read them.

2025年度项目支出绩效目标表 is the 2025 table, titled 项目支出绩效目标表; （2025年度） under a title says the year alone.
"""
from __future__ import annotations

from ..errors import Pos, Problem
from .form_words import TITLE_SUFFIX, TITLE_YEAR


def title_or_year(text: str) -> tuple[int | None, str | None] | None:
    """What a row above the data says: a year row ((2025年度), 2025年度) its year and no title; a title (ending in 表
    once a year printed in it, before or after, is taken out) its year or None, and the title without the year;
    anything else None (a date, 2024年3月1日, gives no year)."""
    text = text.strip()
    if m := TITLE_YEAR.fullmatch(text):
        return int(m[1]), None
    m = TITLE_YEAR.search(text)
    title = (text[: m.start()] + text[m.end():]).strip() if m else text
    if not title.endswith(TITLE_SUFFIX):
        return None
    return (int(m[1]) if m else None), title


class TableYear:
    """The year a table's title or year row gives, and the line that gave it; a row giving another is an error."""

    def __init__(self):
        self.year: int | None = None
        self.line: int | None = None

    def given(self, year: int, where: Pos) -> Problem | None:
        """The year a row at `where` gives: kept, or (the title's 2025 against a （2024年度） row) the error there."""
        if self.year is not None and self.year != year:
            return where.report("table.import_year_differs", year=year, other=self.year, line=self.line)
        self.year, self.line = year, where.line
        return None
