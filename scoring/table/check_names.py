"""Indicator names a table gives more than one row: actuals keyed by such a name cannot say which row they mean.

A repeated name is no mistake of the table (DOMAIN §6 lists none such): tables group 履职 rows by key work and
repeat 产出 under each goal, so one measure (专职巡护人员) may stand under two groups. It is a warning for the
clerk who fills in the actuals: evaluate resolves a key by name only where the name is unique
(table.name_ambiguous), so these rows must be keyed by id.
"""
from __future__ import annotations

from typing import Sequence

from ..catalogue import text
from ..errors import Pos, Problem
from .names import NameIndex


def duplicate_names(rows: Sequence[tuple[str, str, Pos]]) -> list[Problem]:
    """One warning per name that several rows share, at its first row, naming each row (id and line).

    `rows` are (id, name, where) in table order. Names are compared by the NameIndex that evaluate resolves
    actual keys with (full-width forms and spaces folded), and a name is said only where that index finds
    it ambiguous, so check and evaluate cannot disagree."""
    index = NameIndex([(ident, name) for ident, name, _ in rows])
    shared: dict[str, list[tuple[str, str, Pos]]] = {}
    for row, folded in zip(rows, index.normalised):
        shared.setdefault(folded, []).append(row)
    out = []
    for same in shared.values():
        _, name, pos = same[0]
        # (one id on every row is the duplicate id error's; a name that is also an id resolves to that id)
        if len({i for i, _, _ in same}) < 2 or len(index.resolve(name)) < 2:
            continue
        listed = [text("table.duplicate_name_row", id=i, line=p.line or "?") for i, _, p in same]
        out.append(pos.report("table.duplicate_name", severity="warning", name=name, count=len(same), rows=listed))
    return out


def imported_names(source: str, items: Sequence, indicators: list[dict]) -> list[Problem]:
    """duplicate_names for an importer, at the source lines: its rows (each with .line, .name and perhaps
    .column) in table order, and the indicator tree it wrote, whose ids they took in that order."""
    ids = [entry["id"] for section in indicators for group in section["groups"] for entry in group["items"]]
    return duplicate_names([(ident, item.name, Pos(source, item.line, getattr(item, "column", None)))
                            for ident, item in zip(ids, items, strict=True)])
