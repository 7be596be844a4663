"""YAML mistakes an auditor or a clerk types with a Chinese input method, each said where it stands, with what
was typed and what to type instead, exit 2: in a rule file (`scoring check DIR`), and where the same reader
reads a target table or actuals."""
from __future__ import annotations

import pytest

from helpers import MINI_ANNUAL, check_edited_rules as _check, copy_rules, edit, run_cli, score
from scoring.errors import ScoringError
from scoring.yamlio import parse_yaml


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


# -- 2. a full-width space (and the like) in the indentation ------------------------------------------------

def test_a_line_indented_with_a_full_width_space_is_said_there(tmp_path):
    # was: 20:11 此处不能出现「键: 值」…, at the next line, and no word of the full-width space
    status, zh, en = _check(tmp_path, "upper_bound.yaml", "    priority: 10", "\u3000   priority: 10")
    assert status == 2
    assert "upper_bound.yaml:19:1: 错误: YAML 语法错误：这里是一个全角空格（U+3000），YAML 不把它当作空格：请改成半角空格" in zh
    assert "upper_bound.yaml:19:1: error: YAML syntax error: there is a full-width space (U+3000) here" in en


@pytest.mark.parametrize("old, new, at, says", [
    # read as keys: was 未知的条件字段「 has_actual」, 未知的比较运算「​lte」 (the character invisible in both)
    ("      has_actual: true", "      \u00a0has_actual: true", "15:7", "这里是一个不换行空格（U+00A0）"),
    ("{lte: target}", "{\u200blte: target}", "17:30", "这里有一个看不见的零宽空格（U+200B），YAML 把它当作文字：请删除它"),
    ("\n    method: inverse_ratio", "\n    method:\n      \u3000inverse_ratio: {}", "34:7", "全角空格（U+3000）"),
    ("\n    priority: 10", "\n    \u3000priority: 10", "19:5", "全角空格（U+3000）"),  # an unknown key of a rule
    ("\n    priority: 10", "\n\ufeff    priority: 10", "19:1", "字节顺序标记 BOM（U+FEFF）"),
])
def test_each_invisible_character_in_a_rule_file_is_said_where_it_stands(tmp_path, old, new, at, says):
    status, zh, en = _check(tmp_path, "upper_bound.yaml", old, new)
    assert status == 2 and f"upper_bound.yaml:{at}: 错误: " in zh and says in zh, zh
    assert zh.count("错误: ") == 1 and f"upper_bound.yaml:{at}: error: " in en


@pytest.mark.parametrize("source, line, column, char", [
    ("a:\n  b: 1\n\u00a0\u00a0c: 2\n  d: 3\n", 3, 1, "U+00A0"),
    ("- a: 1\n\u3000 b: 2\n", 2, 1, "U+3000"),  # the parser complains at the line
    ("a:\n  - x\n\u3000 - y\n", 3, 1, "U+3000"),  # the parser complains at the end of the file
    ("a:\n  b: 1\n   \u3000c: 2\n  d: 3\n", 3, 4, "U+3000"),
    ("a:\n  b: 1\n\u200b c: 2\n  d: 3\n", 3, 1, "U+200B"),
])
def test_an_invisible_character_in_the_indentation_is_said_before_the_parser_complains(source, line, column, char):
    problem = _problem(source)
    assert (problem.line, problem.column) == (line, column) and char in problem.en


def test_an_actuals_line_indented_with_a_full_width_space_is_said_there(tmp_path):
    actuals = tmp_path / "a.yaml"
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace("  P01: 3.2%", "\u3000 P01: 3.2%"),
                       encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        score(actuals=actuals)
    (problem,) = e.value.problems
    assert (problem.line, problem.column, problem.code) == (6, 1, "input.invisible_space")
    assert "全角空格（U+3000）" in problem.zh


# -- 3. no space after a colon ----------------------------------------------------------------------------

