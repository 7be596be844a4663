"""A crash inside durable_rules that our checks did not foresee: `evaluate` says the engine stopped, exit 2,
and names the python engine, instead of dying with a bare segfault (matching runs in a forked child)."""
from __future__ import annotations

import multiprocessing
import os

import pytest

from helpers import MINI_ANNUAL, MINI_TARGETS, RULES, requires_durable, run_cli
from scoring.engine import durable_child
from scoring.engine.durable_backend import DurableMatcher, EngineError
from scoring.errors import ScoringError
from scoring.rulebook.load import load_rules

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="matching is isolated only where the process can fork")
EVALUATE = ["evaluate", MINI_TARGETS, "--actuals", MINI_ANNUAL, "--engine", "durable", "--format", "json", "--out", "-"]


def _abort(self, facts):
    import faulthandler
    import resource

    # this runs in the forked child only: no core file left behind, and no dump from pytest's faulthandler
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    faulthandler.disable()
    os.abort()


@requires_durable
def test_an_engine_that_dies_while_matching_is_an_error_naming_the_python_engine(monkeypatch):
    monkeypatch.setattr(DurableMatcher, "_match", _abort)
    r = run_cli([*EVALUATE, "--lang", "en"])
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip() == ("durable_rules: error: the rule engine durable_rules stopped unexpectedly (signal 6, "
                                "SIGABRT); nothing was scored or written: use the python engine, which gives the same "
                                "results (--engine python)")
    r = run_cli([*EVALUATE, "--lang", "zh"])
    assert r.returncode == 2 and "规则引擎 durable_rules 意外终止（信号 6 SIGABRT）" in r.stderr and "--engine python" in r.stderr


@requires_durable
def test_the_engines_own_errors_and_its_matches_come_back_from_the_child(monkeypatch):
    rules = load_rules(RULES).rules
    facts = [{"fact": "indicator", "id": "a", "form": "word", "has_actual": False}]
    with DurableMatcher(rules, isolated=True) as isolated, DurableMatcher(rules, isolated=False) as inline:
        assert isolated.match(facts) == inline.match(facts) and isolated.match(facts)["a"]

    def refuse(self, facts):
        raise EngineError("66 rules match one indicator")

    monkeypatch.setattr(DurableMatcher, "_match", refuse)  # before the fork: the child's engine has it
    with DurableMatcher(rules, isolated=True) as isolated:
        for _ in range(2):  # and stays usable
            with pytest.raises(EngineError, match="66 rules match one indicator"):
                isolated.match(facts)
    monkeypatch.setattr(DurableMatcher, "_match", _abort)
    with DurableMatcher(rules, isolated=True) as isolated, pytest.raises(ScoringError) as e:
        isolated.match(facts)
    assert [p.code for p in e.value.problems] == ["durable.crashed"]


@requires_durable
def test_a_ruleset_the_engine_cannot_build_is_its_error_from_the_child(monkeypatch):
    from durable import engine

    def cannot(self, rulesets):
        raise RuntimeError("code 108")

    monkeypatch.setattr(engine.Host, "set_rulesets", cannot)
    with pytest.raises(EngineError, match="code 108"):
        DurableMatcher(load_rules(RULES).rules, isolated=True)


def test_matching_stays_in_process_without_fork_and_in_a_watched_worker(monkeypatch):
    assert durable_child.can_isolate()
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())  # batch's worker
    assert not durable_child.can_isolate()
    monkeypatch.undo()
    monkeypatch.delattr(os, "fork")  # Windows
    assert not durable_child.can_isolate()
