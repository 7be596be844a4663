"""Test fixture writer: a target table as the budget system exports it, as .xlsx (openpyxl) and .xls (xlwt).

The rows are those of a text export (one line per sheet row, one tab field per column); amounts are
written as numbers, as a budget system does, and the title and year rows are merged across the sheet.
Nothing binary is committed: the tests build their workbooks with this script.
"""
from __future__ import annotations

import re
from pathlib import Path

from scoring.table.values import NUMBER

SHEET = "目标表"


def cells(text: str) -> list[tuple[int, int, object]]:
    """(row, column, value), 0-based, of every non-empty field; amounts as numbers."""
    out = []
    for r, line in enumerate(text.splitlines()):
        for c, field in enumerate(line.split("\t")):
            if field.strip():
                amount = re.fullmatch(NUMBER, field.strip())
                out.append((r, c, float(field.strip().replace(",", "")) if amount else field))
    return out


def _merged_rows(text: str) -> list[int]:
    """The rows holding one value only, at the left (the title, the year): merged across the width."""
    lines = text.splitlines()
    return [r for r, line in enumerate(lines) if line.strip() and len([f for f in line.split("\t") if f.strip()]) == 1
            and line.split("\t")[0].strip() and r < 6]


_WRITTEN: dict[str, bytes] = {}


def write_xlsx(text: str, path: Path) -> Path:
    """The table as a workbook, written once for the same text and copied after (a test imports it in both
    languages; openpyxl took ~10 ms a save)."""
    from openpyxl import Workbook

    from helpers import made_once
    from scoring.xlsx.write import put_value  # =0% is text, not a formula

    def make():
        wb = Workbook()
        ws = wb.active
        ws.title = SHEET
        width = max(len(line.split("\t")) for line in text.splitlines())
        for r, c, value in cells(text):
            put_value(ws, r + 1, c + 1, value)
        for r in _merged_rows(text):
            ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=width)
        wb.save(path)

    return made_once(_WRITTEN, text, path, make)


def write_xls(text: str, path: Path) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(SHEET)
    width = max(len(line.split("\t")) for line in text.splitlines())
    merged = set(_merged_rows(text))
    for r, c, value in cells(text):
        if r in merged:
            ws.write_merge(r, r, 0, width - 1, value)
        else:
            ws.write(r, c, value)
    wb.save(str(path))
    return path
