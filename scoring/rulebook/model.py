"""The rule book: rule families, weights, grades, the qualitative vocabulary and monitoring bands."""
from __future__ import annotations

import re
import string
from decimal import Decimal
from functools import cached_property
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..catalogue import text
from ..limits import shorten
from ..model import Node
from ..yamlio import invalid
from .conditions import Condition
from .fields import FACT_FIELDS, RESULT_FIELDS
from .methods import OUTCOMES, Method, Number, Whole

Monitor = Literal["ratio", "bound", "outcome", "budget", "none"]
Status = Literal["red", "yellow", "green", "blue"]
Outcome = Literal[OUTCOMES]  # the words rule files key outcomes by: data, in methods.py


class Text(Node):
    """User-facing text in both languages; a bare string in a file is the Chinese text."""

    zh: str
    en: str = ""

    @model_validator(mode="before")
    @classmethod
    def _from_str(cls, data):
        return {"zh": data, "en": ""} if isinstance(data, str) else data

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.zh


# A field may be padded to a width, nothing more: any other spec can fail on a value of another type
# (`.2f` on a blank target), or cost gigabytes (`>200000000`), or reach into objects (`{x.__class__}`).
_SPEC = re.compile(r"[<>^]?[1-9]?\d?")


def _check_template(template: str) -> str:
    known = set(FACT_FIELDS) | set(RESULT_FIELDS)
    try:
        fields = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(template) if f is not None]
    except ValueError as e:
        raise invalid("rulefile.template_malformed", error=str(e)) from None
    for name, spec, conv in fields:
        if conv is not None or not re.fullmatch(r"[a-z_0-9]*", name) or not _SPEC.fullmatch(spec or ""):
            written = "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
            raise invalid("rulefile.template_field", field=shorten(written))
        if name not in known:
            raise invalid("rulefile.template_unknown_field", field=name, known=sorted(known))
    return template


class Template(Text):
    @field_validator("zh", "en")
    @classmethod
    def _fields(cls, v):
        return _check_template(v)


class Rule(Node):
    id: str
    title: Text  # what the rule does, as the 计分说明 and explain show it; a bare string is the Chinese
    when: dict | None = None  # parsed into `condition` by the loader, with locations
    priority: Whole = 0
    method: dict | str  # parsed into `scoring` by the loader, with locations
    explain: Template
    over_achievement: Number | None = None  # flag when actual ≥ this % of the target
    hand_tolerance: Number | None = None  # flag a hand-entered value this far from the one scored
    monitor: Monitor | None = None  # half-year monitoring; defaults to the file's

    @field_validator("id")
    @classmethod
    def _id(cls, v):
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", v):
            raise invalid("rulefile.bad_rule_id", id=v)
        return v


class RuleFile(Node):
    title: Text
    monitor: Monitor = "none"
    rules: list[Rule]


class CompiledRule:
    """A rule with its parsed condition and method, and where it stands."""

    def __init__(self, rule: Rule, condition: Condition, method: Method, monitor: str, file: str):
        self.rule, self.condition, self.method, self.monitor, self.file = rule, condition, method, monitor, file
        self.id, self.priority, self.line = rule.id, rule.priority, rule.pos.line

    def ref(self) -> str:
        return f"{self.id} ({self.file}:{self.line})"


# -- weights, grades, vocabulary, monitoring --------------------------------------------------------

class OwnPoints(Node):
    """A 二级 group (path: [一级, 二级]) or an indicator (indicator: id) given its own points."""

    path: list[str] | None = None
    indicator: str | None = None
    points: Number

    @model_validator(mode="after")
    def _one(self):
        if (self.path is None) == (self.indicator is None):
            raise invalid("rulefile.own_path_or_indicator")
        if self.path is not None and len(self.path) != 2:
            raise invalid("rulefile.own_path_shape")
        if self.points < 0:
            raise invalid("rulefile.own_points_negative")
        return self


class ProjectWeights(Node):
    """Default points for 项目支出 tables that give no 分值 per row: each 一级 and the budget row."""

    level1: dict[str, Number]
    budget_row: Number


class Weights(Node):
    total: Number = Decimal(100)
    level1: dict[str, Number]
    own: list[OwnPoints] = []
    project: ProjectWeights | None = None  # each adding up to `total`: settings_check.py, at the mapping


class BareReading(Node):
    """Indicators whose name contains one of these words read a bare number target with this operator."""

    contains: list[str]
    op: Literal["=", "≥", "≤", ">", "<"]


class BareTargets(Node):
    """How a number target written without an operator (`3%`, `100%`) is read: by the indicator's name,
    the first reading whose words the name contains, else `otherwise`."""

    readings: list[BareReading] = []
    otherwise: Literal["=", "≥", "≤", ">", "<"] = "="

    def reading_for(self, name: str) -> tuple[str, str | None]:
        """The operator for this name and the word that chose it (None: `otherwise`)."""
        for r in self.readings:
            for word in r.contains:
                if word in name:
                    return r.op, word
        return self.otherwise, None

    def upper_bound(self, name: str) -> tuple[str, str] | None:
        """(operator, word) where a word of the name has a bare target of it read as an upper bound (≤, 控制率),
        else None: an `=` on such a name scores as a lower bound, which the check and the flags say."""
        op, word = self.reading_for(name)
        return (op, word) if word is not None and op in ("≤", "<") else None

    def why(self, name: str):
        """Why a bare number target of this name reads as it does: the word of its name, or `otherwise`."""
        op, word = self.reading_for(name)
        return text("table.bare_by_word", word=word) if word else text("table.bare_otherwise", op=op)

    def read(self, target, name: str):
        """The target's value as scored: a bare number takes the operator its name calls for."""
        if not target.bare:
            return target.value
        return target.value.model_copy(update={"op": self.reading_for(name)[0]})


