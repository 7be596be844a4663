"""YAML mistakes an auditor or a clerk types with a Chinese input method, each said where it stands, with what
was typed and what to type instead, exit 2: in a rule file (`scoring check DIR`), and where the same reader
reads a target table or actuals."""
from __future__ import annotations

import pytest

from helpers import MINI_ANNUAL, copy_rules, edit, run_cli, score
from scoring.errors import ScoringError
from scoring.yamlio import parse_yaml


def _check(tmp_path, file, old, new):
    """`scoring check` of the bundled rules with one edit: (exit status, Chinese errors, English errors)."""
    rules = copy_rules(tmp_path)
    edit(rules / file, old, new)
    zh = run_cli(["check", str(rules)])
    en = run_cli(["check", str(rules), "--lang", "en"])
    assert zh.returncode == en.returncode
    return zh.returncode, zh.stderr, en.stderr


def _problem(source):
    """The one problem reading `source` as YAML gives."""
    with pytest.raises(ScoringError) as e:
        parse_yaml(source, "f.yaml")
    (problem,) = e.value.problems
    return problem


# -- 1. a full-width colon inside a flow mapping --------------------------------------------------------------

def test_a_full_width_colon_in_a_flow_mapping_is_said_at_the_colon(tmp_path):
    # was: 17:30 未知的比较运算「lte：target」, at the brace
    status, zh, en = _check(tmp_path, "upper_bound.yaml", "{lte: target}", "{lte：target}")
    assert status == 2
    assert "upper_bound.yaml:17:33: 错误: 「lte：target」中的冒号是全角「：」" in zh and "写作「lte: target」" in zh
    assert "upper_bound.yaml:17:33: error: the colon in 'lte：target' is the full-width '：'" in en
    assert "'lte: target'" in en and "unknown operator" not in en


@pytest.mark.parametrize("source, column, meant", [
    ("a: {lte： target}", 8, "lte: target"),
    ('a: {op："≤", b: 1}', 7, 'op: "≤"'),
    ("P02: {actual：100%}", 13, "actual: 100%"),  # an actuals entry: was "unknown key 'actual：100%'"
])
def test_each_flow_entry_read_as_one_key_says_the_entry_meant(source, column, meant):
    problem = _problem(source)
    assert (problem.code, problem.line, problem.column) == ("input.wide_colon_in_flow", 1, column)
    assert f"「{meant}」" in problem.zh


def test_a_full_width_colon_before_a_flow_value_is_said_at_the_colon():
    # the parser complains at the brace after it
    problem = _problem("a: {b: 1, actual：{lte: target}}")
    assert (problem.code, problem.line, problem.column) == ("input.syntax.wide_colon", 1, 17)


def test_a_full_width_colon_in_a_flow_value_or_list_is_text(tmp_path):
    assert parse_yaml("a: {reason: 原因：说明}\nb: [x：y]\n", "f.yaml").data == {
        "a": {"reason": "原因：说明"}, "b": ["x：y"]}
    actuals = tmp_path / "a.yaml"
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace(
        "reason: 自然减员", "reason: 原因：自然减员"), encoding="utf-8")
    assert score(actuals=actuals).total is not None
