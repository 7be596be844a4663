"""The points of every row: as the table writes them (分值 per row), or split from rules/weights.yaml to the cent.

A table that gives 分值 per row uses them as written; its 一级 and 二级 subtotals are their sums.
Otherwise each 一级 gets its points from weights.yaml (`level1` for department tables, `project` for
project tables); a node's points go evenly to its children that hold indicators, unless a child has
its own points, in which case the others share the rest. Cents are apportioned by largest remainder,
so the leaves add up exactly to their parents and to the total.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from .errors import Pos, Problem, ScoringError
from .rulebook.model import OwnPoints, Weights
from .table.model import TargetTable
from .table.groups import level_key, merged_groups
from .table.points import has_own_weights, weight_problems

CENT = Decimal("0.01")
_WEIGHT, _ID = attrgetter("weight"), attrgetter("id")


def _items(table: TargetTable):
    """Every indicator in table order, iterated in C (table.rows() resumes a generator a row)."""
    return chain.from_iterable(g.items for s in table.indicators for g in s.groups)


@lru_cache(maxsize=4096)  # the same points split the same ways in every unit of a kind of table
def split_even(total: Decimal, n: int) -> tuple[Decimal, ...]:
    """total into n shares as equal as cents allow; the leftover cents go to the first shares."""
    cents = int((total / CENT).to_integral_value())
    q, r = divmod(cents, n)
    return (Decimal(q + 1) * CENT,) * r + (Decimal(q) * CENT,) * (n - r)  # Decimals are immutable: shared


def _share(total: Decimal, own: list[OwnPoints | None], where: Pos, what: str, problems: list[Problem]) -> list[Decimal]:
    if own and not any(own):  # no child has its own points (the usual case): an even split
        return split_even(total, len(own))
    fixed = sum((o.points for o in own if o is not None), Decimal(0))
    free = [i for i, o in enumerate(own) if o is None]
    out = [o.points if o is not None else Decimal(0) for o in own]
    if fixed > total or (not free and fixed != total):
        # said at the first own entry of this level: it is what the auditor wrote and must change
        at = next((o.pos for o in own if o is not None), where)
        problems.append(at.report("table.own_points_misfit", what=what, fixed=fixed, total=total))
        return out
    for i, share in zip(free, split_even(total - fixed, len(free)) if free else []):
        out[i] = share
    return out


def apportion(table: TargetTable, weights: Weights) -> dict[str, Decimal]:
    """The weight (points) of every indicator id."""
    # each row's 分值 read once; the usual table gives none, and then neither check below has anything to say
    budget_row = table.budget_row
    weights_given = list(map(_WEIGHT, _items(table)))  # C loops, no Python call a row
    if weights_given.count(None) != len(weights_given) or (budget_row is not None and budget_row.weight is not None):
        problems = weight_problems(table)
        if problems:
            raise ScoringError(problems)
        if has_own_weights(table):
            return {item.id: item.weight for _, _, item in table.rows()}
    if table.kind == "project":
        if weights.project is None:
            raise table.pos.fail("table.no_project_weights")
        return _split(table, weights.project.level1, [], weights.pos)
    return _split(table, weights.level1, weights.own, weights.pos)


def split_problems(table: TargetTable, weights: Weights) -> list[Problem]:
    """What keeps weights.yaml from splitting this table's points (a 一级 it lacks or misspells, an `own`
    entry naming no group or indicator of it): `scoring check` says them before scoring stops on them."""
    try:
        apportion(table, weights)
        budget_row_weight(table, weights)
    except ScoringError as e:
        return e.problems
    return []


def budget_row_weight(table: TargetTable, weights: Weights) -> Decimal | None:
    """The budget row's points: its own 分值, else the project default; None without a budget row."""
    row = table.budget_row
    if row is None:
        return None
    if row.weight is not None:
        return row.weight
    if table.kind == "project" and weights.project is not None:
        return weights.project.budget_row
    raise row.pos.fail("table.budget_row_no_weight", row=row.name)


def _split(table: TargetTable, level1: dict[str, Decimal], own_list: list[OwnPoints], pos: Pos) -> dict[str, Decimal]:
    problems: list[Problem] = []
    given = {level_key(k): v for k, v in level1.items()}
    table_l1 = [level_key(s.level1) for s in table.indicators]
    first = {}
    for s in table.indicators:
        first.setdefault(level_key(s.level1), s)
    for key, section in first.items():
        if key not in given:  # said at the table's 一级: a misspelt name there is the likeliest cause
            problems.append(section.pos.report("table.weights_lack_level1", name=section.level1))
    for name in level1:
        if level_key(name) not in table_l1:
            problems.append(pos.report("table.level1_not_in_table", name=name))
    own_groups = {tuple(o.path): o for o in own_list if o.path}
    own_items = {o.indicator: o for o in own_list if o.indicator}
    # the table's groups and ids, where weights.yaml gives any its own points (most files give none)
    known_groups = {(s.level1, g.level2) for s in table.indicators for g in s.groups} if own_groups else set()
    known_items = {i.id for _, _, i in table.rows()} if own_items else set()
    for key, o in own_groups.items():
        if key not in known_groups:
            problems.append(o.pos.report("table.own_group_unknown", path=" / ".join(key)))
    for key, o in own_items.items():
        if key not in known_items:
            problems.append(o.pos.report("table.own_indicator_unknown", id=key))
    if problems:
        raise ScoringError(problems)

    result: dict[str, Decimal] = {}
    for l1, groups in merged_groups(table).items():
        for (name, level2), items in groups.items() if own_groups else ():
            o = own_groups.get((name, level2))
            if not items and o is not None and o.points:
                problems.append(o.pos.report("table.own_group_empty", level2=level2))
        held = [(key, items) for key, items in groups.items() if items]
        if not held:
            continue
        label = held[0][0][0]
        own = [own_groups.get(key) for key, _ in held]
        group_points = _share(given[l1], own, pos, label, problems)
        for ((_, level2), items), points in zip(held, group_points):
            ids = list(map(_ID, items))
            if own_items:
                result.update(zip(ids, _share(points, [own_items.get(i) for i in ids], pos, f"{label} / {level2}",
                                              problems)))
            else:  # no indicator has its own points: an even split
                result.update(zip(ids, split_even(points, len(ids))))
    if problems:
        raise ScoringError(problems)
    return result
