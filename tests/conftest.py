"""Fixtures for the target-table tests: the published seed, its committed import, and the CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def seed_path() -> Path:
    """The published 2025 table as exported text (a copy of ../shared/seeds/000_a291d28074b2eada.txt)."""
    return ROOT / "tests" / "fixtures" / "000_a291d28074b2eada.txt"


@pytest.fixture
def other_layout_path() -> Path:
    """A small table in another layout: 产出/成本, printed 对应项目, a header repeated after a page break."""
    return ROOT / "tests" / "fixtures" / "other-layout.txt"


@pytest.fixture
def targets_path() -> Path:
    """The committed import of the seed."""
    return ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


@pytest.fixture
def run_scoring():
    """Run `python -m scoring ARGS` as a user would, with SCORING_LANG=lang; returns the completed process."""

    def run(*args: str, cwd: Path | None = None, lang: str = "zh") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "scoring", *map(str, args)],
            cwd=cwd or ROOT, capture_output=True, text=True, encoding="utf-8",
            env={**os.environ, "SCORING_LANG": lang, "PYTHONIOENCODING": "utf-8"}, timeout=120,
        )

    return run
