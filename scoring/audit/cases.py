"""Rule tests: YAML cases beside the rules (`rules/tests/*.yaml`), each one indicator and what it must score.

A case is scored through the real code paths (see `single.py`): the RuleBook as loaded from the rules
directory, the python engine backend, build_inputs → decide → score_one. A case passes when the winning
rule, the points and the status (and, where given, the flags and the monitoring colour) are as expected.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import ValidationError, ValidationInfo, field_validator

from ..catalogue import say
from ..errors import Pos, Problem, ScoringError, display_path
from ..model import Node
from ..rulebook.load import RuleBook, load_rules
from ..rulebook.methods import MethodError
from ..render.labels import labels
from ..rulebook.model import CompiledRule
from ..engine.facts import in_file_order
from ..flags import FLAG_CODES
from ..table.model import Target
from ..yamlio import bilingual, invalid, load_yaml, validate
from .single import one_indicator, score_single


def _text(v):
    return str(v) if isinstance(v, (int, Decimal)) and not isinstance(v, bool) else v


class Money(Node):
    """万元: the budget and the amount spent; the execution rate is spent ÷ budget."""

    budget: Decimal = Decimal(100)
    spent: Decimal


class Expect(Node):
    rule: str
    points: Decimal
    status: Literal["met", "partial", "missed", "missing"]
    flags: list[str] | None = None  # exactly these flag codes, in any order, when given
    monitor: Literal["red", "yellow", "green", "blue"] | None = None

    @field_validator("flags")
    @classmethod
    def _known_flags(cls, v):
        # a misspelt code would only make the case fail, as if the rule were wrong
        for code in v or ():
            if code not in FLAG_CODES:
                raise invalid("cases.unknown_flag", flag=code, known=sorted(FLAG_CODES))
        return v


def _readable(v):
    """A case's target as a table's must read: said at its line here, rather than met as a crash when scored."""
    if v is not None:
        try:
            Target.model_validate(v)
        except ValidationError as e:
            said = (e.errors()[0].get("ctx") or {})
            raise bilingual(said.get("zh", str(e)), said.get("en", str(e)), said.get("code", "")) from None
    return v


class Case(Node):
    title: str
    id: str = "T01"  # budget_row: the money block's budget row (its own rules pick it by this id)
    name: str = "测试指标"
    level1: str = "履职"
    level2: str = "产出指标"
    period: Literal["annual", "h1"] = "annual"
    target: str  # the period's target as written in a table: ≥1000人, =0%, 健全 …
    annual: str | None = None  # h1 only: the annual target (for the half-year fallback)
    actual: str | None = None  # absent: not reported
    points: Decimal | None = None  # the assessor's own points
    reason: str | None = None
    weight: Decimal = Decimal(10)
    money: Money | None = None
    expect: Expect

    _t = field_validator("target", "annual", "actual", mode="before")(lambda cls, v: _text(v))
    _r = field_validator("target", "annual")(lambda cls, v: _readable(v))

    @field_validator("weight")
    @classmethod
    def _weight(cls, v):
        if v < 0:
            raise invalid("table.negative_points")
        return v

    # an annual target or a colour on an annual case would be left unread: the case would not test them
    # (field validators, not one of the whole case, so that they are said with the other fields' mistakes)
    @field_validator("annual")
    @classmethod
    def _annual_for_h1(cls, v, info: ValidationInfo):
        if v is not None and info.data.get("period", "annual") == "annual":
            raise invalid("cases.annual_h1_only")
        return v

    @field_validator("expect")
    @classmethod
    def _monitor_for_h1(cls, v, info: ValidationInfo):
        if v.monitor is not None and info.data.get("period", "annual") == "annual":
            raise invalid("cases.monitor_h1_only")
        return v


class CaseFile(Node):
    cases: list[Case]


@dataclass
class Outcome:
    case: Case
    passed: bool
    expected: str
    got: str


@dataclass
class TestRun:
    outcomes: list[Outcome]
    uncovered: list[CompiledRule]
    files: list[str] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)

    @property
    def failed(self) -> int:
        return len(self.outcomes) - self.passed


def load_cases(directory: Path, book: RuleBook) -> list[Case]:
    """Every case under directory/*.yaml; all problems (schema, unknown rule ids) at once, located."""
    problems: list[Problem] = []
    cases: list[Case] = []
    paths = sorted(directory.glob("*.yaml")) if directory.is_dir() else []
    if not paths:
        raise Pos(display_path(directory)).fail("cases.no_files")
    ids = {r.id for r in book.rules}
    for path in paths:
        try:
            located = load_yaml(path)
            if located.data is None:
                raise Pos(located.file, 1, 1).fail("input.empty_file")
            for case in validate(located, CaseFile).cases:
                if case.expect.rule not in ids:
                    problems.append(case.expect.pos.report("cases.unknown_rule", rule=case.expect.rule,
                                                           known=sorted(ids)))
                cases.append(case)
        except ScoringError as e:
            problems.extend(e.problems)
    if problems:
        raise ScoringError(in_file_order(problems))
    return cases


def _describe(rule: str, points, status: str, flags=None, monitor=None, lang: str = "zh") -> str:
    # status and monitor as the case file writes them (partial, blue), with their names on the scorecard
    L = labels(lang)
    parts = [say("cases.outcome", lang, rule=rule, points=points, status=_named(status, L.status, lang))]
    if flags is not None:
        parts.append(say("cases.flags", lang, flags=", ".join(flags)))  # codes: the same list style in both
    if monitor:
        parts.append(say("cases.monitor", lang, monitor=_named(monitor, L.monitor, lang)))
    return say("cases.sep", lang).join(parts)


def _named(word: str, names: dict, lang: str) -> str:
    name = names.get(word)
    return word if name is None or name == word else say("cases.named", lang, word=word, name=name)


def run_case(case: Case, book: RuleBook, lang: str = "zh") -> Outcome:
    """The outcome of one case: passed, or what was expected and what came."""
    e = case.expect
    expected = _describe(e.rule, e.points.quantize(Decimal("0.01")), e.status, e.flags, e.monitor, lang)
    table, actuals = one_indicator(
        case.name, case.target, period=case.period, annual=case.annual, level1=case.level1, level2=case.level2,
        budget=case.money.budget if case.money else None, spent=case.money.spent if case.money else None,
        actual=case.actual, points=case.points, reason=case.reason, ident=case.id)
    try:
        single = score_single(table, actuals, book, case.weight, case.period)
    except ScoringError as err:  # the made-up one-indicator table has no file to point at: the messages alone
        said = say("cases.sep", lang).join(p.message(lang) for p in err.problems)
        return Outcome(case, False, expected, say("cases.error", lang, said=said))
    except MethodError as err:
        return Outcome(case, False, expected, err.en if lang == "en" else err.zh)
    row = single.row
    codes = sorted(f.code for f in row.flags)
    ok = (row.rule.id == e.rule and row.points == e.points and row.status == e.status
          and (e.flags is None or codes == sorted(e.flags)) and (e.monitor is None or row.monitor == e.monitor))
    got = _describe(row.rule.id, row.points, row.status, codes if e.flags is not None else None,
                    row.monitor if e.monitor is not None else None, lang)
    return Outcome(case, ok, expected, got)


def run_tests(rules_dir: str | Path = "rules", cases_dir: str | Path | None = None, lang: str = "zh") -> TestRun:
    rules_dir = Path(rules_dir)
    book = load_rules(rules_dir)
    cases = load_cases(Path(cases_dir) if cases_dir else rules_dir / "tests", book)
    outcomes = [run_case(case, book, lang) for case in cases]
    # a rule is covered by a case that expects it: one that only wins cases meant for another (a new rule
    # shadowing an old one) is not, and those cases fail
    expected = {case.expect.rule for case in cases}
    return TestRun(outcomes, [r for r in book.rules if r.id not in expected])


def render_run(run: TestRun, lang: str = "zh") -> str:
    lines = []
    for o in run.outcomes:
        if o.passed:
            continue
        pos = o.case.pos
        lines.append(say("cases.failed", lang, where=f"{pos.file}:{pos.line}", title=o.case.title))
        lines.append("  " + say("cases.expected", lang, outcome=o.expected))
        lines.append("  " + say("cases.got", lang, outcome=o.got))
    if run.uncovered:
        lines.append(say("cases.uncovered", lang))
        lines += [f"  {r.ref()}" for r in run.uncovered]
    lines.append(say("cases.summary", lang, passed=run.passed, failed=run.failed))
    return "\n".join(lines) + "\n"
