"""The fill-in workbook `scoring template --format xlsx` writes, made by the command as a clerk makes it."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from helpers import ROOT, made_once, run_cli

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"

_WRITTEN: dict = {}


def template_book(path: Path, targets: Path = FOREST, *options, cwd: Path | None = None) -> Path:
    """`scoring template TARGETS --format xlsx -o PATH` with the checkout's rules and Chinese headers (unless
    `options` say --lang en); the path written. Run once for the same table (its name, bytes and the working
    folder) and options; later calls copy the workbook to a new PATH (the command writes none over a file): most
    calls ask for a book made before (5 of 9 a run), ~20 ms each."""
    folder = Path(cwd or os.getcwd())
    table, written = folder / targets, folder / path
    key = (str(targets), str(folder), hashlib.sha256(table.read_bytes()).digest(), options)
    assert key not in _WRITTEN or not written.exists(), path

    def make():
        code, _, err = run_cli(["template", targets, "--format", "xlsx", "-o", path, "--rules", ROOT / "rules",
                                *options], cwd=cwd, env={"SCORING_LANG": "zh"})
        assert code == 0, err

    made_once(_WRITTEN, key, written, make)
    return path
