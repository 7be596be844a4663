"""`scoring import` of a 项目支出 table as clerks really print it: what a review of the first version found it
read wrong (a money unit not written exactly, a 合计 with a row missing its 分值, qualitative targets that start
with 约, a date row taken for the year, a label in one cell and its value in the next …)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from helpers import FIXTURES, run_cli
from scoring.errors import ScoringError
from scoring.table.importer import import_table
from scoring.table.model import TargetTable
from scoring.yamlio import parse_yaml, validate

TARGET = FIXTURES / "project-target-export.txt"  # a 目标表 with 填报单位 / 金额单位 row, 合计 and 填表人 footer
FORM = FIXTURES / "project-export.txt"  # a 自评表
SEED = FIXTURES / "000_a291d28074b2eada.txt"  # a 部门整体 table


def _lines(path=TARGET) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _import(lines: list[str], warnings=None) -> str:
    return import_table(_text(lines), "t.txt", warnings)


def _table(lines: list[str]) -> TargetTable:
    return validate(parse_yaml(_import(lines), "t.yaml"), TargetTable)


def _error(lines: list[str]):
    with pytest.raises(ScoringError) as e:
        _import(lines)
    return e.value.problems


def _at(lines: list[str], start: str) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(start))


# ---- 1. the money unit, however the 单位 cell writes it


def _in_yuan(unit_cell: str, label: str = "项目资金") -> list[str]:
    """The target table with its header's money cell replaced and its money printed in 元 under `label`."""
    lines = _lines()
    lines[1] = lines[1].replace("金额单位：万元", unit_cell)
    return [line.replace("项目资金（万元）", label).replace("\t180\t200\t", "\t1800000\t2000000.5\t")
            .replace("\t180\t180\t", "\t1800000\t1800000\t").replace("\t0\t20\t", "\t0\t200000.5\t") for line in lines]


@pytest.mark.parametrize("cell", ["单位：人民币元", "单位：（元）", "单位：元（人民币）", "单位：(元)", "金额单位：（元）",
                                  "金额单位：人民币元", "金额单位： 元 "])
def test_a_money_unit_written_loosely_is_the_money_unit(cell):
    table = _table(_in_yuan(cell))
    assert [(f.initial, f.annual) for f in table.project.funds][:3] == [
        (180, Decimal("200.00005")), (180, 180), (0, Decimal("20.00005"))]
    assert table.project.implementer == "示例县林业工作站"


def test_a_money_unit_is_never_the_reporting_unit():
    lines = [line for line in _in_yuan("单位：人民币元") if not line.startswith("主管部门")]
    lines[1] = lines[1].replace("填报单位：示例县林业局", "")
    problems = _error(lines)
    assert [p.code for p in problems] == ["table.import_no_implementer"]  # not 「人民币元」 as the implementer


@pytest.mark.parametrize("cell", ["单位：美元", "金额单位：万", "金额单位：人民币"])
def test_a_money_unit_that_cannot_be_converted_is_an_error_at_its_cell(cell):
    lines = _in_yuan(cell)
    [p] = _error(lines)
    assert (p.code, p.line, p.column) == ("table.import_money_unit_unknown", 2, lines[1].index(cell) + 1)
    assert cell.split("：")[1].strip() in p.zh and cell.split("：")[1].strip() in p.en


def test_a_blank_money_unit_states_none():
    lines = _lines()
    lines[1] = lines[1].replace("金额单位：万元", "金额单位：")
    table = _table(lines)
    assert [(f.initial, f.annual) for f in table.project.funds][:1] == [(180, 200)]


def test_a_bracketed_wan_is_wan():
    lines = _lines()
    lines[1] = lines[1].replace("金额单位：万元", "金额单位：（万元）")
    out = _import(lines)
    assert "换算为万元" not in out
    assert [(f.initial, f.annual) for f in validate(parse_yaml(out, "t"), TargetTable).project.funds][:1] == [(180, 200)]


# ---- 2. the 合计 and 总分 checks say nothing where a row has no 分值


def _without_points(lines: list[str], name: str = "专职巡护人员") -> list[str]:
    at = _at(lines, f"\t\t\t{name}")
    lines[at] = lines[at].replace("≥30人\t10", "≥30人\t")
    return lines


@pytest.mark.parametrize("printed", ["90", "95"])
def test_a_sum_over_a_row_without_points_is_neither_confirmed_nor_refuted(printed):
    lines = _without_points(_lines())
    lines[_at(lines, "合计")] = f"合计\t\t\t\t\t\t{printed}"
    warnings = []
    out = _import(lines, warnings)
    assert "「合计」的分值" not in out, out  # the sum row is neither confirmed nor refuted
    sum_line = _at(lines, "合计") + 1
    assert all(w.line != sum_line for w in warnings)
    # the row without 分值 is said, where the 合计 prints more than the others add up to (test_import_shifted_rows)
    assert all("专职巡护人员" in w.zh and "没有分值" in w.zh for w in warnings)


