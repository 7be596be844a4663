"""`scoring check` on a few hundred rules that pick indicators by name or project: the same findings as
on a few, found from the rules' own values rather than every combination of every name."""
from __future__ import annotations

import re

from helpers import copy_rules
from scoring.audit.lint import lint_rules


def _rule(i: int, when: str, priority: int = 5) -> list[str]:
    return [f"  - id: pick-{i}", f"    title: 第 {i} 条", f"    when: {when}", f"    priority: {priority}",
            "    method: full", "    explain: 满分"]


def test_many_name_rules_are_clean_and_a_tie_between_a_name_and_a_project_is_found(tmp_path):
    rules = copy_rules(tmp_path)
    lines = ["title: 按名称", "rules:"]
    for i in range(300):
        lines += _rule(i, f"{{name: 指标{i}}}")
    (rules / "names.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [p for p in lint_rules(rules) if p.severity == "error"] == []
    # one indicator may be named 指标7 and belong to 项目甲: two rules of one priority would tie on it
    lines += _rule(300, "{project: 项目甲}")
    (rules / "names.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = [p for p in lint_rules(rules) if p.severity == "error"]
    assert errors and {p.code for p in errors} == {"lint.tie"} and all("pick-300" in p.en for p in errors)
    assert any("pick-7 " in p.en or "pick-7（" in p.zh for p in errors)


def test_a_name_rule_under_a_higher_priority_project_rule_can_still_win(tmp_path):
    rules = copy_rules(tmp_path)
    lines = ["title: 按名称", "rules:"] + _rule(1, "{name: 指标1}") + _rule(2, "{project: 项目甲}", priority=9)
    (rules / "names.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [p for p in lint_rules(rules) if "pick-1" in p.en] == []


def _bands(rules, extra: list[str]) -> None:
    """300 rules, one per band of targets [i, i+1) for i = 1..300, all at priority 20, and `extra` after them."""
    lines = ["title: 按目标值分档", "rules:"]
    for i in range(1, 301):
        lines += _rule(i, f"{{target: {{gte: {i}, lt: {i + 1}}}, has_actual: true}}", priority=20)
    (rules / "bands.yaml").write_text("\n".join(lines + extra) + "\n", encoding="utf-8")


def test_among_hundreds_of_threshold_rules_an_overlap_a_shadowed_and_a_dead_rule_are_found(tmp_path):
    rules = copy_rules(tmp_path)
    _bands(rules, [])
    assert lint_rules(rules) == []  # the bands meet but never overlap
    _bands(rules, _rule(901, "{target: {gte: 150.5, lt: 151.5}, has_actual: true}", priority=20)
           + _rule(902, "{target: {gte: 200.25, lt: 200.75}, has_actual: true}", priority=15)
           + _rule(903, "{target: {gt: 7, lt: 7}}", priority=20))
    found = {(p.code, p.severity, tuple(re.findall(r"pick-\d+", p.en))) for p in lint_rules(rules)}
    assert found == {
        ("lint.tie", "error", ("pick-901", "pick-150")), ("lint.tie", "error", ("pick-901", "pick-151")),  # 150.5…151.5
        ("lint.never_wins_under", "warning", ("pick-902", "pick-200")),  # inside band 200, below its priority
        ("lint.never_matches", "warning", ("pick-903",)),  # no target is both above and below 7
    }


def test_a_tie_among_many_thresholds_names_the_first_few_and_counts_the_rest(tmp_path):
    rules = copy_rules(tmp_path)
    lines = ["title: 阈值", "rules:"]
    for i in range(1, 31):  # above 29 every one holds: 30 rules at one priority tie there
        lines += _rule(i, f"{{target: {{gt: {i}}}}}", priority=50)
    (rules / "above.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ties = {p.line: p for p in lint_rules(rules) if p.code == "lint.tie"}
    assert len(ties) == 29  # one at each rule, with every rule above a lower threshold
    last = ties[max(ties)]
    assert re.findall(r"pick-\d+", last.en) == [f"pick-{i}" for i in (30, *range(1, 9))]
    assert "pick-8 (" in last.en and ", 21 more rules share priority 50" in last.en
    assert "、另 21 条规则 优先级同为 50" in last.zh
