"""Scoring methods: the closed list of ways a rule turns a fact into a share of the weight.

Each method is a small schema (its parameters, as written in a rule file) and a pure function
from (parameters, fact, weight) to a share in [0, 1] with the formula that produced it. Shares
are exact fractions; points are rounded only once, half-up to 2 decimals, by `points_for`.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Annotated, Callable, Literal, NamedTuple, Union

from pydantic import BeforeValidator, ConfigDict, model_validator

from ..catalogue import Text as Message, text
from ..display import points as display_points
from ..limits import shorten
from ..model import Node
from ..scorecard import Bilingual
from ..yamlio import invalid

CENT = Decimal("0.01")
OUTCOMES = ("达成", "部分达成", "未达成")  # the words rule and actuals files write: data
# each outcome word as the catalogue says it in either language (达成 → achieved)
OUTCOME_WORDS = dict(zip(OUTCOMES, ("methods.achieved", "methods.partly_achieved", "methods.not_achieved")))


# A number as YAML reads one: half-width digits, unquoted. Any other text that spells a number reaches the
# validators as text, and Decimal, int and Fraction all read full-width digits (Decimal("５") is 5).
WRITTEN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_WRITTEN_SHARE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:/[0-9]+)?")  # a share may be a fraction, which YAML reads as text


def as_written(value, whole: bool = False, share: bool = False):
    """A rule or settings file's number, refused where it is text that spells one: typed in full width (`１２０`,
    `２/３`), with spaces or (not a share) a percent sign: say what to write, as a condition's number does; or
    quoted (`"10"`): drop the quotes. Other text is left to the type's own error. Before these were refused,
    the book scored by `５` and `"10"` while `scoring diff` showed `upto: 10 → ５` and `upto: 10 → 10`."""
    if not isinstance(value, str):
        return value
    folded = re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))
    if not share:
        folded = folded.removesuffix("%")
    if not (_WRITTEN_SHARE if share else WRITTEN_NUMBER).fullmatch(folded):
        return value
    if folded != value:
        found = text("input.found_value", value=shorten(value))
        raise invalid("input.integer_spelled" if whole else "input.number_spelled", found=found, meant=folded)
    if share and "/" in value:
        return value
    raise invalid("rulefile.number_quoted", number=value)


# the numbers of a rule book: a number (upto, low, over_achievement, weights, grades' min), a whole number (priority)
Number = Annotated[Decimal, BeforeValidator(as_written)]
Whole = Annotated[int, BeforeValidator(lambda v: as_written(v, whole=True))]


def _fraction(v):
    if isinstance(v, bool):
        raise invalid("methods.share_not_bool")
    as_written(v, share=True)
    try:
        f = Fraction(str(v).strip())
    except (ValueError, ZeroDivisionError):
        raise invalid("methods.not_a_share", value=v) from None
    if not 0 <= f <= 1:
        raise invalid("methods.share_range", value=v)
    return f


Share = Annotated[Fraction, BeforeValidator(_fraction)]
Source = Literal["actual", "ratio", "money_rate"]


class _Method(Node):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class Full(_Method):
    """满分：得全部权重分。"""


class Zero(_Method):
    """零分：不得分（如未填报实际值）。"""


class _AgainstTarget(_Method):
    """A method that compares its value with the target, in the target's terms."""

    of: Source = "actual"

    @model_validator(mode="after")
    def _not_the_ratio(self):
        # ratio is actual ÷ target × 100 already: compared with the target again, it is divided twice
        if self.of == "ratio":
            raise invalid("methods.ratio_against_target")
        return self


class Ratio(_AgainstTarget):
    """比例：权重 × min(cap, 实际值 ÷ 目标值)。"""

    cap: Share = Fraction(1)


class InverseRatio(_AgainstTarget):
    """反比例（上限指标）：权重 × min(1, 目标值 ÷ 实际值)。"""


class LinearDecline(_AgainstTarget):
    """线性递减（上限指标）：未超目标得满分，超出部分按比例递减，达到目标两倍时为零。"""


class Deduction(_AgainstTarget):
    """按单位扣分：每高于（或低于）目标 per 个单位扣 points 分（或权重的 share），不低于 floor。"""

    direction: Literal["above", "below"] = "above"
    per: Number = Decimal(1)
    points: Number | None = None
    share: Share | None = None
    floor: Share = Fraction(0)

    @model_validator(mode="after")
    def _one_amount(self):
        if (self.points is None) == (self.share is None):
            raise invalid("methods.deduction_amount")
        if self.per <= 0:
            raise invalid("methods.per_positive")
        if (self.points if self.points is not None else self.share) <= 0:  # a negative one adds points
            raise invalid("methods.deduction_positive")
        return self


