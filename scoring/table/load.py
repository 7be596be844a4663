"""Loading a target table from its YAML file."""
from __future__ import annotations

from pathlib import Path

from ..catalogue import text
from ..errors import ScoringError
from ..limits import MAX_INDICATORS
from ..yamlio import load_model
from .model import TargetTable
from .points import weight_problems


def load_targets(path: str | Path) -> TargetTable:
    table = load_model(path, TargetTable, _actuals_instead)
    count = sum(1 for _ in table.rows())
    if count > MAX_INDICATORS:
        raise table.pos.fail("limits.too_many_indicators", count=count, limit=MAX_INDICATORS)
    problems = weight_problems(table)
    if problems:
        raise ScoringError(problems)
    return table


def _actuals_instead(data) -> tuple[str, str] | None:
    if isinstance(data, dict) and "period" in data and isinstance(data.get("indicators"), dict):
        said = text("table.actuals_not_targets")
        return said.zh, said.en
    return None
