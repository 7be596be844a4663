"""`scoring explain` traces one indicator; `scoring diff` shows what a rule edit moves."""
import json

from helpers import FIXTURES, MINI_TARGETS, copy_rules, edit


def test_explain_shows_the_fact_the_matched_rules_the_winner_and_the_rounding(run_scoring):
    r = run_scoring("explain", "预算调整率")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.startswith("P01 预算调整率（过程 / 预算执行）\n目标: =0%（全年指标值）\n")
    assert "  target = 0\n  has_actual = true\n  actual = 3.2\n" in out and "  key_work = \"\"\n" in out
    assert "  优先级   10  budget-adjustment-bands  rules/zero_target.yaml:26" in out and "← 胜出" in out
    assert "  优先级    0  zero-target  rules/zero_target.yaml:9" in out
    assert "budget-adjustment-bands 胜出：优先级最高（10）；其余：zero-target（优先级 0）" in out
    assert "计算式: 3.2% ≤ 10%：66.67%" in out
    assert "舍入（四舍五入到 0.01）: 0.42 × 66.67% = 0.28" in out
    assert "得分: 0.28（扣 0.14）  状态: 部分达成" in out


def test_explain_names_the_target_source_status_and_light_in_the_readers_language(run_scoring):
    args = ("explain", "F01", MINI_TARGETS, "--actuals", FIXTURES / "mini.h1.yaml", "--period", "h1")
    zh = run_scoring(*args).stdout.splitlines()
    assert zh[1] == "目标: ≥500 人（按全年折算）"
    assert "得分: 40.00（扣 0.00）  状态: 达成  监控: 蓝" in zh
    en = run_scoring(*args, "--lang", "en").stdout.splitlines()
    assert en[1] == "target: ≥500 人 (derived from the annual target)"
    assert "points: 40.00 (lost 0.00)  status: met  monitor: blue" in en


def test_explain_an_unknown_indicator_is_an_error(run_scoring):
    r = run_scoring("explain", "Z99", "--lang", "en")
    assert r.returncode == 2 and "indicator 'Z99' is not in the target table" in r.stderr


def test_explain_finds_an_id_as_people_type_it_and_suggests_near_names(run_scoring):
    said, heading = run_scoring("explain", "p3").stdout.splitlines()[:2]  # any case, no leading zero: but said
    assert said == "注意：表中没有编号为「p3」的指标，「p3」读作 P03（预算执行率）" and heading.startswith("P03 预算执行率")
    r = run_scoring("explain", "预算执行")
    assert r.returncode == 2 and r.stderr.rstrip().endswith("指标「预算执行」在目标表中不存在；是否指：P03 预算执行率")


def test_explain_reports_a_missing_targets_file_before_anything_else(run_scoring, tmp_path):
    r = run_scoring("explain", "P01", tmp_path / "nope.yaml", "--lang", "en")
    assert r.returncode == 2 and r.stderr.rstrip().endswith("nope.yaml: error: file not found")


def test_diff_with_identical_rules_says_no_changes(run_scoring):
    r = run_scoring("diff", "rules", "rules")
    assert r.returncode == 0
    assert r.stdout.splitlines() == ["规则与设置：无改动", "无变化：每个指标的得分、状态和规则都不变",
                                     "总分 96.97 → 96.97（+0.00）；等级 优"]
    data = json.loads(run_scoring("diff", "rules", "rules", "--format", "json").stdout)
    assert data["changed"] is False and data["indicators"] == [] and data["edits"] == []


def test_diff_of_a_weight_edit_shows_each_moved_row_and_the_totals(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "weights.yaml", "  决策: 10", "  决策: 15")
    edit(rules / "weights.yaml", "  履职: 40", "  履职: 35")
    r = run_scoring("diff", "rules", rules, "--lang", "en")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[:4] == ["rules and settings:", f"  weights.yaml ({rules}/weights.yaml) changed",
                         "    level1.决策: 10 → 15", "    level1.履职: 40 → 35"]
    assert lines[4] == "D01 中长期规划制定健全性"
    assert lines[5] == "  points 2.50 → 3.75 (+1.25)  status met  rule qualitative-outcome  weight 2.50 → 3.75"
    assert lines[-1] == "total 96.97 → 96.82 (-0.15); grade excellent"
    data = json.loads(run_scoring("diff", "rules", rules, "--format", "json").stdout)
    d01 = next(i for i in data["indicators"] if i["id"] == "D01")
    assert d01["delta"] == round(d01["after"]["points"] - d01["before"]["points"], 2) > 0
    assert data["total"] == {"before": 96.97, "after": 96.82, "delta": -0.15}
    zh = run_scoring("diff", "rules", rules).stdout.splitlines()
    assert "  得分 0.88 → 1.32（+0.44）  状态 部分达成  规则 qualitative-outcome  分值 1.25 → 1.88" in zh


