"""Malformed rule and actuals files: one clear located message each, exit status 2, no traceback."""
import json

import pytest

from helpers import MINI_ANNUAL, MINI_TARGETS, ROOT, copy_rules, edit, run_cli


def run(*args):
    return run_cli(args, cwd=ROOT)


def evaluate(rules=None, actuals=MINI_ANNUAL, lang="zh"):
    args = ["evaluate", MINI_TARGETS, "--actuals", actuals, "--format", "json", "--out", "-", "--lang", lang, "--engine", "python"]
    if rules:
        args += ["--rules", rules]
    return run(*args)


@pytest.mark.parametrize("old,new,where,words", [
    ("\n    method: inverse_ratio", "\n    method: magic", "upper_bound.yaml:33:13", "unknown scoring method 'magic'"),
    ("    priority: 10\n    method: full\n    explain:\n      zh: \"实际",
     "    priority: high\n    method: full\n    explain:\n      zh: \"实际", "upper_bound.yaml:19:15", "expected a whole number"),
    ("      target: {gt: 0}\n      has_actual: true\n      any:",
     "      target: {gt: 0}\n      colour: red\n      any:", "upper_bound.yaml:15:7", "unknown condition field 'colour'"),
    ("actual: {lte: target}", "actual: {lte: 预算}", "upper_bound.yaml:17:35", "compare it with a number or another numeric field"),
    ("zh: \"实际 {actual_text}，未超过", "zh: \"实际 {actul}，未超过", "upper_bound.yaml:22:11", "unknown field '{actul}'"),
    # a value outside a field's closed list could never match: a typo, not a rule that quietly does nothing
    ("when:\n      form: number", "when:\n      form: numbr", "upper_bound.yaml:13:13", "'form' has no value 'numbr'"),
    ('{op: "≤", actual: {lte: target}}', '{op: "==", actual: {lte: target}}', "upper_bound.yaml:17:16", "'op' has no value '=='"),
])
def test_a_malformed_rule_file_is_located(tmp_path, old, new, where, words):
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", old, new)
    r = evaluate(rules, lang="en")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert where in r.stderr and words in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_overlapping_rules_at_one_priority_exit_2_naming_both(tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "satisfaction.yaml").write_text(
        "title: 满意度\nrules:\n  - id: satisfaction-full\n    title: 满意度一律满分\n"
        "    when: {name: 满意率}\n    priority: 10\n    method: full\n    explain: 满分\n", encoding="utf-8")
    r = evaluate(rules)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "lower_bound.yaml:9" in r.stderr and "satisfaction.yaml:3" in r.stderr and "S01" in r.stderr


@pytest.mark.parametrize("old,new,where,words", [
    ("P03: 110%", "P03: 110件", "mini.annual.yaml:8:", "differs from the target's '%'"),
    ("P03: 110%", "P03: abc%", "mini.annual.yaml:8:", "the actual 'abc%' must be a number"),
    ("P03: 110%", "P03: {actual: 110%, note: x}", "mini.annual.yaml:8:", "unknown key 'note'"),
    ("P03: 110%", "P99: 110%", "mini.annual.yaml:8:", "'P99' is not in the target table"),
    ("S01: 99.5%", "满意度: 99.5%", "mini.annual.yaml:11:", "'满意度' is not in the target table; did you mean: S01 满意率"),
    # a word outside the vocabulary: the clerk is told which words fit this target, not to edit the rules
    ("D01: 基本健全", "D01: 尚可", "mini.annual.yaml:5:",
     "write 达成 / 部分达成 / 未达成, or 健全 (达成), 基本健全 (部分达成), 不健全 (未达成) (new words are added"),
    ("P03: 110%", "P03: 110%\n  预算执行率: 100%", "mini.annual.yaml:9:", "indicator P02 is given twice (also as 'P02' at line 7, column 8)"),
    ("period: annual", "period: yearly", "mini.annual.yaml:3:9", "invalid value 'yearly'"),
    ("P03: 110%", "P03: 110%\n  P03: 120%", "mini.annual.yaml:9:3", "duplicate key 'P03'"),
    # 99.5% written as a fraction would be scored as 0.995% and lose nearly all the points
    ("S01: 99.5%", "S01: 0.995", "mini.annual.yaml:11:", "for 99.5% write '99.5%'"),
    ("F01: {actual: 980人,", "F01: {actual: 1,980人,", "mini.annual.yaml:10:", "a comma inside {…} splits the number"),
])
def test_a_malformed_actuals_file_is_located(tmp_path, old, new, where, words):
    actuals = tmp_path / "mini.annual.yaml"
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    r = evaluate(actuals=actuals, lang="en")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert where in r.stderr and words in r.stderr, r.stderr


