"""`scoring check RULES_DIR`: schema errors, rules that never win, ties and gaps, each located."""
from helpers import RULES, copy_rules, edit

TARGETS = "targets/2025/jiangning-social-insurance.yaml"


def test_the_shipped_rules_are_clean(run_scoring):
    r = run_scoring("check", "rules", "--targets", TARGETS)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip().splitlines()[-1] == "0 个错误，0 个警告"


def test_every_schema_error_is_reported_at_once_with_its_location(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "zero_target.yaml", "      target: 0\n      has_actual: true\n    priority: 0",
         "      target: 0\n      has_actul: true\n    priority: 0")
    edit(rules / "upper_bound.yaml", "\n    method: inverse_ratio", "\n    method: inverse_ration")
    r = run_scoring("check", rules, "--lang", "en")
    assert r.returncode == 2
    assert f"{rules}/zero_target.yaml:15:7: error: unknown condition field 'has_actul'" in r.stderr
    assert f"{rules}/upper_bound.yaml:33:13: error: unknown scoring method 'inverse_ration'" in r.stderr


def test_a_rule_that_can_never_win_is_a_warning_naming_the_rule_that_shadows_it(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "extra.yaml").write_text(
        "title: 额外\nrules:\n"
        "  - id: word-missing\n    title: 未填报的定性指标\n    when: {form: word, has_actual: false}\n"
        "    priority: 50\n    method: zero\n    explain: 零分\n", encoding="utf-8")
    r = run_scoring("check", rules, "--lang", "en")
    assert r.returncode == 1, r.stdout + r.stderr
    assert (f"{rules}/extra.yaml:3:5: warning: rule word-missing (priority 50) can never win: wherever it matches, "
            f"a higher-priority rule matches too: missing-actual ({rules}/missing_actual.yaml:6), priority 100") in r.stdout


def test_two_rules_at_one_priority_that_match_one_indicator_are_an_error(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "satisfaction.yaml").write_text(
        "title: 满意度\nrules:\n"
        "  - id: satisfaction-full\n    title: 满意度一律满分\n    when: {name: 满意率}\n"
        "    priority: 10\n    method: full\n    explain: 满分\n", encoding="utf-8")
    r = run_scoring("check", rules, "--lang", "en")
    assert r.returncode == 2
    line = next(x for x in r.stderr.splitlines() if "share priority 10" in x)
    assert line.startswith(f"{rules}/satisfaction.yaml:3:5: error: rule satisfaction-full and lower-bound-met ({rules}/lower_bound.yaml:9)")
    assert "(e.g. '满意率', target =0.000001%, actual 0.000001%)" in line  # an indicator as an auditor reads one


def test_with_targets_an_indicator_no_rule_scores_and_a_rule_that_scores_nothing(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "upper_bound.yaml").unlink()
    (rules / "extra.yaml").write_text(
        "title: 额外\nrules:\n"
        "  - id: execution-typo\n    title: 名称写错的规则\n    when: {name: 预算执行律, has_actual: true}\n"
        "    priority: 5\n    method: full\n    explain: 满分\n"
        "  - id: acreage\n    title: 面积指标\n    when: {unit: 亩, has_actual: true}\n"
        "    priority: 5\n    method: full\n    explain: 满分\n"
        "  - id: not-execution\n    title: 排除某指标的面积规则\n    when: {unit: 亩, name: {ne: 预算执行率}, has_actual: true}\n"
        "    priority: 6\n    method: full\n    explain: 满分\n", encoding="utf-8")
    r = run_scoring("check", rules, "--targets", TARGETS, "--lang", "en")
    assert r.returncode == 2
    assert f"{TARGETS}:123:13: error: no rule scores indicator P05 '公用经费控制率' (annual)" in r.stderr
    assert f"{rules}/extra.yaml:3:5: warning: rule execution-typo scores none of the indicators" in r.stdout
    assert "name '预算执行律' is not in the table (did you mean: P03 预算执行率" in r.stdout
    # a rule for a kind of target this table does not have (acres) is not a mistake, even one that excludes a name
    assert "acreage" not in r.stdout and "not-execution" not in r.stdout


def test_a_target_table_is_still_checked_as_before(run_scoring):
    r = run_scoring("check", TARGETS)
    assert r.returncode == 0 and "个错误" in r.stdout
    assert run_scoring("check", TARGETS, "--targets", TARGETS).returncode == 2
