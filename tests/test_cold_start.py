"""What the command does to start fast touches only its own process: callers and tests keep theirs."""
from __future__ import annotations

import atexit
import gc

from scoring import cli


def test_a_command_run_in_process_leaves_the_collector_as_it_was(monkeypatch):
    registered = []
    monkeypatch.setattr(atexit, "register", lambda f, *a, **k: registered.append(f))
    before = gc.get_threshold()
    assert cli.main(["--lang", "en", "rules", "test"]) == 0
    assert gc.get_threshold() == before and not registered


def test_the_command_as_a_process_freezes_what_lives_at_its_exit(monkeypatch):
    registered, thresholds = [], []
    monkeypatch.setattr(atexit, "register", lambda f, *a, **k: registered.append(f))
    monkeypatch.setattr(gc, "set_threshold", lambda *t: thresholds.append(t))
    cli._one_command_process()
    assert registered == [gc.freeze] and thresholds == [(10_000, 10, 10)]
