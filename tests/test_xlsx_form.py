"""The 自评表 workbook: the official layout read back cell by cell, its sums, its print setup, its stability."""
from __future__ import annotations

import shutil
import subprocess
import time
from decimal import Decimal

import pytest
from xlsx_read import load_workbook

from helpers import ROOT, RULES
from scoring.cli import main
from scoring.run import score_files
from scoring.table.load import load_targets

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def _write(out, period="annual", lang="zh"):
    assert main(["evaluate", str(EXAMPLE), "--rules", str(RULES), "--period", period, "--format", "xlsx",
                 "--out", str(out), "--engine", "python", "--lang", lang]) == 0
    return out


_FORMS: dict = {}


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    """A folder for the forms written once, which lasts the session (a test's own tmp_path is removed when it
    passes: tmp_path_retention_policy)."""
    return tmp_path_factory.mktemp("forms")


def _form(forms, period="annual", lang="zh"):
    """The bundled example's form, written once for the tests that only read it: writing one and reading it
    back took a fifth of a second, a dozen times."""
    if (period, lang) not in _FORMS:
        _FORMS[period, lang] = _write(forms / f"form-{period}-{lang}.xlsx", period, lang)
    return _FORMS[period, lang]


_BOOKS: dict = {}


def _book(forms, period="annual", lang="zh"):
    """_form, read with openpyxl once: the tests only look at its cells."""
    if (period, lang) not in _BOOKS:
        _BOOKS[period, lang] = load_workbook(_form(forms, period, lang))
    return _BOOKS[period, lang]


def _find(ws, text):
    return next(c for row in ws.iter_rows() for c in row if c.value == text)


def _values(path):
    wb = load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb}


@pytest.mark.parametrize("period", ["annual", "h1"])
def test_the_form_reads_back_as_the_scorecard(period, forms):
    card = score_files(EXAMPLE, None, RULES, period, "python")
    wb = _book(forms, period)
    ws = wb.worksheets[0]
    assert ws["A1"].value == ("部门整体支出绩效自评表" if period == "annual" else "部门整体绩效运行监控表（半年）")
    assert ws["A2"].value == "（2025年度）" and ws["C3"].value == card.unit
    head = _find(ws, "三级指标").row
    assert [ws.cell(head, c).value for c in range(1, 12) if c != 5] == [
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值" if period == "annual" else "半年指标值",
        "实际完成值", "分值", "得分"] + (["偏差原因分析及改进措施", None] if period == "annual" else ["监控", "偏差原因分析及改进措施"])
    rows = range(head + 1, head + 1 + len(card.indicators))
    assert [ws.cell(r, 4).value for r in rows] == [i.name for i in card.indicators]
    # the targets as the approved table writes them (≥10647人, not ≥10,647 人 as read)
    table = {item.id: item for _, _, item in load_targets(EXAMPLE).rows()}
    written = [(table[i.id].annual if period == "annual" else table[i.id].half_year).text for i in card.indicators]
    assert [ws.cell(r, 6).value for r in rows] == written and "≥10647人" in written
    points = [ws.cell(r, 9).value for r in rows]
    assert all(isinstance(p, (int, float)) and ws.cell(r, 9).number_format == "0.00" for p, r in zip(points, rows))
    total = _find(ws, "总分" if period == "annual" else "半年监控得分（按半年指标值计，供参考；半年不评定等级）")
    assert ws.cell(total.row, 9).value == float(card.total)
    assert sum(Decimal(str(p)) for p in points) == card.total  # the 得分 column adds up to the 总分
    assert ws.cell(total.row, 8).value == float(card.max_total)
    grades = [c for row in ws.iter_rows() for c in row if c.value == "自评等级"]
    if period == "annual":
        assert ws.cell(grades[0].row, 8).value == card.grade
    else:
        assert grades == []  # a monitoring form grades nothing
    merged = {str(r) for r in ws.merged_cells.ranges}
    first_l1 = [i for i in card.indicators if i.level1 == card.indicators[0].level1]
    assert f"B{head + 1}:B{head + len(first_l1)}" in merged  # 一级 merged down its rows
    pages = [b.id + 1 for b in ws.row_breaks.brk]  # the rows printed pages start at
    edges = [head] + [b for b in pages if b > head] + [head + len(card.indicators) + 1]
    assert {f"A{a}:A{b - 1}" for a, b in zip(edges, edges[1:])} <= merged  # 绩效指标, on each page
    assert all(ws.cell(a, 1).value == "绩效指标" for a in edges[:-1])
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${head}:${head}"
    explain = wb.worksheets[1]
    assert [explain.cell(r, 1).value for r in range(2, explain.max_row + 1)] == [i.id for i in card.indicators]
    assert all(i.rule.id in explain.cell(r, 3).value for r, i in enumerate(card.indicators, 2))


