"""Rule-book and rule-test mistakes an auditor makes that were once taken in silence or crashed: each is now a
located error (exit 2) when the rules or the cases are loaded."""
from __future__ import annotations

import json
import re

import pytest

from helpers import ROOT, copy_rules, run_cli
from scoring.errors import ScoringError
from scoring.flags import FLAG_CODES
from scoring.rulebook.load import load_rules


def _edit(rules, name, old, new):
    path = rules / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _codes(rules) -> list[str]:
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    return [p.code for p in e.value.problems]


def test_a_rule_file_named_yml_is_an_error_not_left_out(tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "upper_bound.yaml").rename(rules / "upper_bound.yml")
    assert _codes(rules) == ["rulefile.not_yaml_suffix"]
    result = run_cli(["check", str(rules), "--lang", "en"])
    assert result.returncode == 2 and "rename it upper_bound.yaml" in result.stderr


@pytest.mark.parametrize("method, code", [
    ("{deduction: {per: 1, points: -0.5}}", "methods.deduction_positive"),
    ("{deduction: {per: 1, share: 0}}", "methods.deduction_positive"),
    ("{ratio: {of: ratio}}", "methods.ratio_against_target"),
    ("{linear_decline: {of: ratio}}", "methods.ratio_against_target"),
    ("{bands: {bands: [], otherwise: 0.6}}", "methods.bands_empty"),
])
def test_a_method_that_would_score_wrongly_is_refused(tmp_path, method, code):
    rules = copy_rules(tmp_path)
    _edit(rules, "upper_bound.yaml", "method: inverse_ratio", f"method: {method}")
    assert _codes(rules) == [code]


def test_bands_of_the_completion_rate_are_still_allowed(tmp_path):
    rules = copy_rules(tmp_path)
    _edit(rules, "upper_bound.yaml", "method: inverse_ratio", "method: {bands: {of: ratio, bands: [{upto: 110, share: 1}], otherwise: 0}}")
    load_rules(rules)


CASE = """cases:
  - title: mistakes
    target: {target}
    actual: 90%
{extra}    expect: {{rule: lower-bound-ratio, points: 9, status: partial{expect}}}
"""


@pytest.mark.parametrize("target, extra, expect, code", [
    ("等于100%", "", "", "table.unreadable_value"),
    ("≥1,000,000,000,000,000人", "", "", "limits.number_too_long"),
    ("≥100%", "    weight: -5\n", "", "table.negative_points"),
    ("≥100%", "", ", flags: [no_reasn]", "cases.unknown_flag"),
    ("≥100%", "    annual: ≥100%\n", "", "cases.annual_h1_only"),
    ("≥100%", "", ", monitor: green", "cases.monitor_h1_only"),
])
def test_a_case_that_could_not_test_what_it_says_is_a_located_error(tmp_path, target, extra, expect, code):
    rules = copy_rules(tmp_path)
    cases = rules / "tests"
    cases.mkdir()
    (cases / "mine.yaml").write_text(CASE.format(target=target, extra=extra, expect=expect), encoding="utf-8")
    from scoring.audit.cases import run_tests

    with pytest.raises(ScoringError) as e:
        run_tests(rules)
    assert [p.code for p in e.value.problems] == [code]
    assert e.value.problems[0].line is not None
    assert run_cli(["rules", "test", str(rules)]).returncode == 2  # no traceback: the message and exit 2


def test_the_flag_codes_are_those_the_rules_readme_lists_and_those_reports_show():
    readme = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"`flags` .*?：([a-z_0-9、]+)；", readme).group(1).split("、")
    assert sorted(listed) == sorted(FLAG_CODES)
    shown = {f["code"] for p in (ROOT / "reports").rglob("*.json") for row in json.loads(p.read_text(encoding="utf-8"))["indicators"]
             for f in row["flags"]}
    assert shown and shown <= FLAG_CODES


