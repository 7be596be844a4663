"""Importing the published 2025 table: the committed YAML, the damaged rows' readings, unplaceable rows."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from scoring.errors import ScoringError
from scoring.table.importer import import_table
from scoring.table.load import load_targets
from scoring.yamlio import read_text

EXPECTED_PROJECTS = {  # 重点工作 → 对应项目, as a reader of the seed pairs them
    "企业退休人员补贴及社会化服务管理工作": "企业退休人员生活补助及管理服务",
    "离休二乙残经费补助": "离休及二乙残医疗保障经费",
    "机关养老缺口补助": "机关养老保险区级缺口资金",
    "居民医疗保险区补资金": "城乡居民医疗保险区补资金（三保）",
    "城乡居民各项待遇支付": "城乡居民基本养老保险区补资金（三保）",
    "机关补充医疗补助资金": "机关事业单位补充医疗保险补助资金",
}


@pytest.fixture
def table(targets_path):
    return load_targets(targets_path)


@pytest.fixture
def yaml_text(targets_path):
    return targets_path.read_text(encoding="utf-8")


def comments_above(yaml_text: str, anchor: str) -> list[str]:
    """The comment lines directly above the line that reads `anchor` (after indentation)."""
    lines = [line.strip() for line in yaml_text.splitlines()]
    i = lines.index(anchor)
    out = []
    while lines[i - 1].startswith("#"):
        i -= 1
        out.insert(0, lines[i])
    return out


def find(table, name):
    return next((s, g, i) for s, g, i in table.rows() if i.name == name)


# -- the committed file -----------------------------------------------------------------------------


def test_importing_the_seed_reproduces_the_committed_yaml_byte_for_byte(seed_path, targets_path):
    assert import_table(read_text(seed_path), str(seed_path)) == targets_path.read_text(encoding="utf-8")


def test_the_import_command_writes_the_committed_yaml(run_scoring, seed_path, targets_path, tmp_path):
    out = tmp_path / "t.yaml"
    done = run_scoring("import", seed_path, "-o", out)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == targets_path.read_bytes()


def test_the_file_opens_with_a_header_comment_and_quotes_target_values(yaml_text):
    assert yaml_text.startswith("# 江宁区部门整体预算绩效目标表 · 南京市江宁区社会保险管理中心 · 2025年度\n")
    assert "000_a291d28074b2eada.txt" in yaml_text.splitlines()[1]
    assert '            half_year: "≥10647人"\n' in yaml_text
    assert "{" not in yaml_text and "[]" in yaml_text  # block style; only the empty group is inline


def test_57_indicators_by_level1(table):
    counts = Counter(section.level1 for section, _, _ in table.rows())
    assert counts == {"决策": 6, "过程": 25, "履职": 21, "效益": 4, "满意度": 1}
    assert [s.level1 for s in table.indicators] == ["决策", "过程", "履职", "效益", "满意度"]


def test_ids_are_level1_code_and_sequence(table):
    ids = [item.id for _, _, item in table.rows()]
    assert ids[:6] == ["D01", "D02", "D03", "D04", "D05", "D06"]
    assert ids[6] == "P01" and ids[30] == "P25" and ids[31] == "F01" and ids[51] == "F21"
    assert ids[52:] == ["B01", "B02", "B03", "B04", "S01"]


def test_unit_year_and_goals(table):
    assert table.year == 2025
    assert table.title == "江宁区部门整体预算绩效目标表"
    assert table.unit.name == "南京市江宁区社会保险管理中心"
    assert table.unit.functions.startswith("为全区参保职工提供社会保险各项服务")
    assert table.unit.departments.startswith("根据单位职责分工")
    assert table.goals.mid_long_term.startswith("提高劳动生产率")
    assert "居民养老待遇区级财政承担37639万元" in table.goals.annual


def test_funds_as_printed(table):
    income, spending = table.funds.income, table.funds.expenditure
    assert income.total == Decimal("76032.38")
    assert [(s.name, s.amount) for s in income.sources] == [
        ("财政拨款", Decimal("76032.38")), ("社保基金", 0), ("上年结转资金", 0), ("其他资金", 0)]
    assert [(p.name, p.amount) for p in income.sources[0].parts] == [
        ("一般公共预算资金", Decimal("76032.38")), ("政府性基金", 0), ("财政专户管理资金", 0), ("国有资本金", 0)]
    assert (spending.basic.half_year, spending.basic.annual) == (1355, Decimal("2786.38"))
    assert (spending.projects_total.half_year, spending.projects_total.annual) == (36623, 73246)
    assert len(spending.projects) == 7
    assert sum(p.annual for p in spending.projects) == 73246
    assert sum(p.half_year for p in spending.projects) == Decimal("36622.5")


# -- the damaged rows -------------------------------------------------------------------------------


def test_project_row_shifted_to_column_one_is_read_as_a_project(table, yaml_text):
    last = table.funds.expenditure.projects[-1]
    assert (last.name, last.half_year, last.annual) == ("机关事业单位补充医疗保险补助资金", 4650, 9300)
    [comment] = comments_above(yaml_text, "- name: 机关事业单位补充医疗保险补助资金")
    assert comment.startswith("# 第29行：整行错位")


def test_decision_rows_after_the_page_break_continue_the_group_above(table, yaml_text):
    section, group, _ = find(table, "预算编制科学性")
    assert (section.level1, group.level2) == ("决策", "目标设定")
    assert [i.name for i in group.items] == ["绩效目标合理性", "绩效指标明确性", "预算编制科学性", "预算编制规范性"]
    for line, item in ((38, "D05"), (39, "D06")):
        [comment] = comments_above(yaml_text, f"- id: {item}")
        assert comment.startswith(f"# 第{line}行：分页后没有二级指标单元格") and "「目标设定」" in comment


def test_a_single_printed_value_serves_half_year_and_annual(table, yaml_text):
    _, group, item = find(table, "预算管理制度健全性")
    assert group.level2 == "预算管理"
    assert (item.half_year.text, item.annual.text) == ("健全", "健全")
    assert comments_above(yaml_text, f"- id: {item.id}") == [
        "# 第48行：只印出一个指标值「健全」；半年和全年指标值都读作「健全」"]


def test_a_row_without_level_cells_joins_the_group_above(table, yaml_text):
    section, group, item = find(table, "查询及时有效性")
    assert (section.level1, group.level2) == ("效益", "社会效益")
    assert (item.half_year.text, item.annual.text) == ("有效", "有效")
    [comment] = comments_above(yaml_text, f"- id: {item.id}")
    assert comment.startswith("# 第91行：没有一级、二级指标单元格") and "「社会效益」" in comment


def test_a_level2_without_rows_is_kept_as_an_empty_group(table, yaml_text):
    benefit = next(s for s in table.indicators if s.level1 == "效益")
    assert [(g.level2, len(g.items)) for g in benefit.groups] == [
        ("经济效益", 1), ("社会效益", 2), ("生态效益", 0), ("可持续影响", 1)]
    assert comments_above(yaml_text, "- level2: 生态效益") == ["# 第92行：二级指标「生态效益」下没有三级指标，保留为空组"]


def test_the_performance_block_takes_its_levels_from_the_middle_row(table, yaml_text):
    duty = next(s for s in table.indicators if s.level1 == "履职")
    [group] = duty.groups
    assert group.level2 == "为全区参保职工提供社会保险各项服务"
    assert [i.name for i in group.items][:3] == ["养老自主增资发放人数", "离休干部增发养老金人数", "保养定补发放人数"]
    assert comments_above(yaml_text, "- id: F01")[0].startswith("# 第66–73行没有一级、二级指标单元格：读作第75行")


def test_each_key_work_maps_to_the_funded_project_most_like_it(table, yaml_text):
    mapping = {item.key_work: item.project for section, _, item in table.rows() if section.level1 == "履职"}
    assert mapping == EXPECTED_PROJECTS
    used = {i.project for _, _, i in table.rows() if i.project}
    assert "档案数字化管理及住院病案审核专项经费" not in used
    assert "对应项目单元格为空" in comments_above(yaml_text, "- id: F09")[0]
    assert "「城乡居民医疗保险区补资金（三保）」" in comments_above(yaml_text, "- id: F09")[0]


def test_a_stray_space_inside_a_name_is_removed_and_noted(table, yaml_text):
    _, _, item = find(table, "缴费补贴人数")
    assert item.key_work == "城乡居民各项待遇支付"
    assert comments_above(yaml_text, f"- id: {item.id}") == [
        "# 第83行：名称「缴费补贴 人数」里的空格是导出时断行留下的；读作「缴费补贴人数」"]


# -- rows that cannot be placed ---------------------------------------------------------------------


def seed_lines(seed_path) -> list[str]:
    return read_text(seed_path).split("\n")


def test_a_funds_row_without_an_amount_is_reported_with_its_line(seed_path):
    lines = seed_lines(seed_path)
    lines.insert(19, "\t\t备注：以上为预计数\t\t\t")  # becomes line 20, inside the income rows
    with pytest.raises(ScoringError) as e:
        import_table("\n".join(lines), "bad.txt")
    [problem] = e.value.problems
    assert (problem.file, problem.line, problem.column) == ("bad.txt", 20, 3)
    assert "第20行" in problem.zh and "备注：以上为预计数" in problem.zh


def test_rows_whose_block_never_prints_its_levels_are_each_reported(seed_path):
    lines = seed_lines(seed_path)
    assert lines[74].startswith("履职\t为全区参保职工提供社会保险各项服务\t")
    lines[74] = lines[74].replace("履职\t为全区参保职工提供社会保险各项服务\t", "\t\t")
    with pytest.raises(ScoringError) as e:
        import_table("\n".join(lines), "bad.txt")
    assert [p.line for p in e.value.problems] == [*range(66, 74), *range(75, 88)]
    assert "养老自主增资发放人数" in e.value.problems[0].zh


def test_a_table_without_a_year_is_refused(seed_path):
    lines = [line for line in seed_lines(seed_path) if line != "2025年度"]
    with pytest.raises(ScoringError) as e:
        import_table("\n".join(lines), "bad.txt")
    assert [p.en for p in e.value.problems] == ["no year found (such as 2025)"]


def test_the_import_command_reports_unplaceable_rows_and_writes_nothing(run_scoring, seed_path, tmp_path):
    bad, out = tmp_path / "bad.txt", tmp_path / "out.yaml"
    lines = seed_lines(seed_path)
    lines.insert(6, "编制说明：本表金额单位为万元")  # line 7, between the year and the unit facts
    bad.write_text("\n".join(lines), encoding="utf-8")
    done = run_scoring("import", bad, "-o", out)
    assert done.returncode == 2
    assert f"{bad}:7:1: 错误: 无法放置第7行" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


# -- another layout ---------------------------------------------------------------------------------



def test_another_layout_with_printed_projects_and_a_repeated_header(other_layout_path, tmp_path):
    path = tmp_path / "other.yaml"
    path.write_text(import_table(read_text(other_layout_path), "other.txt"), encoding="utf-8")
    table = load_targets(path)
    rows = [(s.level1, g.level2, i.id, i.name, i.half_year.text, i.annual.text, i.project) for s, g, i in table.rows()]
    assert rows == [
        ("产出", "数量指标", "O01", "养护里程", ">=50公里", ">=100公里", "道路养护经费"),
        ("产出", "数量指标", "O02", "路面修补面积", "/", "≥2,000平方米", "道路养护经费"),
        ("产出", "数量指标", "O03", "巡查次数", "≥10次", "≥20次", "道路养护经费"),
        ("成本", "经济成本指标", "C01", "单位成本", "≤1.5万元", "≤1.5万元", None),
    ]
    assert table.funds.income.sources[0].parts[0].name == "一般公共预算资金"
    assert "# 第" not in path.read_text(encoding="utf-8")  # nothing damaged, nothing to explain


def test_an_unknown_level1_gets_x_ids_and_a_short_name_stays_a_name(other_layout_path, tmp_path):
    text = read_text(other_layout_path).replace(
        "成本指标\t经济成本指标\t\t\t单位成本\t≤1.5万元\t≤1.5万元", "管理指标\t内部管理\t\t\t满意度\t≥90%")
    path = tmp_path / "other.yaml"
    path.write_text(import_table(text, "other.txt"), encoding="utf-8")
    section, group, item = list(load_targets(path).rows())[-1]
    assert (section.level1, group.level2, item.id, item.name) == ("管理指标", "内部管理", "X01", "满意度")
    assert (item.half_year.text, item.annual.text) == ("≥90%", "≥90%")
    assert "第19行：只印出一个指标值「≥90%」" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["", "  \n\t\n"])
def test_an_empty_file_is_said_to_be_empty(text):
    """It listed six parts of a table it could not find."""
    with pytest.raises(ScoringError) as e:
        import_table(text, "表.txt")
    assert [(p.code, p.where()) for p in e.value.problems] == [("input.empty_file", "表.txt:1:1")]
