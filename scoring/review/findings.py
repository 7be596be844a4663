"""The mistakes a reviewer looks for (DOMAIN.md §6), one small named function per finding code.

Each check takes what it needs and returns a Finding or None. A difference under 0.005 is
agreement; there is no other tolerance. Which checks run, and in which order, is `audit.py`'s job.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict, field_validator

from .. import display
from ..catalogue import Text, say, text
from ..evaluate import graded_on
from ..money import YUAN_PER_WAN, yuan_slip
from ..rulebook.load import RuleBook
from ..rulebook.methods import OutcomeBands, round_points
from ..rulebook.model import Grade
from ..scorecard import Bilingual
from ..table.values import TargetSyntaxError, parse_value
from .form import Budget, ClaimedForm, Loc
from .labels import fold
from .recompute import Money, Rescored

AGREE = Decimal("0.005")
HUNDRED = Decimal(100)

# Every code a finding may have, a closed list (README "The finding codes"): JSON readers key on them, and each
# has a label in both languages (review.label_<code>), so a new one is added here and in the catalogue.
CODES = (
    "budget_rate_mismatch", "rate_rounded", "rate_ambiguous", "unreadable_rate", "missed_full", "met_docked",
    "actual_percent_used", "rounded_down", "rounded_up", "points_differ", "above_weight", "qualitative_out_of_band",
    "no_reason", "claimed_blank", "claimed_unreadable", "no_actual", "assessor_scored", "operator_in_actual", "over_achievement",
    "over_budget", "unit_slip", "unreadable_target", "unreadable_actual", "target_one_percent", "cannot_score", "no_weight", "budget_in_subrow",
    "budget_zero", "amounts_in_yuan", "money_parts_mismatch", "total_mismatch", "total_blank", "weights_not_100",
    "total_weight_mismatch", "level_points_mismatch", "grade_mismatch", "grade_blank",
    # against the approved target table (audit --targets; against.py)
    "weight_changed", "target_changed", "row_missing", "row_extra", "row_moved", "name_changed", "year_changed",
)
_KNOWN = frozenset(CODES)
# the codes that advise and do not find fault (far above target: the target may have been set low; more spent than
# budgeted, which a 追加 explains): said, but a form with only these is no form with findings (nor exit status 1);
# both are the engine's flags, which evaluate raises for a person to check
ADVISORIES = frozenset({"over_achievement", "over_budget"})


class Finding(BaseModel):
    """One mistake: its stable code, what it means in both languages, and the cell it is about."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    message: Bilingual
    field: str  # the value it is about: points, rate, actual, target, reason, weight, total, grade …
    cell: Loc | None = None

    @property
    def advisory(self) -> bool:
        return self.code in ADVISORIES

    @field_validator("code")
    @classmethod
    def _listed(cls, code: str) -> str:
        if code not in _KNOWN:  # a programming error: fail where the finding is made, not when it is printed
            raise ValueError(f"finding code {code!r} is not in findings.CODES (add it, and its review.label_ entry)")
        return code


def agree(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) < AGREE


def finding(message: Text, field: str, cell: Loc | None, code: str | None = None) -> Finding:
    """A finding of the message's own code (review.no_reason: no_reason), or of `code` where one code has
    several messages."""
    return Finding(code=code or message.code.split(".", 1)[1], message=Bilingual(zh=message.zh, en=message.en),
                   field=field, cell=cell)


def _p(x: Decimal) -> str:
    return display.points(round_points(x))  # as every message prints points (DOMAIN.md §2): 89.996 is 90.00


def _rate(x: Decimal) -> str:
    return display.amount(x, "%", 2)


@dataclass
class RowFacts:
    """A row as claimed beside the row as scored again."""

    name: str
    weight: Decimal | None
    claimed: Decimal | None
    redone: Rescored
    target: str = ""  # as written
    actual: str = ""  # as written
    reason: str = ""
    budget: bool = False
    cells: dict[str, Loc] = field(default_factory=dict)
    reason_column: bool = True  # the form has a place for the row's 偏差原因

    @property
    def points(self) -> Decimal | None:
        return self.redone.scored.points if self.redone.scored else None

    def at(self, message: Text, what: str) -> Finding:
        return finding(message, what, self.cells.get(what))


