"""Comparing a form with its approved target table (`audit --targets`): rows paired by name, what was changed.

What a unit may change: a row's 分值, its target, the 一级 / 二级 it sits under, rows left out or added, the
project's (or unit's) name and the year.

Rows are paired by their name as scoring/table/names.py normalises it (NameIndex), never by position, so a
row moved up or down is still its row. Where two table rows share a name, the one under the same 一级 and
二级 is taken first, then the first left in table order.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .. import display
from ..catalogue import text
from ..errors import Pos
from ..period_target import period_target
from ..rulebook.load import RuleBook
from ..scorecard import Bilingual
from ..table.model import Target, TargetTable
from ..table.names import NameIndex, closest, same_unit
from ..table.values import TargetSyntaxError, TargetValue, format_value, normalise_text, parse_value
from ..weighting import apportion, budget_row_weight
from .findings import Finding, agree, finding
from .form import ClaimedForm, ClaimedRow


@dataclass(frozen=True)
class Approved:
    """A row of the approved table: its id, name, place, 分值 and target as scoring reads it."""

    id: str
    name: str
    level1: str
    level2: str
    weight: Decimal
    # the budget row's is the one its table prints (≥90%), shown only: it is scored from the money; None where
    # the table prints none
    target: TargetValue | None

    @property
    def target_text(self) -> str:
        """The target for rescoring: with its operator written out, so a bare 7.5万元 reads as the table's does."""
        return format_value(self.target) if self.target is not None else ""


@dataclass
class Comparison:
    """Each form row's table row (None: not in the table), the table rows the form lacks, and the full mark."""

    rows: list[Approved | None]
    budget: Approved | None  # the table's budget row, where it has one and the form has a money block
    missing: list[Approved]
    full: Decimal  # the approved 分值 added up, budget row included
    names: list[tuple[str, str]]  # the table's (id, name) pairs, for the names nearest a row it lacks
    findings: list[Finding] = field(default_factory=list)  # about the form as a whole


def compare(form: ClaimedForm, table: TargetTable, book: RuleBook) -> Comparison:
    weights = apportion(table, book.weights)
    approved = [Approved(item.id, item.name, section.level1, group.level2, weights[item.id],
                         period_target(item, "annual", book)[0]) for section, group, item in table.rows()]
    b = table.budget_row
    budget = Approved("", b.name, "", "", budget_row_weight(table, book.weights),
                      b.target.value if b.target is not None else None) if b is not None else None
    rows = pair(form.indicators, approved)
    taken = {a.id for a in rows if a is not None}
    missing = [a for a in approved if a.id not in taken]
    if budget is not None and form.budget is None:  # no money block: the approved 预算执行率 row is missing
        missing.insert(0, budget)
    full = sum((a.weight for a in approved), Decimal(0)) + (budget.weight if budget else Decimal(0))
    found = [heading_name(form, table), heading_year(form, table)] + [row_missing(a) for a in missing]
    return Comparison(rows=rows, budget=budget if form.budget is not None else None, missing=missing, full=full,
                      names=[(a.id, a.name) for a in approved], findings=[f for f in found if f])


def refuse_another_table(form: ClaimedForm, against: Comparison, targets: str | None) -> None:
    """A form none of whose rows the table has was not filled in from it (a project's form against a department's
    table): an error at its first row, where every row would be a finding and the rescored total 0."""
    if not form.indicators or any(a is not None for a in against.rows):
        return
    first = form.indicators[0].cell("name")
    pos = first.pos() if first is not None else Pos(form.source)
    raise pos.fail("review.another_table", targets=targets or "", rows=len(form.indicators),
                   approved=len(against.names))


def pair(rows: list[ClaimedRow], approved: list[Approved]) -> list[Approved | None]:
    """Each form row's table row by name; a second row of a name already taken has none (it is an extra)."""
    index = NameIndex([(a.id, a.name) for a in approved])
    by_id = {a.id: a for a in approved}
    taken: set[str] = set()
    out: list[Approved | None] = []
    for row in rows:
        free = [by_id[i] for i in index.resolve(row.name) if i in by_id and i not in taken]
        same = [a for a in free if _same(a.level2, row.level2) and _same(a.level1, row.level1)]
        chosen = (same or free or [None])[0]
        if chosen is not None:
            taken.add(chosen.id)
        out.append(chosen)
    return out


