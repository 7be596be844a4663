"""The rows a published table prints around its data: who filled it in, when, in what money unit, who checked it.

`填报单位：示例县林业局  填报日期：2025-03-01  金额单位：万元` under the title and `填表人：…  联系电话：…  审核人：…`
under the indicators are not data. A row is one of them when every cell (a merged cell may hold several)
is a known label, a colon and its value; the reporting unit and the money unit are read from it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .form_words import SIGNATURE_LABELS, TO_WAN
from .layout import Cell, Row

# a label where a cell starts or after a space, longest first (填报单位 before 单位)
_LABEL = re.compile(r"(?:^|(?<=\s))(" + "|".join(sorted(map(re.escape, SIGNATURE_LABELS), key=len, reverse=True))
                    + r")\s*[\uff1a:]\s*")  # a full-width or ASCII colon


@dataclass(frozen=True)
class Signed:
    """One label of such a row: its role (unit, money_unit, date, person, phone), its value, its row and cell."""

    role: str
    label: str
    value: str
    row: Row
    cell: Cell


def _entries(row: Row, cell: Cell) -> list[Signed] | None:
    text = cell.raw.strip()
    found = list(_LABEL.finditer(text))
    if not found or found[0].start() != 0:
        return None
    out = []
    for m, after in zip(found, found[1:] + [None]):
        value = text[m.end(): after.start() if after else len(text)].strip()
        role = SIGNATURE_LABELS[m[1]]
        if role == "unit_or_money":  # 单位：万元 is the money unit, 单位：示例县林业局 the unit
            role = "money_unit" if value in TO_WAN else "unit"
        out.append(Signed(role, m[1], value, row, cell))
    return out


def signature_row(row: Row) -> list[Signed] | None:
    """The labels of a row made only of `label：value` cells, else None (the row is data)."""
    out: list[Signed] = []
    for cell in row.cells:
        entries = _entries(row, cell)
        if entries is None:
            return None
        out += entries
    return out or None