# -- why a row could not be scored ------------------------------------------------------------------

def _because(row: RowFacts, what: str, zh: str, en: str) -> Finding:
    """A finding whose message quotes the grammar's or the engine's own words, in each language."""
    return Finding(code=row.redone.refused, message=Bilingual(zh=zh, en=en), field=what, cell=row.cells.get(what))


LANGS = ("zh", "en")


def unreadable_target(row: RowFacts) -> Finding | None:
    """A target the grammar cannot read (每亩300元 today): reported, never guessed."""
    if row.redone.refused != "unreadable_target":
        return None
    r = row.redone.reason
    return _because(row, "target", *(say("review.unreadable_target", lang, target=row.target, reason=r.get(lang))
                                     for lang in LANGS))


def unreadable_actual(row: RowFacts) -> Finding | None:
    if row.redone.refused != "unreadable_actual":
        return None
    r = row.redone.reason
    return _because(row, "actual", *(say("review.unreadable_actual", lang, actual=row.actual, reason=r.get(lang))
                                     for lang in LANGS))


def cannot_score(row: RowFacts) -> Finding | None:
    """The engine refused the row (an actual in another unit, a fraction against a %, …): its words."""
    if row.redone.refused != "cannot_score":
        return None
    r = row.redone.reason
    return _because(row, "actual", *(say("review.cannot_score", lang, reason=r.get(lang)) for lang in LANGS))


def target_one_percent(row: RowFacts) -> Finding | None:
    """A target of 1 against an actual in %: most likely 100 %, but that is a guess, so not scored."""
    if row.redone.refused != "target_one_percent":
        return None
    return row.at(text("review.target_one_percent", target=row.target, actual=row.actual), "target")


def no_weight(row: RowFacts) -> Finding | None:
    if row.redone.refused != "no_weight":
        return None
    return row.at(text("review.no_weight"), "weight")


def claimed_blank(row: RowFacts) -> Finding | None:
    if row.claimed is not None or row.points is None:
        return None
    return row.at(text("review.claimed_blank", points=_p(row.points)), "points")


def operator_in_actual(row: RowFacts) -> Finding | None:
    """≥266米 typed as the actual: an actual is a figure, not a bound; scored as 266米, and said."""
    if not row.redone.actual_had_operator:
        return None
    return row.at(text("review.operator_in_actual", actual=row.actual,
                       read=display.value(row.redone.actual, with_op=False)), "actual")


def no_actual(row: RowFacts) -> Finding | None:
    s = row.redone.scored
    if s is None or s.status != "missing":
        return None
    return row.at(text("review.no_actual"), "actual")


def _flag(row: RowFacts, code: str):
    """The engine's flag of this code on the row as scored again, if it raised one."""
    s = row.redone.scored
    return next((f for f in s.flags if f.code == code), None) if s else None


def over_achievement(row: RowFacts) -> Finding | None:
    """Far above target (the rule's over_achievement %): the target may have been set too low."""
    flag = _flag(row, "over_achievement")
    if flag is None:
        return None
    return finding_from_flag(row, flag, "actual")


def over_budget(row: RowFacts) -> Finding | None:
    """More spent than budgeted: evaluate's own flag (raised where rules/plausibility.yaml money.over_budget asks
    for it), at the 全年执行数 of the money block, or the actual of a 预算执行率 row among the indicators."""
    flag = _flag(row, "over_budget")
    if flag is None:
        return None
    return finding_from_flag(row, flag, "spent" if row.budget else "actual")


def unit_slip(row: RowFacts) -> Finding | None:
    """An actual that reads as typed in a smaller unit (11500 under ≥12 公里: 米?), as evaluate finds it from
    rules/plausibility.yaml unit_slip: the row left unscored where it is an error, scored and said where a flag."""
    if row.redone.refused == "unit_slip":
        return _because(row, "actual", row.redone.reason.zh, row.redone.reason.en)
    flag = _flag(row, "unit_slip")
    return finding_from_flag(row, flag, "actual") if flag else None


