"""The unit a table's money is printed in, as its 金额单位 and its money label state it, and the money in 万元.

`金额单位：元` (read from a signature row, scoring/table/signature_rows.py) or a money label that prints the unit
(项目资金（元）, 部门整体资金（元）) says the amounts are in 元: each is converted to 万元 exactly, and a comment says
so. The two contradicting each other is an error at the label; a table that states no unit is taken as in 万元.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..catalogue import Text, text
from ..errors import Pos, Problem
from .form_words import MONEY_LABEL_UNIT, TO_WAN, WAN
from .layout import Cell, Row
from .values import format_number


class MoneyUnit:
    """The money's unit as a table states it: by its 金额单位 cell, by its money label, or not at all."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []
        self.stated: tuple[str, Row, Cell] | None = None  # 金额单位：元
        self.label: tuple[str, Row, Cell] | None = None  # 项目资金（元）: the unit a money label prints

    def state(self, unit: str, row: Row, cell: Cell) -> None:
        """A 金额单位 cell's unit (元, 万元 …); one that is none we convert, or another than one stated before, is an
        error at its cell."""
        if unit not in TO_WAN:
            self._fail(row, cell, "table.import_money_unit_unknown", unit=unit)
        elif self.stated is not None and self.stated[0] != unit:
            self._fail(row, cell, "table.import_money_unit_differs", unit=unit, other=self.stated[0],
                       line=self.stated[1].line)
        else:
            self.stated = (unit, row, cell)

    def read_label(self, row: Row, cell: Cell) -> None:
        """A money block's label, which may print the unit: 项目资金（万元）."""
        if (m := MONEY_LABEL_UNIT.search(cell.text)) and self.label is None:
            self.label = (m[1], row, cell)

    def _fail(self, row: Row, cell: Cell, code: str, **args) -> None:
        self.problems.append(Pos(self.source, row.line, row.column(cell)).report(code, **args))

    def checked(self) -> list[Problem]:
        """The problems found, and a 金额单位 that the money label contradicts (which one holds cannot be told)."""
        if self.stated is not None and self.label is not None and self.stated[0] != self.label[0]:
            unit, row, cell = self.label
            self._fail(row, cell, "table.import_money_unit_differs", unit=unit, other=self.stated[0],
                       line=self.stated[1].line)
        return self.problems

    def _converting(self) -> tuple[str, int] | None:
        """The unit the table states its money in and the line that states it, where it is not 万元 (the money is
        converted); None where the table states none, or 万元."""
        said = self.stated or self.label
        return (said[0], said[1].line) if said and said[0] != WAN else None

    def in_wan(self, data: Any) -> Any:
        """Money data with every amount in 万元: 1800000.5 元 → 180.00005, exactly (a table without a unit: as it is)."""
        stated = self._converting()
        return data if stated is None else _scaled(data, TO_WAN[stated[0]])

    def converted(self, amount: Decimal) -> tuple[Decimal, str] | None:
        """An amount in 万元 and the unit the table printed it in, where the table's money is converted (in_wan);
        None where it is not."""
        stated = self._converting()
        return None if stated is None else (_scaled(amount, TO_WAN[stated[0]]), stated[0])

    def notes(self) -> list[Text]:
        """The comment for money converted to 万元."""
        stated = self._converting()
        if stated is None:
            return []
        unit, line = stated
        factor = TO_WAN[unit]
        how = (text("table.import_money_divided", factor=format_number(1 / factor)) if factor < 1
               else text("table.import_money_multiplied", factor=format_number(factor)))
        return [text("table.import_money_converted", line=line, unit=unit, how=how)]


def _scaled(data: Any, factor: Decimal) -> Any:
    if isinstance(data, Decimal):
        return (data * factor).normalize()
    if isinstance(data, dict):
        return {k: _scaled(v, factor) for k, v in data.items()}
    if isinstance(data, list):
        return [_scaled(v, factor) for v in data]
    return data
