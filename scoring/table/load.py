"""Loading a target table from its YAML file."""
from __future__ import annotations

from pathlib import Path

from ..yamlio import load_model
from .model import TargetTable


def load_targets(path: str | Path) -> TargetTable:
    return load_model(path, TargetTable)