def test_the_money_block_shows_budgets_spending_and_the_rate(forms):
    card = score_files(EXAMPLE, None, RULES, "annual", "python")
    ws = _book(forms).worksheets[0]
    total = _find(ws, "年度资金总额")
    head = total.row - 1
    assert [ws.cell(head, c).value for c in (5, 6, 7, 8, 9, 11)] == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert ws.cell(total.row, 7).value == float(card.budget.spent)
    assert ws.cell(total.row, 6).value == float(card.budget.budget)
    assert ws.cell(total.row, 9).value == pytest.approx(float(card.budget.rate) / 100)
    assert ws.cell(total.row, 9).number_format == "0.00%" and ws.cell(total.row, 7).number_format == "#,##0.00"


def test_at_mid_year_the_form_is_a_monitoring_form(forms):
    """Spending to 30 June beside the half-year plan and the time progress; each row's colour as a word on its
    fill, with a legend: a half-year form is a monitoring form (DOMAIN.md §4)."""
    from scoring.table.load import load_targets

    card = score_files(EXAMPLE, None, RULES, "h1", "python")
    exp = load_targets(EXAMPLE).funds.expenditure
    ws = _book(forms, "h1").worksheets[0]
    total = _find(ws, "年度资金总额")
    head = total.row - 1
    assert [ws.cell(head, c).value for c in (5, 6, 7, 8, 9, 10, 11)] == [
        "全年预算数", "半年计划数", "截至6月30日执行数", "分值", "执行率", "时间进度", "得分"]
    assert ws.cell(total.row + 1, 6).value == float(exp.basic.half_year)
    assert ws.cell(total.row, 6).value == float(exp.basic.half_year + sum(p.half_year for p in exp.projects))
    assert ws.cell(total.row, 10).value == pytest.approx(float(card.budget.time_progress) / 100)
    fills = {"red": "FFC7CE", "yellow": "FFEB9C", "green": "C6EFCE", "blue": "BDD7EE"}
    assert ws.cell(total.row, 9).fill.fgColor.rgb.endswith(fills[card.budget.status])
    rows = range(_find(ws, "三级指标").row + 1, _find(ws, "三级指标").row + 1 + len(card.indicators))
    words = {"red": "红", "yellow": "黄", "green": "绿", "blue": "蓝"}
    assert [ws.cell(r, 10).value for r in rows] == [words[i.monitor] for i in card.indicators]
    assert all(ws.cell(r, 10).fill.fgColor.rgb.endswith(fills[i.monitor]) for r, i in zip(rows, card.indicators))
    assert {"red", "yellow", "green", "blue"} <= {i.monitor for i in card.indicators}  # the example shows each colour
    legend = _find(ws, "监控颜色").row
    assert [ws.cell(legend, c).value for c in (3, 5, 7, 9)] == ["红：严重滞后", "黄：滞后", "绿：正常", "蓝：超前（目标可能偏低）"]
    assert "阈值按计分规则的监控设置" in ws.cell(legend + 1, 1).value  # a clerk's form names no file


CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("period", ["annual", "h1"])
def test_the_printed_form_names_no_file_and_sets_no_space_between_chinese(period, lang, forms):
    """The half-year legend read 「下限指标按 实际完成值 ÷ 半年指标值」, 「预算按 执行率」 and 「阈值见 rules/monitoring.yaml」:
    a space between Chinese words, and a file path on a form a clerk prints and signs."""
    import re

    ws = _book(forms, period, lang).worksheets[0]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not [t for t in texts if re.search(r"[\w-]+/[\w./-]*\.ya?ml|\brules/", t)]
    assert not [t for t in texts if re.search(CJK + " +" + CJK, t)]


def test_english_labels(forms):
    ws = _book(forms, lang="en").worksheets[0]
    assert _find(ws, "Total") and _find(ws, "Grade") and _find(ws, "Deviation: reason and corrective measure")


