"""The rows a published table prints around its data: who filled it in, when, in what money unit, who checked it.

`填报单位：示例县林业局  填报日期：2025-03-01  金额单位：万元` under the title and `填表人：…  联系电话：…  审核人：…`
under the indicators are not data. A row is one of them when every cell (a merged cell may hold several)
is a known label, a colon and its value; the reporting unit and the money unit are read from it, and with
the unit a money label prints (项目资金（元）) the amounts are converted to 万元, exactly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..catalogue import say, text
from ..errors import Pos, Problem
from .form_words import MONEY_LABEL_UNIT, MONEY_UNIT_DRESS, MONEY_UNIT_MARK, SIGNATURE_LABELS, TO_WAN, WAN
from .layout import Cell, Row
from .values import format_number

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
    """What a table's signature rows and money label say: the reporting unit, and the unit of the money."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []
        self.unit: Signed | None = None  # 填报单位：…, the unit where no row of the table names it
        self.money: Signed | None = None  # 金额单位：元
        self.label: tuple[str, Row, Cell] | None = None  # 项目资金（元）: the unit a money label prints

    def read(self, row: Row) -> bool:
        """Whether `row` is a signature row (read here: it is no data)."""
        signed = signature_row(row)
        for entry in signed or ():
            if entry.role == "unit" and entry.value and self.unit is None:
                self.unit = entry
            elif entry.role == "money_unit" and entry.value:  # a blank 金额单位： states none
                if entry.value not in TO_WAN:
                    self._fail(entry.row, entry.cell, "table.import_money_unit_unknown", unit=entry.value)
                elif self.money is not None and self.money.value != entry.value:
                    self._fail(entry.row, entry.cell, "table.import_money_unit_differs", unit=entry.value,
                               other=self.money.value, line=self.money.row.line)
                else:
                    self.money = entry
        return signed is not None

    def beside(self, row: Row) -> Row:
        """A title or year row that also prints such cells at its end (（2025年度） … 金额单位：万元): those cells are
        read here, and the row is given back without them."""
        keep = next((k for k in range(1, len(row.cells)) if signature_row(Row(row.line, row.cells[k:], row.fields))),
                    len(row.cells))
        if keep < len(row.cells):
            self.read(Row(row.line, row.cells[keep:], row.fields))
        return Row(row.line, row.cells[:keep], row.fields)

    def money_label(self, row: Row, cell: Cell) -> None:
        """A money block's label, which may print the unit: 项目资金（万元）."""
        if (m := MONEY_LABEL_UNIT.search(cell.text)) and self.label is None:
            self.label = (m[1], row, cell)

    def _fail(self, row: Row, cell: Cell, code: str, **args) -> None:
        self.problems.append(Pos(self.source, row.line, row.column(cell)).report(code, **args))

    def checked(self) -> list[Problem]:
        """The problems found, and a 金额单位 that the money label contradicts (which one holds cannot be told)."""
        if self.money is not None and self.label is not None and self.money.value != self.label[0]:
            unit, row, cell = self.label
            self._fail(row, cell, "table.import_money_unit_differs", unit=unit, other=self.money.value,
                       line=self.money.row.line)
        return self.problems

    def _stated(self) -> tuple[str, int] | None:
        """The money's unit as the table states it, and the line that states it; None where it does not."""
        if self.money is not None:
            return self.money.value, self.money.row.line
        return (self.label[0], self.label[1].line) if self.label else None

    def in_wan(self, data: Any) -> Any:
        """Money data with every amount in 万元: 1800000.5 元 → 180.00005, exactly (a table without a unit: as it is)."""
        stated = self._stated()
        if stated is None or stated[0] == WAN:
            return data
        return _scaled(data, TO_WAN[stated[0]])

    def unit_notes(self, unit_is_reporting: bool) -> list[str]:
        """The comment for a unit taken from 填报单位 (where no row of the table names one)."""
        if not unit_is_reporting or self.unit is None:
            return []
        return [say("table.import_unit_from_reporting", "zh", line=self.unit.row.line, label=self.unit.label,
                    unit=self.unit.value)]

    def money_notes(self) -> list[str]:
        """The comment for money converted to 万元."""
        stated = self._stated()
        if stated is None or stated[0] == WAN:
            return []
        unit, line = stated
        factor = TO_WAN[unit]
        how = (text("table.import_money_divided", factor=format_number(1 / factor)) if factor < 1
               else text("table.import_money_multiplied", factor=format_number(factor)))
        return [say("table.import_money_converted", "zh", line=line, unit=unit, how=how)]


def _scaled(data: Any, factor: Decimal) -> Any:
    if isinstance(data, Decimal):
        return (data * factor).normalize()
    if isinstance(data, dict):
        return {k: _scaled(v, factor) for k, v in data.items()}
    if isinstance(data, list):
        return [_scaled(v, factor) for v in data]
    return data
