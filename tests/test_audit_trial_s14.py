"""`scoring audit` on the forms of the reviewer's trial (notes trial-s14): each finding a bureau expects raised."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROOT, RULES
from scoring.review import audit_form, read_form
from scoring.rulebook.load import load_rules


@pytest.fixture(scope="module")
def book():
    return load_rules(RULES)


def _text_form(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _codes(row) -> dict[str, str | None]:
    """Each finding's code and the cell it names."""
    return {f.code: f.cell.ref if f.cell else None for f in row.findings}


CHONGQING = "指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t指标权重\t指标得分"


@pytest.mark.parametrize("adjusted", ["", "/", "—", "95"])
def test_a_blank_adjusted_target_leaves_the_initial_target_in_force(tmp_path, book, adjusted):
    """Chongqing: 调整指标值 is left blank where the target was not adjusted; the 年初指标值 is then the target,
    and 28 (rounded down from 28.42) is found as where the adjusted target is written."""
    path = _text_form(tmp_path / "cq.txt", [CHONGQING, f"苗木成活率\t%\t≥\t95\t{adjusted}\t90\t\t30\t28",
                                            "自评总分\t\t\t\t\t\t\t30\t28"])
    form = read_form(path)
    (row,) = form.indicators
    assert row.target == "≥95%"
    assert row.cell("target").ref == ("2:5" if adjusted == "95" else "2:4")
    (audited,) = audit_form(form, book).rows
    assert str(audited.points) == "28.42"
    assert _codes(audited)["rounded_down"] == "2:9"


def test_an_adjusted_target_is_the_target_where_both_are_written(tmp_path, book):
    path = _text_form(tmp_path / "cq.txt", [CHONGQING, "苗木成活率\t%\t≥\t95\t90\t90\t\t30\t30",
                                            "自评总分\t\t\t\t\t\t\t30\t30"])
    (audited,) = audit_form(read_form(path), book).rows
    assert audited.target == "≥90%" and audited.findings == []


# -- 2: more spent than budgeted is flagged by audit as by evaluate, from the same rule setting ---------------

def _over_budget_form(path: Path) -> Path:
    """The central money block, 105 spent of 100 budgeted, rated and scored right."""
    from review_forms import _money, consistent, write_xlsx

    return write_xlsx(_money(consistent(), "105", "10", "105%"), path)


def test_spending_over_budget_is_the_advisory_evaluate_flags(tmp_path, book):
    from helpers import run_cli

    a = audit_form(read_form(_over_budget_form(tmp_path / "over.xlsx")), book)
    budget = a.rows[0]
    assert budget.budget and _codes(budget) == {"over_budget": "项目支出绩效自评表!G6"}
    (f,) = budget.findings
    assert f.advisory and "105.00%" in f.message.en and not budget.notes  # said once, as a finding, not a note
    status, out, _ = run_cli(["audit", str(tmp_path / "over.xlsx")], cwd=ROOT)
    assert status == 0 and "over_budget" in out  # advisory: seen, and the form still clean


def test_over_budget_none_in_the_rules_raises_nothing_in_audit_either(tmp_path):
    from helpers import copy_rules, edit

    rules = copy_rules(tmp_path)
    edit(rules / "plausibility.yaml", "over_budget: flag", "over_budget: none")
    a = audit_form(read_form(_over_budget_form(tmp_path / "over.xlsx")), load_rules(rules))
    assert all(not r.findings for r in a.rows)


# -- 4: a target typed =100%, which Excel takes for a formula (result 1), is read as typed --------------------

def _typed_percent_form(path: Path, cached: bool) -> Path:
    """按时完成率's target typed =100% (95 % reached, full points claimed): saved as a formula, with its result 1
    as Excel and LibreOffice save it, or without one as openpyxl writes it."""
    import zipfile

    from xlsx_read import load_workbook
    from review_forms import consistent, write_xlsx

    write_xlsx(consistent(), path)
    wb = load_workbook(path)
    ws = wb.active
    assert ws["D15"].value == "按时完成率"
    ws["F15"] = "=100%"
    wb.save(path)
    if cached:
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
        assert b"<f>100%</f><v />" in parts[sheet]
        parts[sheet] = parts[sheet].replace(b"<f>100%</f><v />", b"<f>100%</f><v>1</v>")
        with zipfile.ZipFile(path, "w") as z:
            for n, data in parts.items():
                z.writestr(n, data)
    return path


@pytest.mark.parametrize("cached", [True, False])
def test_a_target_typed_as_a_percent_formula_is_read_as_typed(tmp_path, book, cached):
    form = read_form(_typed_percent_form(tmp_path / "eq.xlsx", cached))
    row = next(r for r in form.indicators if r.name == "按时完成率")
    assert row.target == "=100%"
    audited = next(r for r in audit_form(form, book).rows if r.name == "按时完成率")
    assert str(audited.points) == "9.50"
    assert _codes(audited) == {"missed_full": "项目支出绩效自评表!I15", "no_reason": "项目支出绩效自评表!J15"}


# -- 6: the 总分 written is graded as the messages print it, to 2 decimals -----------------------------------