@pytest.mark.parametrize("old,written,row,points", [
    ("S01: 99.5%", "99.5", "S01", "10.00"),   # no sign, not a fraction: read as 99.5%
    ("S01: 99.5%", "0.995%", "S01", "0.10"),  # the % written out: taken at its word
    ("P03: 110%", "0.5", "P03", "5.00"),      # against ≤100%, a small rate is a good result, not a slip
])
def test_a_percentage_that_is_not_a_fraction_slip_is_scored(tmp_path, old, written, row, points):
    actuals = tmp_path / "mini.annual.yaml"
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace(old, f"{row}: {written}"), encoding="utf-8")
    r = evaluate(actuals=actuals)
    assert r.returncode == 0, r.stderr
    scored = next(i for i in json.loads(r.stdout)["indicators"] if i["id"] == row)
    assert f"{scored['points']:.2f}" == points


def test_messages_are_chinese_by_default(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", "\n    method: inverse_ratio", "\n    method: magic")
    r = evaluate(rules)
    assert "未知的计分方法「magic」" in r.stderr and "错误" in r.stderr


def test_the_files_given_the_wrong_way_round_are_named_as_such():
    swapped = run("evaluate", MINI_ANNUAL, "--actuals", MINI_TARGETS, "--lang", "en", "--engine", "python")
    assert swapped.returncode == 2 and "Traceback" not in swapped.stderr
    assert swapped.stderr.splitlines() == [f"{MINI_ANNUAL.relative_to(ROOT)}:1:1: error: this is an actuals file "
                                           "(it has a period, and indicators keyed by id), not a target table: give it as the "
                                           "actuals (--actuals)"]
    as_actuals = run("evaluate", MINI_TARGETS, "--actuals", MINI_TARGETS, "--lang", "en", "--engine", "python")
    assert as_actuals.returncode == 2 and "this is a target table" in as_actuals.stderr
    assert len(as_actuals.stderr.splitlines()) == 1


def test_an_empty_value_is_in_the_closed_lists_because_facts_carry_it(tmp_path):
    # a word target has no operator, a count may have no unit, a number has no outcome: all ""
    from scoring.rulebook.load import load_rules

    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", "when:\n      form: number", 'when:\n      form: number\n      unit: {not_in: ["", 万元]}\n      outcome: ""')
    assert load_rules(rules).rules


def test_a_row_with_no_target_takes_an_assessment_not_a_number(tmp_path):
    targets = tmp_path / "t.yaml"
    targets.write_text(MINI_TARGETS.read_text(encoding="utf-8").replace(
        'name: 满意率, half_year: "≥99%", annual: "≥99%"', 'name: 满意率, half_year: "/", annual: "/"'), encoding="utf-8")
    actuals = tmp_path / "a.yaml"
    for written, ok in (("99.5%", False), ("部分达成", True)):
        actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace("S01: 99.5%", f"S01: {written}"), encoding="utf-8")
        r = run("evaluate", targets, "--actuals", actuals, "--format", "json", "--out", "-", "--engine", "python", "--lang", "en")
        if ok:
            s01 = next(i for i in json.loads(r.stdout)["indicators"] if i["id"] == "S01")
            assert (s01["rule"]["id"], s01["status"]) == ("qualitative-outcome", "partial")
        else:
            assert r.returncode == 2 and r.stderr.splitlines() == [
                f"{actuals}:11:8: error: an indicator with no target's actual must be a word or 达成 / 部分达成 / 未达成, not '99.5%'"]


def test_explain_reports_a_method_that_cannot_score_at_its_rule(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "qualitative.yaml", "      outcome_bands:\n        达成: {low: 80, high: 100, default: 100}\n"
         "        部分达成: {low: 60, high: 80, default: 70}\n        未达成: {low: 0, high: 60, default: 0}", "      ratio: {cap: 1}")
    r = run("explain", "D01", MINI_TARGETS, "--actuals", MINI_ANNUAL, "--rules", rules, "--lang", "en")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "qualitative.yaml:11:5: error: rule qualitative-outcome cannot score indicator D01" in r.stderr


def test_a_stray_space_in_the_unit_name_is_the_same_unit(tmp_path):
    actuals = tmp_path / "a.yaml"
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace("unit: 测试单位", "unit: 测试 单位"), encoding="utf-8")
    assert evaluate(actuals=actuals).returncode == 0
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace("unit: 测试单位", "unit: 测验单位"), encoding="utf-8")
    assert "the actuals are for '测验单位', the table for '测试单位'" in evaluate(actuals=actuals, lang="en").stderr


def test_a_rule_file_given_to_check_is_named_as_such():
    """An auditor checking one rule file was told of a target table's missing year, unit and indicators."""
    from helpers import run_cli

    for name in ("lower_bound.yaml", "weights.yaml", "monitoring.yaml"):
        done = run_cli(["check", ROOT / "rules" / name, "--lang", "en"], cwd=ROOT)
        assert done.returncode == 2
        assert done.stderr.splitlines() == [f"rules/{name}:1:1: error: this is a rule file, not a target table: rule "
                                         "files are checked as a whole folder, give its folder"]
