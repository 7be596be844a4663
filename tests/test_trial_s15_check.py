"""`scoring check` on the rule folders of the user trial s15 (notes trial-s15 #4): a settings file's mistake between
its entries is said at the entry at fault, with what was found there, as a rule file's mistakes are."""
from __future__ import annotations

import pytest

from helpers import check_edited_rules


def _said(stderr: str) -> list[str]:
    """The error lines, each from the file's name on (the folder is the test's own)."""
    return [line.split("/rules/", 1)[1] for line in stderr.splitlines() if "/rules/" in line]


@pytest.mark.parametrize("file,old,new,zh,en", [
    # a grade's min above the one before it: at that min, naming both grades and mins
    ("grades.yaml", "en: good, min: 80}", "en: good, min: 95}",
     ["grades.yaml:4:31: 错误: 等级「良」的 min 95 高于上一档「优」的 min 90：等级应按 min 从高到低排列且不重复"],
     ["grades.yaml:4:31: error: grade 良 has min 95, above the min 90 of the grade before it, 优: grades must be "
      "listed by min, descending, without repeats"]),
    ("grades.yaml", "en: good, min: 80}", "en: good, min: 90}",
     ["grades.yaml:4:31: 错误: 等级「良」的 min 90 与上一档「优」相同：等级应按 min 从高到低排列且不重复"],
     ["grades.yaml:4:31: error: grade 良 has min 90, as the grade before it, 优, has: grades must be listed by min, "
      "descending, without repeats"]),
    # a grade given again at the end: that it is listed already (and where), and that its min is out of order
    ("grades.yaml", "en: poor, min: 0}\n", "en: poor, min: 0}\n  - {grade: 良, en: good, min: 85}\n",
     ["grades.yaml:7:13: 错误: 等级「良」已在第 4 行列出：每个等级只写一次",
      "grades.yaml:7:31: 错误: 等级「良」的 min 85 高于上一档「差」的 min 0：等级应按 min 从高到低排列且不重复"],
     ["grades.yaml:7:13: error: grade 良 is listed already at line 4: each grade once",
      "grades.yaml:7:31: error: grade 良 has min 85, above the min 0 of the grade before it, 差: grades must be "
      "listed by min, descending, without repeats"]),
    ("grades.yaml", "en: poor, min: 0}", "en: poor, min: 5}",
     ["grades.yaml:6:31: 错误: 最低等级「差」的 min 为 5，应为 0：否则低于 5 的总分没有等级"],
     ["grades.yaml:6:31: error: the lowest grade, 差, has min 5; it must be 0, or a total below 5 has no grade"]),
    # one word under two outcomes: at its second place, with the line of the first
    ("vocabulary.yaml", "基本满意]", "基本满意, 良好]",
     ["vocabulary.yaml:11:78: 错误: 词「良好」同时属于「达成」（第 8 行）和「部分达成」"],
     ["vocabulary.yaml:11:78: error: the word '良好' is under both 达成 (line 8) and 部分达成"]),
    # status bands: at the band at fault, with its below and the one before it
    ("monitoring.yaml", "  - {below: 80, status: yellow}\n  - {below: 120", "  - {below: 50, status: yellow}\n  - {below: 120",
     ["monitoring.yaml:8:13: 错误: ratio 的「yellow」档 below 50 低于上一档「red」的 below 60：状态档应按 below 从小到大排列，"
      "最后一档不写 below"],
     ["monitoring.yaml:8:13: error: ratio: the yellow band's below 50 is under the red band's before it, 60: status "
      "bands must rise by below, the last with no below"]),
    ("monitoring.yaml", "  - {status: green}", "  - {below: 150, status: green}",
     ["monitoring.yaml:14:13: 错误: budget 的最后一档「green」写了 below 150：最后一档不写 below，其余的值都归它"],
     ["monitoring.yaml:14:13: error: budget: the last band, green, has below 150; the last band has none, it takes "
      "every value left"]),
    ("monitoring.yaml", "  - {below: 80, status: yellow}\n  - {status: green}", "  - {status: yellow}\n  - {status: green}",
     ["monitoring.yaml:13:5: 错误: budget 的「yellow」档没有 below：只有最后一档不写 below"],
     ["monitoring.yaml:13:5: error: budget: the yellow band has no below; only the last band has none"]),
    # points that do not add up: at the mapping that does not, not at the file's first key
    ("weights.yaml", "  过程: 20", "  过程: 25",
     ["weights.yaml:10:1: 错误: 一级指标分值合计 105，应等于总分 100"],
     ["weights.yaml:10:1: error: level-1 points add up to 105, not the total 100"]),
    ("weights.yaml", "    产出: 50", "    产出: 55",
     ["weights.yaml:21:1: 错误: project 的一级指标分值与 budget_row 合计 105，应等于总分 100"],
     ["weights.yaml:21:1: error: project: level-1 points and budget_row add up to 105, not the total 100"]),
])
def test_a_settings_mistake_between_entries_is_said_at_the_entry(tmp_path, file, old, new, zh, en):
    code, zh_err, en_err = check_edited_rules(tmp_path, file, old, new)
    assert code == 2
    assert _said(zh_err) == zh and _said(en_err) == en


