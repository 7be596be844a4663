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
    assert "  规则 upper-bound-met → lower-bound-ratio  目标 ≤0.9‰ → =0.9‰" in lines[at + 1]
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


def test_time_progress_moves_the_budget_line_and_the_colours_and_flags_of_rows(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "monitoring.yaml", "time_progress: 50 ", "time_progress: 80 ")
    zh = run_scoring("diff", RULES, rules, "--period", "h1").stdout.splitlines()
    assert "  得分 0.42 → 0.42（+0.00）  状态 部分达成  规则 budget-execution  监控 绿 → 黄  标记 新增 needs_measure" in zh
    assert zh[-2:] == ["预算执行：执行进度 98.87% → 61.80%  监控 绿 → 黄", "总分 96.75 → 96.75（+0.00）；等级 —"]
    en = run_scoring("diff", RULES, rules, "--period", "h1", "--lang", "en").stdout.splitlines()
    assert "budget execution: progress 98.87% → 61.80%  monitor green → yellow" in en
    data = json.loads(run_scoring("diff", RULES, rules, "--period", "h1", "--format", "json").stdout)
    assert data["changed"] is True
    assert data["budget"] == {"before": {"rate": 49.44, "time_progress": 50.0, "progress": 98.87, "status": "green"},
                              "after": {"rate": 49.44, "time_progress": 80.0, "progress": 61.8, "status": "yellow"},
                              "changed": True}
    p03 = next(i for i in data["indicators"] if i["id"] == "P03")
    assert (p03["before"]["monitor"], p03["after"]["monitor"]) == ("green", "yellow")
    assert "needs_measure" in p03["after"]["flags"] and "needs_measure" not in p03["before"]["flags"]


def test_a_ratio_band_that_moves_only_colours_is_a_change(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "monitoring.yaml", "  - {below: 80, status: yellow}\n  - {below: 120",
         "  - {below: 99, status: yellow}\n  - {below: 120")
    lines = run_scoring("diff", RULES, rules, "--period", "h1", "--lang", "en").stdout.splitlines()
    assert "no changes" not in "\n".join(lines)
    at = lines.index("F05 享受离休补贴人数")
    assert lines[at + 1].endswith("rule lower-bound-ratio  monitor green → yellow  flags added needs_measure")


def test_a_rule_file_without_colours_says_each_colour_gone(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "qualitative.yaml", "\nmonitor: outcome", "\nmonitor: none")
    out = run_scoring("diff", RULES, rules, "--period", "h1").stdout
    assert "  得分 2.50 → 2.50（+0.00）  状态 达成  规则 qualitative-outcome  监控 绿 → —\n" in out
    data = json.loads(run_scoring("diff", RULES, rules, "--period", "h1", "--format", "json").stdout)
    d01 = next(i for i in data["indicators"] if i["id"] == "D01")
    assert (d01["before"]["monitor"], d01["after"]["monitor"], data["changed"]) == ("green", None, True)


def test_an_over_achievement_edit_lists_the_rows_it_flags(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "lower_bound.yaml", "over_achievement: 120", "over_achievement: 101")
    lines = run_scoring("diff", RULES, rules, "--lang", "en").stdout.splitlines()
    at = lines.index("P08 非税收入预算完成率")
    assert lines[at + 1] == "  points 0.41 → 0.41 (+0.00)  status met  rule lower-bound-met  flags added over_achievement"
    data = json.loads(run_scoring("diff", RULES, rules, "--format", "json").stdout)
    p08 = next(i for i in data["indicators"] if i["id"] == "P08")
    assert (p08["before"]["flags"], p08["after"]["flags"], data["changed"]) == ([], ["over_achievement"], True)


def test_a_budget_line_that_alone_moves_is_said_so():
    from helpers import FIXTURES, score
    from scoring.audit.diff import RuleDiff, render_text

    old = score(period="h1", actuals=FIXTURES / "mini.h1.yaml")
    new = old.model_copy(update={"budget": old.budget.model_copy(update={"status": "red"})})
    d = RuleDiff(old, new, [], [])
    assert d.changed and render_text(d, "en").splitlines()[1:3] == [
        "every indicator keeps its points, status and rule; the budget execution changes (below)",
        "budget execution: progress 70.00%  monitor yellow → red"]


def _blocks(path):
    blocks, block = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            if block is not None:
                blocks.append("\n".join(block) + "\n")
            block = None if block is not None else []
        elif block is not None:
            block.append(line)
    return blocks


