"""Claims in words (a 得分 of 满分) or in cells read wrong (a date, 9400%): each a finding at its cell, the rest reviewed.

A claimed 得分 (or the stated 执行率) in a cell that cannot be read as meant is such a claim too.

The readers keep such words in `unread` (form.py), with the cell's own fault in `unread_cell` (read_sheet.py), and
leave the points None; here each becomes a
`claimed_unreadable` finding on its row in place of `claimed_blank` (something was written), or on the form
for its 总分. The claimed rows' sum then lacks those points: audit_form does not hold it against the 总分
(ClaimedForm.rows_in_words).
"""
from __future__ import annotations

import re

from .. import display
from ..catalogue import Text, say, text
from ..rulebook.methods import round_points
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
        for loc in _claim_cells(row, form):
            if loc in left:
                row = _marked(row, loc, *left.pop(loc))
        rows.append(row)
    findings = [*audit.findings, *(_finding(loc, *said, None) for loc, said in left.items())]
    return audit.model_copy(update={"rows": rows, "findings": findings})


Why = tuple[str, dict] | None  # the cell's own fault (a date, 9400%), where it is the cell that cannot be read


def _words(form: ClaimedForm) -> dict[Loc, tuple[str, str, Why]]:
    """Each claim in words, by its cell: its field, the text, and the cell's fault where it has one."""
    parts = [form, *form.indicators] + ([form.budget] if form.budget is not None else [])
    return {part.cell(field): (field, text, part.unread_cell.get(field)) for part in parts
            for field, text in part.unread.items() if part.cell(field)}


def _claim_cells(row: AuditedRow, form: ClaimedForm) -> list[Loc]:
    """The cells of an audited row a claim in words may stand in: the money block's 得分 and 执行率, or the
    得分 of the indicator whose name cell it is."""
    if row.budget:
        return [] if form.budget is None else [c for c in (form.budget.cell("points"), form.budget.cell("rate")) if c]
    return [r.cell("points") for r in form.indicators if row.cell is not None and r.cell("name") == row.cell][:1]


def _marked(row: AuditedRow, loc: Loc, field: str, text: str, why: Why) -> AuditedRow:
    kept = [f for f in row.findings if not (f.code == "claimed_blank" and f.cell == loc)]
    return row.model_copy(update={"findings": [_finding(loc, field, text, why, row.points)] + kept})


def _finding(loc: Loc, field: str, text: str, why: Why, points) -> Finding:
    shown = None if points is None else display.points(round_points(points))
    if why is not None:  # what the cell holds, and what belongs there
        holds, fix = _holds(field, *why)
        if field == "rate":
            said = [say("review.rate_cell", lang, holds=holds, fix=fix) for lang in LANGS]
            return Finding(code="unreadable_rate", message=Bilingual(zh=said[0], en=said[1]), field=field, cell=loc)
        said = [say("review.claimed_cell_bare", lang, holds=holds, fix=fix) if shown is None
                else say("review.claimed_cell", lang, holds=holds, fix=fix, points=shown) for lang in LANGS]
    elif shown is None:
        said = [say("review.claimed_unreadable_bare", lang, found=text) for lang in LANGS]
    else:
        said = [say("review.claimed_unreadable", lang, found=text, points=shown) for lang in LANGS]
    return Finding(code="claimed_unreadable", message=Bilingual(zh=said[0], en=said[1]), field="points", cell=loc)


def _holds(field: str, code: str, args: dict) -> tuple[Text, Text]:
    """What a cell holds that is not what belongs there, and how to put it right: a date (9.3 typed, which Excel
    takes for 9月3日), a percentage (94 under a percent format shows 9400%), or the workbook reader's own words
    for it (a truth value, an error value …)."""
    if code == "xlsx.cell_date" and (m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", args["value"])):
        date = text("review.date", year=m[1], month=int(m[2]), day=int(m[3]))
        return text("review.cell_date", date=date), text("review.fix_date")
    if code == "xlsx.percent_doubtful":
        meant = args["meant"] if field == "rate" else text("review.points_meant", points=args["meant"].removesuffix("%"))
        return text("review.cell_percent", shown=args["shown"]), text("review.fix_percent", meant=meant)
    return text("review.cell_other"), text(code, **args)
