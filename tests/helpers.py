"""Shared test helpers: paths to the fixtures and a one-call way to score them."""
from __future__ import annotations

import shutil
from pathlib import Path

from scoring.actuals import load_actuals
from scoring.evaluate import evaluate
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
FIXTURES = ROOT / "tests" / "fixtures"
MINI_TARGETS = FIXTURES / "mini.targets.yaml"
MINI_ANNUAL = FIXTURES / "mini.annual.yaml"


def score(targets=MINI_TARGETS, actuals=MINI_ANNUAL, rules=RULES, period="annual", engine="python"):
    return evaluate(load_targets(targets), load_actuals(actuals), load_rules(rules), period, engine=engine)


def copy_rules(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(RULES, dest, ignore=shutil.ignore_patterns("tests", "README.md"))
    return dest


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def requires_durable(test):
    """Skip where durable_rules cannot be imported (Python 3.13+): the Python backend still runs."""
    import pytest

    from scoring.engine.backends import durable_available

    return pytest.mark.skipif(not durable_available(), reason="durable_rules is not available on this Python")(test)