def assessor_scored(row: RowFacts) -> Finding | None:
    """A numeric row with no actual, scored by the points the unit gave (the rules' assessor-scored-blank):
    accepted as evaluate accepts them, and pointed out, since no figure backs them."""
    flag = _flag(row, "assessor_scored")
    if flag is None or row.redone.target is None or row.redone.target.kind != "number":
        return None
    return finding_from_flag(row, flag, "actual")


def finding_from_flag(row: RowFacts, flag, what: str) -> Finding:
    """The engine's own flag as a finding (its message is already in both languages)."""
    return Finding(code=flag.code, message=flag.message, field=what, cell=row.cells.get(what))


def no_reason(row: RowFacts) -> Finding | None:
    """Points really lost (as scored again) and no 偏差原因 written: on the budget row too (DOMAIN §6.7), cited
    at its reason line where the form has one, else at its label."""
    p = row.points
    if p is None or row.redone.scored.status == "missing" or row.reason.strip():
        return None
    if p >= row.weight - AGREE:
        return None
    if not row.reason_column:  # nothing left blank: the form has no column for it, so it is asked for, at the points
        return finding(text("review.no_reason_column", lost=_p(row.weight - p)), "points", row.cells.get("points"),
                       code="no_reason")
    # at the reason's cell; a YAML row without a reason key at the row
    return finding(text("review.no_reason", lost=_p(row.weight - p)), "reason",
                   row.cells.get("reason") or row.cells.get("name"))


# -- a row's claimed points against the points scored again -----------------------------------------
# Each assumes the two disagree (audit.py checks that first); the first that explains the difference wins.

def above_weight(row: RowFacts) -> Finding | None:
    if row.claimed > row.weight and not agree(row.claimed, row.weight):
        return row.at(text("review.above_weight", claimed=_p(row.claimed), weight=_p(row.weight)), "points")
    return None


def missed_full(row: RowFacts) -> Finding | None:
    if row.points < row.weight and agree(row.claimed, row.weight):
        return row.at(text("review.missed_full", claimed=_p(row.claimed), points=_p(row.points)), "points")
    return None


def met_docked(row: RowFacts) -> Finding | None:
    if agree(row.points, row.weight) and row.claimed < row.weight:
        return row.at(text("review.met_docked", claimed=_p(row.claimed), weight=_p(row.weight)), "points")
    return None


def actual_percent_used(row: RowFacts) -> Finding | None:
    """points × actual % instead of points × actual ÷ target."""
    t, a = row.redone.target, row.redone.actual
    if row.budget or t is None or a is None or t.kind != "number" or a.kind != "number":
        return None
    if t.unit != "%" or a.unit != "%" or t.number == HUNDRED:
        return None
    wrong = row.weight * a.number / HUNDRED
    if agree(row.claimed, round_points(wrong)):
        return row.at(text("review.actual_percent_used", claimed=_p(row.claimed), weight=_p(row.weight),
                           actual=display.value(a, with_op=False), target=display.value(t),
                           points=_p(row.points)), "points")
    return None


def _steps(p: Decimal, rounding) -> list[Decimal]:
    """p to a whole point and to a half point, rounded the given way."""
    return [p.quantize(Decimal(1), rounding=rounding), (p * 2).quantize(Decimal(1), rounding=rounding) / 2]


def rounded_down(row: RowFacts) -> Finding | None:
    if row.claimed < row.points and any(agree(row.claimed, s) for s in _steps(row.points, ROUND_FLOOR)):
        return row.at(text("review.rounded_down", claimed=_p(row.claimed), points=_p(row.points)), "points")
    return None


def rounded_up(row: RowFacts) -> Finding | None:
    if row.claimed > row.points and any(agree(row.claimed, s) for s in _steps(row.points, ROUND_CEILING)):
        return row.at(text("review.rounded_up", claimed=_p(row.claimed), points=_p(row.points)), "points")
    return None


def points_differ(row: RowFacts) -> Finding:
    return row.at(text("review.points_differ", claimed=_p(row.claimed), points=_p(row.points)), "points")


