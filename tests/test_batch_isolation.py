"""scoring batch: any failure of one unit, a crash of its process included, is that unit's line; the rest go on."""
from __future__ import annotations

import ctypes
import faulthandler
import shutil
import time

import pytest

from helpers import MINI_ANNUAL, MINI_TARGETS, RULES
from scoring import batch


def _units(tmp_path, n=5):
    for i in range(n):
        shutil.copy(MINI_TARGETS, tmp_path / "targets" / f"u{i}.yaml")
        shutil.copy(MINI_ANNUAL, tmp_path / "actuals" / f"u{i}.annual.yaml")


@pytest.fixture
def units(tmp_path):
    (tmp_path / "targets").mkdir()
    (tmp_path / "actuals").mkdir()
    _units(tmp_path)
    return tmp_path


def _sabotage(monkeypatch, unit: str, how):
    """Make scoring unit `unit` fail `how` (inherited by forked workers)."""
    real = batch.evaluate

    def evaluate(table, actuals, *args, **kwargs):
        if kwargs.get("matcher") is not None and _current[0].endswith(unit):
            how()
        return real(table, actuals, *args, **kwargs)

    _current = [""]
    real_load = batch.load_targets

    def load_targets(path, *args):
        _current[0] = str(path)
        return real_load(path, *args)

    monkeypatch.setattr(batch, "evaluate", evaluate)
    monkeypatch.setattr(batch, "load_targets", load_targets)


def _segfault():
    faulthandler.disable()  # pytest's handler would print the crash; the batch is what must report it
    ctypes.string_at(0)  # reads address 0: SIGSEGV, as durable_rules did on a float inf


def _deep():
    def down(n):
        return down(n + 1)
    down(0)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("how,code", [(_segfault, "killed"), (_deep, "crashed")])
def test_a_unit_that_crashes_its_worker_is_its_own_error_line(monkeypatch, units, jobs, how, code):
    _sabotage(monkeypatch, "u2.yaml", how)
    summary = batch.run_batch(units / "targets", units / "actuals", RULES, jobs=jobs, out_dir=units / "out",
                              engine="python")
    assert [r.targets.rsplit("/", 1)[-1] for r in summary.failed] == ["u2.yaml"]
    assert len(summary.scored) == 4
    said = summary.failed[0].error_en
    assert ("died on this unit (signal 11)" if code == "killed" else "internal error while scoring (RecursionError") in said
    assert not (units / "out" / "u2-annual.json").exists()


def test_a_unit_that_never_ends_is_stopped(monkeypatch, units):
    monkeypatch.setattr(batch, "MAX_UNIT_SECONDS", 1)
    _sabotage(monkeypatch, "u1.yaml", lambda: time.sleep(600))
    start = time.monotonic()
    summary = batch.run_batch(units / "targets", units / "actuals", RULES, jobs=2, out_dir=units / "out", engine="python")
    assert time.monotonic() - start < 30
    assert len(summary.scored) == 4 and "took more than 1 s" in summary.failed[0].error_en
