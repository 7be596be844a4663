"""A misspelt condition field or operator in a rule file is told with the word meant (has_actul → has_actual), and a
rule file given where its folder is wanted is told as such, not as a folder that does not exist (auditor trial)."""
from __future__ import annotations

import shutil

import pytest

from helpers import ROOT, run_cli
from scoring.errors import ScoringError
from scoring.rulebook.load import load_rules


def _edited(tmp_path, old: str, new: str):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "lower_bound.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return rules


def _problems(rules):
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    return e.value.problems


def test_a_misspelt_field_is_told_with_the_field_meant(tmp_path):
    rules = _edited(tmp_path, "has_actual: true", "has_actul: true")
    code, out, err = run_cli(["--lang", "zh", "check", rules], cwd=ROOT)
    assert code == 2
    assert "lower_bound.yaml:14:7: 错误: 未知的条件字段「has_actul」，是否指「has_actual」？可用字段：id、" in out + err


def test_a_misspelt_operator_is_told_with_the_operator_meant(tmp_path):
    [p] = _problems(_edited(tmp_path, "gte: target", "gtee: target"))
    assert p.code == "rulefile.when_unknown_operator_near" and "'gte'" in p.render("en")


def test_a_word_near_nothing_lists_the_known_ones_only(tmp_path):
    [p] = _problems(_edited(tmp_path, "has_actual: true", "zzz: true"))
    assert p.code == "rulefile.when_unknown_field"


def test_a_rule_file_given_as_the_folder_is_told_as_a_file():
    [p] = _problems(ROOT / "rules" / "lower_bound.yaml")
    assert p.code == "rulefile.is_a_file" and "rules" in p.render("en")


@pytest.mark.parametrize("typed, meant", [("≥", "gte"), (">=", "gte"), ("GT", "gt"), ("≠", "ne")])
def test_an_operator_written_as_its_sign_or_in_capitals_is_told_with_its_word(tmp_path, typed, meant):
    [p] = _problems(_edited(tmp_path, "gte: target", f'"{typed}": target'))
    assert p.code == "rulefile.when_unknown_operator_near" and f"'{meant}'" in p.render("en")
