"""Half-year fallback for a bare count read as =: a missing 半年指标值 halves the annual count as it halves ≥12公里
(DOMAIN §2: = with a positive target is scored as ≥; §4: the fallback is annual × 6/12), and every command that
shows the h1 target says the same number. Rates (%, ‰, 每亩300元) are never halved."""
from __future__ import annotations

import json

import pytest

from helpers import ROOT, run_cli

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


@pytest.fixture
def table(tmp_path):
    text = FOREST.read_text(encoding="utf-8")
    text = text.replace('annual: "≥30人"', 'annual: "30人"')  # a bare count: read as = (bare_targets.yaml)
    text = text.replace('annual: "按期完成"', 'annual: "≥0.9‰"')  # a rate with an operator: not a quantity
    path = tmp_path / "unit.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def actuals(table, tmp_path):
    out = tmp_path / "unit.h1.yaml"
    assert run_cli(["template", table, "--period", "h1", "-o", out], env={"SCORING_LANG": "zh"}).returncode == 0
    text = out.read_text(encoding="utf-8").replace("  O02:\n    actual:", "  O02:\n    actual: 15人", 1)
    out.write_text(text, encoding="utf-8")
    return out


def _comment(text: str, ident: str) -> str:
    lines = text.splitlines()
    at = lines.index(f"  {ident}:")
    return lines[at - 1]


@pytest.mark.parametrize("lang, scored, halved", [
    ("zh", "按此计分：=15 人", "按全年指标值 30人 × 0.5 折算"),
    ("en", "scored as =15 人", "30人 × 0.5"),
])
def test_template_shows_the_count_halved(table, lang, scored, halved):
    code, out, err = run_cli(["template", table, "--period", "h1", "--lang", lang])
    assert code == 0, err
    line = _comment(out, "O02")
    assert scored in line and halved in line, line


def test_template_keeps_rates_whole(table):
    code, out, _ = run_cli(["template", table, "--period", "h1", "--lang", "zh"])
    assert code == 0
    assert "按此计分：=100%" in _comment(out, "O03")  # a percentage is never halved
    assert "按此计分：≥0.9‰" in _comment(out, "O04")
    assert "按此计分：≥6 公里" in _comment(out, "O01")  # as before


def test_evaluate_scores_against_the_halved_count(table, actuals):
    code, out, err = run_cli(["evaluate", table, "--actuals", actuals, "--period", "h1", "--format", "json",
                              "--out", "-", "--lang", "zh"])
    assert code == 0, err
    rows = {r["id"]: r for r in json.loads(out)["indicators"]}
    assert (rows["O02"]["target"], rows["O02"]["target_source"]) == ("=15 人", "annual_scaled")
    assert rows["O02"]["points"] == 10.0 and rows["O02"]["status"] == "met"
    assert "target_fallback" in [f["code"] for f in rows["O02"]["flags"]]
    assert (rows["O03"]["target"], rows["O03"]["target_source"]) == ("=100%", "annual")
    assert (rows["O04"]["target"], rows["O04"]["target_source"]) == ("≥0.9‰", "annual")


@pytest.mark.parametrize("lang, target", [("zh", "目标: =15 人"), ("en", "target: =15 人")])
def test_explain_says_the_halved_count(table, actuals, lang, target):
    code, out, err = run_cli(["explain", "O02", table, "--actuals", actuals, "--period", "h1", "--lang", lang])
    assert code == 0, err
    assert target in out, out
    assert "target_fallback = true" in out


@pytest.mark.parametrize("lang, said", [("zh", "半年指标值未设，半年监控按 =15 人 计分"),
                                        ("en", "no half-year target: at mid-year it is scored as =15 人")])
def test_check_says_the_half_year_reading(table, lang, said):
    code, out, err = run_cli(["check", table, "--rules", ROOT / "rules", "--lang", lang])
    assert code == 0, err
    o02 = [line for line in (out + err).splitlines() if "O02" in line]
    assert len(o02) == 1 and said in o02[0], o02
    o03 = [line for line in (out + err).splitlines() if "O03" in line]
    assert len(o03) == 1 and "=50%" not in o03[0]  # 100% is not halved, so nothing more is said
