"""Every mistake in a rule file is a located error at load time, never a traceback or a crash while scoring."""
from __future__ import annotations

import pytest

from helpers import copy_rules, edit, score
from scoring.cli import main
from scoring.errors import ScoringError
from scoring.rulebook.load import load_rules

EXPLAIN = 'zh: "实际 {actual_text} 超过上限 {target_text}：{formula}，得 {points}"'


@pytest.mark.parametrize("template", [
    "{points:>200000000}",  # 21 GB
    "{target:.100000000f}",  # a 2.2 GB report
    "{points:{name.__class__}}",  # passed check, then crashed every command at scoring time
    "{name.__class__}",
    "{name[0]}",
    "{name!r}",
    "{target:.2f}",  # fails on an indicator without a numeric target
])
def test_an_explanation_template_is_a_field_name_with_at_most_a_width(tmp_path, template):
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", EXPLAIN, f'zh: "{template}"')
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    assert [p.code for p in e.value.problems] == ["rulefile.template_field"]
    assert e.value.problems[0].file.endswith("upper_bound.yaml") and e.value.problems[0].line == 35


def test_a_width_is_allowed(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", EXPLAIN, 'zh: "得 {points:>8}|{name:<3}"')
    card = score(rules=rules)
    assert any(i.explanation.zh.startswith("得 ") and "|" in i.explanation.zh for i in card.indicators)


@pytest.mark.parametrize("method,says", [
    ("bands", "missing required key 'bands'"),
    ("outcome_bands", "missing required key '达成'"),
    ("deduction", "give exactly one of points"),
    ("{bands: 5}", "expected a mapping"),
    ("{ratio: {cap: [1]}}", "is not a share"),
    ("{deduction: {per: 1, points: abc}}", "expected a number"),
    ("{bands: {bands: [{upto: 1, share: 2}], otherwise: 1}}", "must be between 0 and 1"),
])
def test_a_method_without_or_with_wrong_parameters_is_located(tmp_path, capsys, method, says):
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", "\n    method: inverse_ratio", f"\n    method: {method}")
    assert main(["check", str(rules), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "upper_bound.yaml:33:" in err and says in err and "Traceback" not in err