def test_a_project_form_has_its_header_funds_by_source_and_the_budget_row(tmp_path, capsys):
    """A project table end to end: its template filled as a clerk types, scored, written as the 项目支出 form."""
    from scoring.actuals import Actuals
    from scoring.table.load import load_targets
    from xlsx_fill import fill, template as template_book

    project = ROOT / "tests" / "fixtures" / "project.targets.yaml"
    table = load_targets(project)
    template, filled, form = tmp_path / "t.xlsx", tmp_path / "filled.xlsx", tmp_path / "form.xlsx"
    template_book(project, template)
    given = Actuals.model_validate({
        "unit": table.unit.name, "year": 2025, "period": "annual",
        "indicators": {"C01": {"actual": "11.5公里", "reason": "两处山地施工受雨季影响"}, "C02": {"actual": "30人"},
                       "C03": {"actual": "100%"}, "C04": {"actual": "86万元"}, "E01": {"actual": "达成", "points": 27},
                       "S01": {"actual": "93%"}},
        "budget_row": {"executed": {"年度资金总额": 110, "财政拨款": 100, "上年结转资金": 10, "其他资金": 0},
                       "stated_rate": "95%", "reason": "结转资金年底才到位"}})
    fill(template, table, given, filled)
    assert main(["evaluate", str(project), "--actuals", str(filled), "--rules", str(RULES), "--format", "xlsx",
                 "--out", str(form), "--engine", "python", "--lang", "zh"]) == 0, capsys.readouterr().err
    card = score_files(project, filled, RULES, "annual", "python")
    assert card.kind == "project" and card.budget_row is not None and card.budget_row.reason == "结转资金年底才到位"
    assert "hand_rate_differs" in [f.code for f in card.budget_row.flags]  # 95% stated, 91.67% from the money
    ws = load_workbook(form).worksheets[0]
    assert ws["A1"].value == "项目支出绩效自评表"
    assert (ws["A3"].value, ws["C3"].value) == ("项目名称", "森林防火能力提升项目")
    assert (ws["A4"].value, ws["C4"].value, ws["F4"].value, ws["G4"].value) == ("主管部门", "测试县林业局", "实施单位", "测试县林业站")
    total_row = _find(ws, "年度资金总额").row
    sources = [f.source for f in table.project.funds]  # the first part as the form prints it: 其中：财政拨款
    assert [ws.cell(total_row + k, 3).value for k in range(4)] == [sources[0], "其中：" + sources[1]] + sources[2:]
    assert [ws.cell(total_row, c).value for c in (5, 6, 7, 8)] == [100, 120, 110, 10]
    assert ws.cell(total_row, 11).value == float(card.budget_row.points)
    head = _find(ws, "三级指标").row
    points = [Decimal(str(ws.cell(r, 9).value)) for r in range(head + 1, head + 1 + len(card.indicators))]
    total = _find(ws, "总分").row
    # the indicators' 得分 and the budget row's add up to the 总分
    assert sum(points) + card.budget_row.points == Decimal(str(ws.cell(total, 9).value)) == card.total
    explain = load_workbook(form).worksheets[1]
    assert explain.cell(explain.max_row, 2).value == card.budget_row.name  # the budget row is explained too
    assert "原因：结转资金年底才到位" in [c.value for c in explain[explain.max_row]]  # the money block has no room for it


def test_the_review_reads_our_form_and_finds_every_score_as_written(forms, capsys):
    """scoring audit recomputes a filled-in (annual) form from its own cells: on the form we write, nothing differs."""
    period = "annual"  # the review reads self-evaluations; a half-year form has 半年指标值 and is no 自评表
    import json

    form = _form(forms, period)
    card = score_files(EXAMPLE, None, RULES, period, "python")
    capsys.readouterr()
    main(["audit", str(form), "--rules", str(RULES), "--format", "json", "--engine", "python", "--lang", "zh"])
    report = json.loads(capsys.readouterr().out)
    assert report["claimed_total"] == report["total"] == float(card.total)
    assert report["grade_written"] == report["grade"] == card.grade
    assert [r["name"] for r in report["rows"]] == [i.name for i in card.indicators]
    assert all(r["difference"] == 0 for r in report["rows"]) and report["at_stake"] == 0


