"""Reviewing one form: score every row again, run the checks of findings.py, total it all up."""
from __future__ import annotations

from decimal import Decimal

from .. import display
from ..rulebook.load import RuleBook
from ..rulebook.methods import round_points
from ..table.model import TargetTable
from . import against as A
from . import findings as F
from .findings import Finding, RowFacts, agree
from .form import ClaimedForm, ClaimedRow
from .labels import form_labels
from .recompute import Money, Recomputer, Rescored, budget_money
from .report import AuditedRow, FormAudit


# engine flags already said as a finding in the review's own words, or not about the form as written
NOT_NOTES = {"missing_actual", "points_out_of_band", "points_ignored", "no_reason", "hand_rate_differs"}


def audit_form(form: ClaimedForm, book: RuleBook, engine: str | None = None, table: TargetTable | None = None,
               targets: str | None = None) -> FormAudit:
    """With `table` (the approved target table, read from `targets`), each row is also compared with its table
    row and scored with the approved 分值 and target: those are what count (README, "Against the approved table")."""
    against = A.compare(form, table, book) if table is not None else None
    if against is not None:
        A.refuse_another_table(form, against, targets)
    rows: list[AuditedRow] = []
    as_written: list[Decimal] = []  # each row's points with the form's own 分值 and target
    about_money: list[Finding] = []  # the money block's findings when it is not a scored row
    with Recomputer(book, engine) as rc:
        if form.budget is not None:
            budget_row, written = _budget_row(form, rc, book, against)
            if budget_row.weight is None and budget_row.claimed is None:
                about_money = budget_row.findings
            else:
                rows.append(budget_row)
                as_written.append(written)
        money = budget_money(form.budget) if form.budget is not None else None
        for i, row in enumerate(form.indicators):
            audited, written = _indicator_row(form, row, rc, book, money, against, against.rows[i] if against else None)
            rows.append(audited)
            as_written.append(written)
    claimed_rows = sum((r.claimed or Decimal(0) for r in rows), Decimal(0))
    claimed_total = form.total if form.total is not None else claimed_rows
    # the form's own 分值 for the checks of its sums and its 总分 row; its grade is read on the full mark that
    # counts (the approved table's, with one)
    weights = sum((r.weight or Decimal(0) for r in form.indicators), Decimal(0)) + (
        form.budget.weight or Decimal(0) if form.budget is not None else Decimal(0))
    full = against.full if against else _full_mark(form, rows, weights, book)
    total = sum((_counted(r) for r in rows if r.counted), Decimal(0))
    graded = F.Graded.of(book, total, full)
    grade = graded.grade
    # graded as written and printed, to 2 decimals: a 89.996 shown 90.00 is 优, as its message says
    of_claimed = F.Graded.of(book, round_points(claimed_total), full)
    found = about_money + [F.total_mismatch(form, claimed_rows), F.total_blank(form, claimed_rows),
                           *F.level_points_mismatch(form, form.indicators),
                           F.weights_not_100(form, weights, book.weights.total), F.total_weight_mismatch(form, weights),
                           F.grade_mismatch(form, of_claimed, book), F.grade_blank(form, of_claimed)]
    found = [f for f in found if f] + (against.findings if against else [])
    written_total = sum(as_written, Decimal(0))
    return FormAudit(
        source=form.source, title=form.title, name=form.name, year=form.year, rows=rows, findings=found,
        claimed_total=claimed_total, claimed_rows=claimed_rows, total=total, max_total=full,
        grade_written=form.grade, grade=grade.grade, grade_en=grade.en, grade_basis=graded.basis,
        full_mark=graded.full, grade_written_en=getattr(F.written_grade(book, form.grade), "en", None),
        at_stake=at_stake(rows, form, claimed_rows, against), form=form,
        unscored=sum(r.points is None and r.weight is not None for r in rows if r.counted),
        unweighted=sum(r.points is None and r.weight is None and r.claimed is not None for r in rows if r.counted),
        targets=targets, total_as_written=written_total if against and not agree(written_total, total) else None)


