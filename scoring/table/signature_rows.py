"""The rows a published table prints around its data: who filled it in, when, in what money unit, who checked it.

`填报单位：示例县林业局  填报日期：2025-03-01  金额单位：万元` under the title and `填表人：…  联系电话：…  审核人：…`
under the indicators are not data. A row is one of them when every cell (a merged cell may hold several)
is a known label, a colon and its value (or a label whose value is the next cell); the reporting unit is read
from it, and the money unit, which scoring/table/money_unit.py converts the amounts by.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..catalogue import Text, text
from .form_words import MONEY_UNIT_DRESS, MONEY_UNIT_MARK, SIGNATURE_LABELS, TO_WAN
from .layout import Cell, Row
from .money_unit import MoneyUnit

# a label where a cell starts or after a space, longest first (填报单位 before 单位), with the remark a form may print
# after it (填报单位（盖章）, 单位负责人（签字）), then a full-width or ASCII colon
_LABEL = re.compile(r"(?:^|(?<=\s))(" + "|".join(sorted(map(re.escape, SIGNATURE_LABELS), key=len, reverse=True))
                    + r")\s*(?:[\uff08(][^\uff08()\uff09]*[)\uff09]\s*)?[\uff1a:]\s*")


@dataclass(frozen=True)
class Signed:
    """One label of such a row: its role (unit, money_unit, date, person, phone), its value, its row and cell."""

    role: str
    label: str
    value: str
    row: Row
    cell: Cell


def _entries(row: Row, cell: Cell) -> list[Signed] | None:
    said = cell.raw.strip()
    found = list(_LABEL.finditer(said))
    if not found or found[0].start() != 0:
        return None
    return [_signed(m[1], said[m.end(): after.start() if after else len(said)].strip(), row, cell)
            for m, after in zip(found, found[1:] + [None])]


def _signed(label: str, value: str, row: Row, cell: Cell) -> Signed:
    """One label and its value, with its role; a money unit's value is the unit where it is one (人民币元 is 元)."""
    role = SIGNATURE_LABELS[label]
    unit = MONEY_UNIT_DRESS.sub("", value)
    if role == "unit_or_money":  # 单位：万元 (or 人民币元, （元）) is the money unit, 单位：示例县林业局 the unit
        role = "money_unit" if MONEY_UNIT_MARK in unit else "unit"
    if role == "money_unit" and unit in TO_WAN:
        value = unit
    return Signed(role, label, value, row, cell)


def signature_row(row: Row) -> list[Signed] | None:
    """The labels of a row made only of `label：value` cells (a label with no value may have it in the next cell:
    填表人： | 王五), else None (the row is data)."""
    out: list[Signed] = []
    for cell in row.cells:
        entries = _entries(row, cell)
        if entries is not None:
            out += entries
        elif out and not out[-1].value:  # the value of the label before it
            out[-1] = _signed(out[-1].label, cell.raw.strip(), row, cell)
        else:
            return None
    return out or None


class Signatures:
    """What a table's signature rows say: the reporting unit, and (kept in `money`, with the money label's) the money's unit."""

    def __init__(self, source: str):
        self.unit: Signed | None = None  # 填报单位：…, the unit where no row of the table names it
        self.money = MoneyUnit(source)  # 金额单位：元, and 项目资金（元）

    def read(self, row: Row) -> bool:
        """Whether `row` is a signature row (read here: it is no data)."""
        signed = signature_row(row)
        for entry in signed or ():
            if entry.role == "unit" and entry.value and self.unit is None:
                self.unit = entry
            elif entry.role == "money_unit" and entry.value:  # a blank 金额单位： states none
                self.money.state(entry.value, entry.row, entry.cell)
        return signed is not None

    def beside(self, row: Row) -> Row:
        """A title or year row that also prints such cells at its end (（2025年度） … 金额单位：万元): those cells are
        read here, and the row is given back without them."""
        keep = next((k for k in range(1, len(row.cells)) if signature_row(Row(row.line, row.cells[k:], row.fields))),
                    len(row.cells))
        if keep < len(row.cells):
            self.read(Row(row.line, row.cells[keep:], row.fields))
        return Row(row.line, row.cells[:keep], row.fields)

    def unit_notes(self, unit_is_reporting: bool) -> list[Text]:
        """The comment for a unit taken from 填报单位 (where no row of the table names one)."""
        if not unit_is_reporting or self.unit is None:
            return []
        return [text("table.import_unit_from_reporting", line=self.unit.row.line, label=self.unit.label,
                    unit=self.unit.value)]