def test_the_review_reads_our_project_form_too(tmp_path, capsys):
    import json

    from scoring.actuals import Actuals
    from scoring.table.load import load_targets
    from xlsx_fill import fill, template as template_book

    project = ROOT / "tests" / "fixtures" / "project.targets.yaml"
    table = load_targets(project)
    template, filled, form = tmp_path / "t.xlsx", tmp_path / "filled.xlsx", tmp_path / "form.xlsx"
    template_book(project, template)
    given = Actuals.model_validate({"unit": table.unit.name, "year": 2025, "period": "annual",
                                    "indicators": {"C01": {"actual": "11.5公里", "reason": "雨季"}, "E01": {"actual": "达成"}},
                                    "budget_row": {"executed": {"年度资金总额": 110, "财政拨款": 100, "上年结转资金": 10, "其他资金": 0}}})
    fill(template, table, given, filled)
    assert main(["evaluate", str(project), "--actuals", str(filled), "--rules", str(RULES), "--format", "xlsx",
                 "--out", str(form), "--engine", "python"]) == 0
    capsys.readouterr()
    main(["audit", str(form), "--rules", str(RULES), "--format", "json", "--engine", "python"])
    report = json.loads(capsys.readouterr().out)
    card = score_files(project, filled, RULES, "annual", "python")
    assert report["claimed_total"] == report["total"] == float(card.total)
    assert [r["budget"] for r in report["rows"]].count(True) == 1  # the budget row, read from the money block
    assert all(r["difference"] == 0 for r in report["rows"])


def _width(ws, cell) -> float:
    """The width of the cell's column, or of the columns it is merged over."""
    from openpyxl.utils import get_column_letter

    first = last = cell.column
    for rng in ws.merged_cells.ranges:
        if cell.coordinate in rng:
            first, last = rng.min_col, rng.max_col
    return sum(ws.column_dimensions[get_column_letter(c)].width for c in range(first, last + 1))


@pytest.mark.parametrize("targets, period", [(EXAMPLE, "annual"), (EXAMPLE, "h1"),
                                             (ROOT / "targets" / "2025" / "forest-fire-prevention.yaml", "annual")])
def test_no_english_word_is_wider_than_its_cell(targets, period, tmp_path, forms):
    """A spreadsheet breaks a word that does not fit: "Indicato rs" under column A."""
    if targets == EXAMPLE:
        ws = _book(forms, period, "en").worksheets[0]
    else:
        out = tmp_path / "en.xlsx"
        assert main(["evaluate", str(targets), "--rules", str(RULES), "--format", "xlsx", "--out", str(out),
                     "--period", period, "--engine", "python", "--lang", "en"]) == 0
        ws = load_workbook(out).worksheets[0]
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                words = [w for w in cell.value.split() if w.isascii()]  # a width counts the digits that fit
                width = _width(ws, cell) if words else 0
                assert all(len(w) <= width for w in words), (cell.coordinate, cell.value)


def test_a_level1_label_keeps_its_points_in_one_piece(forms):
    """满意度（10分） in column B broke before its ）: the points go on a line of their own, which fits."""
    from scoring.xlsx.write import text_lines

    ws = _book(forms).worksheets[0]
    labels = [c for row in ws.iter_rows(min_col=2, max_col=2) for c in row
              if isinstance(c.value, str) and c.value.endswith("分）")]
    assert [c.value.split("\n")[0] for c in labels] == ["决策", "过程", "履职", "效益", "满意度"]
    assert all(text_lines(line, _width(ws, c)) == 1 for c in labels for line in c.value.split("\n"))


def test_a_money_label_that_wraps_keeps_its_brackets_together():
    from scoring.xlsx.write import keep_brackets

    assert keep_brackets("项目：城乡居民医疗保险区补资金（三保）", 27) == "项目：城乡居民医疗保险区补资金\n（三保）"
    assert keep_brackets("基本支出（三保）", 27) == "基本支出（三保）"  # fits on one line
    # the words before the brackets wrap anyway: the spreadsheet's break is as good as ours
    assert keep_brackets("项目：城乡居民基本养老保险区补资金（三保）", 27) == "项目：城乡居民基本养老保险区补资金（三保）"


