"""The scored results, a unit's scorecard and a batch's summary: plain data that every renderer reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Literal

from pydantic import BaseModel, ConfigDict
from pydantic_core import core_schema


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Bilingual:
    """The same words in Chinese and in English. Made with both (`Bilingual(zh=…, en=…)`), or with `later`
    from a function of the language, written on first read: an output reads one language, so a row's
    explanation and formula are never written in the other (half of scoring a row was writing both)."""

    __slots__ = ("_zh", "_en", "_make")

    def __init__(self, zh: str | None = None, en: str | None = None, make: Callable[[str], str] | None = None):
        if make is None and (zh is None or en is None):
            raise TypeError("Bilingual needs both texts, or a function that writes them")
        self._zh, self._en, self._make = zh, en, make

    @classmethod
    def later(cls, make: Callable[[str], str]) -> Bilingual:
        return cls(None, None, make)

    @classmethod
    def of(cls, message) -> Bilingual:
        """A catalogue Text, rendered when read: one Bilingual per Text, so a Text many rows share (full
        marks, a band's default) is wrapped and rendered once (~2,500 instructions a row, measured)."""
        made = message._bilingual
        if made is None:
            made = cls(None, None, message.render)
            object.__setattr__(message, "_bilingual", made)  # frozen: the cache is set as dataclasses do
        return made

    def get(self, lang: str) -> str:
        if lang == "en":
            if self._en is None:
                self._en = self._make("en")
            return self._en
        if self._zh is None:
            self._zh = self._make("zh")
        return self._zh

    @property
    def zh(self) -> str:
        return self.get("zh")

    @property
    def en(self) -> str:
        return self.get("en")

    def __eq__(self, other) -> bool:
        return isinstance(other, Bilingual) and (self.zh, self.en) == (other.zh, other.en)

    def __hash__(self) -> int:
        return hash((self.zh, self.en))

    def __repr__(self) -> str:
        return f"Bilingual(zh={self.zh!r}, en={self.en!r})"

    @classmethod
    def __get_pydantic_core_schema__(cls, source, handler) -> core_schema.CoreSchema:
        # a field of this type takes a Bilingual as it is, or {"zh": …, "en": …}; it dumps as that dict
        return core_schema.no_info_plain_validator_function(
            _bilingual, serialization=core_schema.plain_serializer_function_ser_schema(lambda b: {"zh": b.zh, "en": b.en}))


def _bilingual(value) -> Bilingual:
    if isinstance(value, Bilingual):
        return value
    if isinstance(value, dict) and set(value) == {"zh", "en"} and all(isinstance(v, str) for v in value.values()):
        return Bilingual(zh=value["zh"], en=value["en"])
    raise ValueError("expected {'zh': str, 'en': str}")


# A row, its flags and its rule are plain slotted dataclasses, not validated models: score_row.py makes
# them from values already checked, 57 per unit, and pydantic's validation was a fifth of scoring a row.
# They are read-only by convention (frozen would cost another 2 µs a row); dataclasses.replace copies one.

@dataclass(frozen=True, slots=True)
class Flag:
    """Something a person must look at; it never changes the points."""

    code: str
    message: Bilingual


@dataclass(frozen=True, slots=True)
class RuleRef:
    id: str
    title: Bilingual  # the rule's title; its Chinese where the rule file gives no English
    file: str
    line: int | None


@dataclass(slots=True)
class ScoredIndicator:
    """A scored row. Its fields with a default come last, so score_row makes it with positional arguments:
    a class called with 27 keywords matched them in ~12,000 instructions, a fifth of scoring the row."""

    id: str
    level1: str
    level2: str
    name: str
    target: str  # the target scored against, as text
    target_source: Literal["annual", "half_year", "annual_scaled"]
    actual: str | None  # as reported, normalised
    weight: Decimal
    points: Decimal
    lost: Decimal
    status: Literal["met", "partial", "missed", "missing"]
    rule: RuleRef
    method: str
    formula: Bilingual  # how the method computed the share of the weight
    rounding: str  # weight × share = exact points → rounded points
    explanation: Bilingual
    key_work: str | None = None
    project: str | None = None
    outcome: str | None = None  # 达成 / 部分达成 / 未达成 for qualitative indicators
    monitor: Literal["red", "yellow", "green", "blue"] | None = None  # half-year only
    flags: list[Flag] = field(default_factory=list)
    reason: str | None = None  # 偏差原因
    measure: str | None = None  # 整改措施
    evidence: str | None = None  # 佐证材料


class Budget(_Data):
    """Budget execution from the money, and (half-year) its progress against time."""

    spent: Decimal
    budget: Decimal
    rate: Decimal  # %, 2 decimals
    time_progress: Decimal | None = None  # %, half-year only
    progress: Decimal | None = None  # rate ÷ time progress, %
    status: Literal["red", "yellow", "green", "blue"] | None = None


class BlankAmounts(_Data):
    """Spending amounts left blank, so no execution rate could be computed."""

    basic: bool
    projects: list[str]


class InputFile(_Data):
    role: Literal["targets", "actuals", "rules"]
    path: str
    sha256: str


class Scorecard(_Data, defer_build=True):
    """One unit's (or project's) scored self-evaluation.

    `total` is the sum of the scored rows: the indicators and, where the table has one, the budget row.
    `max_total` is the sum of the weights those rows used (100 for a complete table). When it is not the
    grades' full mark, the grade is read from `grade_basis` = total ÷ max_total × 100 (see rules/README.md)."""

    kind: Literal["department", "project"] = "department"
    unit: str
    project: str | None = None  # 项目名称 of a project table
    year: int
    period: Literal["annual", "h1"]
    illustrative: bool
    total: Decimal
    max_total: Decimal
    grade: str | None  # None at mid-year: half-year monitoring is not graded (its points are for reference)
    grade_en: str | None
    grade_basis: Decimal | None = None  # the score the grade was read from, when max_total is not the full mark
    full_mark: Decimal = Decimal(100)  # the grades' scale (weights.yaml total)
    indicators: list[ScoredIndicator]
    budget_row: ScoredIndicator | None = None  # the money block's execution row, scored apart from the tree
    budget: Budget | None = None
    budget_blank: BlankAmounts | None = None  # why there is no budget: the amounts left blank
    inputs: list[InputFile] = []

    # evaluate assembles a card from values already checked (model_construct): its schema, a fifth of the
    # models' cold start with the rows' dataclasses in it, is built only where a card is validated or dumped

    @property
    def lost(self) -> list[ScoredIndicator]:
        """Indicators that lost points, largest loss first (table order among equals)."""
        return sorted((i for i in self.rows if i.lost > 0), key=lambda i: -i.lost)

    @property
    def flagged(self) -> list[ScoredIndicator]:
        return [i for i in self.rows if i.flags]

    @property
    def rows(self) -> list[ScoredIndicator]:
        """Every scored row: the indicators in table order, then the budget row if any; they sum to total."""
        return self.indicators + ([self.budget_row] if self.budget_row is not None else [])


class UnitRow(BaseModel):
    """One unit's line in the summary: its score, or why it could not be scored."""

    # built when batch first makes one, not by every command that reads a scorecard (`evaluate`: ~2 ms with BatchSummary)
    model_config = ConfigDict(defer_build=True)

    targets: str
    actuals: str
    unit: str | None = None
    total: Decimal | None = None
    max_total: Decimal | None = None  # what the rows' points add up to (78 where a table's 分值 do)
    grade_basis: Decimal | None = None  # the score the grade was read from where max_total is not the full mark
    grade: str | None = None
    grade_en: str | None = None
    lost: Decimal | None = None
    flags: int | None = None
    report: str | None = None
    error_zh: str | None = None
    error_en: str | None = None
    warning_zh: str | None = None  # said beside its score: the actuals workbook was open in Excel as it was read
    warning_en: str | None = None

    @property
    def standing(self) -> Decimal | None:
        """What units are ranked by: the score the grade was read from, so 73.73 of 78 (94.53) ranks above
        80 of 100 — totals out of different maxima do not compare."""
        return self.grade_basis if self.grade_basis is not None else self.total


def ranked(rows: list[UnitRow]) -> list[UnitRow]:
    """Scored units in summary order: highest standing first, then by file."""
    return sorted(rows, key=lambda r: (-r.standing, r.targets))


class BatchSummary(BaseModel):
    """A batch run: the units scored, ranked, and those that could not be."""

    model_config = ConfigDict(defer_build=True)  # as UnitRow

    period: str
    scored: list[UnitRow]  # ranked by standing (the score graded on), highest first
    failed: list[UnitRow]
    rules: list[InputFile] = []  # the rule files every unit was scored by, with their sha256
