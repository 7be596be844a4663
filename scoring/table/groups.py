"""The 一级 / 二级 groups of a table as scored: 产出指标(50分) is 产出, and a repeated group is one group."""
from __future__ import annotations

import re
from functools import lru_cache

from .model import Indicator, TargetTable


@lru_cache(maxsize=4096)  # a table's few 一级/二级 labels, compared pairwise on every evaluation
def level_key(name: str) -> str:
    """产出指标(50分), 产出指标 and 产出 name one group (一级 or 二级): forms add 指标 and the points to the label."""
    name = re.sub(r"[（(][^（()）]*[)）]\s*$", "", name.strip())
    return name[:-2] if name.endswith("指标") and len(name) > 2 else name


def merged_groups(table: TargetTable) -> dict[str, dict[tuple[str, str], list[Indicator]]]:
    """The table's 二级 groups under their 一级, a 一级 or 二级 that appears twice taken as one (tables that
    group rows by 年度目标 repeat 产出 under each goal), so a repeated group never takes its points twice.
    Order is that of first appearance; the rows keep their published order within it."""
    out: dict[str, dict[tuple[str, str], list[Indicator]]] = {}
    first: dict[str, dict[str, tuple[str, str]]] = {}  # per 一级, each 二级's key by the first label that names it
    for section in table.indicators:
        l1, level1 = level_key(section.level1), section.level1
        groups, keys = out.setdefault(l1, {}), first.setdefault(l1, {})
        for g in section.groups:
            level2 = g.level2
            key = keys.setdefault(level_key(level2), (level1, level2))
            groups.setdefault(key, []).extend(g.items)
    return out


def repeats(table: TargetTable) -> list[tuple[object, str, object]]:
    """Each 一级 section, and each 二级 group within one 一级, that repeats an earlier one:
    (the repeat, its label, the first)."""
    out: list[tuple[object, str, object]] = []
    first_l1: dict[str, object] = {}
    first_l2: dict[tuple[str, str], object] = {}
    for section in table.indicators:
        l1 = level_key(section.level1)
        if l1 in first_l1:
            out.append((section, section.level1, first_l1[l1]))
        first_l1.setdefault(l1, section)
        for g in section.groups:
            key = (l1, level_key(g.level2))
            if key in first_l2:
                out.append((g, f"{section.level1} / {g.level2}", first_l2[key]))
            first_l2.setdefault(key, g)
    return out
