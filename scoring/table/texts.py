"""Messages about target tables, both languages (moves into scoring/catalogue/table.py when that lands)."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "table.weight_missing": ("「{row}」没有分值，而本表其余 {n} 行都写了分值：请补上它的分值（一张表要么每行都有分值，要么都没有）",
                             "'{row}' has no points (分值) while {n} other rows have theirs: give it its points "
                             "(a table gives points on every row or on none)"),
    "table.weight_stray": ("「{row}」写了分值，而本表其余 {n} 行都没有：删去它，或为每一行写上分值（一张表要么每行都有分值，要么都没有）",
                           "'{row}' has points (分值) while the other {n} rows have none: remove them, or give every row "
                           "its points (a table gives points on every row or on none)"),
}


def say2(code: str, **args) -> tuple[str, str]:
    zh, en = MESSAGES[code]
    return zh.format(**args), en.format(**args)
