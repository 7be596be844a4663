"""The fill-in workbook `scoring template --format xlsx` writes, made by the command as a clerk makes it."""
from __future__ import annotations

from pathlib import Path

from helpers import ROOT, run_cli

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


def template_book(path: Path, targets: Path = FOREST, *options, cwd: Path | None = None) -> Path:
    """`scoring template TARGETS --format xlsx -o PATH` with the checkout's rules and Chinese headers (unless
    `options` say --lang en); the path written."""
    code, _, err = run_cli(["template", targets, "--format", "xlsx", "-o", path, "--rules", ROOT / "rules", *options],
                           cwd=cwd, env={"SCORING_LANG": "zh"})
    assert code == 0, err
    return path
