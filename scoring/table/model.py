"""A unit's performance target table (部门整体预算绩效目标表) as typed data."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from pydantic import model_validator

from ..model import Node
from ..yamlio import bilingual
from .values import TargetSyntaxError, TargetValue, parse_value


class Target(Node):
    """A target as written in the table, and as parsed."""

    text: str
    value: TargetValue

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data):
        if data is None or isinstance(data, (str, int, Decimal)):
            text = "" if data is None else str(data)
            try:
                return {"text": text, "value": parse_value(text)}
            except TargetSyntaxError as e:
                raise bilingual(e.zh, e.en) from None
        return data

    @property
    def kind(self) -> str:
        return self.value.kind


class Indicator(Node):
    """A 三级指标 with its half-year and annual targets."""

    id: str
    name: str
    half_year: Target
    annual: Target
    key_work: str | None = None  # 重点工作 (履职 rows)
    project: str | None = None  # 对应项目: the funded project the row belongs to


class Group(Node):
    """A 二级指标 and its indicators (possibly none, as 生态效益 in the 2025 seed)."""

    level2: str
    items: list[Indicator] = []


class Section(Node):
    """A 一级指标 (决策, 过程, 履职, 效益, 满意度 …)."""

    level1: str
    groups: list[Group]


class Amounts(Node):
    """Money in 万元: the half-year plan (半年计划执行数) and the annual budget (全年预算数)."""

    half_year: Decimal | None = None
    annual: Decimal


class Project(Amounts):
    name: str


class IncomeSource(Node):
    name: str
    amount: Decimal
    parts: list["IncomeSource"] = []


class Income(Node):
    total: Decimal
    sources: list[IncomeSource]


class Expenditure(Node):
    basic: Amounts  # 基本支出
    projects_total: Amounts  # 项目支出 as printed
    projects: list[Project]


class Funds(Node):
    """部门整体资金, in 万元."""

    income: Income
    expenditure: Expenditure


class Unit(Node):
    name: str
    functions: str = ""  # 主要职能
    departments: str = ""  # 机构设置及人员配置


class Goals(Node):
    mid_long_term: str = ""  # 中长期目标
    annual: str = ""  # 年度目标


class TargetTable(Node):
    """The whole table; `indicators` is the 一级 → 二级 → 三级 tree in the published order."""

    title: str = "部门整体预算绩效目标表"
    year: int
    unit: Unit
    funds: Funds
    goals: Goals = Goals()
    indicators: list[Section]

    def rows(self) -> Iterator[tuple[Section, Group, Indicator]]:
        """Every 三级指标 with its 一级 and 二级, in table order."""
        for section in self.indicators:
            for group in section.groups:
                for item in group.items:
                    yield section, group, item
