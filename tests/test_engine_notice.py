"""Where durable_rules cannot run (Python 3.13+), a command that chose no engine says the Python matcher scored:
after what it printed, and never in front of an error in the input, which is said alone."""
from __future__ import annotations

import pytest

from helpers import ROOT, run_cli
from scoring.engine import backends

NOTE = "note: durable_rules is not available on this Python"


@pytest.fixture
def no_durable(monkeypatch):
    monkeypatch.setattr(backends, "durable_available", lambda: False)


def test_a_scored_unit_ends_with_the_note(no_durable):
    code, out, err = run_cli(["evaluate", "--format", "json", "--out", "-", "--lang", "en"], cwd=ROOT)
    assert code == 0 and out.startswith("{")
    assert err.strip().startswith(NOTE), err


def test_an_error_in_the_input_is_said_alone(no_durable, tmp_path):
    code, out, err = run_cli(["evaluate", tmp_path / "missing.yaml", "--lang", "en"], cwd=ROOT)
    assert (code, out) == (2, "")
    assert NOTE not in err and len(err.strip().splitlines()) == 1, err


def test_an_engine_asked_for_has_no_note(no_durable):
    code, _, err = run_cli(["evaluate", "--engine", "python", "--format", "json", "--out", "-"], cwd=ROOT)
    assert code == 0 and err == ""
