"""`scoring audit --targets`: the budget row shows the target its approved table prints (≥90%), as the form does;
without the table, the 100 % it is scored against. Its points come from the money either way."""
from __future__ import annotations

import json

from helpers import ROOT, RULES, run_cli

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"


def _table_with_budget_target(tmp_path):
    text = FOREST.read_text(encoding="utf-8")
    assert "budget_row:\n  name: 预算执行率\n  weight: 10\n" in text
    table = tmp_path / "forest.yaml"
    table.write_text(text.replace("  weight: 10\n", "  weight: 10\n  target: \"≥90%\"\n", 1), encoding="utf-8")
    return table


def _budget_row(form, *args):
    result = run_cli(["--lang", "en", "audit", form, "--rules", RULES, "--engine", "python", "--format", "json",
                      *args], cwd=ROOT)
    assert result.stdout, result.stderr
    [row] = [r for r in json.loads(result.stdout)["rows"] if r["budget"]]
    return row


def test_the_budget_row_is_shown_against_the_target_its_table_prints(tmp_path):
    table = _table_with_budget_target(tmp_path)
    form = tmp_path / "form.xlsx"
    made = run_cli(["--lang", "zh", "evaluate", table, "--actuals", ACTUALS, "--format", "xlsx", "--out", form, "--engine", "python"], cwd=ROOT)
    assert made.returncode == 0, made.stderr
    against = _budget_row(form, "--targets", table)
    alone = _budget_row(form)
    assert against["target"] == "≥90%" and alone["target"] == "100%"
    assert against["points"] == alone["points"] == against["claimed"] and against["findings"] == []


def test_a_table_that_prints_no_budget_target_shows_100_percent(tmp_path):
    form = tmp_path / "form.xlsx"
    assert run_cli(["evaluate", FOREST, "--format", "xlsx", "--out", form, "--engine", "python"], cwd=ROOT).returncode == 0
    assert _budget_row(form, "--targets", FOREST)["target"] == "100%"
