"""`scoring explain` names the winning rule's method by its label and says its parameters in words, not JSON;
an indicator it cannot find is a coded problem like every other bad input."""
from __future__ import annotations

import pytest

from helpers import ROOT
from scoring.audit.explain import explain
from scoring.audit.method_text import method_line, share
from scoring.errors import ScoringError
from scoring.rulebook.methods import METHODS

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"

# one rule-file parameter set per method; a new method needs one here (and its words in method_text.py)
SAMPLES = {
    "full": {}, "zero": {}, "assessor": {},
    "ratio": {"of": "money_rate", "cap": 1},
    "inverse_ratio": {}, "linear_decline": {},
    "deduction": {"per": 1, "points": 0.5},
    "bands": {"bands": [{"upto": 0, "share": 1}, {"upto": 10, "share": "2/3"}], "otherwise": 0},
    "outcome_bands": {"达成": {"low": 80, "high": 100, "default": 100}, "部分达成": {"low": 60, "high": 80, "default": 70},
                      "未达成": {"low": 0, "high": 60, "default": 0}},
}


def _method(name, **params):
    return METHODS[name].model_validate(params or SAMPLES[name])


def test_every_method_has_a_sample_here():
    assert sorted(SAMPLES) == sorted(METHODS)


@pytest.mark.parametrize("name", sorted(METHODS))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_method_reads_as_its_label_and_words(name, lang):
    line = method_line(_method(name), "%", lang)
    assert f"（{name}）" in line if lang == "zh" else f"({name})" in line
    assert "{" not in line and '"' not in line  # no JSON


@pytest.mark.parametrize("name, params, unit, zh, en", [
    ("bands", None, "%", "分档计分（bands）：实际值 ≤0% 得 100%；≤10% 得 66.67%（2/3）；其余得 0%",
     "by bands (bands): the actual ≤0%: 100%; ≤10%: 66.67% (2/3); above them 0%"),
    ("ratio", None, "人", "按比例计分（ratio）：按资金计算的执行率 ÷ 目标值，不超过 100%",
     "proportional (ratio): the execution rate from the money ÷ the target, at most 100%"),
    ("deduction", None, "%", "按单位扣分（deduction）：实际值每超出目标 1% 扣 0.5 分",
     "deduction per unit (deduction): minus 0.5 points for each 1% the actual is above the target"),
    ("deduction", {"direction": "below", "per": 2, "share": 0.1, "floor": 0.5}, "人",
     "按单位扣分（deduction）：实际值每低于目标 2 人 扣 分值的 10%，不低于 50%",
     "deduction per unit (deduction): minus 10% of the weight for each 2 人 the actual is below the target, "
     "never below 50%"),
    ("outcome_bands", None, "", "定性分档计分（outcome_bands）：按评价结果分档，得分为分值的：达成 80–100%（默认 100%）；"
     "部分达成 60–80%（默认 70%）；未达成 0–60%（默认 0%）",
     "qualitative bands (outcome_bands): by the outcome, as a share of the weight: achieved 80–100% (default 100%); "
     "partly achieved 60–80% (default 70%); not achieved 0–60% (default 0%)"),
    ("full", None, "%", "满分（full）", "full marks (full)"),
])
def test_the_parameters_as_the_rule_file_gives_them(name, params, unit, zh, en):
    method = _method(name, **(params or {}))
    assert method_line(method, unit, "zh") == "计分方法: " + zh
    assert method_line(method, unit, "en") == "method: " + en


def test_a_share_two_decimals_cannot_show_keeps_its_fraction():
    from fractions import Fraction

    assert [share(Fraction(n, d), "zh") for n, d in ((1, 1), (1, 8), (1, 3))] == ["100%", "12.5%", "33.33%（1/3）"]


def test_explain_prints_the_winning_rules_method_in_words(run_scoring):
    out = run_scoring("explain", "P01").stdout
    assert "计分方法: 分档计分（bands）：实际值 ≤0% 得 100%；≤10% 得 66.67%（2/3）；≤20% 得 33.33%（1/3）；其余得 0%\n" in out
    en = run_scoring("explain", "P01", "--lang", "en").stdout
    assert "method: by bands (bands): the actual ≤0%: 100%; ≤10%: 66.67% (2/3); ≤20%: 33.33% (1/3); above them 0%\n" in en


@pytest.mark.parametrize("key, code", [("Z99", "table.name_unknown_range"), ("O01", "table.name_unknown_near")])
def test_an_indicator_explain_cannot_find_is_a_coded_problem(key, code):
    with pytest.raises(ScoringError) as e:
        explain(key, EXAMPLE, rules=ROOT / "rules")
    (problem,) = e.value.problems
    assert problem.code == code and problem.file.endswith("jiangning-social-insurance.yaml")


def test_the_readme_example_is_what_the_command_prints(run_scoring):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    key = "scoring explain P01\n```\n\n```\n"
    start = readme.index(key) + len(key)
    r = run_scoring("explain", "P01")
    assert r.returncode == 0 and readme[start:readme.index("```", start)] == r.stdout
