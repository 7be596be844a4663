"""A unit's actual data for one period (实际完成值): per indicator, and the money spent."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BeforeValidator, PrivateAttr, field_validator

from .catalogue import Text, text
from .errors import Pos
from .limits import MAX_INDICATORS
from .model import Node
from .periods import PERIODS  # noqa: F401 (re-exported)
from .yamlio import load_model

Period = Literal["annual", "h1"]


# An amount of money spent in 万元. A negative one is refused when the money is reckoned (money.py), with the
# file's other problems: refused here, it hid all of them.
Spent = Decimal


def _blank_is_none(v):
    """An amount written as "" or spaces (a full-width one too) is blank, as a missing one: it said 应为数字，而这里是「」."""
    return None if isinstance(v, str) and not v.strip() else v


Amount = Annotated[Spent | None, BeforeValidator(_blank_is_none)]  # an amount, or blank


def _as_text(v):
    """A value typed as a bare number (96.8) is read as its text, like one written with its unit."""
    return str(v) if isinstance(v, (int, Decimal)) and not isinstance(v, bool) else v


class IndicatorActual(Node):
    actual: str | None = None  # 96.8%, 10712人, 健全, 部分达成 …; absent = not reported
    points: Decimal | None = None  # the assessor's own score (qualitative indicators)
    evidence: str | None = None  # 佐证材料
    reason: str | None = None  # 偏差原因
    measure: str | None = None  # 整改措施

    _text = field_validator("actual", mode="before")(lambda cls, v: _as_text(v))
    _field_pos: dict[str, Pos] = PrivateAttr(default_factory=dict)
    _key_pos: Pos | None = PrivateAttr(default=None)  # where its id or name was written, in a YAML file

    def pos_of(self, field: str) -> Pos:
        """Where one field was written (the 评价人打分 cell, the `points:` line); else the entry's place."""
        return self._field_pos.get(field) or self.pos

    @property
    def key_pos(self) -> Pos:
        """Where the entry's key (its indicator's id or name) was written; else the entry's place."""
        return (self.__pydantic_private__ or {}).get("_key_pos") or self.pos


class Amounts(Node):
    """Amounts of money spent, some by name, each remembering where it and its name were written, so that
    what is wrong with one is said at its line (or cell)."""

    _field_pos: dict[str, Pos] = PrivateAttr(default_factory=dict)
    _entry_pos: dict[tuple[str, str], tuple[Pos, Pos]] = PrivateAttr(default_factory=dict)  # (key, amount)

    def name_pos(self, field: str, name: str) -> Pos:
        """Where the name `name` of the mapping `field` was written (a YAML key); else its amount's place."""
        return self._entry_pos.get((field, name), (self.pos,))[0]

    def pos_of(self, field: str) -> Pos:
        """Where one field was written (basic, the stated rate); else the block's place."""
        return self._field_pos.get(field) or self.pos

    def amount_pos(self, field: str, name: str | None = None) -> Pos:
        """Where an amount was written: the field's own (basic), or the one under `name` in the mapping `field`."""
        if name is None:
            return self.pos_of(field)
        return self._entry_pos.get((field, name), (None, self.pos))[1]

    def amounts(self) -> list[tuple[Decimal, Pos]]:
        """Every amount given, with its place, in the model's order (blanks left out)."""
        out = []
        for field in type(self).model_fields:
            value = getattr(self, field)
            if isinstance(value, Decimal):
                out.append((value, self.amount_pos(field)))
            elif isinstance(value, dict):
                out += [(v, self.amount_pos(field, k)) for k, v in value.items() if isinstance(v, Decimal)]
        return out


class Spending(Amounts):
    """执行数 in 万元: basic expenditure and each funded project, by the project's name.

    All amounts blank means not reported yet (the budget execution rate is then not computed); some blank beside
    others given is an error (money.py), a blank could mean 0 or not yet.
    """

    basic: Amount = None
    projects: dict[str, Amount] = {}

    def blank_projects(self) -> list[str]:
        """The projects whose amount was left blank, in the file's order."""
        return [name for name, v in self.projects.items() if v is None]

    @property
    def complete(self) -> bool:
        return self.basic is not None and not self.blank_projects()


class BudgetRowActual(Amounts):
    """The money block's actuals: 全年执行数 by funds row (project tables; a department table's money is
    `spending`), and the execution rate as the form writes it by hand, only to be compared."""

    executed: dict[str, Amount] = {}  # by the target table's funds row source: 年度资金总额, 财政拨款 …
    stated_rate: str | None = None  # 执行率 as written, e.g. 100%; the scored rate is recomputed from the money
    evidence: str | None = None
    reason: str | None = None
    measure: str | None = None

    _text = field_validator("stated_rate", mode="before")(lambda cls, v: _as_text(v))


class Actuals(Node):
    unit: str
    year: int
    period: Period
    illustrative: bool = False  # true for made-up example data; shown on every report
    indicators: dict[str, IndicatorActual] = {}  # keyed by indicator id, or by name where unique
    spending: Spending | None = None
    budget_row: BudgetRowActual | None = None
    goals_achieved: str | None = None  # 年度总体目标的实际完成情况, as the form's goals block writes it; absent = not written

    _field_pos: dict[str, Pos] = PrivateAttr(default_factory=dict)

    def pos_of(self, field: str) -> Pos:
        """Where one field was written (the `period:` line, the workbook's 填报信息!B3); else the file's place."""
        return self._field_pos.get(field) or self.pos

    @field_validator("goals_achieved")
    @classmethod
    def _trimmed(cls, v):
        # a YAML block (`goals_achieved: |`) ends with a line break the form would show as a blank line
        return (v.strip() or None) if v is not None else None

    @field_validator("indicators", mode="before")
    @classmethod
    def _shorthand(cls, v):
        # `D01: 健全` is short for `D01: {actual: 健全}`
        if isinstance(v, dict):
            return {k: x if isinstance(x, dict) else {"actual": x} for k, x in v.items()}
        return v


def load_actuals(path: str | Path, table=None, name: str | None = None) -> Actuals:
    """A YAML actuals file, or a filled-in workbook (.xlsx, read against its target table `table`); `name`: the
    YAML file's display_path, where the caller has it already."""
    if Path(path).suffix.lower() in (".xlsx", ".xlsm", ".xls", ".xlsb", ".et", ".ods"):  # .xlsx read, others refused there
        from .xlsx.actuals_book import read_actuals_book

        return read_actuals_book(path, table)
    actuals = load_model(path, Actuals, _targets_instead, name)
    if len(actuals.indicators) > MAX_INDICATORS:
        raise actuals.pos.fail("limits.too_many_indicators", count=len(actuals.indicators), limit=MAX_INDICATORS)
    return actuals


def _targets_instead(data) -> Text | None:
    if isinstance(data, dict) and "funds" in data and isinstance(data.get("indicators"), list):
        return text("table.targets_not_actuals")
    return None
