"""What the command does to start fast touches only its own process: callers and tests keep theirs."""
from __future__ import annotations

import atexit
import gc

from scoring import cli, collector


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
    collector.one_command()
    assert registered == [gc.freeze] and thresholds == [(10_000, 10, 10)]


def test_a_long_run_freezes_what_lives_and_collects_young_garbage_less_often(monkeypatch):
    calls = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "set_threshold", lambda *t: calls.append(t))
    collector.settle()
    assert calls == ["freeze", (10_000, 10, 10)]