def _full_mark(form: ClaimedForm, rows: list[AuditedRow], weights: Decimal, book: RuleBook) -> Decimal:
    """The full mark the rescored total is graded on: the sum of the 分值 written, unless a row's 分值 is blank;
    that row counts nothing in the total, so grading on the 分值 left would let a failed row whose 分值 is
    blanked vanish from both; then the 总分 row's 分值 where written, else the rule book's total (100)."""
    if all(r.weight is not None for r in rows):
        return weights
    return form.total_weight if form.total_weight is not None else book.weights.total


def _counted(r: AuditedRow) -> Decimal:
    """A row's points in the rescored total: as scored again, else (a row that cannot be) as claimed; a row
    without a 分值 counts nothing, as its 分值 is not in the full mark (its claim would lift the total above it)."""
    if r.points is not None:
        return r.points
    if r.weight is None:
        return Decimal(0)
    return r.claimed or Decimal(0)


def at_stake(rows: list[AuditedRow], form: ClaimedForm, claimed_rows: Decimal, against: A.Comparison | None) -> Decimal:
    """The points in question: |claimed − rescored| of each row, the claimed points of a row the approved table
    lacks or that has no 分值 (either counts nothing), the 分值 of each approved row the form lacks, and how far a written 总分 is from
    its rows (a 96.50 over rows adding to 94.73 is 1.77 at stake, though every row agrees; not where a row's
    points are written in words, which the rows' sum lacks)."""
    rows_part = sum((abs(r.difference) for r in rows if r.counted and r.difference is not None), Decimal(0))
    extra = sum((r.claimed or Decimal(0) for r in rows if not r.counted or (r.points is None and r.weight is None)),
                Decimal(0))
    missing = sum((a.weight for a in against.missing), Decimal(0)) if against else Decimal(0)
    total = abs(form.total - claimed_rows) if form.total is not None and not form.rows_in_words() else Decimal(0)
    return rows_part + extra + missing + total


def row_findings(row: RowFacts, book: RuleBook) -> list[Finding]:
    """Why a row could not be scored; else what is wrong with its actual, its points and its reason."""
    refused = [F.unreadable_target(row), F.unreadable_actual(row), F.target_one_percent(row), F.no_weight(row),
               F.cannot_score(row), F.unit_slip(row)]
    if row.points is None:
        return [f for f in refused if f]
    out = [F.operator_in_actual(row), F.no_actual(row), F.assessor_scored(row), F.claimed_blank(row)]
    if row.claimed is not None and not agree(row.claimed, row.points) and not F.no_actual(row):
        out.append(F.qualitative_out_of_band(row, book) or _explain_points(row))
    out += [F.no_reason(row), F.over_achievement(row), F.over_budget(row), F.unit_slip(row)]
    return [f for f in out if f]


def _explain_points(row: RowFacts) -> Finding:
    """The first check that explains the difference, else the bare difference."""
    for check in F.POINT_CHECKS:
        found = check(row)
        if found:
            return found
    return F.points_differ(row)


def _indicator_row(form: ClaimedForm, row: ClaimedRow, rc: Recomputer, book: RuleBook, money: Money | None,
                   against: A.Comparison | None, approved: A.Approved | None) -> tuple[AuditedRow, Decimal]:
    """The row scored again (with the approved 分值 and target where the table has the row), and its points
    with the form's own 分值 and target."""
    scored_as = row if approved is None else row.model_copy(
        update={"weight": approved.weight, "target": approved.target_text})
    redone = rc.row(form, scored_as, money)
    facts = RowFacts(name=row.name, weight=scored_as.weight, claimed=row.points, redone=redone,
                     target=scored_as.target, actual=row.actual, reason=row.reason, cells=dict(row.cells),
                     reason_column=form.reason_column)
    found = row_findings(facts, book)
    if redone.from_money:  # a 预算执行率 row among the indicators: its written rate against the money
        found = F.rate_findings(F.Rate(row.actual, "actual", row.cell("actual")), money) + found
    table_found = A.row_findings(row, approved, against.names, book) if against else []
    changed = {f.code for f in table_found} & {"weight_changed", "target_changed"}
    mine = rc.row(form, row, money) if changed else None
    if mine is not None:  # the change explains a difference of points: no bare points_differ beside it, nor,
        # where the points agree with the form's own 分值 and target, a band read from the approved 分值
        explained = {"points_differ", "qualitative_out_of_band"} if _agrees(row.points, mine) else {"points_differ"}
        found = [f for f in found if f.code not in explained]
    audited = _audited(facts, table_found + found, level1=row.level1, level2=row.level2,
                       id=approved.id if approved else None, counted=against is None or approved is not None)
    if mine is None:
        return audited, _counted(audited)
    return audited, mine.scored.points if mine.scored else (row.points or Decimal(0))