def test_diff_names_each_rule_edit_even_when_no_score_moves(run_scoring, tmp_path):
    # the example has no indicator over its upper bound, so a method switch moves no points: it must still show
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", "\n    method: inverse_ratio", "\n    method: linear_decline")
    edit(rules / "qualitative.yaml", "部分达成: {low: 60,", "部分达成: {low: 50,")
    (rules / "extra.yaml").write_text("title: 额外\nrules:\n  - id: typo-rule\n    title: 名称写错\n"
                                      "    when: {name: 绩效指标明确行, has_actual: true}\n    priority: 5\n    method: full\n"
                                      "    explain: 满分\n", encoding="utf-8")
    lines = run_scoring("diff", "rules", rules, "--lang", "en").stdout.splitlines()
    assert f"  typo-rule ({rules}/extra.yaml:3) added  (scores none of this table's indicators)" in lines
    assert "    method.outcome_bands.部分达成.low: 60 → 50" in lines
    at = lines.index(f"  upper-bound-over ({rules}/upper_bound.yaml:25) changed  (scores none of this table's indicators)")
    assert lines[at + 1] == "    method: inverse_ratio → linear_decline"
    data = json.loads(run_scoring("diff", "rules", rules, "--format", "json").stdout)
    assert {"name": "upper-bound-over", "change": "changed", "file": f"{rules}/upper_bound.yaml", "line": 25, "scores": False,
            "parts": [{"path": "method", "before": "inverse_ratio", "after": "linear_decline"}], "stale_title": []} in data["edits"]


def test_diff_reads_edits_as_an_auditor_means_them(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "vocabulary.yaml", "达成: [", "达成: [妥善, ")  # one word added to a list
    edit(rules / "qualitative.yaml", "部分达成: {low: 60,", "部分达成: {low: 60.0,")  # the same number
    edit(rules / "qualitative.yaml", "form: [word, none]", "form: [none, word]")  # the same set
    moved = (rules / "upper_bound.yaml").read_text(encoding="utf-8")
    (rules / "upper_bound.yaml").unlink()
    (rules / "limits.yaml").write_text(moved, encoding="utf-8")  # both rules moved to another file
    lines = run_scoring("diff", "rules", rules, "--lang", "en").stdout.splitlines()
    assert f"  vocabulary.yaml ({rules}/vocabulary.yaml) changed" in lines and "    words.达成: added 妥善" in lines
    assert f"  upper-bound-over ({rules}/limits.yaml:25) moved here  (scores none of this table's indicators)" in lines
    assert not any("qualitative-outcome" in line for line in lines)


def test_a_grade_that_changes_is_a_change_though_no_row_moves(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "grades.yaml", "{grade: 优, en: excellent, min: 90}", "{grade: 优, en: excellent, min: 97}")
    lines = run_scoring("diff", "rules", rules).stdout.splitlines()
    assert not any(line.startswith("无变化") for line in lines)
    assert "每个指标的得分、状态和规则都不变；总分或等级有变化（见下）" in lines
    assert lines[-1] == "总分 96.97 → 96.97（+0.00）；等级 优 → 良"
    data = json.loads(run_scoring("diff", "rules", rules, "--format", "json").stdout)
    assert data["changed"] is True and data["indicators"] == [] and data["grade"] == {"before": "优", "after": "良"}


def test_a_projects_budget_row_that_moves_is_listed(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "budget_execution.yaml", "    priority: 210\n    method:\n      ratio: {of: money_rate, cap: 1}",
         "    priority: 210\n    method: full")
    project = FIXTURES.parent.parent / "targets" / "2025" / "forest-fire-prevention.yaml"
    data = json.loads(run_scoring("diff", "rules", rules, project, "--format", "json").stdout)
    assert data["changed"] is True and "budget_row" in [i["id"] for i in data["indicators"]]


def test_a_changed_band_is_named_by_its_place_counted_from_1(run_scoring, tmp_path):
    """`method.bands.bands.1.share` read as the first band to an auditor; and 部分达成 → 部分达成 said nothing."""
    from helpers import ROOT, copy_rules, edit

    rules = copy_rules(tmp_path)
    edit(rules / "zero_target.yaml", "          - {upto: 10, share: 2/3}", "          - {upto: 10, share: 1/2}")
    for lang, place, status in (("zh", "method.bands.bands 第2项.share: 2/3 → 1/2", "状态 部分达成  规则"),
                                ("en", "method.bands.bands #2.share: 2/3 → 1/2", "status partial  rule")):
        out = run_scoring("diff", ROOT / "rules", rules, "--lang", lang).stdout
        assert f"    {place}\n" in out and status in out
    data = run_scoring("diff", ROOT / "rules", rules, "--format", "json").stdout
    assert '"path": "method.bands.bands.1.share"' in data  # data keep the index as programs count
