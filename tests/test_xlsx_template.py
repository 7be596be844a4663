"""The fill-in workbook: table order, locked targets, open fill cells, word lists, header notes, both languages."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from helpers import ROOT, RULES
from scoring.cli import main
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets
from scoring.weighting import apportion
from xlsx_fill import INDICATORS, MONEY, columns, sheet, template

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def _book(tmp_path, period="annual", lang="zh"):
    return load_workbook(template(EXAMPLE, tmp_path / "t.xlsx", period, lang))


def test_each_target_is_shown_as_printed_and_as_it_will_be_scored(tmp_path):
    out = template(ROOT / "targets" / "2025" / "forest-fire-prevention.yaml", tmp_path / "p.xlsx")
    ws = sheet(load_workbook(out), INDICATORS)
    col = columns(ws)
    shown = {ws.cell(r, col["三级指标"]).value: (ws.cell(r, col["年度指标值"]).value, ws.cell(r, col["按此计分"]).value)
             for r in range(4, ws.max_row + 1)}
    assert shown["隔离带验收合格率"] == ("100%", "=100%")  # a bare number: the operator the rules give it
    assert shown["隔离带建设成本"] == ("每公里7.5万元", "≤7.5 万元/公里")  # a cost: at most
    assert shown["森林火灾受害率"] == ("0.9‰", "≤0.9‰")
    assert "bare_targets.yaml" in ws.cell(3, col["按此计分"]).comment.text


def test_indicators_in_table_order_with_targets_and_points_locked(tmp_path):
    wb = _book(tmp_path)
    ws = sheet(wb, INDICATORS)
    head = [ws.cell(3, c).value for c in range(1, ws.max_column + 1)]
    assert head == ["编号", "一级指标", "二级指标", "三级指标", "年度指标值", "按此计分", "分值",
                    "实际完成值", "评价人打分", "偏差原因", "改进措施", "佐证材料"]
    table = load_targets(EXAMPLE)
    weights = apportion(table, load_rules(RULES).weights)
    rows = [(i.id, s.level1, g.level2, i.name, i.annual.text) for s, g, i in table.rows()]
    assert [tuple(ws.cell(r, c).value for c in range(1, 6)) for r in range(4, ws.max_row + 1)] == rows
    assert sum(ws.cell(r, 7).value for r in range(4, ws.max_row + 1)) == pytest.approx(float(sum(weights.values())))
    assert ws.protection.sheet and not ws.protection.password
    assert ws.column_dimensions["A"].hidden
    col = columns(ws)
    for r in range(4, ws.max_row + 1):
        for name in ("编号", "三级指标", "年度指标值", "按此计分", "分值"):
            assert ws.cell(r, col[name]).protection.locked
        for name in ("实际完成值", "偏差原因", "改进措施", "佐证材料"):
            assert not ws.cell(r, col[name]).protection.locked
    assert all(ws.cell(3, c).comment is not None and ws.cell(3, c).comment.text for c in range(1, ws.max_column + 1))


def test_qualitative_rows_offer_the_words_for_their_target(tmp_path):
    ws = sheet(_book(tmp_path), INDICATORS)
    col = columns(ws)
    target = {ws.cell(r, col["年度指标值"]).value: ws.cell(r, col["实际完成值"]).coordinate for r in range(4, ws.max_row + 1)}
    ranges = " ".join(f"{dv.sqref}" for dv in ws.data_validations.dataValidation)
    assert target["健全"] in ranges and target["≥10647人"] not in ranges.split()
    formula = next(dv.formula1 for dv in ws.data_validations.dataValidation if target["健全"] in str(dv.sqref).split())
    assert formula.strip('"').split(",")[:4] == ["达成", "部分达成", "未达成", "健全"] and "基本健全" in formula


def test_points_open_only_where_the_assessor_may_score(tmp_path):
    ws = sheet(_book(tmp_path), INDICATORS)
    col = columns(ws)
    for r in range(4, ws.max_row + 1):
        qualitative = not any(ch.isdigit() for ch in ws.cell(r, col["年度指标值"]).value)
        word = qualitative and ws.cell(r, col["年度指标值"]).value != "/"
        assert ws.cell(r, col["评价人打分"]).protection.locked is not word


def test_half_year_and_english(tmp_path):
    wb = _book(tmp_path, "h1", "en")
    ws = sheet(wb, INDICATORS)
    head = [ws.cell(3, c).value for c in range(1, ws.max_column + 1)]
    assert head[4:6] == ["Annual target", "Half-year target"] and "Actual" in head
    money = sheet(wb, MONEY)
    assert [money.cell(3, c).value for c in range(1, 5)] == ["Expenditure", "Annual budget (10,000 yuan)", "Half-year plan (10,000 yuan)", "Spent (10,000 yuan)"]
    assert money.cell(4, 1).value == "Basic expenditure" and not money.cell(4, 4).protection.locked
    assert money.cell(4, 2).protection.locked


def test_targets_that_start_with_equals_are_text_not_formulas(tmp_path):
    ws = sheet(_book(tmp_path), INDICATORS)
    col = columns(ws)
    cells = [ws.cell(r, col["年度指标值"]) for r in range(4, ws.max_row + 1)]
    zero = [c for c in cells if c.value == "=0%"]
    assert zero and all(c.data_type == "s" for c in zero)  # written as a formula, a spreadsheet would show 0


def test_a_workbook_is_never_written_onto_a_terminal(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["template", str(EXAMPLE), "--rules", str(RULES), "--format", "xlsx", "--lang", "en"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.strip() == "-: error: a workbook cannot be shown on a terminal: give an .xlsx file with -o / --out"
