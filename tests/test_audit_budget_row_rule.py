"""`scoring audit` scores a project form's money block by the budget row's own rule (budget-row), as `evaluate`
scores the table's budget row: by name, budget-execution scored it, so an edit of budget-row moved evaluate's row
and audit then found the form evaluate had written with the same rules wrong."""
from __future__ import annotations

import json

from helpers import ROOT, copy_rules, edit, run_cli

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


def _form(tmp_path, rules):
    form = tmp_path / "form.xlsx"
    code, _, err = run_cli(["evaluate", PROJECT, "--rules", rules, "--engine", "python", "--format", "xlsx", "--out", form])
    assert code == 0, err
    return form


def test_the_money_block_of_a_project_form_is_scored_by_the_budget_row_rule(tmp_path):
    form = _form(tmp_path, ROOT / "rules")
    code, out, _ = run_cli(["audit", form, "--engine", "python", "--format", "json", "--out", "-"])
    (budget,) = [r for r in json.loads(out)["rows"] if r["budget"]]
    assert code == 0 and budget["rule"] == "budget-row"


def test_a_form_evaluate_wrote_agrees_with_audit_after_an_edit_of_the_budget_row_rule(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "budget_execution.yaml", "    priority: 210\n    method:\n      ratio: {of: money_rate, cap: 1}",
         "    priority: 210\n    method:\n      ratio: {of: money_rate, cap: 0.9}")
    form = _form(tmp_path, rules)  # 预算执行率 9.00 (94 % capped at 90 %)
    code, out, _ = run_cli(["audit", form, "--rules", rules, "--engine", "python"])
    assert code == 0 and "未发现问题：每行得分与复核一致" in out
