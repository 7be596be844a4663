"""A missing half-year target is the annual one halved only for amounts that build up over the year: a level in a
unit rules/monitoring.yaml names (a score 90分, a term 5年) is the same at mid-year."""
from __future__ import annotations

import shutil

import pytest

from helpers import RULES
from scoring.period_target import period_target
from scoring.rulebook.load import load_rules
from scoring.table.model import Indicator


def _indicator(annual: str, name: str = "服务对象满意度") -> Indicator:
    return Indicator.model_validate({"id": "X01", "name": name, "annual": annual})


@pytest.mark.parametrize("annual, h1", [("90分", "=90 分"), ("≥4.5分", "≥4.5 分"), ("≥5年", "≥5 年"),
                                        ("30人", "=15 人"), ("≥12公里", "≥6 公里"), ("=4次", "=2 次")])
def test_levels_are_not_halved_and_amounts_are(annual, h1):
    from scoring.display import value

    target, _ = period_target(_indicator(annual), "h1", load_rules(RULES))
    assert str(value(target)) == h1


def test_the_units_are_a_setting_an_auditor_can_extend(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    path = rules / "monitoring.yaml"
    text = path.read_text(encoding="utf-8")
    assert "not_halved_units: [分, 年, 岁, 级, 星]" in text
    path.write_text(text.replace("not_halved_units: [分, 年, 岁, 级, 星]", "not_halved_units: [分, 年, 岁, 级, 星, 天]"),
                    encoding="utf-8")
    days = _indicator("30天", "项目完成时限")
    assert period_target(days, "h1", load_rules(RULES))[1] == "annual_scaled"
    assert period_target(days, "h1", load_rules(rules))[1] == "annual"