def test_an_unknown_key_names_the_keys_of_its_place_and_the_one_it_most_likely_means(tmp_path):
    rules = copy_rules(tmp_path)
    _edit(rules, "lower_bound.yaml", "    priority: 10\n", "    prority: 10\n")
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    [p] = e.value.problems
    assert p.code == "input.unknown_key"
    assert p.en == ("unknown key 'prority': did you mean 'priority'? The keys here: id, title, when, priority, method, "
                    "explain, over_achievement, hand_tolerance, monitor")
    actuals = tmp_path / "a.yaml"
    written = (ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml").read_text(encoding="utf-8")
    actuals.write_text(written.replace("evidence: 2025年度工作计划", "evidnce: 2025年度工作计划"), encoding="utf-8")
    result = run_cli(["evaluate", "--actuals", str(actuals), "--lang", "en"], cwd=ROOT)
    assert result.returncode == 2
    assert "unknown key 'evidnce': did you mean 'evidence'? The keys here: actual, points, evidence, reason, measure" in result.stderr


def test_a_rule_that_cannot_score_the_rows_it_wins_is_one_error_naming_them_and_the_actual_tried(tmp_path):
    rules = copy_rules(tmp_path)
    _edit(rules, "qualitative.yaml", "    method:\n      outcome_bands:\n        达成: {low: 80, high: 100, default: 100}\n"
          "        部分达成: {low: 60, high: 80, default: 70}\n        未达成: {low: 0, high: 60, default: 0}",
          "    method: {ratio: {cap: 1}}")
    from scoring.audit.lint import lint_rules

    found = [p for p in lint_rules(rules, ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml")
             if p.code == "lint.cannot_score"]
    assert len(found) == 1  # one per rule and reason, not one per row
    assert found[0].en.startswith("rule qualitative-outcome wins but cannot score 22 indicators: D01 '中长期规划制定健全性', ")
    assert "14 more (e.g. with the annual actual 达成, a value the check tries): no value for actual" in found[0].en


def test_an_outcome_band_with_low_equal_to_high_is_a_fixed_share(tmp_path):
    """部分达成 = 60 % whatever the assessor gives, as some regions score it."""
    from decimal import Decimal

    from scoring.audit.single import one_indicator, score_single

    rules = copy_rules(tmp_path)
    _edit(rules, "qualitative.yaml", "部分达成: {low: 60, high: 80, default: 70}", "部分达成: {low: 60, high: 60, default: 60}")
    book = load_rules(rules)
    for points, flagged in ((None, False), (Decimal(6), False), (Decimal("7.5"), True)):
        table, actuals = one_indicator("制度健全性", "健全", actual="基本健全", points=points)
        row = score_single(table, actuals, book, Decimal(10), "annual").row
        assert row.points == Decimal("6.00") and row.status == "partial"
        assert ("points_out_of_band" in [f.code for f in row.flags]) is flagged
    _edit(rules, "qualitative.yaml", "部分达成: {low: 60, high: 60, default: 60}", "部分达成: {low: 60, high: 60, default: 70}")
    assert _codes(rules) == ["methods.outcome_band_order"]  # the default must be that one share


def test_a_rule_no_case_expects_is_uncovered_even_when_it_wins_cases_meant_for_another(tmp_path):
    from scoring.audit.cases import run_tests

    import shutil

    rules = copy_rules(tmp_path)
    shutil.copytree(ROOT / "rules" / "tests", rules / "tests")
    (rules / "everything_full.yaml").write_text(  # wins every numeric case at a priority above the others
        "title: 全部满分\nrules:\n  - id: all-full\n    title: 数值指标一律满分\n    when: {form: number}\n"
        "    priority: 300\n    method: full\n    explain: 满分\n", encoding="utf-8")
    run = run_tests(rules)
    uncovered = [r.id for r in run.uncovered]
    assert "all-full" in uncovered and "lower-bound-ratio" not in uncovered
    assert run.failed > 0  # the cases that expect lower-bound-ratio say what won them instead
