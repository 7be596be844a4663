"""Splitting the 100 points over the indicator tree, exactly to the cent.

Each 一级 gets its points from weights.yaml; a node's points go evenly to its children that hold
indicators, unless a child has its own points, in which case the others share the rest. Cents are
apportioned by largest remainder, so the leaves add up exactly to their parents and to the total.
"""
from __future__ import annotations

from decimal import Decimal

from .errors import Problem, ScoringError
from .rulebook.model import Weights
from .table.model import TargetTable

CENT = Decimal("0.01")


def split_even(total: Decimal, n: int) -> list[Decimal]:
    """total into n shares as equal as cents allow; the leftover cents go to the first shares."""
    cents = int((total / CENT).to_integral_value())
    q, r = divmod(cents, n)
    return [Decimal(q + (1 if i < r else 0)) * CENT for i in range(n)]


def _share(total: Decimal, own: list[Decimal | None], where, what: str, problems: list[Problem]) -> list[Decimal]:
    fixed = sum((x for x in own if x is not None), Decimal(0))
    free = [i for i, x in enumerate(own) if x is None]
    out = [x if x is not None else Decimal(0) for x in own]
    if fixed > total or (not free and fixed != total):
        problems.append(where.problem(
            f"{what}：指定分值合计 {fixed}，与上级分值 {total} 不符",
            f"{what}: own points add up to {fixed}, which does not fit the parent's {total}"))
        return out
    for i, share in zip(free, split_even(total - fixed, len(free)) if free else []):
        out[i] = share
    return out


def apportion(table: TargetTable, weights: Weights) -> dict[str, Decimal]:
    """The weight (points) of every indicator id."""
    problems: list[Problem] = []
    table_l1 = [s.level1 for s in table.indicators]
    for name in table_l1:
        if name not in weights.level1:
            problems.append(weights.pos.problem(f"weights.yaml 没有一级指标「{name}」的分值", f"weights.yaml gives no points for level 1 '{name}'"))
    for name in weights.level1:
        if name not in table_l1:
            problems.append(weights.pos.problem(f"目标表中没有一级指标「{name}」，其分值无处分配",
                                                f"the target table has no level 1 '{name}': its points go nowhere"))
    own_groups = {tuple(o.path): o for o in weights.own if o.path}
    own_items = {o.indicator: o for o in weights.own if o.indicator}
    known_groups = {(s.level1, g.level2) for s in table.indicators for g in s.groups}
    known_items = {i.id for _, _, i in table.rows()}
    for key, o in own_groups.items():
        if key not in known_groups:
            problems.append(o.pos.problem(f"目标表中没有二级指标 {' / '.join(key)}", f"no level-2 group {' / '.join(key)} in the target table"))
    for key, o in own_items.items():
        if key not in known_items:
            problems.append(o.pos.problem(f"目标表中没有指标 {key}", f"no indicator {key} in the target table"))
    if problems:
        raise ScoringError(problems)

    result: dict[str, Decimal] = {}
    for section in table.indicators:
        groups = [g for g in section.groups if g.items]
        for g in section.groups:
            o = own_groups.get((section.level1, g.level2))
            if not g.items and o is not None and o.points:
                problems.append(o.pos.problem(f"二级指标「{g.level2}」没有三级指标，不能分配分值",
                                              f"group '{g.level2}' has no indicators and cannot take points"))
        if not groups:
            continue
        own = [own_groups[(section.level1, g.level2)].points if (section.level1, g.level2) in own_groups else None for g in groups]
        group_points = _share(weights.level1[section.level1], own, weights.pos, section.level1, problems)
        for g, points in zip(groups, group_points):
            own = [own_items[i.id].points if i.id in own_items else None for i in g.items]
            for item, p in zip(g.items, _share(points, own, weights.pos, f"{section.level1} / {g.level2}", problems)):
                result[item.id] = p
    if problems:
        raise ScoringError(problems)
    return result
