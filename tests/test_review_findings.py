"""`scoring audit`'s findings: each code on exactly the rows that carry its mistake, none on a consistent form."""
from __future__ import annotations

import pytest

from review_forms import CODES, TABLE_CODES, WRITERS, _edit, case, consistent, write_table
from scoring.review.audit import audit_form
from scoring.review.read import read_form
from scoring.review.unread import with_unread
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets
from helpers import RULES


@pytest.fixture(scope="module")
def book():
    return load_rules(RULES)


def _audit(form, kind, tmp_path, book, table=False):
    """table: against the consistent form's approved target table (audit --targets)."""
    path = WRITERS[kind](form, tmp_path / f"form.{kind}")
    approved = load_targets(write_table(tmp_path / "table.yaml")) if table else None
    return with_unread(audit_form(read_form(path), book, "python", approved))  # as audit reviews it (folder.py)


def _by_row(audit) -> dict[str, set[str]]:
    return {r.name: {f.code for f in r.findings} for r in audit.rows if r.findings}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_consistent_form_has_no_finding(kind, tmp_path, book):
    audit = _audit(consistent(), kind, tmp_path, book)
    assert _by_row(audit) == {} and audit.findings == []
    assert audit.clean and audit.at_stake == 0
    assert str(audit.total) == str(audit.claimed_total) == "97.58"
    assert audit.max_total == 100 and audit.grade == "优"


@pytest.mark.parametrize("kind", ["xlsx", "txt"])
@pytest.mark.parametrize("code", CODES)
def test_each_finding_is_on_exactly_its_rows(code, kind, tmp_path, book):
    form, rows, on_form = case(code)
    audit = _audit(form, kind, tmp_path, book, table=code in TABLE_CODES)
    assert _by_row(audit) == rows
    assert {f.code for f in audit.findings} == on_form


@pytest.mark.parametrize("kind", ["yaml", "xls"])
@pytest.mark.parametrize("code", ["missed_full", "budget_rate_mismatch", "total_mismatch", "total_blank", "level_points_mismatch",
                                  "qualitative_out_of_band", "no_weight", "budget_in_subrow"])
def test_our_yaml_form_and_an_old_xls_find_the_same(code, kind, tmp_path, book):
    form, rows, on_form = case(code)
    audit = _audit(form, kind, tmp_path, book)
    assert _by_row(audit) == rows and {f.code for f in audit.findings} == on_form


def test_every_finding_points_at_the_cell_it_is_about(tmp_path, book):
    form, _, _ = case("missed_full")
    audit = _audit(form, "xlsx", tmp_path, book)
    (finding,) = [f for r in audit.rows for f in r.findings]
    assert finding.cell.ref == "项目支出绩效自评表!I13"  # the 得分 of the first indicator row (header at row 12)
    form, _, _ = case("budget_rate_mismatch")
    (finding,) = [f for r in _audit(form, "xlsx", tmp_path, book).rows for f in r.findings]
    assert finding.cell.ref == "项目支出绩效自评表!I6"  # the 执行率 cell of the 年度资金总额 row


def test_points_times_the_actual_on_a_met_row_is_said_as_that_not_as_met_but_docked(tmp_path, book):
    """≥90% met with 95%: 10 × 95% = 9.50 claimed is docked, and the more telling finding says how."""
    audit = _audit(_edit(consistent(), "按时完成率", points="9.5"), "txt", tmp_path, book)
    assert _by_row(audit) == {"按时完成率": {"actual_percent_used"}}
    assert _by_row(_audit(_edit(consistent(), "按时完成率", points="9"), "txt", tmp_path, book)) == {
        "按时完成率": {"met_docked"}}


@pytest.mark.parametrize("kind, ref", [("xlsx", "项目支出绩效自评表!B13"), ("xls", "项目支出绩效自评表!B13"),
                                       ("txt", "13:2"), ("yaml", "16:13")])
def test_a_level_labels_points_are_found_at_the_label_not_at_a_rows_points(kind, ref, tmp_path, book):
    """产出指标(60分) in B13 (merged down its rows): the 60 is written there, not in the first row's 分值 (H13);
    in our YAML, at the first row's level1."""
    form, _, _ = case("level_points_mismatch")
    (finding,) = _audit(form, kind, tmp_path, book).findings
    assert finding.code == "level_points_mismatch" and finding.cell.ref == ref


def test_the_numbers_a_reviewer_reads(tmp_path, book):
    form, _, _ = case("missed_full")  # 450 of ≥500 people, full 20 claimed: 18.00 due
    audit = _audit(form, "txt", tmp_path, book)
    row = next(r for r in audit.rows if r.name == "培训人数")
    assert (str(row.claimed), str(row.points), str(row.difference)) == ("20", "18.00", "2.00")
    assert str(audit.at_stake) == "2.00" and str(audit.total) == "95.58"
    budget = audit.rows[0]
    assert budget.budget and budget.rule == "budget-row"  # the money block is the budget row, as in evaluate


