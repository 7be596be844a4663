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


@pytest.mark.parametrize("old,new,line,code", [
    # -5 gave "the lowest grade must have min 0 so every total has a grade", which it had: say what is wrong, there
    ("en: poor, min: 0}", "en: poor, min: -5}", 6, "rulefile.grade_min_negative"),
    ("en: good, min: 80}", "en: good, min: -80}", 4, "rulefile.grade_min_negative"),
    ("en: poor, min: 0}", "en: poor, min: 5}", 6, "rulefile.lowest_grade_min"),  # at the min, not at `grades:`
    ("en: good, min: 80}", "en: good, min: 95}", 4, "rulefile.grades_order"),
])
def test_a_grade_min_that_is_wrong_says_what_and_where(tmp_path, old, new, line, code):
    rules = copy_rules(tmp_path)
    edit(rules / "grades.yaml", old, new)
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    [problem] = e.value.problems
    assert (problem.code, problem.file.endswith("grades.yaml"), problem.line) == (code, True, line)


def test_a_negative_grade_min_names_the_grade_and_what_is_expected(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "grades.yaml", "en: poor, min: 0}", "en: poor, min: -5}")
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    assert e.value.problems[0].zh == "等级「差」的 min 为 -5：总分不会低于 0，min 不能为负（最低等级的 min 应为 0）"
    assert e.value.render("en").endswith("grades.yaml:6:31: error: grade 差 has min -5: no total is below 0, so min "
                                         "cannot be negative (the lowest grade's min must be 0)")


def _codes(rules) -> list[str]:
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    return [p.code for p in e.value.problems]


def test_a_rules_directory_that_is_not_one_says_which_way(tmp_path):
    assert _codes(tmp_path / "nowhere") == ["rulefile.no_directory"]
    assert _codes(tmp_path) == ["rulefile.missing_file"] * 5  # the five settings files
    rules = copy_rules(tmp_path)
    for rule_file in rules.glob("*.yaml"):
        if rule_file.name not in ("weights.yaml", "grades.yaml", "vocabulary.yaml", "monitoring.yaml",
                                  "bare_targets.yaml", "plausibility.yaml"):
            rule_file.unlink()
    assert _codes(rules) == ["rulefile.no_rules"]
    (rules / "empty.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert _codes(rules) == ["input.empty_file"]


@pytest.mark.parametrize("old,new,code", [
    ("\n    method: inverse_ratio", "\n    method: magic", "rulefile.unknown_method"),
    ("\n    method: inverse_ratio", "\n    method: {ratio: {}, full: {}}", "rulefile.method_shape"),
    ("id: upper-bound-over", "id: Upper-Bound-Over", "rulefile.bad_rule_id"),
    ("id: upper-bound-over", "id: upper-bound-met", "rulefile.duplicate_id"),
    (EXPLAIN, 'zh: "{actul}"', "rulefile.template_unknown_field"),
    (EXPLAIN, 'zh: "{points"', "rulefile.template_malformed"),
])
def test_each_mistake_in_a_rule_has_its_code(tmp_path, old, new, code):
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", old, new)
    assert _codes(rules) == [code]


def test_an_unquoted_operator_that_yaml_reads_as_text_is_told_to_be_quoted(tmp_path):
    """`op: >=` gave the parser's 'did not find expected comment or line break'; `=` was already explained."""
    rules = copy_rules(tmp_path)
    edit(rules / "bare_targets.yaml", '    op: "≤"', "    op: >=")
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    (problem,) = e.value.problems
    assert (problem.code, problem.line, problem.column) == ("input.syntax.block_scalar", 9, 9)
    assert "「>」开始一段多行文本" in problem.zh and "请加引号" in problem.zh


@pytest.mark.parametrize("file, old, new, code, meant", [
    ("bare_targets.yaml", '    op: "≤"', "    op: <=", "input.invalid_choice_spelled", "≤"),
    ("lower_bound.yaml", '      op: ["≥", ">", "="]', '      op: [">=", ">", "="]', "rulefile.when_value_spelled", "≥"),
])
def test_an_operator_typed_as_two_characters_is_told_its_symbol(tmp_path, file, old, new, code, meant):
    rules = copy_rules(tmp_path)
    edit(rules / file, old, new)
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    (problem,) = e.value.problems
    assert problem.code == code and f"请写作「{meant}」" in problem.zh and f"write '{meant}'" in problem.en


def test_the_list_of_allowed_values_shows_the_empty_one_as_written(tmp_path):
    """It ended in a dangling 、 (the empty operator)."""
    rules = copy_rules(tmp_path)
    edit(rules / "lower_bound.yaml", '      op: ["≥", ">", "="]', '      op: ["~", ">", "="]')
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    (problem,) = e.value.problems
    assert problem.zh.endswith("可用：=、≥、≤、>、<、\"\"") and problem.en.endswith('known: =, ≥, ≤, >, <, ""')
