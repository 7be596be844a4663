"""A rule's `name` is compared as the facts hold names, folded (full width made half, no spaces): a rule written
with the table's own full-width brackets scores that row, where it matched nothing and another rule scored the
row without a word (the hand-typed 100% taken instead of the rate from the money)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import requires_durable, run_cli
from scoring.run import score_files

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
NAME = "预算执行率（％）"  # as a table may print it: full-width brackets and per cent sign


@pytest.fixture
def unit(tmp_path):
    """The bundled unit with its 预算执行率 printed as NAME, and rules naming it so; (table, actuals, rules)."""
    table, actuals, rules = tmp_path / "t.yaml", tmp_path / "t.annual.yaml", tmp_path / "rules"
    table.write_text(TABLE.read_text(encoding="utf-8").replace("name: 预算执行率\n", f"name: {NAME}\n"), encoding="utf-8")
    actuals.write_text(ACTUALS.read_text(encoding="utf-8").replace("  预算执行率:", f"  {NAME}:"), encoding="utf-8")
    shutil.copytree(ROOT / "rules", rules)
    rule_file = rules / "budget_execution.yaml"
    rule_file.write_text(rule_file.read_text(encoding="utf-8").replace("name: [预算执行率, 资金执行率]",
                                                                       f"name: [{NAME}, 资金 执行率]"), encoding="utf-8")
    return table, actuals, rules


def _scored_by(unit, engine):
    table, actuals, rules = unit
    card = score_files(table, actuals, rules, engine=engine)
    [row] = [i for i in card.indicators if i.id == "P03"]
    assert row.rule.id == "budget-execution"  # the rate recomputed from the money, not the hand-typed 100%
    assert row.actual == "99.63%"


def test_a_rule_naming_an_indicator_in_full_width_scores_it(unit):
    _scored_by(unit, "python")


@requires_durable
def test_the_durable_engine_matches_it_too(unit):
    _scored_by(unit, "durable")


def test_check_says_nothing_about_a_name_that_matches(unit):
    table, _, rules = unit
    code, out, err = run_cli(["check", str(rules), "--targets", str(table), "--lang", "en"])
    assert "budget-execution" not in out + err, out + err