# actual_percent_used before met_docked: 10 × 93% = 9.30 on a met row is docked too, but saying how tells the unit why
POINT_CHECKS = (above_weight, missed_full, actual_percent_used, met_docked, rounded_down, rounded_up)


def qualitative_out_of_band(row: RowFacts, book: RuleBook) -> Finding | None:
    s = row.redone.scored
    if s is None or not any(f.code == "points_out_of_band" for f in s.flags):
        return None
    band = book.by_id(s.rule.id).method
    span = band.band(s.outcome) if isinstance(band, OutcomeBands) else None
    low = _p(row.weight * span.low / HUNDRED) if span else "?"
    high = _p(row.weight * span.high / HUNDRED) if span else "?"
    return row.at(text("review.qualitative_out_of_band", claimed=_p(row.claimed), outcome=s.outcome or "",
                       low=low, high=high, points=_p(s.points)), "points")


# -- the money block ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rate:
    """An execution rate as written, and its cell: the money block's 执行率, or a 预算执行率 row's actual."""

    text: str
    field: str
    cell: Loc | None = None

    @classmethod
    def of(cls, budget: Budget) -> "Rate":
        return cls(budget.rate, "rate", budget.cell("rate"))

    def at(self, message: Text) -> Finding:
        return finding(message, self.field, self.cell)


def stated_rate(rate: Rate) -> Decimal | None:
    """The rate as written, in %: 80.45% or 80.45; None when blank, unreadable or ambiguous (see below)."""
    try:
        v = parse_value(rate.text)
    except TargetSyntaxError:
        return None
    if v.kind != "number" or v.unit not in ("", "%") or (not v.unit and 0 < v.number <= 1):
        return None
    return v.number


def unreadable_rate(rate: Rate) -> Finding | None:
    """A stated rate that is not a percentage, or a bare 0.8 that could be 0.8 % or 80 %: never guessed."""
    if not rate.text.strip() or stated_rate(rate) is not None:
        return None
    try:
        v = parse_value(rate.text)
    except TargetSyntaxError:
        v = None
    if v is not None and v.kind == "number" and not v.unit and 0 < v.number <= 1:
        return rate.at(text("review.rate_ambiguous", rate=rate.text, percent=display.amount(v.number * HUNDRED, "%")))
    return rate.at(text("review.unreadable_rate", rate=rate.text))


def rate_rounded(rate: Rate, money: Money) -> Finding | None:
    """93 % written where the money gives 92.56 %: the rate rounded to a whole percent."""
    stated = stated_rate(rate)
    if stated is None or agree(stated, money.rate):
        return None
    whole = {money.rate.quantize(Decimal(1), rounding=r) for r in (ROUND_HALF_UP, ROUND_CEILING)}
    if stated not in whole:
        return None
    return rate.at(text("review.rate_rounded", stated=rate.text, rate=_rate(money.rate)))


def budget_rate_mismatch(rate: Rate, money: Money) -> Finding | None:
    stated = stated_rate(rate)
    if stated is None or agree(stated, money.rate) or rate_rounded(rate, money):
        return None
    return rate.at(text("review.budget_rate_mismatch", stated=rate.text, rate=_rate(money.rate),
                        spent=display.amount(money.spent), annual=display.amount(money.annual)))


def rate_findings(rate: Rate, money: Money | None) -> list[Finding]:
    """What is wrong with a written execution rate, against the money when there is some."""
    found = [unreadable_rate(rate)]
    if money is not None:
        found += [rate_rounded(rate, money), budget_rate_mismatch(rate, money)]
    return [f for f in found if f]


def budget_in_subrow(budget: Budget, money: Money | None) -> Finding | None:
    """The total line 0 / 0 / 0 while the money is in the lines below it: the rate is taken from those."""
    if money is None or not money.from_parts:
        return None
    return finding(text("review.budget_in_subrow", annual=display.amount(money.annual),
                        spent=display.amount(money.spent)), "annual", budget.cell("annual"))


def budget_zero(budget: Budget, money: Money | None) -> Finding | None:
    """No budget anywhere in the money block: no execution rate can be computed (never a silent score)."""
    if money is not None:
        return None
    return finding(text("review.budget_zero"), "annual", budget.cell("annual"))


