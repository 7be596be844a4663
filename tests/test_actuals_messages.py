"""What a clerk's typing mistakes in an actuals file are told as: each at its own place, with what was
meant where it can be known, and every one of them in one run."""
from __future__ import annotations

import pytest

from helpers import MINI_ANNUAL, edit, score
from scoring.errors import ScoringError


def _actuals(tmp_path, old, new, source=MINI_ANNUAL):
    actuals = tmp_path / source.name
    actuals.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    edit(actuals, old, new)
    return actuals


def _problems(targets, actuals):
    with pytest.raises(ScoringError) as e:
        score(targets, actuals) if targets else score(actuals=actuals)
    return e.value.problems


@pytest.mark.parametrize("typed, code", [
    ("规划健全性： {actual: 基本健全}", "facts.wide_colon"),  # YAML reads `规划健全性： {actual` as the key
    ("规划健全性：  {actual: 基本健全, reason: 无}", "input.syntax.wide_colon"),
    ("规划健全性：基本健全", "input.syntax.wide_colon"),  # no colon at all: noticed at the next line
    ("规划健全性： 基本健全", "input.syntax.wide_colon"),
])
def test_a_full_width_colon_after_a_name_is_said_at_the_colon(tmp_path, typed, code):
    (problem,) = _problems(None, _actuals(tmp_path, "D01: 基本健全", typed))
    assert (problem.code, problem.line, problem.column) == (code, 5, 8)
    assert "「：」" in problem.zh and "「:」" in problem.zh


def test_a_full_width_colon_in_a_value_is_text(tmp_path):
    assert score(actuals=_actuals(tmp_path, "reason: 自然减员", "reason: 原因：自然减员")).total is not None


def test_an_id_typed_in_full_width_is_the_indicator(tmp_path):
    card = score(actuals=_actuals(tmp_path, "D01: 基本健全", "Ｄ０１: 基本健全"))
    assert card.total == score().total
