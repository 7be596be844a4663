"""Half-year monitoring is not graded: the scorecard, its reports and the monitoring form agree (the terminal
and JSON said 优 while the form said 半年不评定等级)."""
from __future__ import annotations

import json

import pytest

from helpers import FIXTURES, score
from scoring.render import json_report, markdown, terminal


@pytest.fixture(scope="module")
def card():
    return score(actuals=FIXTURES / "mini.h1.yaml", period="h1")


def test_a_half_year_card_has_no_grade_in_any_output(card):
    assert card.grade is None and card.grade_en is None and card.grade_basis is None
    assert json.loads(json_report.render(card, "zh"))["grade"] is None
    assert "等级：**—（半年监控不评定等级）**" in markdown.render(card, "zh")
    assert "Grade  — (half-year monitoring is not graded)" in terminal.render(card, "en", width=100, color=False)


def test_an_annual_card_keeps_its_grade():
    assert score().grade in ("优", "良", "中", "差")