def _agrees(claimed: Decimal | None, redone: Rescored) -> bool:
    return claimed is not None and redone.scored is not None and agree(claimed, redone.scored.points)


def _budget_row(form: ClaimedForm, rc: Recomputer, book: RuleBook,
                against: A.Comparison | None = None) -> tuple[AuditedRow, Decimal]:
    budget = form.budget
    money = budget_money(budget)
    labels = form_labels()
    wan = next(iter(labels.units.values()))
    parts = F.money_parts_mismatch(budget, wan)
    yuan = F.amounts_in_yuan(budget, labels.yuan_under_wan, wan)
    if yuan is not None and any(f.cell == yuan.cell for f in parts):  # that amount said once, with the sum it breaks
        yuan = None
    block = [F.budget_zero(budget, money), F.budget_in_subrow(budget, money), yuan]
    block += parts + F.rate_findings(F.Rate.of(budget), money)
    approved = against.budget if against else None
    weight = approved.weight if approved else budget.weight
    if approved:
        block.append(A.weight_changed(budget.weight, approved, budget.cell("weight")))
    scored = weight is not None or budget.points is not None  # a block with no 分值 / 得分 only informs
    extra = against is not None and approved is None and scored  # a scored budget row the approved table lacks
    if extra:
        block.append(A.row_extra(labels.budget_row, budget.cell("label"), []))
    if money is not None and weight is not None:
        redone = rc.budget(form, money, weight)
    else:
        redone = Rescored(refused="budget_zero" if money is None else "no_weight" if scored else "not_scored")
    facts = RowFacts(name=labels.budget_row, weight=weight, claimed=budget.points, redone=redone,
                     target=_budget_target(approved), actual=budget.rate, reason=budget.reason, budget=True,
                     cells=_with_reason_cell(budget.cells))
    found = [f for f in block if f]
    if redone.refused == "no_weight":
        found.append(F.no_weight(facts))
    elif redone.scored is not None or redone.refused == "cannot_score":
        found += row_findings(facts, book)
    changed = any(f.code == "weight_changed" for f in found)
    if changed:  # as on an indicator row: the change explains the difference
        found = [f for f in found if f.code != "points_differ"]
    audited = _audited(facts, found, level1="", level2="", counted=not extra)
    if not changed:
        return audited, _counted(audited)
    mine = rc.budget(form, money, budget.weight) if money is not None and budget.weight is not None else None
    return audited, mine.scored.points if mine and mine.scored else (budget.points or Decimal(0))


def _budget_target(approved: A.Approved | None) -> str:
    """The budget row's target as shown: the one the approved table prints (≥90%), else 100 %, the rate it is
    scored against."""
    return display.value(approved.target) if approved is not None and approved.target is not None else "100%"


def _with_reason_cell(cells: dict) -> dict:
    """The money block's cells, a missing reason cited at its line, else (a layout with no place for it) at the
    block's label."""
    return cells if "reason" in cells or "label" not in cells else {**cells, "reason": cells["label"]}


def _audited(facts: RowFacts, found: list[Finding], level1: str, level2: str, id: str | None = None,
             counted: bool = True) -> AuditedRow:
    s = facts.redone.scored
    points = s.points if s else None
    diff = facts.claimed - points if points is not None and facts.claimed is not None else None
    # the engine's own notes that are no finding: how a bare target was read, a row with no target …
    codes = {f.code for f in found}
    notes = [f for f in s.flags if f.code not in codes and f.code not in NOT_NOTES] if s else []
    return AuditedRow(
        name=facts.name, level1=level1, level2=level2, budget=facts.budget, target=facts.target,
        actual=facts.actual, weight=facts.weight, claimed=facts.claimed, points=points, difference=diff,
        rule=s.rule.id if s else None, formula=s.formula if s else None, explanation=s.explanation if s else None,
        findings=found, notes=notes, cell=facts.cells.get("name") or facts.cells.get("label"), id=id, counted=counted)
