"""The review of one form as data (FormAudit), and of a folder of forms (FolderAudit): what renderers read."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from ..scorecard import Bilingual, Flag
from .findings import Finding
from .form import ClaimedForm, Loc


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AuditedRow(_Data):
    """A row as claimed beside the row scored again; `difference` is claimed − points."""

    name: str
    level1: str = ""
    level2: str = ""
    budget: bool = False  # the money block's 预算执行率 row
    target: str = ""  # as written
    actual: str = ""  # as written
    weight: Decimal | None
    claimed: Decimal | None
    points: Decimal | None  # scored again; None when the row cannot be scored
    difference: Decimal | None
    rule: str | None = None
    formula: Bilingual | None = None
    explanation: Bilingual | None = None
    findings: list[Finding] = []
    notes: list[Flag] = []  # the engine's notes on the row that are not mistakes (a bare target's reading …)
    cell: Loc | None = None  # where the row's name is
    id: str | None = None  # with --targets: the approved table's id of the row
    counted: bool = True  # False: a row the approved table lacks, shown but not in the rescored total


class FormAudit(_Data):
    source: str
    title: str = ""
    name: str = ""
    year: int | None = None
    rows: list[AuditedRow]
    findings: list[Finding] = []  # about the form as a whole (总分, 分值, 等级)
    claimed_total: Decimal  # the 总分 written, or the sum of the claimed rows when the form has none
    claimed_rows: Decimal  # the sum of the claimed rows
    total: Decimal  # scored again; a row that cannot be scored counts with its claimed points (one without a 分值: 0)
    max_total: Decimal  # the sum of the rows' 分值 (one blank: the 总分 row's, else 100; with a table, its)
    grade_written: str | None = None
    grade_written_en: str | None = None  # the English name of the grade written, where it names one (良好 → good)
    grade: str
    grade_en: str
    grade_basis: Decimal | None = None  # the score the grade was read from where max_total is not the full mark
    full_mark: Decimal = Decimal(100)
    at_stake: Decimal  # the points in question (audit.at_stake): the rows' |claimed − points|, a 总分 off its rows …
    unscored: int = 0  # rows in the total that could not be scored again, counted with their claimed points
    unweighted: int = 0  # rows without a 分值, whose claimed points count nothing (and are at stake)
    form: ClaimedForm  # what was read, for the marked-up copy
    targets: str | None = None  # the approved target table the form was compared with (audit --targets)
    total_as_written: Decimal | None = None  # with --targets: the rescored total with the form's own 分值 and
    # targets, where it differs from `total`

    def all_findings(self) -> list[Finding]:
        return [f for r in self.rows for f in r.findings] + list(self.findings)

    def problems(self) -> list[Finding]:
        """The findings that find fault: all but the advisories (findings.ADVISORIES)."""
        return [f for f in self.all_findings() if not f.advisory]

    def codes(self) -> Counter:
        return Counter(f.code for f in self.all_findings())

    @property
    def clean(self) -> bool:
        """Nothing wrong found; advisories alone leave a form clean."""
        return not self.problems()

    def flagged_first(self) -> list[AuditedRow]:
        """Rows with findings first (in form order), then the others."""
        return [r for r in self.rows if r.findings] + [r for r in self.rows if not r.findings]


class UnreadableForm(_Data):
    source: str
    error: Bilingual


class FolderAudit(_Data):
    folder: str
    forms: list[FormAudit]  # ranked by points at stake, most first
    unreadable: list[UnreadableForm]

    def codes(self) -> Counter:
        total: Counter = Counter()
        for f in self.forms:
            total.update(f.codes())
        return total
