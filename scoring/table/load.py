"""Loading a target table from its YAML file."""
from __future__ import annotations

from pathlib import Path

from ..catalogue import Text, text
from ..errors import ScoringError
from ..limits import MAX_INDICATORS
from ..yamlio import load_model
from .model import TargetTable
from .points import weight_problems


def load_targets(path: str | Path, name: str | None = None) -> TargetTable:
    """The table in a YAML file; `name`: its display_path, where the caller has it already."""
    table = load_model(path, TargetTable, _other_file, name)
    count = sum(1 for _ in table.rows())
    if count > MAX_INDICATORS:
        raise table.pos.fail("limits.too_many_indicators", count=count, limit=MAX_INDICATORS)
    problems = weight_problems(table)
    if problems:
        raise ScoringError(problems)
    return table


# the top-level keys of the files in a rules folder (rules/*.yaml): a table has `indicators`, none of these has
_RULE_FILE_KEYS = {"title", "monitor", "rules", "grades", "readings", "otherwise", "words", "total", "own", "project",
                   "level1", "time_progress", "half_year_fallback", "not_halved_units", "ratio", "budget", "outcome", "never_negative",
                   "money"}


def _other_file(data) -> Text | None:
    """What the file is when it is not a target table but another file of ours: an actuals file or a rule file."""
    if not isinstance(data, dict):
        return None
    if "period" in data and isinstance(data.get("indicators"), dict):
        return text("table.actuals_not_targets")
    if "indicators" not in data and data and set(data) <= _RULE_FILE_KEYS:
        return text("table.rule_file_not_targets")
    return None
