"""`scoring diff` when one side's rules cannot score the table: the rule edits that led there are printed before
the errors (it printed only the errors, and the auditor never saw the removal they were looking for)."""
from __future__ import annotations

import json
import shutil

from helpers import ROOT, run_cli


def _without_lower_bound_ratio(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "lower_bound.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: lower-bound-ratio")
    end = text.find("\n  - id:", start + 1)
    path.write_text(text[:start] + (text[end + 1:] if end != -1 else ""), encoding="utf-8")
    return rules


def test_the_removed_rule_is_said_before_the_rows_it_leaves_unscored(tmp_path):
    rules = _without_lower_bound_ratio(tmp_path)
    code, out, err = run_cli(["--lang", "zh", "diff", "rules", rules], cwd=ROOT)
    assert code == 2
    assert "lower-bound-ratio（rules/lower_bound.yaml:25）删除" in out
    assert f"按 {rules} 的规则无法为此表计分，未能比较得分（错误见下）" in out
    assert "P17「固定资产利用率」没有任何规则匹配" in err


def test_old_rules_that_cannot_score_are_named_as_the_failing_side(tmp_path):
    rules = _without_lower_bound_ratio(tmp_path)
    code, out, err = run_cli(["--lang", "en", "diff", rules, "rules"], cwd=ROOT)
    assert code == 2
    assert "lower-bound-ratio (rules/lower_bound.yaml:25) added" in out
    assert f"the rules in {rules} cannot score this table" in out
    assert "P17" in err


def test_json_output_carries_the_edits_and_the_errors(tmp_path):
    rules = _without_lower_bound_ratio(tmp_path)
    code, out, err = run_cli(["diff", "rules", rules, "--format", "json"], cwd=ROOT)
    data = json.loads(out)
    assert code == 2 and "P17" in err
    assert [(e["name"], e["change"]) for e in data["edits"]] == [("lower-bound-ratio", "removed")]
    assert data["cannot_score"]["rules"] == str(rules) and {e["code"] for e in data["cannot_score"]["errors"]} == {"flags.no_rule"}


def test_a_mistake_in_the_actuals_is_said_as_itself_not_blamed_on_the_rules(tmp_path):
    actuals = tmp_path / "a.yaml"
    text = (ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml").read_text(encoding="utf-8")
    actuals.write_text(text.replace("    机关养老保险区级缺口资金: 2300\n", "    机关养老保险区级缺口资金:\n"), encoding="utf-8")
    code, out, err = run_cli(["--lang", "en", "diff", "rules", "rules", "--actuals", actuals], cwd=ROOT)
    assert code == 2 and "cannot score" not in out and "these are blank: 机关养老保险区级缺口资金" in err
