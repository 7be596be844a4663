"""`scoring check` warns where a rule's title names a number its condition and method no longer have: an auditor
changed `upto: 10` to 3 and the title still said ≤10%, which explain and the 计分说明 sheet print (auditor trial)."""
from __future__ import annotations

import shutil

from helpers import ROOT, run_cli


def _edited(tmp_path, old: str, new: str):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "zero_target.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return rules


def test_a_band_edited_under_its_title_is_warned_at_the_rule(tmp_path):
    rules = _edited(tmp_path, "{upto: 10, share: 2/3}", "{upto: 3, share: 2/3}")
    code, out, _ = run_cli(["--lang", "zh", "check", rules], cwd=ROOT)
    assert code == 1
    assert (f"{rules}/zero_target.yaml:26:5: 警告: 规则 budget-adjustment-bands 的标题写有 10，而规则的条件和方法中没有"
            "这些数字：标题可能已过时（explain 和计分说明会显示它）") in out


def test_a_share_is_compared_as_a_fraction(tmp_path):
    rules = _edited(tmp_path, "{upto: 10, share: 2/3}", "{upto: 10, share: 0.5}")
    code, out, _ = run_cli(["--lang", "en", "check", rules], cwd=ROOT)
    assert code == 1 and "rule budget-adjustment-bands's title says 2/3," in out


def test_the_bundled_titles_agree_with_their_rules():
    code, out, _ = run_cli(["--lang", "en", "check", "rules"], cwd=ROOT)
    assert code == 0 and "title" not in out
