"""Claimed points written in words (a 得分 of 满分): each a finding at its cell, while the rest of the form is reviewed.

The readers keep such words in `unread` (form.py) and leave the points None; here each becomes a
`claimed_unreadable` finding on its row in place of `claimed_blank` (something was written), or on the form
for its 总分. The claimed rows' sum then lacks those points: audit_form does not hold it against the 总分
(ClaimedForm.rows_in_words).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .. import display
from ..catalogue import say
from ..scorecard import Bilingual
from .findings import Finding
from .form import ClaimedForm, Loc
from .report import AuditedRow, FormAudit

LANGS = ("zh", "en")


def with_unread(audit: FormAudit) -> FormAudit:
    """The review with each claim in words as its finding, at its cell."""
    form = audit.form
    words = _words(form)
    if not words:
        return audit
    rows, left = [], dict(words)
    for row in audit.rows:
        loc = _claim_cell(row, form)
        if loc in left:
            row = _marked(row, loc, left.pop(loc))
        rows.append(row)
    findings = [*audit.findings, *(_finding(loc, text, None) for loc, text in left.items())]
    return audit.model_copy(update={"rows": rows, "findings": findings})


def _words(form: ClaimedForm) -> dict[Loc, str]:
    """Each claim in words, by its cell."""
    parts = [form, *form.indicators] + ([form.budget] if form.budget is not None else [])
    return {part.cell(field): text for part in parts for field, text in part.unread.items() if part.cell(field)}


def _claim_cell(row: AuditedRow, form: ClaimedForm) -> Loc | None:
    """The claimed-points cell of an audited row: the money block's, or the indicator's whose name cell it is."""
    if row.budget:
        return form.budget.cell("points") if form.budget is not None else None
    return next((r.cell("points") for r in form.indicators if row.cell is not None and r.cell("name") == row.cell),
                None)


def _marked(row: AuditedRow, loc: Loc, text: str) -> AuditedRow:
    kept = [f for f in row.findings if not (f.code == "claimed_blank" and f.cell == loc)]
    return row.model_copy(update={"findings": [_finding(loc, text, row.points)] + kept})


def _finding(loc: Loc, text: str, points) -> Finding:
    if points is None:
        said = [say("review.claimed_unreadable_bare", lang, found=text) for lang in LANGS]
    else:
        shown = display.points(points.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
        said = [say("review.claimed_unreadable", lang, found=text, points=shown) for lang in LANGS]
    return Finding(code="claimed_unreadable", message=Bilingual(zh=said[0], en=said[1]), field="points", cell=loc)
