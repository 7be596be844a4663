"""Reading filled-in forms for `scoring audit`: workbooks written by other programs, text exports, variants."""
from __future__ import annotations

from decimal import Decimal

import pytest

from review_forms import consistent, write_text, write_xlsx
from scoring.errors import ScoringError
from scoring.review.read import read_form
from xlsx_read import load_workbook


def _external_central_form(path):
    """A central 项目支出绩效自评表 as another program writes it: cell by cell with openpyxl, merged cells."""
    return write_xlsx(consistent(), path)


def test_a_central_form_written_by_another_program_is_read(tmp_path):
    form = read_form(_external_central_form(tmp_path / "自评表.xlsx"))
    assert (form.title, form.name, form.year) == ("项目支出绩效自评表", "示例职业技能培训项目", 2025)
    b = form.budget
    assert (b.label, b.initial, b.annual, b.spent, b.rate, b.weight, b.points, b.unit) == (
        "年度资金总额", 100, 100, 100, "100%", 10, 10, "万元")
    assert [p.label for p in b.parts] == ["其中：本年财政拨款", "上年结转资金", "其他资金"]
    # 一级 and 二级 merged down their rows name every row
    assert [(r.level1, r.level2) for r in form.indicators][:3] == [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标")]
    assert form.level_points == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    row = form.indicators[1]
    assert (row.name, row.target, row.actual, row.weight, row.points, row.reason) == (
        "培训合格率", "≥95%", "93%", 20, Decimal("19.58"), "部分学员补考后合格")
    assert row.cell("points").where().endswith("自评表.xlsx:项目支出绩效自评表!I14")
    assert (form.total, form.total_weight, form.grade) == (Decimal("97.58"), 100, None)


def test_the_text_export_reads_as_the_workbook_does(tmp_path):
    sheet = read_form(write_xlsx(consistent(), tmp_path / "a.xlsx"))
    text = read_form(write_text(consistent(), tmp_path / "a.txt"))
    keep = {"cells", "source"}
    assert text.model_dump(exclude=keep | {"budget", "indicators"}) == sheet.model_dump(exclude=keep | {"budget", "indicators"})
    assert [r.model_dump(exclude={"cells"}) for r in text.indicators] == [r.model_dump(exclude={"cells"}) for r in sheet.indicators]
    assert text.indicators[0].cell("points").ref == "13:9"  # line 13, column 9 of the text


def test_a_provincial_variant_is_read_by_its_labels(tmp_path):
    """Sichuan-like: 权重 for 分值, the target split into 指标性质 | 指标值 | 度量单位, columns in another order."""
    lines = [
        "项目支出绩效自评表（2025年度）",
        "项目名称\t示例项目",
        "一级指标\t二级指标\t三级指标\t权重\t指标性质\t指标值\t度量单位\t实际完成值\t得分\t原因",
        "产出指标\t数量指标\t培训人数\t60\t≥\t500\t人\t520\t60\t",
        "\t质量指标\t合格率\t40\t≥\t95\t%\t95\t40\t",
        "\t\t制度\t0\t定性\t健全\t\t健全\t0\t",
        "合计\t\t\t100\t\t\t\t\t100",
        "自评等级：优",
    ]
    no_total = lines[:6] + ["评价结论\t\t项目总体完成较好\t\t\t较好\t\t较好\t", "存在问题\t\t无"]
    path = tmp_path / "sichuan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    form = read_form(path)
    assert [(r.level1, r.level2, r.name, r.target, r.actual, r.weight, r.points) for r in form.indicators] == [
        ("产出指标", "数量指标", "培训人数", "≥500人", "520人", 60, 60),
        ("产出指标", "质量指标", "合格率", "≥95%", "95%", 40, 40),
        ("产出指标", "质量指标", "制度", "健全", "健全", 0, 0),
    ]
    assert (form.total, form.grade, form.budget) == (100, "优", None)
    path.write_text("\n".join(no_total) + "\n", encoding="utf-8")  # closing blocks end the rows too
    assert [r.name for r in read_form(path).indicators] == ["培训人数", "合格率", "制度"]


def _edited(path, cell: str, value, number_format: str | None = None):
    """The consistent form with one cell changed, as a unit would change it in Excel."""
    import openpyxl

    write_xlsx(consistent(), path)
    wb = load_workbook(path)
    wb.active[cell] = value
    if number_format:
        wb.active[cell].number_format = number_format
    wb.save(path)
    return path


def test_a_percent_cell_reads_as_the_percentage_it_shows(tmp_path):
    assert read_form(_edited(tmp_path / "p.xlsx", "I6", 0.8045, "0.00%")).budget.rate == "80.45%"


def _problem(path):
    with pytest.raises(ScoringError) as e:
        read_form(path)
    (p,) = e.value.problems
    return p


def test_no_header_row_is_a_located_error(tmp_path):
    import openpyxl

    path = tmp_path / "empty.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.active["A1"] = "随便写的表"
    wb.save(path)
    p = _problem(path)
    assert p.code == "review.no_header" and p.where().endswith("empty.xlsx:Sheet1!A1")
    assert "三级指标" in p.zh and "得分" in p.en


def test_a_money_cell_that_is_text_is_a_located_error(tmp_path):
    p = _problem(_edited(tmp_path / "m.xlsx", "G6", "见附件"))
    assert p.code == "review.not_a_number" and p.where().endswith("m.xlsx:项目支出绩效自评表!G6")
    assert "见附件" in p.zh and "expected a number" in p.en


def test_a_header_missing_a_column_names_it(tmp_path):
    path = tmp_path / "h.txt"
    path.write_text("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\n产出\t数量\t人数\t≥1人\t1人\t10\n", encoding="utf-8")
    p = _problem(path)
    assert p.code == "review.header_incomplete" and p.where().endswith("h.txt:1:1")
    assert "得分" in p.zh


def test_an_unknown_kind_of_file_says_what_is_read(tmp_path):
    path = tmp_path / "form.pdf"
    path.write_bytes(b"%PDF")
    p = _problem(path)
    assert p.code == "review.unknown_format" and ".xlsx" in p.en
    assert _problem(tmp_path / "no-such-form").code == "input.not_found"  # mistyped, not of an unknown kind


def test_a_flat_list_without_levels_and_a_provincial_money_block(tmp_path):
    """Chongqing-like indicators (指标名称, 调整指标值 preferred to 年初指标值, 指标权重, 指标得分) under a
    Sichuan-like money block (年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分)."""
    lines = [
        "\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
        "预算执行情况(10分)\t50\t60\t54\t90%\t10\t9",
        "指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t指标权重\t指标得分\t是否核心指标",
        "培训人数\t人\t≥\t400\t500\t520\t100\t90\t90\t是",
        "自评总分\t\t\t\t\t\t\t100\t99",
    ]
    path = tmp_path / "chongqing.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    form = read_form(path)
    (row,) = form.indicators
    assert (row.level1, row.name, row.target, row.actual, row.weight, row.points) == ("", "培训人数", "≥500人", "520人", 90, 90)
    b = form.budget
    assert (b.label, b.initial, b.annual, b.spent, b.rate, b.weight, b.points) == ("预算执行情况(10分)", 50, 60, 54, "90%", 10, 9)
    assert (form.total, form.total_weight) == (99, 100)


def test_numbers_beyond_the_input_limits_are_located_errors(tmp_path):
    p = _problem(_edited(tmp_path / "n.xlsx", "I13", "1e400"))
    assert p.code == "review.not_a_number" or p.code.startswith("limits.")
    p = _problem(_edited(tmp_path / "big.xlsx", "F6", 1e300))
    assert p.code == "limits.number_too_long" and p.where().endswith("!F6")


def test_a_sheet_spanning_too_many_cells_is_refused(tmp_path):
    import openpyxl

    path = tmp_path / "wide.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "三级指标"
    wb.active.cell(row=1000, column=300, value="x")  # 300,000 cells from A1 to the far corner
    wb.save(path)
    p = _problem(path)
    assert p.code == "review.sheet_too_big" and "1000 rows × 300 columns" in p.en


def test_negative_points_are_a_located_error_in_a_sheet_and_in_yaml(tmp_path):
    p = _problem(_edited(tmp_path / "neg.xlsx", "H13", -3))
    assert p.code == "review.negative_points" and p.where().endswith("!H13")
    path = tmp_path / "neg.yaml"
    path.write_text("indicators:\n  - name: 培训人数\n    points: -2\n", encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        read_form(path)
    (p,) = e.value.problems
    assert (p.line, "points cannot be negative" in p.en) == (3, True)


def test_every_cell_that_cannot_be_read_is_said_at_once_in_reading_order(tmp_path):
    """A reviewer mends a form once, not once per bad cell: each one at its cell, as the actuals reader does."""
    import openpyxl

    path = write_xlsx(consistent(), tmp_path / "bad.xlsx")
    wb = load_workbook(path)
    ws = wb.active
    ws["I13"], ws["H15"], ws["H16"], ws["I19"] = -1, "abc", "十", -3  # a row's points, two 分值, the 总分
    wb.save(path)
    with pytest.raises(ScoringError) as e:
        read_form(path)
    assert [(p.code, p.where().rsplit("!", 1)[-1]) for p in e.value.problems] == [
        ("review.negative_points", "I13"), ("review.not_a_number", "H15"), ("review.not_a_number", "H16"),
        ("review.negative_points", "I19")]


def test_a_negative_total_is_a_located_error_in_a_sheet_and_in_yaml(tmp_path):
    """A 总分 of -3 has no grade (the lowest starts at 0); the audit once stopped on it with a traceback."""
    from scoring.review.layout import read_grid
    from scoring.review.read_text import text_grid

    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    rows = [header, ["", "", "", "一级指标"], ["", "", "", "", "", "", "总分", "", "-3"]]
    with pytest.raises(ScoringError) as e:
        read_grid(text_grid("\n".join("\t".join(r) for r in rows), "neg.txt"))
    (p,) = e.value.problems
    assert p.code == "review.negative_points" and p.where() == "neg.txt:3:9"
    path = tmp_path / "neg.yaml"
    path.write_text("indicators:\n  - name: 培训人数\n    points: 2\ntotal: -3\n", encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        read_form(path)
    (p,) = e.value.problems
    assert (p.code, p.line) == ("review.negative_points", 4)


def test_a_fujian_money_block_with_numbered_columns(tmp_path):
    """Fujian 部门整体: ①年初部门预算 … ④小计=①+②+③ ⑤年度拨付 ⑥支出实现率=⑤/④, no 分值 of its own."""
    lines = [
        "资金来源\t①年初部门预算\t②历年结余结转\t③年中调整\t④小计=①+②+③\t⑤年度拨付\t⑥支出实现率=⑤/④\t⑦结余\t⑧结余率",
        "合计\t80\t10\t10\t100\t95\t95%\t5\t5%",
        "一级指标\t二级指标\t三级指标\t指标解释\t绩效目标值\t实际完成值\t指标分值\t得分",
        "产出\t数量\t培训人数\t当年培训人数\t≥500人\t520人\t100\t100",
    ]
    path = tmp_path / "fujian.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    b = read_form(path).budget
    assert (b.label, b.initial, b.annual, b.spent, b.rate, b.weight) == ("合计", 80, 100, 95, "95%", None)


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_broken_workbook_is_explained_in_the_users_language(tmp_path, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"this is no workbook\n" * 20)
    p = _problem(path)
    assert p.code == "xlsx.cannot_open"
    assert p.zh == f"无法读取工作簿：文件已损坏，或不是 {suffix} 工作簿"
    assert p.en == f"cannot read the workbook: the file is damaged or not a {suffix} workbook"


def test_a_formula_never_computed_is_an_error_at_its_cell_not_a_blank_total(tmp_path):
    """openpyxl (and other programs) save =SUM(...) without its result: the total is not known, so not guessed."""
    p = _problem(_edited(tmp_path / "f.xlsx", "I19", "=SUM(I13:I18)"))
    assert p.code == "xlsx.cell_formula_uncomputed" and p.where().endswith("f.xlsx:项目支出绩效自评表!I19")
    p = _problem(_edited(tmp_path / "g.xlsx", "I14", "=H14*0.979"))  # a row's points: not read as blank
    assert p.code == "xlsx.cell_formula_uncomputed" and p.where().endswith("!I14")


def test_a_cell_means_what_it_means_to_the_actuals_reader(tmp_path):
    import datetime

    p = _problem(_edited(tmp_path / "d.xlsx", "G14", datetime.datetime(2025, 5, 6)))  # Excel took 5/6 for a date
    assert p.code == "xlsx.cell_date" and p.where().endswith("!G14")
    p = _problem(_edited(tmp_path / "p.xlsx", "G14", 93, "0.00%"))  # 93 typed into a percent cell shows 9300%
    assert p.code == "xlsx.percent_doubtful" and "9300%" in p.zh
    form = read_form(_edited(tmp_path / "f.xlsx", "I14", 0.1 + 19.48))  # a float is read as Excel shows it
    assert form.indicators[1].points == Decimal("19.58")


def test_cells_the_form_does_not_read_may_hold_anything(tmp_path):
    import datetime

    form = read_form(_edited(tmp_path / "a.xlsx", "M2", datetime.date(2026, 1, 15)))  # 填报日期, beside the form
    assert form.total == Decimal("97.58")


def test_a_large_percent_is_read_where_its_rows_target_makes_it_plausible(tmp_path):
    """As in the actuals reader: 1.5 × the row's percent target may show unasked (≥200% takes 250 %)."""
    import openpyxl

    path = write_xlsx(consistent(), tmp_path / "g.xlsx")
    wb = load_workbook(path)
    wb.active["F14"], wb.active["G14"] = "≥200%", 2.5
    wb.active["G14"].number_format = "0%"
    wb.save(path)
    assert read_form(path).indicators[1].actual == "250%"
