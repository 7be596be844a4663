"""durable_rules' own limits are told as errors, with the way round them, never a traceback."""
from __future__ import annotations

from helpers import MINI_ANNUAL, MINI_TARGETS, copy_rules, requires_durable, run_cli, run_cli_isolated


@requires_durable
def test_a_ruleset_durable_cannot_build_is_an_error_naming_the_python_engine(tmp_path):
    # 258 rules sharing one condition: durable_rules fails to build the ruleset (its code 108)
    rules = copy_rules(tmp_path)
    lines = ["title: 同一条件", "rules:"]
    for i in range(300):
        lines += [f"  - id: same-{i}", f"    title: 第 {i} 条", "    when: {form: number}", f"    priority: {1000 + i}",
                  "    method: full", "    explain: 满分"]
    (rules / "same.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run_cli(["evaluate", MINI_TARGETS, "--actuals", MINI_ANNUAL, "--rules", rules, "--engine", "durable",
                 "--format", "json", "--out", "-", "--lang", "en"])
    assert r.returncode == 2 and r.stdout == ""
    assert "the durable_rules engine cannot handle these rules" in r.stderr and "--engine python" in r.stderr
    r = run_cli(["evaluate", MINI_TARGETS, "--actuals", MINI_ANNUAL, "--rules", rules, "--engine", "python",
                 "--format", "json", "--out", "-"])
    assert r.returncode == 0


@requires_durable
def test_more_than_64_rules_matching_one_indicator_are_refused_before_durable_crashes(tmp_path):
    rules = copy_rules(tmp_path)
    lines = ["title: 都匹配", "rules:"]
    for i in range(65):  # different conditions, all holding on every number row
        lines += [f"  - id: all-{i}", f"    title: 第 {i} 条", f"    when: {{form: number, name: {{ne: 无{i}}}}}",
                  f"    priority: {1000 + i}", "    method: full", "    explain: 满分"]
    (rules / "all.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # in a child: before, durable_rules crashed its process (SIGSEGV)
    r = run_cli_isolated(["evaluate", MINI_TARGETS, "--actuals", MINI_ANNUAL, "--rules", rules, "--engine", "durable",
                          "--lang", "en"])
    assert r.returncode == 2, r.stderr
    assert "rules match one indicator; durable_rules crashes above 64" in r.stderr and "--engine python" in r.stderr