def test_a_forms_sum_row_is_not_read_from_its_score_column():
    lines = _lines(FORM)
    lines[_at(lines, "总分")] = "合计\t\t\t\t\t\t\t\t95.33"  # under 得分; the 分值 column is blank
    warnings = []
    out = _import(lines, warnings)
    assert warnings == [] and "95.33" not in out


def test_a_total_over_a_row_without_points_is_not_said_to_differ():
    lines = _lines(FORM)
    at = _at(lines, "\t\t\t专职巡护人员")
    lines[at] = lines[at].replace("28人\t10\t9.33", "28人\t\t9.33")
    out = _import(lines)
    assert "「总分」的分值" not in out  # (the row without 分值 is said at that row: test_import_shifted_rows)
    lines[at] = lines[at].replace("28人\t\t9.33", "28人\t5\t9.33")  # a 分值 that does not add up is still said
    assert "「总分」的分值印为 100，而各三级指标分值合计 85（不含预算执行率行），含预算执行率行为 95" in _import(lines)


# ---- 3. a qualitative target may start with 约; a quantity in words may not


def _with_target(target: str, lines: list[str] | None = None) -> list[str]:
    lines = _lines() if lines is None else lines
    at = _at(lines, "\t\t可持续影响指标")
    lines[at] = lines[at].replace("健全", target)
    return lines


@pytest.mark.parametrize("target", ["约束机制健全", "约定期限内完成", "约谈整改到位", "接近预期"])
def test_a_qualitative_target_starting_with_yue_is_read(target):
    assert [i.annual.text for _, _, i in _table(_with_target(target)).rows()][7] == target


@pytest.mark.parametrize("target", ["约一半", "大约三成", "将近九成", "接近三成", "百分百", "百分之百", "百分百完成"])
def test_a_quantity_written_approximately_or_in_words_is_refused(target):
    lines = _with_target(target)
    [p] = _error(lines)
    assert (p.code, p.line) == ("table.import_vague_target", _at(lines, "\t\t可持续影响指标") + 1) and target in p.zh


# ---- 4. the budget row's label with its unit, and an amount that is no number


@pytest.mark.parametrize("label", ["预算执行率（%）", "预算执行率(%)", "项目资金执行率（%）"])
def test_a_rate_label_with_its_unit_is_the_budget_row(label):
    lines = [line.replace("\t\t预算执行率\t", f"\t\t{label}\t") for line in _lines()]
    table = _table(lines)
    assert [f.source for f in table.project.funds] == ["年度资金总额", "本年财政拨款", "上年结转资金", "其他资金"]
    assert (table.budget_row.name, table.budget_row.weight) == (label.split("率")[0] + "率", 10)


