"""`scoring diff` over a folder says a rule that wins nothing does so on the tables compared, not on "this
table"."""
from helpers import RULES, copy_rules

EXTRA = ("title: 额外\nrules:\n  - id: typo-rule\n    title: 名称写错\n    when: {name: 绩效指标明确行, has_actual: true}\n"
         "    priority: 5\n    method: full\n    explain: 满分\n")


def test_an_idle_rule_is_said_of_every_table_compared(run_scoring, tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    zh = run_scoring("diff", RULES, rules, "targets").stdout.splitlines()
    assert f"  typo-rule（{rules}/extra.yaml:3）新增（在所比较的各表上不为任何指标计分）" in zh
    assert not any("本表" in line for line in zh)
    en = run_scoring("diff", RULES, rules, "targets", "--lang", "en").stdout.splitlines()
    assert f"  typo-rule ({rules}/extra.yaml:3) added  (scores none of the compared tables' indicators)" in en
    one = run_scoring("diff", RULES, rules, "targets/2025/forest-fire-prevention.yaml").stdout.splitlines()
    assert f"  typo-rule（{rules}/extra.yaml:3）新增（在本表上不为任何指标计分）" in one