@pytest.mark.parametrize("period", ["annual", "h1"])
def test_printed_pages_break_between_blocks_each_labelled_and_in_a_font_chinese_excel_has(period, forms):
    from scoring.xlsx.fit import UNIT_POINTS
    from scoring.xlsx.pages import breaks

    card = score_files(EXAMPLE, None, RULES, period, "python")
    ws = _book(forms, period).worksheets[0]
    head = _find(ws, "三级指标").row
    pages = [b.id + 1 for b in ws.row_breaks.brk]
    # the example does not fit one page; the breaks are stable
    assert pages and pages == breaks(ws, head, head + len(card.indicators), UNIT_POINTS["zh"])
    merged = [m for m in ws.merged_cells.ranges if m.min_col == 2 and m.min_row > head]  # the 一级 cells
    assert not [(str(m), b) for m in merged for b in pages if m.min_row < b <= m.max_row]  # none cut by a page
    for b in pages:
        if b > head:
            assert all(ws.cell(b, c).value for c in (1, 2, 3))  # 绩效指标, 一级 and 二级 named on each page
    fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
    assert fonts == {"宋体"}


def _goals_box(ws):
    """The 实际完成情况 cell of the goals block: G:K of the row under its label."""
    label = _find(ws, "实际完成情况")
    assert (label.column, ws.cell(label.row, 1).value) == (7, "年度总体目标")
    return ws.cell(label.row + 1, 7)


def test_the_goals_achieved_of_the_actuals_fill_the_goals_box_wrapped_and_tall_enough(tmp_path):
    achieved = ("全年完成居民养老待遇区级财政承担37639万元、居民医疗区级财政承担20221.51万元，按时足额发放企业退休人员"
                "生活补助及社会化服务费；离休二乙残经费、机关养老缺口财政配比资金和机关补充医疗经费全部到位。\n"
                "档案数字化管理完成 85%，余下部分因设备采购延期，转入下一年度。")
    actuals = tmp_path / "actuals.yaml"
    bundled = (ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml").read_text(encoding="utf-8")
    actuals.write_text(bundled + "goals_achieved: |\n" + "".join(f"  {line}\n" for line in achieved.split("\n")),
                       encoding="utf-8")
    out = tmp_path / "form.xlsx"
    assert main(["evaluate", str(EXAMPLE), "--actuals", str(actuals), "--rules", str(RULES), "--format", "xlsx",
                 "--out", str(out), "--engine", "python", "--lang", "zh"]) == 0
    ws = load_workbook(out).worksheets[0]
    box = _goals_box(ws)
    assert box.value == achieved and box.alignment.wrap_text
    assert [str(r) for r in ws.merged_cells.ranges if box.coordinate in r] == [f"G{box.row}:K{box.row}"]
    # G:K is 61 characters wide: LibreOffice prints this text on 4 lines (looked at), which the row's height holds
    assert ws.row_dimensions[box.row].height >= 14 * 4 + 4


def test_without_goals_achieved_the_goals_box_stays_empty(forms):
    ws = _book(forms).worksheets[0]
    assert _goals_box(ws).value is None


PRINTS = shutil.which("soffice") and shutil.which("pdftotext")


@pytest.fixture(scope="module", autouse=True)
def _printed(forms, soffice):
    """LibreOffice printing the form to PDF, started with the module's first test (conftest's soffice)."""
    return soffice("--convert-to", "pdf", "--outdir", str(forms / "pdf"), str(_form(forms))) if PRINTS else None


@pytest.mark.skipif(not PRINTS, reason="LibreOffice and poppler not installed")
def test_libreoffice_prints_it_one_page_wide(forms, _printed):
    _printed.wait()
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(forms / "pdf" / _form(forms).with_suffix(".pdf").name), "-"],
                           check=True, capture_output=True, text=True).stdout
    assert "偏差原因分析及改进措施" in first and "部门整体支出绩效自评表" in first  # the last column is on the first page


def test_same_inputs_give_the_same_cells_and_the_same_bytes(tmp_path, forms, monkeypatch):
    import scoring.xlsx.form

    first = _form(forms)
    # the writer itself, not the form the suite remembers it wrote (conftest._render_once)
    writer = scoring.xlsx.form.render
    monkeypatch.setattr(scoring.xlsx.form, "render", getattr(writer, "__wrapped__", writer))
    # a later second, so that a time stamp in the file would show: the tests above, which read
    # the form, have taken longer than that already (this test is last for that)
    time.sleep(max(0.0, 1.1 - (time.time() - first.stat().st_mtime)))
    second = _write(tmp_path / "b.xlsx")
    assert _values(first) == _values(second)
    assert first.read_bytes() == second.read_bytes()
