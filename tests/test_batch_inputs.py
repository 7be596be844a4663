"""A batch says what produced it: each unit's report lists its targets, actuals and rule files with their
sha256 (as `evaluate` does), and the summary lists the rule files every unit was scored by."""
from __future__ import annotations

import hashlib
import json

from helpers import ROOT, RULES, run_cli


def test_each_report_and_the_summary_name_the_files_with_their_sha256(tmp_path):
    out = tmp_path / "out"
    assert run_cli(["batch", str(ROOT / "targets"), str(ROOT / "actuals"), "--out", str(out), "--rules", str(RULES),
                    "--jobs", "1"]).returncode == 0
    report = json.loads((out / "2025" / "jiangning-social-insurance-annual.json").read_text(encoding="utf-8"))
    roles = [f["role"] for f in report["inputs"]]
    assert roles[:2] == ["targets", "actuals"] and set(roles[2:]) == {"rules"}
    targets = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
    assert report["inputs"][0]["sha256"] == hashlib.sha256(targets.read_bytes()).hexdigest()
    summary = json.loads((out / "summary-annual.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in summary["rules"]] == [f["path"] for f in report["inputs"][2:]]
    assert all(f["sha256"] in (out / "summary-annual.md").read_text(encoding="utf-8") for f in summary["rules"])