class Band(_Method):
    upto: Number
    share: Share


class Bands(_Method):
    """分档：取值不超过某档上限（含）即得该档比例；都不满足时得 otherwise。"""

    of: Source = "actual"
    bands: list[Band]
    otherwise: Share

    @model_validator(mode="after")
    def _ascending(self):
        edges = [b.upto for b in self.bands]
        if not edges:
            raise invalid("methods.bands_empty")
        if edges != sorted(edges) or len(set(edges)) != len(edges):
            raise invalid("methods.bands_order")
        return self


class OutcomeBand(_Method):
    low: Number  # % of the weight, inclusive
    high: Number  # % of the weight, exclusive (inclusive when 100)
    default: Number  # % of the weight given when the assessor gives no points

    @model_validator(mode="after")
    def _order(self):
        # low == high is a fixed share (部分达成 is 60 %, whatever the assessor gives): the band is that one value
        if not (0 <= self.low <= self.default <= self.high <= 100):
            raise invalid("methods.outcome_band_order")
        return self

    def contains(self, percent: Decimal) -> bool:
        return self.low <= percent < self.high or percent == self.high == 100 or percent == self.low == self.high


class OutcomeBands(_Method):
    """定性分档：达成 / 部分达成 / 未达成 各有得分区间（权重的 %）与默认得分；评价人打分须落在区间内。"""

    达成: OutcomeBand
    部分达成: OutcomeBand
    未达成: OutcomeBand

    def band(self, outcome: str) -> OutcomeBand | None:
        return getattr(self, outcome) if outcome in OUTCOMES else None


class Assessor(_Method):
    """评价人打分：采用评价人填写的得分（0 至权重），用于无法填写实际值、由评价人判断的行。"""


METHODS: dict[str, type[_Method]] = {
    "full": Full, "zero": Zero, "ratio": Ratio, "inverse_ratio": InverseRatio,
    "linear_decline": LinearDecline, "deduction": Deduction, "bands": Bands, "outcome_bands": OutcomeBands,
    "assessor": Assessor,
}
Method = Union[Full, Zero, Ratio, InverseRatio, LinearDecline, Deduction, Bands, OutcomeBands, Assessor]


_NAMES = {cls: name for name, cls in METHODS.items()}


def method_name(method: _Method) -> str:
    return _NAMES.get(type(method)) or next(k for k, v in METHODS.items() if isinstance(method, v))


# -- computing -------------------------------------------------------------------------------------

# What a formula or band says: a catalogue message, rendered in the reader's language when read, or text
# that reads the same in both ("min(1, 95% ÷ 100%) = 95%").
Words = Union[Message, str]


def in_lang(words: Words, lang: str) -> str:
    """Words in `lang`, a catalogue message rendered once per language (Bilingual.of): a method's band labels
    are made once and shared by its rows, and rendering one anew for each row's explanation was a third of
    writing it."""
    return words if type(words) is str else Bilingual.of(words).get(lang)


class Scored(NamedTuple):
    """What a method computed: the share of the weight, the formula, and values for explanations.
    Immutable: the results that recur (full marks, a band's default) are made once and shared. A named
    tuple, made for every row: a frozen dataclass of five fields took a microsecond to make."""

    share: Fraction
    formula: Words
    band: Words = ""  # the band the value fell in
    deducted: str = ""  # points deducted, 2 decimals
    flags: tuple[str, ...] = ()


def _then(left: str, right: str) -> Message:
    """`3.2% ≤ 10%：66.67%` in Chinese, `…: 66.67%` in English."""
    return text("methods.then", step=left, share=right)


class MethodError(Exception):
    """A method met a fact it cannot score (its rule's `when` let it through): why, as a catalogue message."""

    def __init__(self, message: Message):
        self.message = message
        self.zh, self.en, self.code = message.zh, message.en, message.code
        super().__init__(self.en)


def as_decimal(value: Fraction | Decimal) -> Decimal:
    """An exact fraction as a Decimal (28 significant digits), for rounding and display."""
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    return value


