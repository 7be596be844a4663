"""Values as real tables write them: rates per unit, amounts in another unit of the same kind, the forms'
own answer words, rows the assessor scores."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from helpers import score
from scoring.errors import ScoringError
from scoring.table.values import parse_value

TABLE = """kind: project
year: 2025
project:
  name: 测试项目
  implementer: 测试单位
  funds: [{source: 年度资金总额, annual: 100}]
budget_row: {weight: 10}
indicators:
  - level1: 产出指标
    groups:
      - level2: 数量指标
        items:
          - {id: A01, name: %(name)s, annual: "%(target)s", weight: 90}
"""


def _row(tmp_path, target: str, actual: str | None = None, name: str = "指标", **entry):
    (tmp_path / "t.yaml").write_text(TABLE % {"name": name, "target": target}, encoding="utf-8")
    given = {"actual": actual, **entry} if actual is not None else entry
    data = {"unit": "测试单位", "year": 2025, "period": "annual", "indicators": {"A01": given} if given else {}}
    (tmp_path / "a.yaml").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    card = score(tmp_path / "t.yaml", tmp_path / "a.yaml")
    return card.indicators[0]


@pytest.mark.parametrize("written", ["每亩300元", "300元/亩"])
def test_a_rate_per_unit_reads_either_way(written):
    value = parse_value(written)
    assert (value.number, value.unit) == (300, "元/亩")


def test_a_cost_per_mu_is_scored_as_a_bound(tmp_path):
    row = _row(tmp_path, "≤每亩300元", "280元/亩", name="单位造林成本")
    assert row.points == 90 and row.rule.id.startswith("upper-bound")
    assert _row(tmp_path, "≤300元/亩", "每亩330元", name="单位造林成本").points < 90


def test_an_amount_in_another_unit_of_money_is_converted_and_the_formula_says_so(tmp_path):
    # the case: 2.6亿元 against an actual in 万元 was an error
    row = _row(tmp_path, "≥2.6亿元", "24500万元", name="带动投资")
    assert row.actual == "2.45 亿元"
    assert row.points == (Decimal(90) * Decimal("2.45") / Decimal("2.6")).quantize(Decimal("0.01"))
    assert "24,500 万元 = 2.45 亿元" in row.formula.zh and "24,500 万元 = 2.45 亿元" in row.formula.en


def test_area_and_people_convert_too(tmp_path):
    assert _row(tmp_path, "≥1.2万亩", "12500亩", name="造林面积").points == 90
    assert _row(tmp_path, "≥2万人", "19000人", name="受益人口").points == Decimal("85.50")


def test_units_of_different_kinds_are_still_an_error(tmp_path):
    with pytest.raises(ScoringError) as e:
        _row(tmp_path, "≥2.6亿元", "24500人", name="带动投资")
    assert "人" in e.value.problems[0].zh


@pytest.mark.parametrize("word", ["达成预期指标", "达到预期", "效果明显", "显著"])
def test_the_forms_own_answer_words_are_in_the_default_vocabulary(tmp_path, word):
    row = _row(tmp_path, "显著提升", word, name="森林防火能力")
    assert row.outcome == "达成" and row.points == 90


def test_a_blank_numeric_row_may_take_the_assessors_points_with_a_reason(tmp_path):
    row = _row(tmp_path, "≥1000人", points="72", reason="统计年报未出，按工作台账估计")
    assert (row.points, row.rule.id, row.status) == (72, "assessor-scored-blank", "partial")
    [flag] = [f for f in row.flags if f.code == "assessor_scored"]
    assert "统计年报未出" in flag.message.zh
    assert not any(f.code == "missing_actual" for f in row.flags)


def test_assessors_points_above_the_weight_are_refused(tmp_path):
    with pytest.raises(ScoringError) as e:
        _row(tmp_path, "≥1000人", points="95", reason="x")
    assert "95" in e.value.problems[0].en


def test_a_row_with_no_target_is_flagged_as_scored_by_the_assessor(tmp_path):
    row = _row(tmp_path, "/", "达成", name="其他工作")
    assert "assessor_scored" in [f.code for f in row.flags]