@pytest.mark.parametrize("total, grade_found", [("89.996", False), ("89.994", True)])
def test_the_written_total_is_graded_as_shown(tmp_path, book, total, grade_found):
    import dataclasses

    from review_forms import consistent, write_text

    form = dataclasses.replace(consistent(), total=total, grade="优")
    a = audit_form(read_form(write_text(form, tmp_path / "g.txt")), book)
    codes = {f.code: f for f in a.findings}
    assert "total_mismatch" in codes and ("grade_mismatch" in codes) == grade_found
    if grade_found:  # the total it names is the one it graded
        assert "89.99" in codes["grade_mismatch"].message.en and "good" in codes["grade_mismatch"].message.en


# -- 7: a row whose 分值 is blank counts nothing, so the total never passes the full mark ------------------

@pytest.mark.parametrize("kind", ["xlsx", "txt"])
def test_a_row_without_its_points_counts_nothing_and_its_claim_is_at_stake(tmp_path, book, kind):
    import dataclasses

    from review_forms import consistent, write_text, write_xlsx

    form = dataclasses.replace(consistent(), budget_weight="", total_weight="100")
    path = (write_xlsx if kind == "xlsx" else write_text)(form, tmp_path / f"nw.{kind}")
    a = audit_form(read_form(path), book)
    budget = a.rows[0]
    assert budget.budget and budget.weight is None and "no_weight" in _codes(budget)
    assert (str(a.total), str(a.max_total), str(a.at_stake)) == ("87.58", "100", "10.00")
    assert a.total <= a.max_total and a.grade_basis is None  # graded on the 总分 row's 100, not the 90 left
    assert (a.unscored, a.unweighted) == (0, 1)
    assert {f.code for f in a.findings} == {"weights_not_100", "total_weight_mismatch"}


@pytest.mark.parametrize("kind", ["xlsx", "txt"])
def test_a_failed_row_whose_points_are_blanked_does_not_lift_the_grade(tmp_path, book, kind):
    """(review-s14 #2) 培训人数 missed (0 of 20) and its 分值 left blank: the rows' 77.58 is graded on the 总分
    row's 100 (中), not on the 80 of the 分值 written (96.98, 优), and the 中 the unit wrote is its grade."""
    import dataclasses

    from review_forms import Row, consistent, write_text, write_xlsx

    form = consistent()
    rows = [Row("产出指标", "数量指标", "培训人数", "≥500人", "0人", "", "0", "未开班"), *form.rows[1:]]
    form = dataclasses.replace(form, rows=rows, total_weight="100", grade="中")
    a = audit_form(read_form((write_xlsx if kind == "xlsx" else write_text)(form, tmp_path / f"nw.{kind}")), book)
    assert (str(a.total), str(a.max_total), a.grade_basis, a.grade) == ("77.58", "100", None, "中")
    assert "grade_mismatch" not in {f.code for f in a.findings}


# -- 5: Sichuan's money block has its own 原因 column --------------------------------------------------------

SICHUAN_MONEY = "预算执行情况(10分)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因"
SICHUAN_INDICATORS = ["一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t权重\t得分\t偏差原因",
                      "产出指标\t数量指标\t培训人数\t≥\t500\t人\t520\t90\t90\t", "总分\t\t\t\t\t\t\t100\t99"]


@pytest.mark.parametrize("reason", ["部分款项未支付", ""])
def test_the_reason_in_the_money_blocks_own_column_is_read(tmp_path, book, reason):
    path = _text_form(tmp_path / "sc.txt", [SICHUAN_MONEY, f"\t50\t50\t45\t90%\t10\t9\t{reason}", *SICHUAN_INDICATORS])
    form = read_form(path)
    assert form.budget.reason == reason and form.budget.cell("reason").ref == "2:8"
    budget = audit_form(form, book).rows[0]
    assert budget.budget and str(budget.points) == "9.00"
    assert _codes(budget) == ({} if reason else {"no_reason": "2:8"})  # where one is missing, at its cell


# -- 12: one source of money written in 元 is named at its cell ---------------------------------------------

def _money_form(path: Path, money) -> Path:
    import dataclasses

    from review_forms import consistent, write_xlsx

    # 188 of 200 spent, and why the point is lost
    return write_xlsx(dataclasses.replace(consistent(), money=money, rate="94%", budget_points="9.40",
                                          budget_reason="部分工程款待验收后支付"), path)


@pytest.mark.parametrize("spent, source, wan, cell", [(("170", "180000"), "上年结转资金", "18", "G8"),
                                                     (("1700000", "18"), "其中：本年财政拨款", "170", "G7")])