def _known_units(v: list[str]) -> list[str]:
    """A settings file's units, each one the grammar knows."""
    from ..table.values import UNITS

    unknown = [u for u in v if u not in UNITS]
    if unknown:
        raise invalid("plausibility.unknown_unit", units=unknown, known=list(UNITS))
    return v


class NeverNegative(Node):
    """Units an actual can never be negative in (a count of people, households, times …)."""

    units: list[str] = []
    severity: Literal["error", "flag"] = "error"

    _known = field_validator("units")(_known_units)


class AtMost100(Node):
    """Rates that can never exceed 100 %: the indicators whose names contain one of these words."""

    names: list[str] = []
    severity: Literal["error", "flag"] = "flag"


class MoneyBounds(Node):
    """Money spent against the budget: above it is flagged (it happens, with 追加), `error_times` the
    budget or more is an error (the amounts were typed in 元 under the 万元 heading)."""

    over_budget: Literal["flag", "none"] = "none"
    error_times: Number | None = Field(default=None, gt=1)


class UnitSlip(Node):
    """An actual `times` its target or more, in a unit with a smaller one of its kind (公里 → 米): typed in the
    smaller unit without saying so (11500 meant as 米 under ≥12 公里), or a slip of the number, so it is never
    scored as written unasked; the smaller unit is named as the likely one where its reading is `within` that
    factor of the target either way."""

    times: Number = Field(gt=1)
    within: Number = Field(default=Decimal(10), gt=1)
    severity: Literal["error", "flag"] = "error"


class ThousandsDot(Node):
    """Counts (`units`) typed with a dot for the thousands separator (10.712 for 10 712 人): an actual in one of them
    with three decimals that, read as thousands, is `within` that factor of its target either way."""

    units: list[str] = []
    within: Number = Field(default=Decimal(10), gt=1)

    _known = field_validator("units")(_known_units)

    @cached_property  # asked of every row with a number actual: a set's lookup, not a scan of the list (~700 ns)
    def counts(self) -> frozenset[str]:
        return frozenset(self.units)


class Plausibility(Node):
    """Actual values that cannot be true (rules/plausibility.yaml; without the file, none is checked)."""

    never_negative: NeverNegative = NeverNegative()
    at_most_100: AtMost100 = AtMost100()
    money: MoneyBounds = MoneyBounds()
    unit_slip: UnitSlip | None = None  # without the entry, not checked
    thousands_dot: ThousandsDot | None = None  # nor this


class Grade(Node):
    grade: str
    en: str
    min: Number

    @field_validator("min")
    @classmethod
    def _not_negative(cls, v, info: ValidationInfo):
        if v < 0:  # said at the value: no total is below 0, so the lowest grade's min is 0
            raise invalid("rulefile.grade_min_negative", grade=info.data.get("grade", ""), min=v)
        return v


class Grades(Node):
    grades: list[Grade]  # by min, descending, each grade once, the last at 0: settings_check.py, at the entry

    def grade_for(self, total: Decimal) -> Grade:
        return next(g for g in self.grades if total >= g.min)


class Vocabulary(Node):
    """Qualitative words an assessor may write as an actual, by the outcome they mean."""

    words: dict[Outcome, list[str]]  # a word under one outcome only: settings_check.py, at its second place

    def outcome_of(self, word: str) -> str | None:
        if word in OUTCOMES:
            return word
        for outcome, words in self.words.items():
            if word in words:
                return outcome
        return None

    def words_for(self, target: str) -> list[tuple[str, str]]:
        """The evaluation words that fit a target word, with their outcome: the target itself (达成),
        then the vocabulary's words about the same state (基本健全, 不健全 for 健全)."""
        def stem(word: str) -> str:  # 基本健全 / 不健全 / 较科学 / 保障不到位 name the state 健全 / 科学 / 保障到位
            return re.sub(r"基本|部分|较|小幅|不|未", "", word)

        return [(target, OUTCOMES[0])] + [(w, o) for o in OUTCOMES for w in self.words.get(o, [])
                                     if w != target and stem(w) == stem(target)]


class StatusBand(Node):
    below: Number | None = None  # upper edge, exclusive; the last band has none
    status: Status


class Monitoring(Node):
    time_progress: Number = Field(Decimal(50), gt=0, le=100)  # % of the year elapsed at mid-year; divides
    half_year_fallback: Number = Field(Decimal("0.5"), gt=0, le=1)  # share of the annual target when no half-year value
    # units of a level, not an amount that builds up over the year (the shipped file names 分 年 岁 级 星): their
    # targets are not scaled at mid-year
    not_halved_units: list[str] = []
    # each by below, rising, the last without one: settings_check.py, at the band at fault
    ratio: list[StatusBand]
    budget: list[StatusBand]
    outcome: dict[Outcome, Status]

    def budget_progress(self, rate: Decimal) -> Decimal:
        """Execution rate ÷ time progress, in %: what the budget bands grade."""
        return rate / self.time_progress * 100

    def status(self, bands: list[StatusBand], percent: Decimal) -> str:
        return next(b.status for b in bands if b.below is None or percent < b.below)
