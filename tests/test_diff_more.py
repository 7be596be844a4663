"""`scoring diff`: every settings file compared, and every change a reader sees said."""
import json

from helpers import ROOT, RULES, copy_rules, edit

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


def test_every_settings_file_the_rule_book_reads_is_compared():
    """The loader's settings files, each on the book under its stem: a new one cannot be left out of diff."""
    from scoring.audit.rule_edits import SETTINGS
    from scoring.rulebook.load import OPTIONAL_SETTINGS, SETTINGS_FILES, load_rules

    book = load_rules(RULES)
    wanted = {**SETTINGS_FILES, **OPTIONAL_SETTINGS}
    assert [name for name, _ in SETTINGS] == list(wanted)
    for name, attr in SETTINGS:
        assert isinstance(getattr(book, attr), wanted[name]), name


def test_a_bare_targets_edit_is_listed_with_the_row_it_moves(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "bare_targets.yaml", ", 投诉率, 受害率]", ", 投诉率]")
    lines = run_scoring("diff", RULES, rules, PROJECT, "--lang", "en").stdout.splitlines()
    assert lines[:2] == ["rules and settings:", f"  bare_targets.yaml ({rules}/bare_targets.yaml) changed"]
    assert lines[2].startswith("    readings #1.contains: ") and "受害率" in lines[2]
    data = json.loads(run_scoring("diff", RULES, rules, PROJECT, "--format", "json").stdout)
    assert [(e["name"], e["change"]) for e in data["edits"]] == [("bare_targets.yaml", "changed")]
    assert data["grade"] == {"before": "优", "after": "良"}


def test_a_plausibility_edit_is_listed_and_a_removed_one_says_so(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "plausibility.yaml", "over_budget: flag ", "over_budget: none ")
    edit(rules / "plausibility.yaml", "error_times: 100 ", "error_times: 50 ")
    lines = run_scoring("diff", RULES, rules, "--lang", "en").stdout.splitlines()
    assert lines[:4] == ["rules and settings:", f"  plausibility.yaml ({rules}/plausibility.yaml) changed",
                         "    money.error_times: 100 → 50", "    money.over_budget: flag → none"]
    (rules / "plausibility.yaml").unlink()  # optional: without it nothing is checked
    data = json.loads(run_scoring("diff", RULES, rules, "--format", "json").stdout)
    assert [(e["name"], e["change"]) for e in data["edits"]] == [("plausibility.yaml", "removed")]


def test_a_target_read_otherwise_is_shown(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "bare_targets.yaml", ", 投诉率, 受害率]", ", 投诉率]")
    lines = run_scoring("diff", RULES, rules, PROJECT).stdout.splitlines()
    at = lines.index("B01 森林火灾受害率")
    assert lines[at + 1].endswith("  规则 upper-bound-met → lower-bound-ratio  目标 ≤0.9‰ → =0.9‰")
    data = json.loads(run_scoring("diff", RULES, rules, PROJECT, "--format", "json").stdout)
    b01 = next(i for i in data["indicators"] if i["id"] == "B01")
    assert (b01["before"]["target"], b01["after"]["target"]) == ("≤0.9‰", "=0.9‰")


def test_a_half_year_fallback_edit_moves_the_target_though_no_points_move(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "monitoring.yaml", "half_year_fallback: 0.5 ", "half_year_fallback: 0.6 ")
    table = tmp_path / "table.yaml"
    table.write_text((ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml").read_text(encoding="utf-8")
                     .replace('            half_year: "≥10647人"\n', ""), encoding="utf-8")
    args = ("diff", RULES, rules, table, "--actuals", ROOT / "actuals" / "2025" / "jiangning-social-insurance.h1.yaml",
            "--period", "h1")
    lines = run_scoring(*args, "--lang", "en").stdout.splitlines()
    at = lines.index("F01 养老自主增资发放人数")
    assert "  target ≥5,323.5 人 → ≥6,388.2 人" in lines[at + 1]
    data = json.loads(run_scoring(*args, "--format", "json").stdout)
    assert data["changed"] is True and [i["id"] for i in data["indicators"]][:1] == ["F01"]


def test_a_method_shown_whole_reads_as_the_rule_file_writes_it_and_a_list_edit_in_words(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", "\n    method: inverse_ratio",
         "\n    method: {deduction: {of: actual, direction: above, per: 1, points: 0.5}}")
    edit(rules / "upper_bound.yaml", '      op: ["≤", "<"]\n      target: {gt: 0}', '      op: ["<"]\n      target: {gt: 0}')
    edit(rules / "vocabulary.yaml", "达成: [", "达成: [妥善, ")
    zh = run_scoring("diff", RULES, rules).stdout.splitlines()
    assert "    method: inverse_ratio → {deduction: {of: actual, direction: above, per: 1, points: 0.5}}" in zh
    assert "    when.op: 删除 ≤" in zh and "    words.达成: 新增 妥善" in zh
    en = run_scoring("diff", RULES, rules, "--lang", "en").stdout.splitlines()
    assert "    when.op: removed ≤" in en and "    words.达成: added 妥善" in en


def test_flow_style_quotes_what_yaml_would_read_otherwise():
    from decimal import Decimal

    from scoring.audit.rule_edits import change_text, value_text

    assert value_text({"op": "≤", "n": Decimal("0.50"), "s": "2/3", "w": ["a, b", "10", "yes", ""]}) == \
        '{op: ≤, n: 0.5, s: 2/3, w: ["a, b", "10", "yes", ""]}'
    assert change_text(frozenset(["a", "b"]), frozenset(["b", "c", "d"]), "en") == "added c, d; removed a"
    assert change_text(frozenset(["a", "b"]), frozenset(["b", "c", "d"]), "zh") == "新增 c, d；删除 a"