# -- #7: check rules --targets on a project table: no warning of a rule for other tables; the project named -----

PROJECT = "targets/2025/forest-fire-prevention.yaml"
DEPARTMENT = "targets/2025/jiangning-social-insurance.yaml"


def _with_rule(tmp_path, name: str):
    from helpers import copy_rules

    rules = copy_rules(tmp_path)
    (rules / "extra.yaml").write_text(
        "title: 额外\nrules:\n  - id: named-rule\n    title: 按名称计分\n"
        f"    when: {{name: {name}, has_actual: true}}\n    priority: 5\n    method: full\n    explain: 满分\n",
        encoding="utf-8")
    return rules


def test_the_shipped_rules_check_clean_against_the_shipped_project_table():
    """budget-adjustment-bands names 预算调整率, an indicator of department tables: on a project table, which has
    none like it, it is a rule for other tables, not a misspelt name (it warned, exit 1)."""
    from helpers import ROOT, run_cli

    for lang in ("zh", "en"):
        done = run_cli(["--lang", lang, "check", ROOT / "rules", "--targets", ROOT / PROJECT])
        assert done.returncode == 0 and "budget-adjustment-bands" not in done.stdout + done.stderr


def test_a_misspelt_name_near_a_project_row_is_warned_naming_the_project(tmp_path):
    from helpers import ROOT, run_cli

    rules = _with_rule(tmp_path, "林区群众满意程度")
    zh = run_cli(["check", rules, "--targets", ROOT / PROJECT])
    assert zh.returncode == 1
    assert ("extra.yaml:3:5: 警告: 规则 named-rule 不为目标表 森林防火能力提升项目（示例） 的任何指标计分："
            "name「林区群众满意程度」不在该表中（是否指：S01 林区群众满意度）") in zh.stdout
    en = run_cli(["--lang", "en", "check", rules, "--targets", ROOT / PROJECT])
    assert ("extra.yaml:3:5: warning: rule named-rule scores none of the indicators of the table of 森林防火能力提升项目（示例）: "
            "name '林区群众满意程度' is not in the table (did you mean: S01 林区群众满意度)") in en.stdout


def test_a_department_table_is_named_by_its_unit_and_a_name_like_none_of_its_rows_is_not_warned(tmp_path):
    from helpers import ROOT, run_cli

    near = run_cli(["check", _with_rule(tmp_path / "a", "政府采购执行律"), "--targets", ROOT / DEPARTMENT])
    assert "不为目标表 南京市江宁区社会保险管理中心 的任何指标计分" in near.stdout
    other = run_cli(["check", _with_rule(tmp_path / "b", "森林防火隔离带"), "--targets", ROOT / DEPARTMENT])
    assert other.returncode == 0 and "named-rule" not in other.stdout
