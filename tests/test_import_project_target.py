"""`scoring import` reads a published 项目支出绩效目标表 (DOMAIN §8) as a clerk gets it from another system: the
year in the title, a 填报单位 / 金额单位 row and a 填表人 footer, a 合计 row closing the indicators, the budget row
(预算执行率) in the money block with its 分值, and every target read where it is printed."""
from __future__ import annotations

import re

import pytest

from helpers import FIXTURES, run_cli
from scoring.errors import ScoringError
from scoring.table.importer import import_table
from scoring.table.model import TargetTable
from scoring.yamlio import parse_yaml, validate

TARGET = FIXTURES / "project-target-export.txt"  # a 目标表 with the clerk's rows
FORM = FIXTURES / "project-export.txt"  # a 自评表


def _lines(path=TARGET) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _table(text: str) -> TargetTable:
    return validate(parse_yaml(import_table(text, "t.txt"), "t.yaml"), TargetTable)


def _error(text: str):
    with pytest.raises(ScoringError) as e:
        import_table(text, "t.txt")
    return e.value.problems


def _at(lines: list[str], start: str) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(start))


# ---- 1. the year in the title


def test_the_year_in_the_title_is_read():
    lines = _lines(FORM)
    lines[0:2] = ["2025年度项目支出绩效自评表"]  # no （2025年度） row
    table = _table(_text(lines))
    assert table.year == 2025 and table.title == "项目支出绩效自评表"


def test_a_title_year_another_row_contradicts_is_an_error_at_that_row():
    lines = _lines(FORM)
    lines[0] = "2025年度项目支出绩效自评表"
    lines[1] = "（2024年度）"
    [p] = _error(_text(lines))
    assert (p.line, p.column, p.code) == (2, 1, "table.import_year_differs")
    assert "2024" in p.zh and "2025" in p.zh and "2024" in p.en and "2025" in p.en


def test_a_department_tables_title_gives_its_year_too():
    lines = (FIXTURES / "000_a291d28074b2eada.txt").read_text(encoding="utf-8").splitlines()
    at = _at(lines, "江宁区部门整体")
    assert lines[at + 2] == "2025年度"
    lines[at:at + 3] = ["2025年度江宁区部门整体预算绩效目标表"]
    table = _table(_text(lines))
    assert table.year == 2025 and table.title == "江宁区部门整体预算绩效目标表"
    lines[at + 1:at + 1] = ["2024年度"]
    [p] = _error(_text(lines))
    assert (p.line, p.code) == (at + 2, "table.import_year_differs")


# ---- 2. the 填报单位 / 金额单位 row and the signature footer


def _with_signature_rows(lines: list[str], header: str, footer: str | None = None) -> list[str]:
    lines = list(lines)
    lines.insert(2, header)
    if footer is not None:
        lines.append(footer)
    return lines


@pytest.mark.parametrize("header", [
    "填报单位：示例县林业局\t\t\t\t填报日期：2025-03-01\t\t金额单位：万元",
    "填报单位：示例县林业局  填报日期：2025-03-01  金额单位：万元",  # one merged cell, as a workbook prints it
])
def test_the_header_and_signature_rows_are_not_data(header):
    plain = _table(FORM.read_text(encoding="utf-8"))
    lines = _with_signature_rows(_lines(FORM), header, "填表人：王五\t\t联系电话：0000-1234567\t\t审核人：赵六")
    table = _table(_text(lines))
    assert table.model_dump() == plain.model_dump()


def test_the_reporting_unit_is_the_unit_only_where_no_row_names_one():
    lines = [line for line in _lines(FORM) if not line.startswith("主管部门")]
    lines = _with_signature_rows(lines, "填报单位：示例县林业站\t\t填报日期：2025-03-01")
    table = _table(_text(lines))
    assert table.project.implementer == "示例县林业站" and table.unit.name == "示例县林业站"
    # where 实施单位 is printed, it is the unit: the reporting unit is only who filled the form in
    lines = _with_signature_rows(_lines(FORM), "填报单位：示例县林业站")
    assert _table(_text(lines)).project.implementer == "示例县林业工作站"