@pytest.mark.parametrize("file, old, new, at, typed, meant", [
    # was: 20:5 缺少冒号：应写成「键: 值」（可能在上一行）, at the next line
    ("upper_bound.yaml", "    priority: 10", "    priority:10", "19:13", "priority:10", "priority: 10"),
    ("zero_target.yaml", "      name: 预算调整率", "      name:预算调整率", "29:11", "name:预算调整率", "name: 预算调整率"),
    # was: found unexpected ':'（解析器原文）
    ("upper_bound.yaml", "{lte: target}", "{lte:target}", "17:33", "lte:target", "lte: target"),
])
def test_a_colon_without_a_space_after_it_is_said_at_the_colon(tmp_path, file, old, new, at, typed, meant):
    status, zh, en = _check(tmp_path, file, old, new)
    assert status == 2
    assert f"{file}:{at}: 错误: YAML 语法错误：「{typed}」的冒号后没有空格" in zh and f"写作「{meant}」" in zh, zh
    assert f"{file}:{at}: error: YAML syntax error: '{typed}' has no space after its colon" in en
    assert f"'{meant}'" in en


@pytest.mark.parametrize("old, new, at", [
    # read as text where a mapping is meant: was 应为映射（键: 值），而这里是「form:number」, 条件应为映射
    ("    when:\n      form: number\n      target: {gt: 0}\n      has_actual: true\n      any:\n"
     "        - {op: \"≤\", actual: {lte: target}}\n        - {op: \"<\", actual: {lt: target}}\n",
     "    when:\n      form:number\n", "13:11"),
    ("- {op: \"≤\", actual: {lte: target}}", "- op:≤", "17:13"),
])
def test_a_condition_read_as_text_for_want_of_a_space_is_said_at_the_colon(tmp_path, old, new, at):
    status, zh, en = _check(tmp_path, "upper_bound.yaml", old, new)
    assert status == 2 and f"upper_bound.yaml:{at}: 错误: 「" in zh and "的冒号后没有空格" in zh, zh
    assert zh.count("错误: ") == 1


@pytest.mark.parametrize("source", [
    "a:\n  c: 1\n  b: http://x\n",  # an address
    "a: {reason: 原因：说明}\n",  # a value with a full-width colon in it
    "a: '12:30'\n",
])
def test_a_colon_inside_a_value_is_text(source):
    assert parse_yaml(source, "f.yaml").data


def test_a_full_width_space_after_a_colon_is_said_as_such():
    problem = _problem("a:\n  b: 1\n  priority:\u300020\n  d: 3\n")
    assert (problem.line, problem.column, problem.code) == (3, 12, "input.invisible_space")


def test_a_colon_in_a_flow_value_is_told_to_be_quoted():
    # was: found unexpected ':'（解析器原文）
    problem = _problem("a: {reason: 原因:说明}\n")
    assert (problem.line, problem.column, problem.code) == (1, 15, "input.syntax.quote_colon")
    assert '"原因:说明"' in problem.zh


# -- 4. a full-width comma in a rule's list ---------------------------------------------------------------

@pytest.mark.parametrize("file, old, new, at, value, meant", [
    # was: no word at all (0 errors): the rule never scored 预算执行率 again
    ("budget_execution.yaml", "[预算执行率, 资金执行率]", "[预算执行率，资金执行率]", "12:19", "预算执行率，资金执行率",
     "[预算执行率, 资金执行率]"),
    ("budget_execution.yaml", "[预算执行率, 资金执行率]", "{in: [预算执行率，资金执行率]}", "12:24", "预算执行率，资金执行率",
     "[预算执行率, 资金执行率]"),
    ("budget_execution.yaml", "[预算执行率, 资金执行率]", '["预算执行率，资金执行率"]', "12:20", "预算执行率，资金执行率",
     "[预算执行率, 资金执行率]"),
    # was: 「op」没有取值「≥，>」；可用：…
    ("lower_bound.yaml", 'op: ["≥", ">", "="]', 'op: [≥，>, "="]', "29:13", "≥，>", "[≥, >]"),
])
def test_a_full_width_comma_in_a_rule_list_is_said_at_the_comma(tmp_path, file, old, new, at, value, meant):
    status, zh, en = _check(tmp_path, file, old, new)
    assert status == 2 and zh.count("错误: ") == 1
    assert f"{file}:{at}: 错误: 「{value}」中的逗号是全角「，」，不分隔列表项" in zh and f"写作 {meant}" in zh, zh
    assert f"{file}:{at}: error: the comma in '{value}' is the full-width '，'" in en and meant in en