def test_a_difference_under_half_a_cent_is_agreement(tmp_path, book):
    form, _, _ = case("budget_rate_mismatch")
    import dataclasses
    close = dataclasses.replace(form, rate="80.454%")  # the money gives 80.45 %: 0.004 apart
    audit = _audit(close, "txt", tmp_path, book)
    assert _by_row(audit) == {}
    far = dataclasses.replace(form, rate="80.455%")  # 0.005 apart: a mismatch
    assert _by_row(_audit(far, "txt", tmp_path, book)) == {"预算执行率": {"budget_rate_mismatch"}}


def test_a_budget_execution_row_among_the_indicators_is_scored_from_the_money(tmp_path, book):
    """A 部门整体 form: 预算执行率 is a 三级指标 row and the money block has no 分值 / 得分 of its own."""
    lines = [
        "部门整体支出绩效自评表", "（2025年度）", "单位名称\t某区示例单位",
        "资金（万元）\t年初预算数\t全年预算数\t全年执行数",
        "年度资金总额\t100\t100\t92.56",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
        "过程\t预算执行\t预算执行率\t=100%\t100%\t10\t10\t",
        "决策\t目标设定\t绩效目标合理性\t合理\t合理\t90\t90\t",
        "总分\t\t\t\t\t100\t100",
    ]
    path = tmp_path / "dept.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    audit = audit_form(read_form(path), book, "python")
    assert _by_row(audit) == {"预算执行率": {"budget_rate_mismatch", "missed_full", "no_reason"}}
    row = audit.rows[0]
    assert (row.rule, str(row.points)) == ("budget-execution", "9.26") and len(audit.rows) == 2
    mismatch = next(f for f in row.findings if f.code == "budget_rate_mismatch")
    assert mismatch.cell.ref == "7:5"  # the 实际完成值 cell, where the rate was written
    assert audit.findings == [] and str(audit.total) == "99.26"


def test_an_actual_written_as_not_reported_is_no_actual(tmp_path, book):
    from review_forms import _edit

    form = _edit(consistent(), "培训人数", actual="未填报", points="0", reason="数据未报")
    assert _by_row(_audit(form, "txt", tmp_path, book)) == {"培训人数": {"no_actual"}}