def round_points(value: Fraction | Decimal) -> Decimal:
    return as_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def percent(share: Fraction) -> Decimal:
    """share × 100 as as_decimal gives it, from the integers (Fraction arithmetic is pure Python and slow;
    decimal division is correctly rounded, so the unreduced ratio gives the same Decimal)."""
    return _percent(*share.as_integer_ratio())


def _percent(numerator: int, denominator: int) -> Decimal:
    return Decimal(numerator * 100) / Decimal(denominator)


def points_for(weight: Decimal, share: Fraction) -> tuple[Decimal, str]:
    """Points for a share of the weight, and the rounding step as text."""
    return points_by_text(str(weight), *share.as_integer_ratio())[:2]


# weights and shares recur across rows and units (1.5 × 100 %, 2 × 80 %): each pair is worked out once
@lru_cache(maxsize=65536)
def points_by_text(weight: str, numerator: int, denominator: int) -> tuple[Decimal, str, str]:
    """points_for of the weight written `weight` and the share numerator ÷ denominator, with the points as
    they are shown (display.points). The step shows the weight as written (10 or 10.00): the cache is keyed by
    that text, which is also cheaper to make than the Decimal's exponent (as_tuple); the share by its integers,
    a Fraction's own hash being pure Python (a modular inverse)."""
    n, d = Decimal(weight).as_integer_ratio()
    exact = Decimal(n * numerator) / Decimal(d * denominator)  # as_decimal(Fraction(weight) * share)
    points = exact.quantize(CENT, rounding=ROUND_HALF_UP)
    shown = _num(exact, 4)
    pct = _percent_text(numerator, denominator)
    rounding = f"{weight} × {pct} = {shown} → {points}" if shown != str(points) else f"{weight} × {pct} = {points}"
    return points, rounding, display_points(points)


_PLACES = {places: Decimal(1).scaleb(-places) for places in range(7)}


def _num(value: Fraction | Decimal, places: int = 4) -> str:
    """A value to at most `places` decimals, without trailing zeros (0, never −0)."""
    if type(value) is Fraction:  # cached by its integers: a Fraction's hash is pure Python
        return _fraction_shown(*value.as_integer_ratio(), places)
    return _shown(value or 0, places)  # −0 == 0: one cache entry, and it prints as 0


@lru_cache(maxsize=4096)
def _fraction_shown(numerator: int, denominator: int, places: int) -> str:
    return _shown(Decimal(numerator) / Decimal(denominator) or 0, places)  # as_decimal(Fraction)


# equal values print alike whatever their exponent: each is formatted once
@lru_cache(maxsize=65536)
def _shown(value: Fraction | Decimal, places: int) -> str:
    q = _PLACES.get(places) or Decimal(1).scaleb(-places)
    value = as_decimal(value)
    if not isinstance(value, Decimal):
        value = Decimal(value)
    shown = format(value.quantize(q, rounding=ROUND_HALF_UP), "f")
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def _pct(share: Fraction) -> str:
    return _percent_text(*share.as_integer_ratio())  # one call: numerator and denominator are two properties


@lru_cache(maxsize=65536)
def _percent_text(numerator: int, denominator: int) -> str:
    return _num(_percent(numerator, denominator), 2) + "%"


def _value(of: str, fact: dict) -> Decimal:
    value = fact.get(of)
    if value is None:
        raise MethodError(text("methods.no_value", source=of))
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _target(fact: dict, positive: bool) -> Decimal:
    target = fact.get("target")
    if target is None:
        raise MethodError(text("methods.no_target"))
    target = target if isinstance(target, Decimal) else Decimal(str(target))
    if positive and target <= 0:
        raise MethodError(text("methods.target_not_positive", target=target))
    return target


_ONE, _ZERO = Fraction(1), Fraction(0)
_FULL, _NONE = Scored(_ONE, text("methods.full_marks")), Scored(_ZERO, "0")


def _clamp(f: Fraction) -> Fraction:
    return _ONE if f > 1 else _ZERO if f < 0 else f


def _ratio(a: Decimal, b: Decimal) -> Fraction:
    """a ÷ b exactly (Fraction(a) / Fraction(b) converts each Decimal the slow way)."""
    an, ad = a.as_integer_ratio()
    bn, bd = b.as_integer_ratio()
    return Fraction(an * bd, ad * bn)