def test_amounts_in_yuan_are_converted_to_wan_exactly_and_said():
    lines = _with_signature_rows(_lines(FORM), "填报单位：示例县林业局\t\t金额单位：元")
    lines = [line.replace("\t180\t200\t", "\t1800000\t2000000\t").replace("\t180\t180\t", "\t1800000\t1800000.5\t")
             .replace("\t0\t20\t", "\t0\t199999.5\t").replace("项目资金（万元）", "项目资金（元）") for line in lines]
    out = import_table(_text(lines), "t.txt")
    funds = validate(parse_yaml(out, "t.yaml"), TargetTable).project.funds
    assert [(str(f.initial), str(f.annual)) for f in funds][:3] == [("180", "200"), ("180", "180.00005"), ("0", "19.99995")]
    assert "金额单位：元" in out and "÷ 10000" in out
    assert "annual: 180.00005\n" in out  # exactly, never rounded


def test_a_money_unit_the_money_label_contradicts_is_an_error():
    lines = _with_signature_rows(_lines(FORM), "金额单位：元")  # under 项目资金（万元）
    [p] = _error(_text(lines))
    assert p.code == "table.import_money_unit_differs" and p.line == _at(lines, "项目资金") + 1


# ---- 3. the kind of table read is the one named


def test_a_target_tables_messages_name_a_target_table():
    lines = _lines()
    lines.insert(4, "随手写的一行")
    [p] = _error(_text(lines))
    assert p.code == "table.import_unplaced"
    assert "项目支出绩效目标表" in p.zh and "自评表" not in p.zh
    assert "project target table" in p.en and "self-evaluation" not in p.en
    lines = _lines(FORM)
    lines.insert(3, "随手写的一行")
    [p] = _error(_text(lines))
    assert "项目支出绩效自评表" in p.zh and "self-evaluation form" in p.en


# ---- 4. a 合计 row closes the indicators


def _with_sum(points: str, word: str = "合计") -> list[str]:
    lines = _lines(FORM)
    lines.insert(_at(lines, "总分"), f"{word}\t\t\t\t\t\t\t{points}")
    return lines


@pytest.mark.parametrize("word", ["合计", "总计"])
@pytest.mark.parametrize("points", ["90", "100"])  # without and with the budget row
def test_a_sum_row_closes_the_indicators_and_adds_up(word, points):
    out = import_table(_text(_with_sum(points, word)), "t.txt")
    table = validate(parse_yaml(out, "t.yaml"), TargetTable)
    names = [i.name for _, _, i in table.rows()]
    assert len(names) == 9 and points not in names and word not in names
    assert ("不含" if points == "90" else "含") + "预算执行率行" in out


def test_a_sum_row_that_does_not_add_up_is_said_at_its_cell():
    lines = _with_sum("95")
    warnings = []
    out = import_table(_text(lines), "t.txt", warnings)
    at = _at(lines, "合计") + 1
    [w] = warnings
    assert (w.line, w.severity, w.code) == (at, "warning", "table.import_sum_points")
    assert "95" in w.zh and "90" in w.zh and "100" in w.zh and "95" in w.en
    assert f"第{at}行" in out


# ---- 5. the budget row printed in the money block


def _budget_row_in_money(lines: list[str], row: str = "\t\t预算执行率\t\t≥95%\t\t\t10") -> list[str]:
    lines = [line.replace("\t10\t100%\t\t10", "\t\t\t\t") for line in lines]  # the total row carries no 分值 then
    lines.insert(_at(lines, "年度总体目标"), row)
    return lines


def test_a_rate_row_in_the_money_block_is_the_budget_row_with_its_points():
    lines = _budget_row_in_money(_lines(FORM))
    out = import_table(_text(lines), "t.txt")
    table = validate(parse_yaml(out, "t.yaml"), TargetTable)
    assert [f.source for f in table.project.funds] == ["年度资金总额", "本年财政拨款", "上年结转资金", "其他资金"]
    assert (table.budget_row.name, table.budget_row.weight) == ("预算执行率", 10)
    assert "≥95%" in out  # its target kept, as the table writes it


def test_the_budget_rows_own_name_is_kept():
    lines = _budget_row_in_money(_lines(FORM), "\t\t项目资金执行率\t\t100%\t\t\t10")
    assert _table(_text(lines)).budget_row.name == "项目资金执行率"
