"""Both engine backends decide identically: byte-identical reports and identical errors."""
import pytest

from helpers import ROOT, copy_rules, requires_durable, score
from scoring.engine.backends import resolve_engine
from scoring.errors import ScoringError
from scoring.render.json_report import render
from scoring.run import EXAMPLE_TARGETS, score_files


@requires_durable
@pytest.mark.parametrize("period", ["annual", "h1"])
def test_the_example_scores_byte_identically_on_both_backends(monkeypatch, period):
    monkeypatch.chdir(ROOT)
    durable = score_files(EXAMPLE_TARGETS, period=period, engine="durable")
    python = score_files(EXAMPLE_TARGETS, period=period, engine="python")
    assert render(durable) == render(python)


@requires_durable
def test_the_project_example_scores_byte_identically_on_both_backends(monkeypatch):
    monkeypatch.chdir(ROOT)  # its budget row is a fact like the others, matched by id
    targets = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
    assert render(score_files(targets, engine="durable")) == render(score_files(targets, engine="python"))


def _error(rules, engine):
    with pytest.raises(ScoringError) as e:
        score(rules=rules, engine=engine)
    return e.value.render("en")


@requires_durable
def test_gap_and_tie_errors_are_the_same_on_both_backends(tmp_path):
    gap = copy_rules(tmp_path / "gap")
    (gap / "upper_bound.yaml").unlink()
    assert _error(gap, "durable") == _error(gap, "python")
    tie = copy_rules(tmp_path / "tie")
    (tie / "satisfaction.yaml").write_text(
        "title: 满意度\nrules:\n  - id: satisfaction-full\n    title: 满意度一律满分\n"
        "    when: {name: 满意率}\n    priority: 10\n    method: full\n    explain: 满分\n", encoding="utf-8")
    assert _error(tie, "durable") == _error(tie, "python")


def test_an_unknown_or_unavailable_engine_is_a_clear_error():
    with pytest.raises(ScoringError, match="unknown engine 'rete'"):
        resolve_engine("rete")
    assert resolve_engine("python") == "python"
    assert resolve_engine(None) in ("durable", "python")


def test_durable_unavailable_names_the_python_engine_and_the_command_its_option(monkeypatch, run_scoring):
    import scoring.engine.backends as backends

    monkeypatch.setattr(backends, "durable_available", lambda: False)  # as on Python 3.13+
    with pytest.raises(ScoringError) as e:
        resolve_engine("durable")
    [problem] = e.value.problems
    assert problem.code == "engine.durable_unavailable" and "--" not in problem.zh + problem.en  # a library caller has no flags
    done = run_scoring("evaluate", "--engine", "durable", "--lang", "en")
    assert done.returncode == 2
    assert done.stderr.endswith("use the python engine, which gives the same results (--engine python)\n")
    assert [p.code for p in _problems(lambda: resolve_engine("rete"))] == ["engine.unknown"]


def _problems(call):
    with pytest.raises(ScoringError) as e:
        call()
    return e.value.problems
