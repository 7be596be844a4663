"""Checks of a table that need its rules: how bare targets read, targets likely not meant as printed, the points."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..catalogue import text
from ..display import value
from ..errors import Pos, Problem, display_path
from ..period_target import period_target
from ..rulebook.load import RuleBook, load_rules
from ..run import DEFAULT_RULES
from ..weighting import split_problems
from .check import check_table
from .load import load_targets
from .model import TargetTable
from .points import has_own_weights
from .values import format_number as fmt


def reading_warnings(table: TargetTable, book: RuleBook) -> list[Problem]:
    """Every bare number target and how it reads; an annual one that a missing half-year target falls back on
    also says the target it is scored against at mid-year (period_target, as the template and evaluate read it)."""
    bare, out = book.bare_targets, []
    for _, _, item in table.rows():
        for which, target in (("table.which_half", item.half_year), ("table.which_annual", item.annual)):
            if target is None or not target.bare:
                continue
            said = dict(severity="warning", id=item.id, name=item.name, text=target.text,
                        read=value(bare.read(target, item.name)), why=bare.why(item.name))
            half, source = period_target(item, "h1", book) if which == "table.which_annual" else (None, "")
            if source == "annual_scaled":
                out.append(item.pos.report("table.bare_target_check_h1", half=value(half),
                                           factor=fmt(book.monitoring.half_year_fallback), **said))
            else:
                out.append(item.pos.report("table.bare_target_check", which=text(which), **said))
    return out


def suspect_warnings(table: TargetTable, book: RuleBook) -> list[Problem]:
    """Targets a table most likely did not mean as printed (DOMAIN §6.10), each a warning at its row: a number
    up to 1 without a unit (=1, 0.95), which reads as 1, not 100 %, and gives full points to any rate above it;
    and an `=` on a name bare_targets.yaml reads as an upper bound (在职人员控制率 =100%), which scores as a lower
    bound: points lost under the limit, none over it."""
    out = []
    for _, _, item in table.rows():
        upper = book.bare_targets.upper_bound(item.name)  # (≤, 控制率), or None
        for which, target in (("table.which_half", item.half_year), ("table.which_annual", item.annual)):
            v = target.value if target is not None else None
            if v is None or v.kind != "number":
                continue
            said = dict(severity="warning", id=item.id, name=item.name, which=text(which), text=target.text)
            if v.unit == "" and 0 < v.number <= 1:
                out.append(item.pos.report("table.target_without_percent", number=fmt(v.number),
                                           percent=f"{v.op if not target.bare else ''}{fmt(v.number * 100)}%", **said))
            # (=0% is a zero target, scored as one whatever its name)
            if upper is not None and not target.bare and v.op == "=" and v.number != 0:
                out.append(item.pos.report("table.equal_on_upper_bound", word=upper[1],
                                           suggest=upper[0] + value(v, with_op=False), **said))
    return out


def check_targets(path: str | Path, rules: str | Path | None = None) -> list[Problem]:
    """`scoring check TARGETS`: the table's own checks, then how the rules read its bare targets (with the
    rules directory given, or `rules` where the current folder has one)."""
    table = load_targets(path)
    problems = check_table(table)
    directory = Path(rules) if rules is not None else (DEFAULT_RULES if DEFAULT_RULES.is_dir() else None)
    if directory is None:  # said, so that a clean result is not read as the rules' checks having passed
        return problems + [Pos(display_path(DEFAULT_RULES)).report("table.rules_not_found", severity="warning")]
    book = load_rules(directory)
    return problems + (split_problems(table, book.weights) + reading_warnings(table, book)
                       + suspect_warnings(table, book) + points_total_warnings(table, book.weights.total))


def points_total_warnings(table: TargetTable, full: Decimal) -> list[Problem]:
    """Per-row 分值 that do not add up to the full mark (weights.yaml `total`): the scorecard then shows
    the total out of their sum and grades on the share; said at the first 一级, with each 一级's sum."""
    if not has_own_weights(table) or not table.indicators:
        return []
    sums: dict[str, Decimal] = {}
    for section, _, item in table.rows():
        sums[section.level1] = sums.get(section.level1, Decimal(0)) + (item.weight or 0)
    if table.budget_row is not None and table.budget_row.weight is not None:
        sums[table.budget_row.name] = table.budget_row.weight
    total = sum(sums.values(), Decimal(0))
    if total == full:
        return []
    parts = [f"{name} {fmt(points)}" for name, points in sums.items()]
    return [table.indicators[0].pos.report("table.points_not_full", severity="warning", sum=fmt(total),
                                           full=fmt(full), parts=parts)]
