"""Rows and cells of a table exported as tab-separated text, and the error for a row with no place."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..catalogue import text
from .names import clean_name


@dataclass(frozen=True)
class Cell:
    """A non-empty cell: its 0-based column, its text as printed, and its text without export spaces."""

    col: int
    raw: str
    text: str


@dataclass(frozen=True)
class Row:
    """A line of the export: its 1-based number, its non-empty cells, and all its fields."""

    line: int
    cells: list[Cell]
    fields: list[str]

    def column(self, cell: Cell) -> int:
        """The 1-based character column where the cell's text starts on its line."""
        before = sum(len(f) + 1 for f in self.fields[: cell.col])
        field = self.fields[cell.col]
        return before + len(field) - len(field.lstrip()) + 1


def rows_of(text: str) -> Iterator[Row]:
    for number, line in enumerate(text.splitlines(), 1):
        fields = line.split("\t")
        cells = [Cell(i, f.strip(), clean_name(f)) for i, f in enumerate(fields) if f.strip()]
        yield Row(number, cells, fields)


def unplaceable(code: str, **args) -> "Unplaceable":
    """The catalogue message `code` as the reason a row has no place."""
    said = text(code, **args)
    return Unplaceable(said.zh, said.en)


class Unplaceable(Exception):
    """A row the importer cannot place, with the reason in Chinese and English."""

    def __init__(self, zh: str, en: str):
        super().__init__(en)
        self.zh, self.en = zh, en