def _unit(of: str, fact: dict) -> str:
    """The unit of the value a method reads: the target's for the actual; ratio and money_rate are in %."""
    return (fact.get("unit") or "") if of == "actual" else "%"


Compute = Callable[[dict, Decimal, "Decimal | None"], Scored]


def compute(method: _Method, fact: dict, weight: Decimal, assessor_points: Decimal | None) -> Scored:
    """The share of `weight` that `method` gives the row of `fact`, with its formula."""
    return prepare(method)(fact, weight, assessor_points)


def prepare(method: _Method) -> Compute:
    """`compute` for `method`, as a function of (fact, weight, assessor's points): the method's parameters read
    once, for a caller that scores many rows by it (an attribute read of a pydantic model costs ~8× a plain one's)."""
    return _PREPARE[type(method)](method)


def _shown_value(of: str, fact: dict) -> tuple[Decimal, str, str]:
    """The value a method reads, its unit, and the two as formulas show them."""
    value, unit = _value(of, fact), _unit(of, fact)
    return value, unit, f"{_num(value)}{unit}"


def _shown_target(of: str, fact: dict, positive: bool = True) -> tuple[Decimal, str]:
    """The target, and as formulas show it; refused where a rate read from the money would be compared with a
    target without % (=1, most likely an exported 100%): any rate above 1 % would meet it."""
    target = _target(fact, positive)
    unit = fact.get("unit") or ""
    shown = f"{_num(target)}{unit}"
    if of == "money_rate" and unit != "%":
        raise MethodError(text("methods.rate_against_unitless", target=shown))
    return target, shown


def _full(method: Full) -> Compute:
    return lambda fact, weight, points: _FULL


def _zero(method: Zero) -> Compute:
    return lambda fact, weight, points: _NONE


def _bands(method: Bands) -> Compute:
    of, otherwise = method.of, method.otherwise
    bands = [(band.upto, band.share) for band in method.bands]
    last = bands[-1][0]

    def run(fact: dict, weight: Decimal, assessor_points: Decimal | None) -> Scored:
        value, unit, v = _shown_value(of, fact)
        for upto, share in bands:
            if value <= upto:
                edge = f"{_num(upto)}{unit}"
                return Scored(share, _then(f"{v} ≤ {edge}", _pct(share)), band=f"≤{edge}")
        edge = f"{_num(last)}{unit}"
        return Scored(otherwise, _then(f"{v} > {edge}", _pct(otherwise)), band=f">{edge}")
    return run


def _ratio_of(method: Ratio) -> Compute:
    of, cap = method.of, method.cap
    cn, cd = cap.as_integer_ratio()
    shown_cap = _num(cap)

    def run(fact: dict, weight: Decimal, assessor_points: Decimal | None) -> Scored:
        value, _, v = _shown_value(of, fact)
        target, t = _shown_target(of, fact)
        # min(cap, value ÷ target), at least 0, compared as integers: Fraction comparisons are pure Python
        an, ad = value.as_integer_ratio()
        bn, bd = target.as_integer_ratio()
        num, den = an * bd, ad * bn  # value ÷ target = num ÷ den, den > 0
        share = cap if num * cd >= cn * den else _ZERO if num <= 0 else Fraction(num, den)
        return Scored(share, f"min({shown_cap}, {v} ÷ {t}) = {_pct(share)}")
    return run


def _against_target(share_of: Callable[[Decimal, str, Decimal, str], Scored]) -> Callable[[_Method], Compute]:
    """The preparer of a method scored from its value and the target alone, each with its text (v, t)."""
    def prepare_one(method: _Method) -> Compute:
        of = method.of

        def run(fact: dict, weight: Decimal, assessor_points: Decimal | None) -> Scored:
            value, _, v = _shown_value(of, fact)
            target, t = _shown_target(of, fact)
            return share_of(value, v, target, t)
        return run
    return prepare_one


def _inverse_share(value: Decimal, v: str, target: Decimal, t: str) -> Scored:
    share = _ONE if value <= target else _clamp(_ratio(target, value))
    return Scored(share, f"min(1, {t} ÷ {v}) = {_pct(share)}")


def _linear_share(value: Decimal, v: str, target: Decimal, t: str) -> Scored:
    if value <= target:
        return Scored(_ONE, _then(f"{v} ≤ {t}", "100%"))
    share = _clamp(1 - _ratio(value - target, target))
    return Scored(share, f"1 − ({v} − {t}) ÷ {t} = {_pct(share)}")