@pytest.mark.parametrize("amount", ["20万", "二十", "20元"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_amount_that_is_no_number_is_an_error_at_its_cell(amount, lang):
    lines = _lines()
    at = _at(lines, "\t\t上年结转资金")
    lines[at] = lines[at].replace("\t0\t20\t", f"\t0\t{amount}\t")
    [p] = _error(lines)
    assert (p.code, p.line, p.column) == ("table.import_money_amount", at + 1, lines[at].index(amount) + 1)
    assert amount in p.message(lang)


def test_an_amount_printed_as_a_dash_is_none():
    lines = _lines()
    at = _at(lines, "\t\t其他资金")
    lines[at] = lines[at].replace("\t0\t0\t", "\t-\t/\t")
    funds = _table(lines).project.funds
    assert (funds[3].source, funds[3].annual) == ("其他资金", 0)


# ---- 5. the year: from a year row or the title, never from a date; one reading for both kinds of table


def test_a_date_row_under_a_title_without_year_gives_no_year():
    lines = _lines()
    lines[0:2] = ["项目支出绩效目标表", "2024年3月1日"]
    problems = _error(lines)
    assert [(p.code, p.line) for p in problems] == [("table.import_unplaced", 2), ("table.import_no_year", None)]
    assert "2024年3月1日" in problems[0].zh


def test_a_date_row_under_a_titles_year_is_no_other_year():
    lines = _lines()
    lines[1] = "2024年12月20日"
    [p] = _error(lines)
    assert (p.code, p.line) == ("table.import_unplaced", 2) and "2024年12月20日" in p.en


@pytest.mark.parametrize("title", ["项目支出绩效目标表（2025年度）", "项目支出绩效目标表(2025年度)", "2025 年度项目支出绩效目标表"])
def test_a_project_title_gives_its_year_wherever_it_prints_it(title):
    lines = _lines()
    lines[0] = title
    table = _table(lines)
    assert (table.year, table.title) == (2025, "项目支出绩效目标表")


def _dept(rows: list[str]) -> list[str]:
    lines = _lines(SEED)
    at = _at(lines, "江宁区部门整体")
    assert lines[at + 2] == "2025年度"
    lines[at:at + 3] = rows
    return lines


@pytest.mark.parametrize("rows", [["江宁区部门整体预算绩效目标表", "", "（2025年度）"], ["江宁区部门整体预算绩效目标表（2025年度）"],
                                  ["江宁区部门整体预算绩效目标表", "(2025年度)"]])
def test_a_department_tables_year_in_brackets_is_read(rows):
    table = _table(_dept(rows))
    assert (table.year, table.title) == (2025, "江宁区部门整体预算绩效目标表")


def test_a_department_tables_date_row_is_no_year():
    lines = _dept(["江宁区部门整体预算绩效目标表", "2025年3月1日"])
    problems = _error(lines)
    assert [p.code for p in problems] == ["table.dept_unplaced", "table.dept_no_year"]


# ---- 6. a table with no title row gets the default title, not its year row


@pytest.mark.parametrize("year_row", ["（2025年度）", "2025年度"])
def test_a_table_without_a_title_row_gets_the_default_title(year_row):
    lines = _lines()
    lines[0] = year_row
    table = _table(lines)
    assert (table.year, table.title) == (2025, "项目支出绩效目标表")
    lines = _lines(FORM)
    lines[0:2] = [year_row]
    table = _table(lines)
    assert (table.year, table.title) == (2025, "项目支出绩效目标表")


# ---- 7. the header and footer rows as forms print them: a remark after the label, the value in the next cell


@pytest.mark.parametrize("header, footer", [
    ("填报单位（盖章）：示例县林业局\t\t\t\t填报日期：2025-03-01\t\t金额单位：万元", None),
    ("填报单位(盖章)： 示例县林业局\t\t金额单位：万元", "单位负责人（签字）：王五\t\t联系电话：0000-1234567\t\t审核人（签字）：赵六"),
    ("填报单位：\t示例县林业局\t\t\t\t填报日期：2025-03-01\t\t金额单位：\t万元", "填表人：\t王五\t联系电话：\t0000-1234567"),
])
def test_header_and_footer_rows_as_forms_print_them_are_not_data(header, footer):
    plain = _table(_lines())
    lines = _lines()
    lines[1] = header
    if footer is not None:
        lines[-1] = footer
    assert _table(lines).model_dump() == plain.model_dump()


def test_a_value_in_the_cell_after_its_label_is_read():
    lines = [line for line in _in_yuan("金额单位：\t元") if not line.startswith("主管部门")]
    lines[1] = lines[1].replace("填报单位：示例县林业局", "填报单位（盖章）：\t示例县林业站")
    table = _table(lines)
    assert table.project.implementer == "示例县林业站" and table.project.funds[0].annual == Decimal("200.00005")


def test_a_cell_after_a_filled_in_label_is_data():
    lines = _lines()
    lines[-1] = "填表人：王五\t备注"
    [p] = _error(lines)
    assert p.code == "table.import_unplaced" and "填表人：王五 | 备注" in p.zh


def test_a_refused_row_is_quoted_whole():
    lines = _lines()
    lines[1] = "随手写的一行\t\t\t\t填报日期：2025-03-01\t\t金额单位：万元"
    [p] = _error(lines)
    assert (p.code, p.line) == ("table.import_unplaced", 2)
    assert "随手写的一行 | 填报日期：2025-03-01 | 金额单位：万元" in p.zh


# ---- 8. the 实施单位 on a row of its own


def test_an_implementer_on_a_row_of_its_own_is_read():
    lines = _lines()
    at = _at(lines, "主管部门")
    lines[at:at + 1] = ["主管部门\t\t示例县林业局", "实施单位\t示例县林业工作站"]
    project = _table(lines).project
    assert (project.department, project.implementer) == ("示例县林业局", "示例县林业工作站")


# ---- 9. a warning says its place once


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_warning_does_not_repeat_its_line(lang, tmp_path):
    lines = _lines()
    at = _at(lines, "合计")
    lines[at] = "合计\t\t\t\t\t\t95"
    source, out = tmp_path / "sum.txt", tmp_path / "t.yaml"
    source.write_text(_text(lines), encoding="utf-8")
    code, said, err = run_cli(["import", str(source), "-o", str(out), "--lang", lang])
    assert code == 0
    [line] = err.splitlines()
    assert line.startswith(f"{source}:{at + 1}:{lines[at].index('95') + 1}: " + ("warning: the '合计' row's points read 95," if lang == "en"
                                                       else "警告: 「合计」的分值印为 95，")), line
    noted = f"# 第{at + 1}行：「合计」的分值印为 95，" if lang == "zh" else f"# line {at + 1}: the '合计' row's points read 95,"
    assert noted in out.read_text(encoding="utf-8")  # the comment names its line, in the language asked for
