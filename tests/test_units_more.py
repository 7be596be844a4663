"""The everyday units of project tables (公斤, 立方米, 座, 眼, 处, 分 …), operators written as words (95%以上,
不低于95%), and an actual in another unit of the target's dimension converted exactly (28000米 against ≥30公里),
or, where none converts, a message that says what to write."""
from __future__ import annotations

from decimal import Decimal

import pytest

from helpers import ROOT, edit, score
from scoring.errors import ScoringError
from scoring.table.units import convert
from scoring.table.values import TargetSyntaxError, TargetValue, parse_value

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
PROJECT_ANNUAL = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"


def _number(op, n, unit):
    return TargetValue(kind="number", op=op, number=Decimal(n), unit=unit)


@pytest.mark.parametrize("text, op, n, unit", [
    ("≥50公斤", "≥", "50", "公斤"), ("≥2000千克", "≥", "2000", "千克"), ("≥1000立方米", "≥", "1000", "立方米"),
    ("≥5座", "≥", "5", "座"), ("≥20眼", "≥", "20", "眼"), ("≥3处", "≥", "3", "处"), ("≥90分", "≥", "90", "分"),
    ("3万方", "=", "3", "万方"), ("≥12块", "≥", "12", "块"), ("≥500棵", "≥", "500", "棵"), ("≥2000株", "≥", "2000", "株"),
    ("≥30头", "≥", "30", "头"), ("≥100只", "≥", "100", "只"), ("≥200克", "≥", "200", "克"), ("≥2公顷", "≥", "2", "公顷"),
    ("10分钟", "=", "10", "分钟"), ("5平方米", "=", "5", "平方米"),
])
def test_the_units_of_project_tables_are_read(text, op, n, unit):
    assert parse_value(text) == _number(op, n, unit)


@pytest.mark.parametrize("text, meant", [
    ("95%以上", "≥95%"), ("95% 以上", "≥95%"), ("≥95%以上", "≥95%"), ("3人以下", "≤3人"), ("5%以内", "≤5%"),
    ("不低于95%", "≥95%"), ("不少于30人", "≥30人"), ("不高于5%", "≤5%"), ("不超过90万元", "≤90万元"),
    ("每亩300元以上", "≥300元/亩"),
])
def test_an_operator_written_as_a_word_is_that_operator(text, meant):
    assert parse_value(text) == parse_value(meant)


@pytest.mark.parametrize("text", ["≤95%以上", "=95%以上", "不低于≥95%"])
def test_an_operator_word_that_contradicts_the_symbol_is_an_error(text):
    with pytest.raises(TargetSyntaxError):
        parse_value(text)


@pytest.mark.parametrize("word", ["以上", "不低于去年", "达到以上标准"])
def test_an_operator_word_without_a_number_stays_a_word(word):
    assert parse_value(word) == TargetValue(kind="word", word=word)


@pytest.mark.parametrize("actual, unit, meant", [
    ("28000米", "公里", "28"), ("1.5公里", "米", "1500"), ("48公斤", "吨", "0.048"), ("2000千克", "公斤", "2000"),
    ("500克", "斤", "1"), ("1.5万方", "立方米", "15000"), ("12000亩", "万亩", "1.2"), ("6000平方米", "亩", "9"),
    ("3公顷", "亩", "45"), ("1亩", "平方米", None), ("5座", "眼", None), ("5公斤", "立方米", None),
])
def test_units_of_one_dimension_convert_exactly_and_only_exactly(actual, unit, meant):
    converted = convert(parse_value(actual), unit)
    assert (None if converted is None else converted.number) == (None if meant is None else Decimal(meant))


def _actuals(tmp_path, old, new):
    actuals = tmp_path / PROJECT_ANNUAL.name
    actuals.write_text(PROJECT_ANNUAL.read_text(encoding="utf-8"), encoding="utf-8")
    edit(actuals, old, new)
    return actuals


def test_metres_against_a_target_in_kilometres_are_converted_and_the_conversion_said(tmp_path):
    card = score(PROJECT, _actuals(tmp_path, "O01: 12.5公里", "O01: 12500米"))
    row = next(r for r in card.rows if r.id == "O01")
    assert (row.actual, row.points) == ("12.5 公里", Decimal("15.00"))
    assert row.formula.zh.startswith("换算：12,500 米 = 12.5 公里；")


def test_a_unit_of_another_dimension_says_what_to_write(tmp_path):
    with pytest.raises(ScoringError) as e:
        score(PROJECT, _actuals(tmp_path, "O02: {actual: 28人", "O02: {actual: 28个"))
    (problem,) = e.value.problems
    assert problem.code == "facts.unit_mismatch" and "无法精确换算" not in problem.zh
    assert problem.zh.endswith("实际值单位「个」与目标单位「人」不一致：请按目标单位填写，如「30人」")
    assert problem.en.endswith("write it in the target's unit, e.g. '30人'")


def test_an_area_in_mu_against_square_metres_that_has_no_exact_figure_says_so_and_what_to_write(tmp_path):
    targets = tmp_path / PROJECT.name
    targets.write_text(PROJECT.read_text(encoding="utf-8"), encoding="utf-8")
    edit(targets, 'annual: "≥12公里"', 'annual: "≥8000平方米"')
    with pytest.raises(ScoringError) as e:
        score(targets, _actuals(tmp_path, "O01: 12.5公里", "O01: 13亩"))
    (problem,) = e.value.problems
    assert problem.code == "facts.unit_mismatch"
    assert "（13 亩 换算为平方米不是有限小数，无法精确换算）：请按目标单位填写，如「8000平方米」" in problem.zh