def test_a_full_width_comma_in_a_text_that_is_compared_unfolded_is_left_alone(tmp_path):
    # 重点工作 and the levels are compared as the table prints them: a comma in one may be meant
    rules = copy_rules(tmp_path)
    edit(rules / "budget_execution.yaml", "      has_money: true", "      has_money: true\n      key_work: {ne: 甲，乙}")
    assert run_cli(["check", str(rules)]).returncode == 0


# -- 5. full-width operators and numbers in a rule file -----------------------------------------------------

@pytest.mark.parametrize("file, old, new, at, says", [
    # was: 「op」没有取值「＝」；可用：=、≥、≤、>、<、""
    ("lower_bound.yaml", 'op: ["≥", ">", "="]', 'op: ["≥", ">", "＝"]', "29:22", "「op」没有取值「＝」：请写作「=」"),
    ("lower_bound.yaml", 'op: ["≥", ">", "="]', 'op: ["＞＝", ">", "="]', "29:12", "「op」没有取值「＞＝」：请写作「≥」"),
    ("bare_targets.yaml", 'otherwise: "="', 'otherwise: "＝"', "14:12", "取值「＝」无效：请写作「=」"),
    ("upper_bound.yaml", "monitor: bound", "monitor: ｂｏｕｎｄ", "8:10", "取值「ｂｏｕｎｄ」无效：请写作「bound」"),
    # was: 应为数字，而这里是「120％」
    ("lower_bound.yaml", "over_achievement: 120", "over_achievement: 120％", "20:23",
     "应为数字，而这里是「120％」：请写作 120（半角数字，不带 %）"),
    ("upper_bound.yaml", "    priority: 10", "    priority: １０", "19:15", "应为整数，而这里是「１０」：请写作 10"),
    # was: 「target」是数值字段：应与数字或另一个数值字段（…）比较，而不是「０」
    ("lower_bound.yaml", "target: {gt: 0}", "target: {gt: ０}", "13:20", "「target」应与数字比较，「０」请写作 0"),
    ("lower_bound.yaml", "target: {gt: 0}", "target: {gt: 0}\n      ratio: {lt: 60％}", "14:19",
     "「ratio」应与数字比较，「60％」请写作 60"),
])
def test_a_full_width_operator_or_number_in_a_rule_file_says_what_to_write(tmp_path, file, old, new, at, says):
    status, zh, en = _check(tmp_path, file, old, new)
    assert status == 2 and zh.count("错误: ") == 1
    assert f"{file}:{at}: 错误: {says}" in zh, zh
    assert f"{file}:{at}: error: " in en and "write" in en


def test_a_target_table_and_actuals_read_full_width_operators_and_numbers_as_typed_in_half_width(tmp_path):
    from helpers import MINI_TARGETS

    targets, actuals = tmp_path / "t.yaml", tmp_path / "a.yaml"
    edit_to = [(MINI_TARGETS, targets, 'annual: "=100%"}', 'annual: "＝100％"}'),
               (MINI_ANNUAL, actuals, "P02: {actual: 100%}", "P02: {actual: １００％}")]
    for source, copy, old, new in edit_to:
        copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        edit(copy, old, new)
    assert score(targets, actuals).total == score().total
    assert run_cli(["check", str(targets), "--rules", str(copy_rules(tmp_path))]).returncode == 0


def test_a_paragraph_indented_with_full_width_spaces_is_not_taken_for_the_mistake():
    # Chinese writing indents a paragraph with two full-width spaces: inside a multi-line text that is text
    problem = _problem("a:\n  b: |\n    \u3000\u3000本项目按计划完成。\n  c: [\n")
    assert "U+3000" not in problem.en and problem.line == 5