def amounts_in_yuan(budget: Budget, limit: Decimal, unit: str) -> Finding | None:
    """Amounts that look like 元 under a 万元 heading (the rate is the same; the amounts are not)."""
    if budget.unit != unit:
        return None
    lines = [budget] + list(budget.parts)
    for line in lines:
        for what in ("initial", "annual", "spent"):
            v = getattr(line, what)
            if v is not None and v >= limit:
                return finding(text("review.amounts_in_yuan", amount=display.amount(v), unit=unit),
                               what, line.cell(what))
    return None


def money_parts_mismatch(budget: Budget, wan: str) -> list[Finding]:
    """A total line that is not the sum of the lines below it (each of 年初, 全年, 执行 that has parts); where one
    line, read as 元 (÷ 10,000), makes them add up (evaluate's money.yuan_slip) in a block in `wan` (万元, or no unit
    named, as the central form's amounts are), that line in 元 instead, at its cell."""
    out = []
    for what in ("initial", "annual", "spent"):
        lines = [p for p in budget.parts if getattr(p, what) is not None]
        parts = [getattr(p, what) for p in lines]
        total = getattr(budget, what)
        if not parts or not total or agree(sum(parts, Decimal(0)), total):
            continue
        slip = yuan_slip(total, parts) if budget.unit in (wan, "") else None
        if slip is not None:
            line = ([budget] + lines)[slip]
            amount = getattr(line, what)
            said = text("review.amount_in_yuan", source=line.label, amount=display.amount(amount),
                        wan=display.amount(amount / YUAN_PER_WAN), total=budget.label,
                        total_amount=_in_unit(total if slip else sum(parts, Decimal(0)), budget.unit, wan))
            out.append(finding(said, what, line.cell(what), code="amounts_in_yuan"))
            continue
        out.append(finding(text("review.money_parts_mismatch", total=_in_unit(total, budget.unit, wan),
                                parts=_in_unit(sum(parts, Decimal(0)), budget.unit, wan)), what, budget.cell(what)))
    return out


def _in_unit(amount: Decimal, unit: str, wan: str) -> Text | str:
    """An amount with the block's unit in the reader's language (188 万元, 188 (10,000 yuan)); the unit is 万元
    (`wan`), 元 (the other unit forms.yaml knows) or none written."""
    if not unit:
        return display.amount(amount)
    return text("review.amount_wan" if unit == wan else "review.amount_yuan", amount=display.amount(amount))


# -- the form as a whole -----------------------------------------------------------------------------

def total_mismatch(form: ClaimedForm, claimed_sum: Decimal) -> Finding | None:
    if form.total is None or form.rows_in_words() or agree(form.total, claimed_sum):
        return None
    return finding(text("review.total_mismatch", total=_p(form.total), rows=_p(claimed_sum)), "total",
                   form.cell("total"))


def total_blank(form: ClaimedForm, claimed_sum: Decimal) -> Finding | None:
    """A 总分 row whose 得分 is left blank: the unit claims no total (the claimed rows' sum stands in for it)."""
    if form.total is not None or form.cell("total") is None or "total" in form.unread:  # words: claimed_unreadable
        return None
    return finding(text("review.total_blank", rows=_p(claimed_sum)), "total", form.cell("total"))


def weights_not_100(form: ClaimedForm, weight_sum: Decimal, full: Decimal) -> Finding | None:
    if agree(weight_sum, full):
        return None
    return finding(text("review.weights_not_100", weights=_p(weight_sum), full=_p(full)), "total_weight",
                   form.cell("total_weight"))


def total_weight_mismatch(form: ClaimedForm, weight_sum: Decimal) -> Finding | None:
    """The 总分 row's 分值 cell against the 分值 of its rows (110 under a 总分 of 100, DOMAIN.md §6.9)."""
    if form.total_weight is None or agree(form.total_weight, weight_sum):
        return None
    return finding(text("review.total_weight_mismatch", cell=_p(form.total_weight), weights=_p(weight_sum)),
                   "total_weight", form.cell("total_weight"))


