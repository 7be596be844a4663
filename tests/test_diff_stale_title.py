"""`scoring diff` says where an edit left a rule's title naming a number the rule no longer has: an auditor
changed `upto: 10` to 3 and the title still said ≤10%, which explain and the 计分说明 sheet print (auditor trial).
Only the numbers the old rule had are told: a year or a document number in a title says nothing about an edit."""
from __future__ import annotations

import json
import shutil

from helpers import ROOT, run_cli


def _edited(tmp_path, *replacements: tuple[str, str]):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "zero_target.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return rules


def test_a_band_edited_under_its_title_is_told_below_the_edit(tmp_path):
    rules = _edited(tmp_path, ("{upto: 10, share: 2/3}", "{upto: 3, share: 2/3}"))
    code, out, _ = run_cli(["--lang", "zh", "diff", "rules", rules], cwd=ROOT)
    assert code == 0
    assert ("    method.bands.bands 第2项.upto: 10 → 3\n"
            "    标题仍写 10%，而改动后的规则已没有这些数字：标题（explain 和计分说明显示它）可能需要一并修改\n") in out


def test_a_share_is_compared_as_a_value_and_json_carries_the_numbers(tmp_path):
    rules = _edited(tmp_path, ("{upto: 10, share: 2/3}", "{upto: 10, share: 0.5}"))
    code, out, _ = run_cli(["diff", "rules", rules, "--format", "json"], cwd=ROOT)
    [edit] = json.loads(out)["edits"]
    assert code == 0 and edit["stale_title"] == ["2/3"]


def test_a_title_edited_with_the_method_or_naming_other_numbers_is_not_told(tmp_path):
    rules = _edited(tmp_path, ("{upto: 10, share: 2/3}", "{upto: 3, share: 2/3}"), ("≤10% 得 2/3", "≤3% 得 2/3"),
                    ("≤10% two thirds", "≤3% two thirds"), ("预算调整率分档：", "预算调整率分档（财预〔2020〕10号）："))
    code, out, _ = run_cli(["--lang", "en", "diff", "rules", rules], cwd=ROOT)
    assert code == 0 and "the title still says" not in out and "title.zh: " in out



def test_a_number_after_a_chinese_character_is_told_and_one_the_old_rule_never_had_is_not(tmp_path):
    # both books' titles: 10% written straight after a Chinese character; 2025 is no number of the rule
    titles = (("≤10% 得 2/3", "低于10%得2/3（2025年口径）"), ("≤10% two thirds", "two thirds in the second band"))
    old = _edited(tmp_path / "old", *titles)
    new = _edited(tmp_path / "new", *titles, ("{upto: 10, share: 2/3}", "{upto: 3, share: 2/3}"))
    code, out, _ = run_cli(["diff", old, new, "--format", "json"], cwd=ROOT)
    assert code == 0
    assert [e["stale_title"] for e in json.loads(out)["edits"]] == [["10%"]]