def _deduction(method: Deduction) -> Compute:
    of, direction, per, by_points, by_share, floor = (method.of, method.direction, method.per, method.points,
                                                      method.share, method.floor)

    def run(fact: dict, weight: Decimal, assessor_points: Decimal | None) -> Scored:
        value = _value(of, fact)
        target, _ = _shown_target(of, fact, positive=False)
        gap = value - target if direction == "above" else target - value
        gap = max(Decimal(0), gap)
        units = Fraction(gap) / Fraction(per)
        if by_points is None:
            per_unit = by_share
        else:  # absolute points per unit, as a share of this indicator's weight (none to lose at weight 0)
            per_unit = Fraction(by_points) / Fraction(weight) if weight else Fraction(0)
        deducted = units * per_unit
        share = max(floor, _clamp(1 - deducted))
        unit = _unit(of, fact)
        step = f"{_num(gap)}{unit} ÷ {_num(per)}{unit} × "
        amount = text("methods.points", points=_num(by_points)) if by_points is not None else _pct(by_share)
        side = text("methods.above" if direction == "above" else "methods.below")
        said = text("methods.deduction", side=side, step=step, amount=amount, lost=_pct(_clamp(1 - share)))
        return Scored(share, said, deducted=_num(Fraction(weight) * (1 - share), 2))
    return run


@lru_cache(maxsize=4096)
def _span(outcome: str, low: Decimal, high: Decimal) -> Message:
    """An outcome's band as the formula names it (达成 90–100%)."""
    return text("methods.outcome_span", outcome=text(OUTCOME_WORDS[outcome]), span=f"{_num(low)}–{_num(high)}%")


@lru_cache(maxsize=4096)
def _by_default(outcome: str, low: Decimal, high: Decimal, default: Decimal) -> Scored:
    """A band's default score: the same for every row without the assessor's points, so made once."""
    label = _span(outcome, low, high)
    return Scored(Fraction(default) / 100, text("methods.band_default", band=label, default=f"{_num(default)}%"), band=label)


def _outcome(method: OutcomeBands) -> Compute:
    # each outcome's band, its label and its default score, read and made once per method
    bands = {}
    for outcome in OUTCOMES:
        band = method.band(outcome)
        low, high, default = band.low, band.high, band.default
        bands[outcome] = (band, _span(outcome, low, high), _by_default(outcome, low, high, default), default)

    def run(fact: dict, weight: Decimal, assessor_points: Decimal | None) -> Scored:
        found = bands.get(fact.get("outcome") or "")
        if found is None:
            raise MethodError(text("methods.no_outcome"))
        band, label, by_default, default = found
        if assessor_points is None or weight <= 0:
            return by_default
        share = _ratio(assessor_points, weight)
        given = _assessor_points(assessor_points, share)
        if band.contains(assessor_points / weight * 100) and assessor_points <= weight:
            return Scored(share, text("methods.within_band", given=given, band=label), band=label)
        return Scored(by_default.share, text("methods.outside_band", given=given, band=label, default=f"{_num(default)}%"),
                      band=label, flags=("points_out_of_band",))  # the band's default share, made once (_by_default)
    return run


def _assessor(method: Assessor) -> Compute:
    def run(fact: dict, weight: Decimal, points: Decimal | None) -> Scored:
        """The assessor's own points, as given: never above the weight, never below 0."""
        if points is None:
            raise MethodError(text("table.assessor_points_missing", weight=str(weight)))
        if not 0 <= points <= weight or weight <= 0:
            raise MethodError(text("table.assessor_points_invalid", points=str(points), weight=str(weight)))
        share = _ratio(points, weight)
        return Scored(share, _assessor_points(points, share))
    return run


def _assessor_points(points: Decimal, share: Fraction) -> Message:
    """The assessor's points with their share of the weight: the bands are in % of the weight, so a
    reader needs the points in the same terms to see why they are inside or outside."""
    return text("methods.assessor_points", points=f"{Decimal(points):.2f}", share=_pct(share))


# each method's preparer, by its type (METHODS is a closed list: no subclasses)
_PREPARE = {
    Full: _full, Zero: _zero, Ratio: _ratio_of, InverseRatio: _against_target(_inverse_share),
    LinearDecline: _against_target(_linear_share),
    Deduction: _deduction, Bands: _bands, OutcomeBands: _outcome, Assessor: _assessor,
}
