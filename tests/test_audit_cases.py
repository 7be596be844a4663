"""`scoring rules test`: the shipped cases pass and cover every rule; a failure shows where and what."""
from helpers import RULES, copy_rules, edit


def test_the_shipped_rule_tests_pass_and_cover_every_rule(run_scoring):
    r = run_scoring("rules", "test")
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert "没有任何测试用例覆盖的规则" not in r.stdout
    passed = int(lines[-1].split()[0])
    assert passed >= 50 and lines[-1] == f"{passed} 个通过，0 个失败"


def test_a_rule_edit_that_breaks_a_case_shows_the_case_file_line_expected_and_got(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "tests").mkdir()
    (rules / "tests" / "t.yaml").write_text(
        "cases:\n"
        "  - title: 超过上限 10%\n    target: ≤100%\n    actual: 110%\n    reason: 涨价\n"
        "    expect: {rule: upper-bound-over, points: 9.09, status: partial}\n", encoding="utf-8")
    assert run_scoring("rules", "test", rules).returncode == 0
    edit(rules / "upper_bound.yaml", "\n    method: inverse_ratio", "\n    method: linear_decline")
    r = run_scoring("rules", "test", rules, "--lang", "en")
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert lines[0] == f"{rules}/tests/t.yaml:2: FAIL: 超过上限 10%"
    assert lines[1] == "  expected: rule upper-bound-over, 9.09 points, status partial"
    assert lines[2] == "  got: rule upper-bound-over, 9.00 points, status partial"
    assert "rules no test case expects:" in r.stdout and f"  zero-target ({rules}/zero_target.yaml:9)" in r.stdout
    assert lines[-1] == "0 passed, 1 failed"


def test_a_malformed_case_file_is_located(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "tests").mkdir()
    (rules / "tests" / "t.yaml").write_text(
        "cases:\n  - title: x\n    target: ≥1人\n    expect: {rule: no-such-rule, points: 1, status: met}\n"
        "  - title: y\n    targt: ≥1人\n    expect: {rule: zero-target, points: 1, status: met}\n", encoding="utf-8")
    r = run_scoring("rules", "test", rules, "--lang", "en")
    assert r.returncode == 2
    assert f"{rules}/tests/t.yaml:6:5: error: unknown key 'targt'" in r.stderr


def test_a_failure_in_chinese_names_the_status_and_says_an_error_without_an_invented_file(run_scoring, tmp_path):
    """Auditors read Chinese: 'partial' alone, an English summary and `<memory>:` as a file puzzled them."""
    rules = copy_rules(tmp_path)
    (rules / "tests").mkdir()
    (rules / "tests" / "t.yaml").write_text(
        "cases:\n"
        "  - title: 超过上限 10%\n    target: ≤100%\n    actual: 110%\n    reason: 涨价\n"
        "    expect: {rule: upper-bound-over, points: 9.00, status: partial}\n"
        "  - title: 单位不符\n    target: ≤100%\n    actual: 110人\n"
        "    expect: {rule: upper-bound-over, points: 0, status: missed}\n", encoding="utf-8")
    r = run_scoring("rules", "test", rules, "--lang", "zh")
    lines = r.stdout.splitlines()
    assert lines[1] == "  期望: 规则 upper-bound-over，9.00 分，状态 partial（部分达成）"
    assert lines[2] == "  实际: 规则 upper-bound-over，9.09 分，状态 partial（部分达成）"
    assert lines[5].startswith("  实际: 出错：实际值单位「人」与目标单位「%」不一致：")
    assert lines[-1] == "0 个通过，2 个失败"
