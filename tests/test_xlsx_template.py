"""The fill-in workbook: table order, locked targets, open fill cells, word lists, header notes, both languages."""
from __future__ import annotations

import pytest
from xlsx_read import load_workbook

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


PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
MINI = ROOT / "tests" / "fixtures" / "mini.targets.yaml"


def bare_mini(tmp_path):
    """The small table with a bare half-year and annual target (预算调整率 3%: an upper bound by the rules)."""
    path = tmp_path / "bare.targets.yaml"
    text = MINI.read_text(encoding="utf-8").replace('name: 预算调整率, half_year: "=0%", annual: "=0%"',
                                                    'name: 预算调整率, half_year: "3%", annual: "3%"')
    assert "3%" in text
    path.write_text(text, encoding="utf-8")
    return path


def scored_targets(table_path, period, tmp_path) -> dict[str, str]:
    """What scoring compares each row with: the scorecard's targets, for the YAML template scored as written."""
    from scoring.actuals import load_actuals
    from scoring.evaluate import evaluate
    from scoring.template import make_template

    table, book = load_targets(table_path), load_rules(RULES)
    path = tmp_path / f"as-is.{period}.yaml"
    path.write_text(make_template(table, period, book), encoding="utf-8")
    card = evaluate(table, load_actuals(path), book, period, engine="python")
    return {i.id: i.target for i in card.indicators}


@pytest.mark.parametrize("period", ["annual", "h1"])
@pytest.mark.parametrize("which", ["department", "project", "bare"])
def test_scored_as_is_the_target_scoring_compares_with(which, period, tmp_path):
    """按此计分 showed the annual target at mid-year where the half-year one is missing, while scoring scaled it
    (≥12公里 shown, ≥6 公里 scored): the column is now the scorer's own target, in every table and period."""
    table_path = {"department": EXAMPLE, "project": PROJECT, "bare": bare_mini(tmp_path)}[which]
    ws = sheet(load_workbook(template(table_path, tmp_path / "t.xlsx", period)), INDICATORS)
    col = columns(ws)
    shown = {ws.cell(r, 1).value: ws.cell(r, col["按此计分"]).value for r in range(4, ws.max_row + 1)}
    scored = scored_targets(table_path, period, tmp_path)
    assert shown == {ident: scored[ident] for ident in shown} and len(shown) == len(list(load_targets(table_path).rows()))


def test_at_mid_year_a_missing_half_year_target_shows_as_scaled(tmp_path):
    ws = sheet(load_workbook(template(PROJECT, tmp_path / "p.xlsx", "h1")), INDICATORS)
    col = columns(ws)
    rows = {ws.cell(r, 1).value: r for r in range(4, ws.max_row + 1)}
    assert [ws.cell(rows["O01"], col[c]).value for c in ("半年指标值", "按此计分")] == ["/", "≥6 公里"]
    assert ws.cell(rows["O02"], col["按此计分"]).value == "≥15 人"
    assert ws.cell(rows["O03"], col["按此计分"]).value == "=100%"  # not a count: the annual target, not scaled
    bare = sheet(load_workbook(template(bare_mini(tmp_path), tmp_path / "b.xlsx", "h1")), INDICATORS)
    rows = {bare.cell(r, 1).value: r for r in range(4, bare.max_row + 1)}
    assert bare.cell(rows["P01"], col["按此计分"]).value == "≤3%"  # a bare half-year target, read by the rules


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_actuals_note_has_a_percentage_typed_with_its_sign(lang, tmp_path):
    """The note offered 「98.6 或 98.6%」 for a cell formatted 0.00%: typed without its sign, LibreOffice (and Excel
    with automatic percent entry off) stores 98.6, shown as 9860 %, which the reader refuses. Every 98.6 it shows
    has its %."""
    import re

    ws = sheet(_book(tmp_path, lang=lang), INDICATORS)
    note = ws.cell(3, columns(ws)["实际完成值" if lang == "zh" else "Actual"]).comment.text
    assert "98.6%" in note and not re.search(r"98\.6(?!%)", note), note
    assert "9860" in note  # what a bare 98.6 becomes, said
