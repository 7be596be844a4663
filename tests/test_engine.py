"""The engine: one winning rule per indicator, errors for gaps and ties, isolation of durable_rules."""
import gc
import os
import threading
from pathlib import Path

import pytest

from helpers import FIXTURES, copy_rules, requires_durable, score
from scoring.engine.durable_backend import DurableMatcher, EngineError
from scoring.errors import ScoringError
from scoring.render.json_report import render
from scoring.rulebook.load import load_rules


def test_every_indicator_has_one_rule_and_rows_sum_to_the_total():
    card = score()
    assert len(card.indicators) == 8
    assert card.total == sum(i.points for i in card.indicators)
    assert sum(i.weight for i in card.indicators) == 100
    assert {i.id: i.rule.id for i in card.indicators} == {
        "D01": "qualitative-outcome", "P01": "budget-adjustment-bands", "P02": "budget-execution",
        "P03": "upper-bound-over", "P04": "zero-target", "F01": "lower-bound-ratio",
        "B01": "missing-actual", "S01": "lower-bound-met",
    }
    assert card.grade == "中"  # 73.58 per grades.yaml


@requires_durable
def test_both_backends_give_byte_identical_json():
    assert render(score(engine="durable")) == render(score(engine="python"))


def test_the_same_inputs_give_byte_identical_json():
    assert render(score()) == render(score())


def test_budget_execution_is_recomputed_from_the_money_and_a_wrong_hand_value_is_flagged():
    p02 = next(i for i in score().indicators if i.id == "P02")
    assert p02.points == 4.5  # 90 spent of 100, not the 100% written by hand
    assert "hand_rate_differs" in [f.code for f in p02.flags]


def test_a_missing_actual_is_scored_as_not_achieved_and_flagged():
    b01 = next(i for i in score().indicators if i.id == "B01")
    assert b01.points == 0 and b01.status == "missing"
    assert [f.code for f in b01.flags] == ["missing_actual"]


def test_points_lost_without_a_reason_are_flagged():
    rows = {i.id: i for i in score().indicators}
    assert "no_reason" in [f.code for f in rows["P03"].flags]
    assert "no_reason" not in [f.code for f in rows["F01"].flags]  # F01 gives a reason


def test_no_matching_rule_is_an_error_showing_the_fact(tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "upper_bound.yaml").unlink()
    with pytest.raises(ScoringError) as e:
        score(rules=rules)
    text = e.value.render("en")
    assert "mini.targets.yaml:25:" in text  # P03's line in the table
    assert "no rule matches indicator P03" in text and 'op="≤"' in text and "has_actual=true" in text


def test_two_rules_at_one_priority_is_an_error_naming_both(tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "satisfaction.yaml").write_text(
        "title: 满意度\nrules:\n"
        "  - id: satisfaction-full\n    title: 满意度一律满分\n    when: {name: 满意率}\n"
        "    priority: 10\n    method: full\n    explain: 满分\n", encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        score(rules=rules)
    text = e.value.render("en")
    assert "indicator S01" in text and "priority 10" in text
    assert "lower-bound-met (" in text and "lower_bound.yaml:9)" in text
    assert "satisfaction-full (" in text and "satisfaction.yaml:3)" in text


@requires_durable
def test_an_exception_while_reading_the_matches_surfaces():
    book = load_rules("rules")

    class Broken(DurableMatcher):  # the matches are read where the engine's actions are run
        def _hits(self, core, handle, state):
            raise RuntimeError("boom")

    with Broken(book.rules) as m, pytest.raises(EngineError, match="boom"):
        m.match([{"fact": "indicator", "id": "X", "form": "word", "has_actual": False}])


def _resident_kb() -> int | None:
    """This process's resident memory now (not its peak), where Linux tells it."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


# Measured on deliberately leaking variants of the matcher (20 evaluations after 3 to warm up): a Host
# that starts its timer threads leaks 2 threads per evaluation; one never closed keeps its ruleset,
# and one whose sessions are never deleted keeps their facts, each ~290 KB per evaluation (+5.6 MB);
# the real matcher grows ~0.5 MB. So 20 evaluations and a 3 MB bound show any of the three leaks.
EVALUATIONS, LEAK_BOUND_KB = 20, 3072


def _children() -> set[str] | None:
    """This process's child processes, where Linux tells them (a zombie counts: it was not waited for)."""
    try:
        return {c for task in Path("/proc/self/task").iterdir() for c in (task / "children").read_text().split()}
    except OSError:
        return None


@requires_durable
def test_repeated_evaluations_leave_no_threads_rulesets_or_sessions_behind(monkeypatch):
    # in process, as batch's workers run it (elsewhere the engine runs in a forked child: durable_child.py)
    monkeypatch.setattr("scoring.engine.durable_backend.can_isolate", lambda: False)
    first = render(score(engine="durable"))
    for _ in range(2):
        score(engine="durable")  # warm up caches and the allocator
    gc.collect()
    threads, before = threading.active_count(), _resident_kb()
    for _ in range(EVALUATIONS):
        card = score(engine="durable")
    gc.collect()
    assert threading.active_count() == threads
    assert render(card) == first
    if before is not None:
        assert _resident_kb() - before < LEAK_BOUND_KB


@requires_durable
def test_evaluations_with_the_engine_in_a_child_leave_no_process_behind():
    first, before = render(score(engine="durable")), _children()
    for _ in range(5):
        assert render(score(engine="durable")) == first
    assert _children() == before


@requires_durable
def test_a_closed_matcher_frees_its_ruleset():
    book = load_rules("rules")
    m = DurableMatcher(book.rules, isolated=False)
    host = m._host
    m.close()
    assert host._ruleset_directory == {} and host._ruleset_list == []


def test_a_red_or_yellow_row_asks_only_for_what_is_missing():
    card = score(actuals=FIXTURES / "mini.h1.yaml", period="h1")
    messages = {i.id: [f.message for f in i.flags if f.code == "needs_measure"] for i in card.indicators}
    [b01] = messages["B01"]  # yellow, a reason given, no measure
    assert (b01.zh, b01.en) == ("监控为黄灯：须填写整改措施", "monitoring is yellow: a corrective measure is required")
    [p03] = messages["P03"]  # red, neither given
    assert p03.zh == "监控为红灯：须填写偏差原因和整改措施"
    assert p03.en == "monitoring is red: a deviation reason and a corrective measure are required"
    assert messages["F01"] == []  # blue: nothing asked