def _same(a: str, b: str) -> bool:
    return normalise_text(a) == normalise_text(b)


# -- a row against its table row --------------------------------------------------------------------

def row_findings(row: ClaimedRow, approved: Approved | None, table: list[tuple[str, str]],
                 book: RuleBook) -> list[Finding]:
    """What differs from the approved row: its 分值, its target, its 一级 / 二级; or that the table lacks it
    (`table`: the table's (id, name) pairs, for the nearest names)."""
    if approved is None:
        return [row_extra(row.name, row.cell("name"), table)]
    found = [weight_changed(row.weight, approved, row.cell("weight")), target_changed(row, approved, book),
             row_moved(row, approved)]
    return [f for f in found if f]


def weight_changed(written: Decimal | None, approved: Approved, cell) -> Finding | None:
    if written is not None and agree(written, approved.weight):
        return None
    shown = display.points(written) if written is not None else text("review.blank")
    return finding(text("review.weight_changed", written=shown, approved=display.points(approved.weight)),
                   "weight", cell)


def target_changed(row: ClaimedRow, approved: Approved, book: RuleBook) -> Finding | None:
    """Compared as parsed and read the way scoring reads them: ≥95% and ≥ 95 % agree, and so do a bare 100%
    and =100% where the row's name reads a bare target as = (the approved name's reading, for both)."""
    try:
        written = Target.model_validate({"text": row.target, "value": parse_value(row.target)})
        if book.bare_targets.read(written, approved.name) == approved.target:
            return None
    except TargetSyntaxError:
        pass  # a target the grammar cannot read is no approved target: said as changed (and scored as approved)
    return finding(text("review.target_changed", written=row.target.strip() or text("review.blank"),
                        approved=display.value(approved.target)), "target", row.cell("target"))


def row_moved(row: ClaimedRow, approved: Approved) -> Finding | None:
    """Under another 一级 or 二级 than the table's (a merged cell stretched over the next row …); blank levels
    say nothing, so a form without them is not said to have moved every row."""
    moved = [level for level, w, a in (("level1", row.level1, approved.level1), ("level2", row.level2, approved.level2))
             if w and not _same(w, a)]
    if not moved:
        return None
    # at the level written otherwise (the 二级 where both are: a row under another 一级 is under another 二级 too)
    where = row.cell(moved[-1]) or row.cell("name")
    return finding(text("review.row_moved", written=f"{row.level1} / {row.level2}",
                        approved=f"{approved.level1} / {approved.level2}"), moved[-1], where)


def row_extra(name: str, cell, table: list[tuple[str, str]]) -> Finding:
    """A row the table lacks; with the table's nearest names, where any is near (a renamed row)."""
    near = closest(name, table) if table else []
    said = text("review.row_extra_near", name=name, near=list(near)) if near else text("review.row_extra", name=name)
    return Finding(code="row_extra", message=Bilingual(zh=said.zh, en=said.en), field="name", cell=cell)


def row_missing(approved: Approved) -> Finding:
    name = approved.name if approved.id == "" else f"{approved.id} {approved.name}"
    return finding(text("review.row_missing", name=name, weight=display.points(approved.weight)), "name", None)


# -- the heading --------------------------------------------------------------------------------------

def heading_name(form: ClaimedForm, table: TargetTable) -> Finding | None:
    """The 项目名称 (a project table) or the unit's name (a department table) against the table's."""
    approved = table.project.name if table.project is not None else table.unit.name
    if not form.name or same_unit(form.name, approved):
        return None
    return finding(text("review.name_changed", written=form.name, approved=approved), "name", form.cell("name"))


def heading_year(form: ClaimedForm, table: TargetTable) -> Finding | None:
    if form.year is None or form.year == table.year:
        return None
    return finding(text("review.year_changed", written=form.year, approved=table.year), "year", form.cell("year"))