def test_zero_and_bare_control_targets_are_scored_by_the_rules_not_divided_by(tmp_path, book):
    """=0% and a bare 3% on a control rate (DOMAIN.md §6.5, §8): no division by zero, the rules' own reading."""
    from review_forms import Row
    import dataclasses

    form = consistent()
    rows = form.rows[:-1] + [
        Row("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "92%", "4", "4"),
        Row("满意度指标", "成本", "预算调整率", "=0%", "5%", "3", "3", "年中追加培训经费"),  # 5% is in the ≤10% band: 2/3
        Row("满意度指标", "成本", "结转结余率", "3%", "0%", "3", "3"),  # a bare 3% on a control rate: at most 3%
    ]
    audit = _audit(dataclasses.replace(form, rows=rows), "txt", tmp_path, book)
    assert _by_row(audit) == {"预算调整率": {"missed_full"}}
    adjust = next(r for r in audit.rows if r.name == "预算调整率")
    assert (adjust.rule, str(adjust.points)) == ("budget-adjustment-bands", "2.00")
    assert next(r for r in audit.rows if r.name == "结转结余率").rule == "upper-bound-met"


def test_a_form_short_of_100_points_is_graded_on_its_share_as_evaluate_grades_it(tmp_path, book):
    import dataclasses

    form = consistent()
    short = dataclasses.replace(form, rows=form.rows[:-1], grade="优")  # 分值 add up to 90; 87.58 of 90 is 97.31
    audit = _audit(short, "txt", tmp_path, book)
    assert {f.code for f in audit.findings} == {"weights_not_100"} and audit.grade == "优"
    wrong = _audit(dataclasses.replace(short, grade="良"), "txt", tmp_path, book)
    assert {f.code for f in wrong.findings} == {"weights_not_100", "grade_mismatch"}


def test_a_grade_read_from_the_share_says_so_as_the_scorecard_does(tmp_path, book):
    """87.58 of 90 is graded 优 on 97.31: the summary and the finding say what the grade was read from, in the
    scorecard's words; in English the written grade has its English name too."""
    import dataclasses

    from scoring.review import render_json, render_terminal

    form = consistent()
    audit = _audit(dataclasses.replace(form, rows=form.rows[:-1], grade="良"), "txt", tmp_path, book)
    share = "（各行分值合计 90.00，不是 100.00：按 87.58 ÷ 90.00 × 100.00 = 97.31 评定）"
    (mismatch,) = [f for f in audit.findings if f.code == "grade_mismatch"]
    assert mismatch.message.zh == f"自评等级写作「良」，总分 87.58 的等级应为「优」{share}"
    assert mismatch.message.en == ("the grade is written '良' (good); a total of 87.58 is graded 'excellent' (the "
                                   "rows' points add up to 90.00, not 100.00: graded on 87.58 ÷ 90.00 × 100.00 = 97.31)")
    zh = render_terminal.render(audit, "zh", width=200)
    assert f"复核总分 87.58 / 90.00，等级「优」{share}" in zh and "表中自评等级「良」" in zh
    en = render_terminal.render(audit, "en", width=200)
    assert "grade 'excellent' (the rows' points add up to 90.00" in en and "on the form: '良' (good)" in en
    assert render_json.form_dict(audit, "en")["grade_basis"] == 97.31
    full = _audit(dataclasses.replace(form, grade="A"), "txt", tmp_path, book)  # no grade of ours: quoted only
    (mismatch,) = full.findings
    assert mismatch.message.en == "the grade is written 'A'; a total of 97.58 is graded 'excellent'"
    assert render_json.form_dict(full, "en")["grade_basis"] is None


def test_how_a_bare_target_was_read_is_a_note_not_a_finding(tmp_path, book):
    from review_forms import _edit

    audit = _audit(_edit(consistent(), "培训合格率", target="95%"), "txt", tmp_path, book)
    row = next(r for r in audit.rows if r.name == "培训合格率")
    assert audit.clean and [n.code for n in row.notes] == ["target_read"] and str(row.points) == "19.58"


@pytest.mark.parametrize("kind", ["xlsx", "xls"])
def test_percentages_saved_as_numbers_under_a_percent_format_read_as_shown(kind, tmp_path, book):
    """LibreOffice and Excel store 96% typed into a cell as 0.96 under a 0% format, in .xls as in .xlsx."""
    path = WRITERS[kind](consistent(), tmp_path / f"form.{kind}", percent_numbers=True)
    form = read_form(path)
    assert form.budget.rate == "100%"
    assert next(r for r in form.indicators if r.name == "培训合格率").actual == "93%"
    audit = audit_form(form, book, "python")
    assert _by_row(audit) == {} and audit.findings == [] and str(audit.total) == "97.58"


def test_a_bare_fraction_actual_is_quoted_as_written_never_with_an_operator(tmp_path, book):
    form = _edit(consistent(), "培训合格率", actual="0.93")
    audit = _audit(form, "txt", tmp_path, book)
    (finding,) = next(r for r in audit.rows if r.name == "培训合格率").findings
    assert finding.code == "cannot_score"
    for lang in ("zh", "en"):
        assert "0.93" in finding.message.get(lang) and "=0.93" not in finding.message.get(lang)


def test_an_assessors_points_print_with_two_decimals_however_written(tmp_path):
    """评价人打分 18.0 分 beside 20.00 and 90%: the claimed points print as every other figure."""
    import dataclasses

    from review_forms import consistent, write_text
    from scoring.review import audit_form, read_form
    from scoring.rulebook.load import load_rules

    form = consistent()
    rows = [dataclasses.replace(r, points="18.0") if r.name == "培训制度健全性" else r for r in form.rows]
    audit = audit_form(read_form(write_text(dataclasses.replace(form, rows=rows), tmp_path / "q.txt")), load_rules(RULES))
    (row,) = [r for r in audit.rows if r.name == "培训制度健全性"]
    assert row.formula.zh.startswith("评价人打分 18.00 分") and row.points == 18


@pytest.mark.parametrize("kind", ["xlsx", "txt"])
def test_points_above_the_weight_of_a_qualitative_row_are_that_finding_and_count_at_most_the_weight(kind, tmp_path,
                                                                                                     book):
    """As on a numeric row: the claimed points are the assessor's, so they were once refused and the row left
    unscored, its impossible 25 of 20 counted in the review's total with nothing at stake."""
    audit = _audit(_edit(consistent(), "培训制度健全性", points="25"), kind, tmp_path, book)
    (row,) = [r for r in audit.rows if r.findings]
    assert (row.name, [f.code for f in row.findings]) == ("培训制度健全性", ["above_weight"])
    assert (row.points, row.difference, audit.at_stake, audit.unscored) == (20, 5, 5, 0)
    assert str(audit.total) == "99.58"  # the consistent form's 97.58 with this row at 20 instead of its 18
