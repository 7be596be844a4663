"""The fast paths of reading a file say exactly what the careful ones say, at the same place."""
from __future__ import annotations

import pytest

from scoring import limits, yamlio
from scoring.errors import ScoringError


def _found(text: str) -> list[tuple]:
    try:
        yamlio.parse_yaml(text, "f.yaml")
    except ScoringError as e:
        return [(p.line, p.column, p.code) for p in e.problems]
    return []


D = limits.MAX_DEPTH


@pytest.mark.parametrize("text", [
    "a: " + "[" * (D + 1) + "]" * (D + 1),  # flow, one too deep under a mapping
    "[" * D + "]" * D,  # exactly the limit: accepted
    "[" * (D + 1) + "]" * (D + 1),
    "".join(" " * i + "- \n" for i in range(D + 8)),  # block lists
    "".join(" " * (2 * i) + f"k{i}:\n" for i in range(D + 8)),  # block mappings
    "x: " + "{a: " * (D + 1) + "1" + "}" * (D + 1),
    "a: &a [*a]\n",
])
def test_a_composed_file_is_refused_where_the_parser_events_refuse_it(text, monkeypatch):
    composed = _found(text)  # small files: composed, the depth checked while building
    monkeypatch.setattr(yamlio, "_COMPOSE_SAFE_DEPTH", -1)  # every file: measured from the events first
    assert composed == _found(text)
    assert [code for _, _, code in composed] == ([] if text == "[" * D + "]" * D else ["limits.too_deep"])


# -- files read without positions: the problems of a bad one are located as when read with them ------

from contextlib import nullcontext  # noqa: E402

from helpers import MINI_ANNUAL, MINI_TARGETS, RULES, edit  # noqa: E402
from scoring import batch  # noqa: E402

BAD = [  # (which file, what it said, what it says now): validation, later checks, scoring
    ("targets", "annual: 20}", "annual: twenty}"),
    ("targets", "{id: P03, name: 公用经费控制率,", "{id: P03, nom: 公用经费控制率,"),
    ("targets", "{id: P04,", "{id: P03,"),  # a duplicate id, found after validation
    ("targets", '"≥1000人"', '"≥1000人", weight: 5'),  # one row with 分值: the others lack theirs
    ("actuals", "P03: 110%", "P03: {actual: 110%, why: 超支}"),
    ("actuals", "P04: 0%", "P09: 0%"),  # no such indicator
    ("actuals", "F01: {actual: 980人", "F01: {actual: 980元"),  # the unit differs from the target's
    ("actuals", "basic: 20", "basic: -20"),
]


@pytest.mark.parametrize("which,old,new", BAD)
def test_a_failing_unit_is_located_as_when_read_with_positions(tmp_path, monkeypatch, which, old, new):
    (tmp_path / "targets").mkdir()
    (tmp_path / "actuals").mkdir()
    targets, actuals = tmp_path / "targets" / "u.yaml", tmp_path / "actuals" / "u.annual.yaml"
    targets.write_bytes(MINI_TARGETS.read_bytes())
    actuals.write_bytes(MINI_ANNUAL.read_bytes())
    edit(targets if which == "targets" else actuals, old, new)
    batch._init(str(RULES), "python", "annual", "zh")
    [job] = batch.find_jobs(tmp_path / "targets", tmp_path / "actuals", tmp_path / "out", "annual")
    fast = batch._score(job)
    monkeypatch.setattr(batch, "without_positions", nullcontext)  # every file read with positions
    careful = batch._score(job)
    assert fast.error_en is not None and ":" in fast.error_en.split(": ")[0]  # file:line
    assert (fast.error_zh, fast.error_en) == (careful.error_zh, careful.error_en)


@pytest.mark.parametrize("which,old,new", BAD[:2] + BAD[4:5])  # the ones validation finds
def test_a_file_that_fails_validation_is_read_again_with_positions(tmp_path, which, old, new):
    from scoring.actuals import load_actuals
    from scoring.table.load import load_targets

    path = tmp_path / "f.yaml"
    path.write_bytes((MINI_TARGETS if which == "targets" else MINI_ANNUAL).read_bytes())
    edit(path, old, new)
    load = load_targets if which == "targets" else load_actuals
    with pytest.raises(ScoringError) as careful:
        load(path)
    with pytest.raises(ScoringError) as e, yamlio.without_positions():
        load(path)
    assert e.value.problems == careful.value.problems and e.value.problems[0].line


def test_a_unit_read_without_positions_scores_as_with_them():
    from scoring.actuals import load_actuals
    from scoring.evaluate import evaluate
    from scoring.render import json_report
    from scoring.rulebook.load import load_rules
    from scoring.table.load import load_targets

    book = load_rules(RULES)

    def report() -> str:
        table = load_targets(MINI_TARGETS)
        return json_report.render(evaluate(table, load_actuals(MINI_ANNUAL, table), book, "annual", engine="python"))

    with yamlio.without_positions():
        fast = report()
    assert fast == report()


@pytest.mark.parametrize("text", [
    "a: yes\nb: 017\nc: 1:20\nd: on\ne: 0o17\nf: 2025-06-30\ng: .5\nh: ~\n",  # YAML 1.2 as ruamel reads it
    "%YAML 1.1\n---\na: yes\nb: 017\n",
    "a: &x [1, {b: 2}]\nc: *x\n",
])
def test_the_composer_made_once_reads_as_ruamels_safe_loader_does(text):
    import io

    from ruamel.yaml import YAML

    node = YAML(typ="safe").compose(io.StringIO(text))
    assert yamlio.parse_yaml(text, "f.yaml").data == yamlio._build(node, (), "f.yaml", None, None, yamlio._Budget())