def level_points_mismatch(form: ClaimedForm, rows: list) -> list[Finding]:
    """产出指标(50分) over rows whose 分值 add up to something else: at the label, where the 50 is written."""
    out = []
    for level1, points in form.level_points.items():
        mine = [r for r in rows if r.level1 == level1]
        total = sum((r.weight or Decimal(0) for r in mine), Decimal(0))
        if mine and not agree(total, points):
            out.append(finding(text("review.level_points_mismatch", level1=level1, points=_p(points),
                                    weights=_p(total)), "level1", mine[0].cell("level1") or mine[0].cell("weight")))
    return out


def same_grade(written: str, grade) -> bool:
    """优 and 优秀, 良 and 良好 are one grade; the English name too."""
    w = fold(written).lower()
    return bool(w) and (w.startswith(grade.grade) or w == grade.en.lower())


def written_grade(book: RuleBook, written: str | None) -> Grade | None:
    """The grade a written 自评等级 names (良好 → 良), or None: 'A', or nothing written."""
    return next((g for g in book.grades.grades if same_grade(written, g)), None) if written else None


def grade_written_words(written: str, en: str | None, lang: str) -> str:
    """「良」; in English with the grade's English name where it is one: '良' (good), and once where the form
    writes the English name itself: 'good'."""
    if lang == "en" and en and fold(written).lower() != en.lower():
        return say("review.grade_with_name", lang, written=written, name=en)
    return say("review.grade_quoted", lang, written=written)


def grade_words(grade: str, en: str, lang: str, total: Decimal, max_total: Decimal, full: Decimal,
                basis: Decimal | None) -> str:
    """「优」, and where the 分值 fall short of the full mark what the grade was read from, in the scorecard's
    own words: 「优」（各行分值合计 95.00，不是 100.00：按 89.73 ÷ 95.00 × 100.00 = 94.45 评定）."""
    name = say("review.grade_quoted", lang, written=en if lang == "en" else grade)
    if basis is None:
        return name
    return say("table.grade_on_share", lang, grade=name, max=_p(max_total), full=_p(full), total=_p(total),
               basis=_p(basis))


@dataclass(frozen=True)
class Graded:
    """A total's grade as evaluate reads it: on its share of the full mark (basis) where the 分值 fall short."""

    grade: Grade
    total: Decimal
    max_total: Decimal
    full: Decimal
    basis: Decimal | None

    @classmethod
    def of(cls, book: RuleBook, total: Decimal, max_total: Decimal) -> "Graded":
        basis = graded_on(total, max_total, book)
        return cls(book.grades.grade_for(total if basis is None else basis), total, max_total, book.weights.total,
                   basis)

    def words(self, lang: str) -> str:
        return grade_words(self.grade.grade, self.grade.en, lang, self.total, self.max_total, self.full, self.basis)


def grade_mismatch(form: ClaimedForm, g: Graded, book: RuleBook) -> Finding | None:
    """The 自评等级 written is not the grade of the 总分 written (or of the rows, without a 总分)."""
    if not (form.grade or "").strip() or same_grade(form.grade, g.grade):
        return None
    named = written_grade(book, form.grade)
    message = Bilingual(**{lang: say("review.grade_mismatch", lang, total=_p(g.total), grade=g.words(lang),
                                     written=grade_written_words(form.grade, named and named.en, lang))
                           for lang in LANGS})
    return Finding(code="grade_mismatch", message=message, field="grade", cell=form.cell("grade"))


def grade_blank(form: ClaimedForm, g: Graded) -> Finding | None:
    """A 自评等级 row (or `grade:` key) whose value is left blank: the form is not finished, as with a blank 总分;
    said with the grade of the 总分 written (or of the rows, without one), as grade_mismatch says it."""
    if (form.grade or "").strip() or form.cell("grade") is None:
        return None
    message = Bilingual(**{lang: say("review.grade_blank", lang, total=_p(g.total), grade=g.words(lang))
                           for lang in LANGS})
    return Finding(code="grade_blank", message=message, field="grade", cell=form.cell("grade"))
