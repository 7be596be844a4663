"""Warnings for every target the scorer has to interpret: a bare number read by rules/bare_targets.yaml."""
from __future__ import annotations

from pathlib import Path

from ..catalogue import text
from ..display import value
from ..errors import Problem
from ..flags import reading_why
from ..rulebook.model import BareTargets
from .model import TargetTable


def reading_warnings(table: TargetTable, bare: BareTargets) -> list[Problem]:
    out = []
    for _, _, item in table.rows():
        for which, target in (("table.which_half", item.half_year), ("table.which_annual", item.annual)):
            if target is not None and target.bare:
                out.append(item.pos.report("table.bare_target_check", severity="warning", id=item.id, name=item.name,
                                           which=text(which), text=target.text,
                                           read=value(bare.read(target, item.name)),
                                           why=reading_why(bare, item.name)))
    return out


def check_targets(path: str | Path, rules: str | Path | None = None) -> list[Problem]:
    """`scoring check TARGETS`: the table's own checks, then how the rules read its bare targets (with the
    rules directory given, or `rules` where the current folder has one)."""
    from ..rulebook.load import load_rules
    from ..run import DEFAULT_RULES
    from .check import check_table
    from .load import load_targets

    table = load_targets(path)
    problems = check_table(table)
    directory = Path(rules) if rules is not None else (DEFAULT_RULES if DEFAULT_RULES.is_dir() else None)
    if directory is not None:
        problems += reading_warnings(table, load_rules(directory).bare_targets)
    return problems