def test_a_source_spent_in_yuan_is_named_at_its_cell(tmp_path, book, spent, source, wan, cell):
    """188 spent of which 170 and 18 万元, one written in 元: the parts then add up to 180,170 (or 1,700,018); said
    once at that cell, also where it is large enough for the amounts_in_yuan of a whole block in 元."""
    money = [("年度资金总额", "200", "200", "188"), ("其中：本年财政拨款", "180", "180", spent[0]),
             ("上年结转资金", "20", "20", spent[1]), ("其他资金", "0", "0", "0")]
    a = audit_form(read_form(_money_form(tmp_path / "y.xlsx", money)), book)
    budget = a.rows[0]
    assert _codes(budget) == {"amounts_in_yuan": f"项目支出绩效自评表!{cell}"}
    (f,) = budget.findings
    assert source in f.message.zh and f"为 {wan} 万元" in f.message.zh and "188 万元" in f.message.zh
    assert "188 (10,000 yuan)" in f.message.en and "万元" not in f.message.en  # review-s14 #8: the unit in English


def test_parts_that_do_not_add_up_say_their_sum_with_its_unit(tmp_path, book):
    money = [("年度资金总额", "200", "200", "188"), ("其中：本年财政拨款", "180", "180", "150"),
             ("上年结转资金", "20", "20", "18"), ("其他资金", "0", "0", "0")]
    budget = audit_form(read_form(_money_form(tmp_path / "p.xlsx", money)), book).rows[0]
    (f,) = [f for f in budget.findings if f.code == "money_parts_mismatch"]
    assert f.cell.ref == "项目支出绩效自评表!G6" and "168 万元" in f.message.zh
    assert "188 (10,000 yuan)" in f.message.en and "168 (10,000 yuan)" in f.message.en and "万元" not in f.message.en


# -- 13: every finding at a cell, and worded for the form it is on ------------------------------------------

def test_a_moved_row_is_found_at_the_level_it_is_written_under(tmp_path, book):
    from review_forms import case, write_table, write_xlsx
    from scoring.table.load import load_targets

    form, _, _ = case("row_moved")  # 培训合格率 under 数量指标, the table's 质量指标
    a = audit_form(read_form(write_xlsx(form, tmp_path / "mv.xlsx")), book,
                   table=load_targets(write_table(tmp_path / "table.yaml")))
    row = next(r for r in a.rows if r.name == "培训合格率")
    (f,) = [f for f in row.findings if f.code == "row_moved"]
    assert f.cell is not None and f.cell.column == 3 and f.cell != row.cell  # the 二级 column, not the name


def test_a_form_without_a_reason_column_is_asked_for_one_at_the_points_lost(tmp_path, book):
    path = _text_form(tmp_path / "cq.txt", [CHONGQING, "苗木成活率\t%\t≥\t95\t\t90\t\t30\t28.42",
                                            "自评总分\t\t\t\t\t\t\t30\t28.42"])
    (row,) = audit_form(read_form(path), book).rows
    (f,) = row.findings
    assert (f.code, f.cell.ref) == ("no_reason", "2:9") and "no column" in f.message.en


def test_a_yaml_form_cites_its_budget_row_and_a_row_missing_its_reason(tmp_path, book):
    path = tmp_path / "f.yaml"
    path.write_text('budget: {initial: 100, annual: 100, spent: 92.56, rate: "92.56%", weight: 10, points: 9.26}\n'
                    "indicators:\n"
                    '  - {level1: 产出指标, level2: 数量指标, name: 培训人数, target: "≥500人", actual: "450人", weight: 20, points: 18}\n',
                    encoding="utf-8")
    budget, row = audit_form(read_form(path), book).rows
    assert budget.budget and budget.cell is not None and budget.cell.row == 1
    assert _codes(row) == {"no_reason": row.cell.ref}


def test_the_sichuan_budget_row_is_cited_at_its_blocks_label(tmp_path, book):
    path = _text_form(tmp_path / "sc.txt", [SICHUAN_MONEY, "\t50\t50\t45\t90%\t10\t9\t原因", *SICHUAN_INDICATORS])
    budget = audit_form(read_form(path), book).rows[0]
    assert budget.budget and budget.cell.ref == "1:1"


# -- review-s14 #5: rows that cannot be scored, counted alike in every format --------------------------------

def test_json_counts_the_rows_without_a_weight(tmp_path, book):
    import dataclasses
    import json

    from review_forms import consistent, write_text
    from scoring.review import render_json

    form = dataclasses.replace(consistent(), budget_weight="", total_weight="100")
    data = json.loads(render_json.render(audit_form(read_form(write_text(form, tmp_path / "nw.txt")), book)))
    assert (data["unscored"], data["unweighted"]) == (0, 1)


def test_a_row_the_table_lacks_is_not_counted_as_unscored(tmp_path, book):
    """With --targets, an added row that cannot be scored counts nothing: no "counted with its claimed points"."""
    import dataclasses

    from review_forms import consistent, write_table, write_text
    from scoring.table.load import load_targets

    f = consistent()
    rows = f.rows + [dataclasses.replace(f.rows[-1], name="培训满意度调查", target="见附件", weight="5", points="5")]
    a = audit_form(read_form(write_text(dataclasses.replace(f, rows=rows), tmp_path / "f.txt")), book, "python",
                   load_targets(write_table(tmp_path / "t.yaml")))
    extra = next(r for r in a.rows if r.name == "培训满意度调查")
    assert not extra.counted and extra.points is None
    assert a.unscored == 0 and str(a.total) == "97.58"
