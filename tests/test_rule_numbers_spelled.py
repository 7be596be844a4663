"""A rule book's numbers written in full-width digits or quoted are refused where they stand, saying what to write.

YAML reads `upto: ５` and `upto: "10"` as text; Python's Decimal and Fraction read either as a number, so the rule
book scored by them while `scoring diff` showed `upto: 10 → ５`, a change in spelling only. A condition's number
was refused so already (`target: {gt: ０}`): every number of a rule or settings file is now read the same way.
"""
from __future__ import annotations

import pytest

from helpers import check_edited_rules as _check, copy_rules, edit, run_cli, score


SPELLED = [  # (file, old, new, where, what was written, what to write)
    ("zero_target.yaml", "{upto: 10, share: 2/3}", "{upto: １０, share: 2/3}", "39:20", "１０", "10"),
    ("zero_target.yaml", "{upto: 10, share: 2/3}", "{upto: 10, share: ２/３}", "39:31", "２/３", "2/3"),
    ("lower_bound.yaml", "over_achievement: 120", "over_achievement: １２０", "20:23", "１２０", "120"),
    ("qualitative.yaml", "{low: 60, high: 80, default: 70}", "{low: 60, high: 80, default: ７０}", "20:44", "７０", "70"),
    ("lower_bound.yaml", "ratio: {cap: 1}", "ratio: {cap: １}", "34:20", "１", "1"),
    ("weights.yaml", "  履职: 40", "  履职: ４０", "13:7", "４０", "40"),
    ("grades.yaml", "min: 80}", "min: ８０}", "4:31", "８０", "80"),
    ("monitoring.yaml", "time_progress: 50", "time_progress: ５０", "3:16", "５０", "50"),
]


@pytest.mark.parametrize("file, old, new, at, written, meant", SPELLED)
def test_a_number_in_full_width_digits_is_refused_where_it_stands_saying_what_to_write(tmp_path, file, old, new, at,
                                                                                        written, meant):
    status, zh, en = _check(tmp_path, file, old, new)
    assert status == 2 and zh.count("错误: ") == 1, zh
    assert f"{file}:{at}: 错误: 应为数字，而这里是「{written}」：请写作 {meant}（半角数字" in zh, zh
    assert f"{file}:{at}: error: expected a number, found '{written}': write {meant} (half-width digits" in en, en


QUOTED = [  # (file, old, new, where, the number)
    ("zero_target.yaml", "{upto: 10, share: 2/3}", '{upto: "10", share: 2/3}', "39:20", "10"),
    ("zero_target.yaml", "{upto: 20, share: 1/3}", "{upto: 20, share: '0.5'}", "40:31", "0.5"),
    ("budget_execution.yaml", "hand_tolerance: 0.01", 'hand_tolerance: "0.01"', "19:21", "0.01"),
    ("upper_bound.yaml", "    priority: 10", '    priority: "10"', "19:15", "10"),
    ("monitoring.yaml", "{below: 80, status: yellow}", '{below: "80", status: yellow}', "8:13", "80"),
]


@pytest.mark.parametrize("file, old, new, at, number", QUOTED)
def test_a_quoted_number_is_refused_where_it_stands_saying_to_drop_the_quotes(tmp_path, file, old, new, at, number):
    status, zh, en = _check(tmp_path, file, old, new)
    assert status == 2 and zh.count("错误: ") == 1, zh
    assert f"{file}:{at}: 错误: 数字 {number} 加了引号" in zh, zh
    assert f"{file}:{at}: error: the number {number} is quoted" in en, en


def test_a_priority_in_full_width_digits_still_asks_for_a_whole_number(tmp_path):
    status, zh, en = _check(tmp_path, "upper_bound.yaml", "    priority: 10", "    priority: １０")
    assert status == 2 and "upper_bound.yaml:19:15: 错误: 应为整数，而这里是「１０」：请写作 10" in zh, zh
    assert "upper_bound.yaml:19:15: error: expected a whole number, found '１０': write 10" in en, en


def test_a_share_written_as_a_fraction_or_a_number_is_read_as_before(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "zero_target.yaml", "{upto: 10, share: 2/3}", "{upto: 10, share: 4/6}")
    edit(rules / "zero_target.yaml", "{upto: 20, share: 1/3}", "{upto: 20.0, share: 1/3}")
    assert run_cli(["check", str(rules)]).returncode == 0
    assert score(rules=rules).total == score().total


def test_diff_of_a_rule_book_with_a_spelled_number_says_where_it_is_not_a_change(tmp_path):
    new = copy_rules(tmp_path)
    edit(new / "zero_target.yaml", "{upto: 10, share: 2/3}", '{upto: "10", share: 2/3}')
    from helpers import MINI_ANNUAL, MINI_TARGETS, RULES

    said = run_cli(["diff", str(RULES), str(new), str(MINI_TARGETS), "--actuals", str(MINI_ANNUAL), "--lang", "en"])
    assert said.returncode == 2 and "upto: 10 → 10" not in said.stdout
    assert "zero_target.yaml:39:20: error: the number 10 is quoted" in said.stderr, said.stderr



def test_a_quoted_number_in_a_condition_is_told_to_drop_its_quotes(tmp_path):
    status, zh, en = _check(tmp_path, "lower_bound.yaml", "target: {gt: 0}", 'target: {gt: "0"}')
    assert status == 2 and "lower_bound.yaml:13:20: 错误: 数字 0 加了引号，读作文本：请去掉引号，写作 0" in zh
    assert "the number 0 is quoted" in en