def test_the_worked_examples_in_rules_readme_are_real_output(run_scoring, tmp_path):
    blocks = _blocks(ROOT / "rules" / "README.md")
    shown = [b for b in blocks if b.startswith("规则与设置")]
    own_bands = next(b for b in blocks if b.lstrip().startswith("- id: clarity-own-bands"))
    examples = (
        [("upper_bound.yaml", "\n    method: inverse_ratio", "\n    method: linear_decline")],
        [("qualitative.yaml", "部分达成: {low: 60,", "部分达成: {low: 50,"), ("qualitative.yaml", "high: 60,", "high: 50,")],
        own_bands,
        [("weights.yaml", "  决策: 10", "  决策: 15"), ("weights.yaml", "  履职: 40", "  履职: 35")],
    )
    assert len(shown) == len(examples)
    for n, (example, expected) in enumerate(zip(examples, shown)):
        rules = copy_rules(tmp_path / str(n))
        if isinstance(example, str):
            with (rules / "qualitative.yaml").open("a", encoding="utf-8") as f:
                f.write("\n" + example)
        else:
            for name, old, new in example:
                edit(rules / name, old, new)
        assert run_scoring("diff", "rules", rules).stdout.replace(str(rules), "修改后目录") == expected, n + 1


def test_a_folder_of_units_says_each_unit_whose_total_or_grade_moves_and_how_many(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "bare_targets.yaml", ", 投诉率, 受害率]", ", 投诉率]")
    r = run_scoring("diff", RULES, rules, "targets")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-2:] == [
        "森林防火能力提升项目（示例） · 示例县林业工作站（2025/forest-fire-prevention.yaml）：总分 94.73 → 88.06（-6.67）；等级 优 → 良",
        "计分的 2 个单位中有 1 个的总分或等级有变化"]
    en = run_scoring("diff", RULES, rules, "targets/2025", "--actuals", "actuals/2025", "--lang", "en").stdout
    assert en.endswith("(forest-fire-prevention.yaml): total 94.73 → 88.06 (-6.67); grade excellent → good\n"
                       "1 of 2 units scored change total or grade\n")
    data = json.loads(run_scoring("diff", RULES, rules, "targets", "--format", "json").stdout)
    assert data["changed"] is True and data["units"] == {"count": 2, "changed": 1} and data["failed"] == []
    assert data["moved"] == [{"unit": "森林防火能力提升项目（示例） · 示例县林业工作站",
                              "targets": "targets/2025/forest-fire-prevention.yaml",
                              "actuals": "actuals/2025/forest-fire-prevention.annual.yaml",
                              "total": {"before": 94.73, "after": 88.06, "delta": -6.67},
                              "grade": {"before": "优", "after": "良"}}]
    assert [e["name"] for e in data["edits"]] == ["bare_targets.yaml"]


def test_a_folder_unit_without_actuals_is_said_and_the_others_compared(run_scoring):
    r = run_scoring("diff", RULES, RULES, "targets", "--period", "h1", "--lang", "en")
    assert r.returncode == 1
    assert r.stdout.splitlines()[1:] == ["not scored: 2025/forest-fire-prevention.yaml",
                                         "  actuals/2025/forest-fire-prevention.h1.yaml: error: file not found",
                                         "0 of 1 units scored change total or grade"]


def test_a_folder_whose_actuals_cannot_be_told_asks_for_them(run_scoring, tmp_path):
    (tmp_path / "units").mkdir()
    r = run_scoring("diff", RULES, RULES, tmp_path / "units", "--lang", "en")
    assert r.returncode == 2 and r.stderr.rstrip().endswith(
        "cannot tell the actuals folder from the targets folder (no targets in its path): give the actuals folder (--actuals)")


def test_the_budget_row_rule_is_not_said_to_score_nothing(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "budget_execution.yaml", "    priority: 210\n    method:\n      ratio: {of: money_rate, cap: 1}",
         "    priority: 210\n    method: full")
    lines = run_scoring("diff", RULES, rules, PROJECT, "--lang", "en").stdout.splitlines()
    assert f"  budget-row ({rules}/budget_execution.yaml:27) changed" in lines
    assert "    method: {ratio: {of: money_rate, cap: 1}} → full" in lines
    data = json.loads(run_scoring("diff", RULES, rules, PROJECT, "--format", "json").stdout)
    assert next(e for e in data["edits"] if e["name"] == "budget-row")["scores"] is True
