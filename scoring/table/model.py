"""A performance target table as typed data: a unit's 部门整体 table or a 项目支出 (project) table."""
from __future__ import annotations

from decimal import Decimal
from functools import cached_property
from typing import Iterator, Literal

from pydantic import field_validator, model_validator

from ..model import Node
from ..yamlio import bilingual, invalid
from .form_words import DEFAULT_ROW, KIND_WORDS, TITLES
from .values import OPS, TargetSyntaxError, TargetValue, normalise_text, parse_value


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
                raise bilingual(e.zh, e.en, e.code) from None
        return data

    @property
    def kind(self) -> str:
        return self.value.kind

    @cached_property  # asked of every row at every evaluation; the text never changes
    def bare(self) -> bool:
        """A number written without an operator (`3%`, `100`): how to read it is a rule setting."""
        return self.value.kind == "number" and normalise_text(self.text)[:1] not in OPS


def _points(v):
    if v is not None and v < 0:
        raise invalid("table.negative_points")
    return v


class Indicator(Node):
    """A 三级指标 with its annual target, its half-year one where the table has it, and its 分值 if given."""

    id: str
    name: str
    half_year: Target | None = None  # absent in annual-only tables
    annual: Target
    weight: Decimal | None = None  # 分值 as the form writes it; all rows of a table have one, or none
    key_work: str | None = None  # 重点工作 (履职 rows)
    project: str | None = None  # 对应项目: the funded project the row belongs to

    _weight = field_validator("weight")(lambda cls, v: _points(v))


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


class FundRow(Node):
    """A row of a project's money block (项目资金, 万元): 年初预算数 and 全年预算数 of one source.
    The 全年执行数 are actuals, not targets."""

    source: str  # 年度资金总额, 财政拨款, 上年结转资金, 其他资金 … as the form writes it
    initial: Decimal | None = None  # 年初预算数
    annual: Decimal  # 全年预算数


class ProjectInfo(Node):
    """A 项目支出 table's header and money: the first funds row is the total (年度资金总额),
    the others its parts (其中：财政拨款, 上年结转资金, 其他资金)."""

    name: str  # 项目名称
    department: str = ""  # 主管部门
    implementer: str = ""  # 实施单位
    funds: list[FundRow]

    @field_validator("funds")
    @classmethod
    def _rows(cls, v):
        if not v:
            raise invalid("table.project_funds_empty")
        return v

    @property
    def total(self) -> FundRow:
        return self.funds[0]

    @property
    def parts(self) -> list[FundRow]:
        return self.funds[1:]


class BudgetRow(Node):
    """The budget-execution row of the money block, scored from the money (全年执行数 ÷ 全年预算数, capped
    at 100 %) whatever the form calls it; kept apart from the indicator tree."""

    name: str = DEFAULT_ROW  # as the form writes it: 预算执行率, 资金执行率 …
    weight: Decimal | None = None  # its 分值 (usually 10); given exactly when the indicators carry theirs
    # the 指标值 the table prints for it (≥90%): shown, and what its status is read against; never what it is
    # scored by, which is the money (points × rate, DOMAIN §2)
    target: Target | None = None

    _weight = field_validator("weight")(lambda cls, v: _points(v))


TableKind = Literal["department", "project"]


class TargetTable(Node):
    """The whole table; `indicators` is the 一级 → 二级 → 三级 tree in the published order.

    A department table (部门整体) has the unit's `funds`; a project table (项目支出) has `project`
    (its header and money by source) instead, and its unit defaults to the 实施单位."""

    kind: TableKind = "department"
    title: str = ""  # defaults to the kind's own title
    year: int
    unit: Unit
    funds: Funds | None = None  # department tables
    project: ProjectInfo | None = None  # project tables
    goals: Goals = Goals()  # a project table's 年度总体目标 is goals.annual
    budget_row: BudgetRow | None = None
    indicators: list[Section]

    @model_validator(mode="before")
    @classmethod
    def _defaults(cls, data):
        if not isinstance(data, dict):
            return data
        data = dict(data)
        kind = data.get("kind", "department")
        if isinstance(kind, str):
            kind = KIND_WORDS.get(kind.strip(), kind.strip())
        data["kind"] = kind
        if not data.get("title") and kind in TITLES:
            data["title"] = TITLES[kind]
        project = data.get("project")
        if kind == "project" and "unit" not in data and isinstance(project, dict) and project.get("implementer"):
            data["unit"] = {"name": project["implementer"]}
        return data

    @model_validator(mode="after")
    def _parts_of_kind(self):
        if self.kind == "department":
            if self.funds is None:
                raise invalid("table.department_needs_funds")
            if self.project is not None:
                raise invalid("table.department_has_project")
        else:
            if self.project is None:
                raise invalid("table.project_needs_project")
            if self.funds is not None:
                raise invalid("table.project_has_funds")
        return self

    def rows(self) -> Iterator[tuple[Section, Group, Indicator]]:
        """Every 三级指标 with its 一级 and 二级, in table order."""
        for section in self.indicators:
            for group in section.groups:
                for item in group.items:
                    yield section, group, item
