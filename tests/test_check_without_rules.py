"""`scoring check TABLE` run where there is no rules folder says that the checks needing the rules were not made,
so that a clean result is not read as their having passed."""
from __future__ import annotations

from helpers import ROOT, run_cli

TABLE = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


def test_without_a_rules_folder_the_skipped_checks_are_said(tmp_path):
    code, out, err = run_cli(["check", TABLE, "--lang", "en"], cwd=tmp_path)
    assert code == 0
    said = out + err
    assert "rules: warning: no rules folder in the current folder: the checks that need the rules" in said
    assert "give the rules directory (--rules)" in said and "errors: 0, warnings: 1" in said


def test_with_the_rules_given_their_checks_are_made(tmp_path):
    code, out, err = run_cli(["check", TABLE, "--rules", ROOT / "rules", "--lang", "zh"], cwd=tmp_path)
    assert code == 0 and "没有规则目录" not in out + err and "没有运算符" in out + err
