"""Fuzzing: mutated copies of the bundled targets, actuals and rule files give a valid result or located
ScoringErrors, through the library's loaders and the CLI in-process; never a traceback, hang or crash."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import MINI_ANNUAL, MINI_TARGETS, RULES, run_cli
from scoring.actuals import load_actuals
from scoring.catalogue import MESSAGES
from scoring.engine.backends import durable_available
from scoring.errors import ScoringError
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets

EXAMPLE_TARGETS = RULES.parent / "targets" / "2025" / "jiangning-social-insurance.yaml"
EXAMPLE_ACTUALS = RULES.parent / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
RULE_FILES = sorted(p.name for p in RULES.glob("*.yaml"))
ENGINES = ["python", "durable"] if durable_available() else ["python"]

# what a careless or hostile hand puts in place of a value
VALUES = ["[1, 2]", "{a: 1}", "null", "~", "true", "1e400", ".nan", "-5", "-5人", "99999999999999999999999999999",
          "0.0000001", '"1e400"', "!!binary aGk=", "!!python/object:os.system ls", "!foo bar", "=", "!=", "*nope",
          "&a x", "'", '"', "{", "[", "0x1F", "2025-01-01", "''", "1/0", "≥-5人", "120%", "|\n  多行\n  文本"]
TAGS = ["&a ", "*a ", "!!str ", "!!map ", "!!seq ", "!x ", "<<: *a\n", "? "]


def _mutate(text: str, data) -> str:
    lines = text.split("\n")
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        kind = data.draw(st.sampled_from(["flip", "drop", "rename", "value", "tag", "duplicate"]), label="kind")
        i = data.draw(st.integers(0, len(lines) - 1), label="line")
        line = lines[i]
        if kind == "flip" and line:
            raw = bytearray(line.encode("utf-8"))
            at = data.draw(st.integers(0, len(raw) - 1), label="byte")
            raw[at] = data.draw(st.integers(0, 255), label="to")
            line = raw.decode("utf-8", errors="surrogateescape").encode("utf-8", "surrogateescape").decode(
                "utf-8", errors="replace")
        elif kind == "drop":
            line = None
        elif kind == "rename":
            line = re.sub(r"^(\s*-?\s*)([^\s:#][^:#]*):", lambda m: m[1] + data.draw(
                st.sampled_from(["nme", "名称", "id", "when", "x" * 300, "actual", "1", "true"]), label="key") + ":",
                line, count=1)
        elif kind == "value":
            line = re.sub(r":\s+\S.*$", ": " + data.draw(st.sampled_from(VALUES), label="value"), line, count=1)
        elif kind == "tag":
            line = re.sub(r":\s+", ": " + data.draw(st.sampled_from(TAGS), label="tag"), line, count=1)
        else:
            lines.insert(i, line)
        if line is None:
            del lines[i]
            if not lines:
                lines = [""]
        else:
            lines[i] = line
    return "\n".join(lines)


def _located(e: ScoringError) -> None:
    assert e.problems
    for p in e.problems:
        assert p.file and (p.line is not None or p.file.endswith((".yaml", "rules", "<stdout>"))), p
        assert p.zh and p.en and len(p.render("en")) < 5000, p
        assert p.code in MESSAGES, p  # every problem is a catalogue message: programs and tests key on its code


# 40 fixed examples each in the suite (a few seconds); SCORING_FUZZ_EXAMPLES=5000 explores at random
_EXPLORE = int(os.environ.get("SCORING_FUZZ_EXAMPLES", "0"))
def _rules(folder: Path) -> Path:
    shutil.copytree(RULES, folder / "rules", ignore=shutil.ignore_patterns("tests", "README.md"))
    return folder / "rules"


FUZZ = settings(max_examples=_EXPLORE or 40, deadline=None, derandomize=not _EXPLORE, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@FUZZ
@given(data=st.data())
def test_mutated_targets_and_actuals_load_or_fail_located(data):
    which = data.draw(st.sampled_from([(MINI_TARGETS, load_targets), (MINI_ANNUAL, load_actuals),
                                       (EXAMPLE_TARGETS, load_targets), (EXAMPLE_ACTUALS, load_actuals)]))
    source, load = which
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / source.name
        shutil.copy(source, path)
        _loads_or_is_located(load, path, data)


def _loads_or_is_located(load, path: Path, data, target: Path | None = None) -> None:
    """Mutate `target` (default `path`), then `load(path)`: a result, or located errors."""
    target = target or path
    target.write_text(_mutate(target.read_text(encoding="utf-8"), data), encoding="utf-8")
    try:
        load(path)
    except ScoringError as e:
        _located(e)


@FUZZ
@given(data=st.data())
def test_mutated_rule_files_load_or_fail_located(data):
    with tempfile.TemporaryDirectory() as tmp:
        rules = _rules(Path(tmp))
        _loads_or_is_located(load_rules, rules, data, rules / data.draw(st.sampled_from(RULE_FILES)))


@FUZZ
@given(data=st.data())
def test_the_cli_scores_mutated_inputs_or_says_where_they_are_wrong(data):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rules = _rules(tmp)
        files = {"targets": tmp / "t.yaml", "actuals": tmp / "a.yaml"}
        files["targets"].write_text(MINI_TARGETS.read_text(encoding="utf-8"), encoding="utf-8")
        files["actuals"].write_text(MINI_ANNUAL.read_text(encoding="utf-8"), encoding="utf-8")
        victim = data.draw(st.sampled_from(["targets", "actuals", "rules"]))
        path = files.get(victim) or rules / data.draw(st.sampled_from(RULE_FILES))
        path.write_text(_mutate(path.read_text(encoding="utf-8"), data), encoding="utf-8")
        fmt = data.draw(st.sampled_from(["json", "markdown", "table"]))
        r = run_cli(["evaluate", files["targets"], "--actuals", files["actuals"], "--rules", rules, "--format", fmt,
                     "--out", "-", "--lang", "en", "--engine", data.draw(st.sampled_from(ENGINES))])
        assert r.returncode in (0, 2), r
        assert "Traceback" not in r.stderr
        if r.returncode == 2:
            assert re.search(r"^\S+:\d+(:\d+)?: error: |^\S*rules\S*: error: ", r.stderr, re.M), r.stderr
