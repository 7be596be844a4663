"""`scoring import` keeps the target a 项目支出 table prints for its budget row (预算执行率 | ≥95% | 10) as
budget_row.target, so the scorecard and the 自评表 show it (the row is still scored from the money)."""
from __future__ import annotations

from helpers import ROOT, RULES, run_cli
from scoring.table.load import load_targets

EXPORT = ROOT / "tests" / "fixtures" / "project-target-export.txt"  # line 10: 预算执行率 | ≥95% | 10


def test_the_printed_budget_target_is_written_and_read_back(tmp_path):
    out = tmp_path / "t.yaml"
    code, _, err = run_cli(["import", str(EXPORT), "-o", str(out), "--lang", "zh"])
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert 'target: "≥95%"' in text.split("budget_row:", 1)[1].split("indicators:", 1)[0]
    assert "故只记在这里" not in text  # the comment no longer says it is kept only as a comment
    table = load_targets(out)
    assert table.budget_row.target.text == "≥95%"
    code, _, err = run_cli(["check", str(out), "--rules", str(RULES), "--lang", "en"])
    assert code == 0, err
