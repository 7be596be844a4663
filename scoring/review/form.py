"""The filled-in form as the unit wrote it (ClaimedForm): every value as written, and where it stands."""
from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, field_validator

from ..errors import Pos
from ..model import Node
from ..yamlio import invalid


class Loc(BaseModel):
    """A cell of the form: a sheet and cell in a workbook, a line and column in a text or YAML file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    row: int  # 1-based row or line
    column: int  # 1-based
    sheet: str | None = None

    @property
    def ref(self) -> str:
        """G12 in a workbook (with its sheet), 12:7 in a text file."""
        if self.sheet is None:
            return f"{self.row}:{self.column}"
        return f"{self.sheet}!{column_letter(self.column)}{self.row}"

    def where(self) -> str:
        return f"{self.file}:{self.ref}"

    def pos(self) -> Pos:
        """The place for a located error: `file:sheet!G12`, or `file:line:column`."""
        if self.sheet is None:
            return Pos(self.file, self.row, self.column)
        return Pos(self.where())


def column_letter(column: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while column:
        column, r = divmod(column - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def _not_negative(v):
    if v is not None and v < 0:
        raise invalid("review.negative_points", found=v)
    return v


def _as_text(v):
    """A number written in a text cell is text as written: 520 stays '520'."""
    if v is None:
        return ""
    return str(v) if isinstance(v, (int, Decimal)) and not isinstance(v, bool) else v


class _Written(Node):
    """A part of the form; `cells` says where each of its values was read (filled by the readers)."""

    cells: dict[str, Loc] = {}
    # claimed points written in words (a 得分 of 满分), by field, as written: a finding at its cell, not an
    # error that stops the form (scoring/review/unread.py); the field itself is None
    unread: dict[str, str] = {}
    # of those, the ones whose cell itself cannot be read as meant (a date, 9400%): the workbook reader's code and
    # arguments (read_sheet.py), for the finding to say what the cell holds
    unread_cell: dict[str, tuple[str, dict]] = {}

    def cell(self, field: str) -> Loc | None:
        return self.cells.get(field)


class ClaimedRow(_Written):
    """A 三级指标 as written: its levels, target, actual, 分值, the claimed 得分 and the 偏差原因."""

    level1: str = ""
    level2: str = ""
    name: str
    target: str = ""
    actual: str = ""
    weight: Decimal | None = None  # 分值
    points: Decimal | None = None  # 得分 as claimed
    reason: str = ""  # 偏差原因分析及改进措施

    _text = field_validator("target", "actual", "reason", "level1", "level2", mode="before")(
        lambda cls, v: _as_text(v))
    _points = field_validator("weight", "points")(lambda cls, v: _not_negative(v))


class MoneyRow(_Written):
    """One line of the money block (其中：财政拨款, 上年结转资金 …), in the block's unit."""

    label: str = ""
    initial: Decimal | None = None  # 年初预算数
    annual: Decimal | None = None  # 全年预算数
    spent: Decimal | None = None  # 全年执行数


class Budget(MoneyRow):
    """The money block: its total line, its parts, the stated 执行率, its 分值 and claimed 得分."""

    unit: str = ""  # the unit the heading names (万元), if any
    rate: str = ""  # 执行率 as written
    weight: Decimal | None = None
    points: Decimal | None = None
    parts: list[MoneyRow] = []
    reason: str = ""  # the budget row's 偏差原因分析及改进措施, where the form writes one

    _text = field_validator("rate", "reason", mode="before")(lambda cls, v: _as_text(v))
    _points = field_validator("weight", "points")(lambda cls, v: _not_negative(v))


class ClaimedForm(_Written):
    """A whole 自评表: its heading, money block, indicator rows, and the claimed 总分 and 自评等级."""

    title: str = ""
    name: str = ""  # 项目名称 or the unit's name
    year: int | None = None
    budget: Budget | None = None
    indicators: list[ClaimedRow]
    level_points: dict[str, Decimal] = {}  # 产出指标(50分): the points a 一级 label carries
    total: Decimal | None = None  # 总分 as claimed (its 得分 cell)
    total_weight: Decimal | None = None  # the 总分 row's 分值 cell
    grade: str | None = None  # 自评等级, where the form has one
    source: str = ""  # the file it was read from
    reason_column: bool = True  # whether its indicator rows have a 偏差原因 column (Chongqing's and Fujian's have none)

    # a 总分 below zero has no grade (the lowest starts at 0): refused where it is read, as a row's points are
    _totals = field_validator("total", "total_weight")(lambda cls, v: _not_negative(v))

    def rows_in_words(self) -> bool:
        """Whether a row's (or the money block's) claimed points are written in words: the claimed rows' sum
        then lacks them, so it is not held against the 总分."""
        return any("points" in part.unread for part in [*self.indicators, *([self.budget] if self.budget else [])])
