"""Actuals from the fill-in workbook: filled as a clerk types, read as meant, scored as the same YAML."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from xlsx_read import load_workbook

from helpers import ROOT, RULES
from scoring.actuals import load_actuals
from scoring.cli import main
from scoring.table.load import load_targets
from xlsx_fill import INDICATORS, MONEY, columns, fill, rows_by_id, sheet, template

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
ACTUALS = ROOT / "actuals" / "2025"


def _template(tmp_path: Path, period: str, lang: str = "zh", targets: Path = EXAMPLE) -> Path:
    return template(targets, tmp_path / f"template-{period}-{lang}.xlsx", period, lang)


def _evaluate(actuals: Path, period: str, out: Path, capsys, targets: Path = EXAMPLE) -> str:
    code = main(["evaluate", str(targets), "--actuals", str(actuals), "--rules", str(RULES), "--period", period,
                 "--format", "json", "--out", str(out), "--engine", "python", "--lang", "zh"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return out.read_text(encoding="utf-8")


def _without_actuals_input(report: str) -> str:
    """The report with the actuals file's own entry (its path and hash) taken out: everything else must match."""
    data = json.loads(report)
    data["inputs"] = [i for i in data["inputs"] if i["role"] != "actuals"]
    return json.dumps(data, ensure_ascii=False, indent=2)


PROJECT_EXAMPLE = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
GOALS_ACHIEVED = ("全年完成居民养老、医疗待遇的区级财政承担部分，按时足额发放企业退休人员生活补助及社会化服务费；\n"
                  "档案数字化管理已完成 85%，余下部分因设备采购延期，转入下一年度。")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("targets, period", [(EXAMPLE, "annual"), (EXAMPLE, "h1"), (PROJECT_EXAMPLE, "annual")],
                         ids=["department-annual", "department-h1", "project-annual"])
def test_a_workbook_filled_as_a_clerk_types_scores_as_the_same_yaml(targets, period, lang, tmp_path, capsys):
    yaml_path = ACTUALS / f"{targets.stem}.{period}.yaml"
    table = load_targets(targets)
    given = load_actuals(yaml_path).model_copy(update={"goals_achieved": GOALS_ACHIEVED})
    filled = fill(_template(tmp_path, period, lang, targets), table, given, tmp_path / "filled.xlsx")
    from_yaml = _evaluate(yaml_path, period, tmp_path / "yaml.json", capsys, targets)
    from_book = _evaluate(filled, period, tmp_path / "book.json", capsys, targets)
    assert _without_actuals_input(from_book) == _without_actuals_input(from_yaml)
    assert json.loads(from_book)["inputs"][1]["path"].endswith("filled.xlsx")
    # the box under the money reads back as typed, its line breaks kept (the JSON report has no such field)
    assert load_actuals(filled, table).goals_achieved == GOALS_ACHIEVED


def test_a_blank_goals_box_or_a_workbook_without_the_goals_block_reads_as_not_written(tmp_path):
    table = load_targets(EXAMPLE)
    blank = _template(tmp_path, "annual")
    assert load_actuals(blank, table).goals_achieved is None
    wb = load_workbook(blank)
    money = sheet(wb, MONEY)
    heading = next(r for r in range(1, money.max_row + 1) if money.cell(r, 1).value == "年度总体目标（预期目标）")
    money.unmerge_cells(start_row=heading, start_column=1, end_row=heading, end_column=money.max_column)
    money.delete_rows(heading, money.max_row - heading + 1)  # a workbook made before the block: money alone
    wb.save(tmp_path / "old.xlsx")
    assert load_actuals(tmp_path / "old.xlsx", table).goals_achieved is None


def test_the_blank_workbook_evaluates_with_everything_missing(tmp_path, capsys):
    report = json.loads(_evaluate(_template(tmp_path, "annual"), "annual", tmp_path / "r.json", capsys))
    assert report["total"] == 0 and {i["status"] for i in report["indicators"]} == {"missing"}
    assert report["budget"] is None and report["budget_blank"]["basic"] is True


def _edit(path: Path, edits) -> Path:
    wb = load_workbook(path)
    edits(wb)
    wb.save(path)
    return path


def _errors(path: Path, capsys, lang: str = "zh") -> list[str]:
    out = path.with_suffix(".json")
    code = main(["evaluate", str(EXAMPLE), "--actuals", str(path), "--rules", str(RULES), "--format", "json",
                 "--out", str(out), "--engine", "python", "--lang", lang])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    return err.strip().splitlines()


def _cell(wb, row_id: str, header: str):
    ws = sheet(wb, INDICATORS)
    return ws.cell(rows_by_id(ws)[row_id], columns(ws)[header])


def test_rows_are_matched_by_id_and_name_not_position(tmp_path, capsys):
    path = _template(tmp_path, "annual")
    deleted = []

    def shuffle(wb):
        ws = sheet(wb, INDICATORS)
        rows = [[(c.value, c.number_format) for c in ws[r]] for r in range(4, ws.max_row + 1)]  # sorting moves formats too
        rows.reverse()  # re-sorted
        deleted.append(rows.pop(3)[0][0])  # a row deleted
        for r in range(4, ws.max_row + 1):
            for c in range(1, ws.max_column + 1):
                ws.cell(r, c).value = None
        for r, values in enumerate(rows, 4):
            for c, (v, fmt) in enumerate(values, 1):
                ws.cell(r, c).value, ws.cell(r, c).number_format = v, fmt
        _cell(wb, "D01", "实际完成值").value = "健全"
        _cell(wb, "S01", "实际完成值").value = 0.986
        _cell(wb, "F01", "实际完成值").value = "10712"  # a number stored as text
        _cell(wb, "F01", "编号").value = None  # an id lost: the name still finds the row

    report = json.loads(_evaluate(_edit(path, shuffle), "annual", tmp_path / "r.json", capsys))
    by_id = {i["id"]: i for i in report["indicators"]}
    assert [i["id"] for i in report["indicators"]][:3] == ["D01", "D02", "D03"]  # the table's order, not the sheet's
    assert by_id["D01"]["status"] == "met" and by_id["S01"]["actual"] == "98.6%"
    assert by_id["F01"]["actual"] == "10,712 人"
    assert by_id[deleted[0]]["status"] == "missing"  # the deleted row: not reported, as if left out of the YAML


def _cells(lines: list[str], path: Path) -> list[str]:
    """The sheet!cell each message names (after the file name)."""
    assert all(line.startswith(f"{path}:") for line in lines), lines
    return sorted(line[len(str(path)) + 1:].split(": ")[0] for line in lines)


def test_every_bad_cell_is_one_message_naming_the_cell(tmp_path, capsys):
    import datetime

    path = _template(tmp_path, "annual")
    ws = sheet(load_workbook(path), INDICATORS)
    col = {h: ws.cell(3, c).column_letter for h, c in columns(ws).items()}
    row = rows_by_id(ws)

    def damage(wb):
        # cells that hold no value a person meant
        _cell(wb, "F03", "实际完成值").value = datetime.datetime(2025, 5, 6)  # Excel took 5/6 for a date
        _cell(wb, "D03", "评价人打分").value = "两分"
        _cell(wb, "S01", "实际完成值").value = "=G4*2"  # a formula never computed
        ws = sheet(wb, INDICATORS)
        ws.cell(ws.max_row + 1, columns(ws)["三级指标"]).value = "自创指标"  # an extra row
        money = sheet(wb, MONEY)
        money.cell(4, columns(money)["执行数（万元）"]).value = "27812000元"
        # values that read, and are refused against their targets, as the YAML's are
        _cell(wb, "F01", "实际完成值").value = "１０７１２元"  # full-width digits, the wrong unit
        _cell(wb, "F02", "实际完成值").value = "≥7人"  # an operator typed into the actual
        _cell(wb, "D01", "实际完成值").value = "差不多"  # not a word of the drop-down

    lines = _errors(_edit(path, damage), capsys)  # all in one run
    assert _cells(lines, path) == sorted([f"指标!{col['实际完成值']}{row['F03']}", f"指标!{col['评价人打分']}{row['D03']}",
                                          f"指标!{col['实际完成值']}{row['S01']}", f"指标!{col['三级指标']}{ws.max_row + 1}",
                                          "资金!C4"] + [f"指标!{col['实际完成值']}{row[i]}" for i in ("F01", "F02", "D01")])
    text = "\n".join(lines)
    assert "日期" in text and "如指 2781.2 万元" in text and "自创指标" in text and "公式" in text
    assert "不应带比较符号" in text and "差不多" in text and "元" in text


def test_money_typed_in_yuan_as_a_plain_number_is_said_at_the_largest_amount(tmp_path, capsys):
    """27812000 in a 万元 column reads, and is thousands of times the budget: the error names the cell of the
    largest amount, the one most likely in 元, not only the sheet or every money cell."""
    path = _template(tmp_path, "annual")

    def in_yuan(wb):
        money = sheet(wb, MONEY)
        spent = columns(money)["执行数（万元）"]
        for r in range(4, money.max_row + 1):  # every amount filled, so the rate is computed
            if money.cell(r, spent).protection.locked is False and money.cell(r, 1).value:
                money.cell(r, spent).value = 10
        money.cell(6, spent).value = 27812000

    (line,) = _errors(_edit(path, in_yuan), capsys)
    assert line.startswith(f"{path}:资金!C6: ") and "像是以元填写的" in line


def test_a_workbook_of_another_table_is_said_as_such_at_its_unit_cell(tmp_path, capsys):
    """The department's workbook given with the project table: its unit, not a missing money header."""
    path = _template(tmp_path, "annual")
    out = tmp_path / "r.json"
    code = main(["evaluate", str(ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"), "--actuals", str(path),
                 "--rules", str(RULES), "--format", "json", "--out", str(out), "--engine", "python", "--lang", "en"])
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and not out.exists()
    assert line.startswith(f"{path}:填报信息!B1: ") and "the actuals are for '南京市江宁区社会保险管理中心'" in line


def test_a_number_typed_into_a_percent_cell_as_its_percentage_is_asked_about(tmp_path, capsys):
    path = _template(tmp_path, "annual")
    ws = sheet(load_workbook(path), INDICATORS)
    cell = f"指标!{ws.cell(3, columns(ws)['实际完成值']).column_letter}{rows_by_id(ws)['S01']}"
    lines = _errors(_edit(path, lambda wb: setattr(_cell(wb, "S01", "实际完成值"), "value", 98.6)), capsys)
    assert _cells(lines, path) == [cell]  # 满意度 ≥95%: 9860 % is no result anyone meant
    assert "显示为 9860%：是指 98.6% 吗？" in lines[0]


def test_english_messages_name_the_cell_too(tmp_path, capsys):
    path = _template(tmp_path, "annual", "en")
    lines = _errors(_edit(path, lambda wb: setattr(_cell(wb, "D03", "Assessor's points"), "value", "lots")), capsys, "en")
    assert len(lines) == 1 and ":Indicators!" in lines[0] and "'lots'" in lines[0] and "error" in lines[0]


def test_batch_scores_a_unit_whose_actuals_are_a_workbook(tmp_path, capsys):
    import shutil

    targets, actuals, out = tmp_path / "targets", tmp_path / "actuals", tmp_path / "out"
    (targets / "2025").mkdir(parents=True)
    (actuals / "2025").mkdir(parents=True)
    shutil.copy(EXAMPLE, targets / "2025" / EXAMPLE.name)
    yaml_path = ACTUALS / "jiangning-social-insurance.annual.yaml"
    fill(_template(tmp_path, "annual"), load_targets(EXAMPLE), load_actuals(yaml_path),
         actuals / "2025" / "jiangning-social-insurance.annual.xlsx")
    code = main(["batch", str(targets), str(actuals), "--out", str(out), "--rules", str(RULES), "--jobs", "1",
                 "--engine", "python", "--lang", "zh"])
    assert code == 0, capsys.readouterr().err
    report = out / "2025" / "jiangning-social-insurance-annual.json"
    expected = _evaluate(yaml_path, "annual", tmp_path / "yaml.json", capsys)
    batch, single = json.loads(report.read_text(encoding="utf-8")), json.loads(expected)
    assert {**single, "inputs": []} == {**batch, "inputs": []}  # scored alike; each names its own inputs
    assert [f["role"] for f in batch["inputs"]][:2] == ["targets", "actuals"] and batch["inputs"][1]["path"].endswith(".xlsx")


def test_a_project_tables_workbook_reads_its_money_by_source(tmp_path):
    from scoring.actuals import Actuals

    project = ROOT / "tests" / "fixtures" / "project.targets.yaml"
    table = load_targets(project)
    out = template(project, tmp_path / "p.xlsx")
    ws = load_workbook(out)
    money = sheet(ws, MONEY)
    assert [money.cell(r, 1).value for r in range(4, money.max_row + 1)] == [f.source for f in table.project.funds] + [
        None, "年度总体目标（预期目标）", table.goals.annual, "年度总体目标实际完成情况", None]  # the goals block under the money
    assert [sheet(ws, INDICATORS).cell(r, columns(sheet(ws, INDICATORS))["分值"]).value for r in range(4, 10)] == [20, 10, 10, 10, 30, 10]  # the rows' own 分值
    given = Actuals.model_validate({"unit": table.unit.name, "year": 2025, "period": "annual",
                                    "indicators": {"C01": {"actual": "13公里"}, "E01": {"actual": "达成", "points": 27}},
                                    "budget_row": {"executed": {"年度资金总额": 110, "财政拨款": 100, "上年结转资金": 10,
                                                                "其他资金": 0}}})
    filled = fill(out, table, given, tmp_path / "filled.xlsx")
    read = load_actuals(filled, table)  # the clerk typed 13 into C01, a number cell: read as 13, in the target's unit
    assert read.budget_row.executed == given.budget_row.executed
    assert read.indicators["C01"].actual == "13" and read.indicators["E01"].points == 27


def test_a_projects_money_that_does_not_add_up_names_its_cells(tmp_path, capsys):
    from scoring.actuals import Actuals

    project = ROOT / "tests" / "fixtures" / "project.targets.yaml"
    table = load_targets(project)
    out = template(project, tmp_path / "p.xlsx")
    given = Actuals.model_validate({"unit": table.unit.name, "year": 2025, "period": "annual", "indicators": {},
                                    "budget_row": {"executed": {"年度资金总额": 120, "财政拨款": 100, "上年结转资金": 10,
                                                                "其他资金": 0}}})
    filled = fill(out, table, given, tmp_path / "p-mismatch.xlsx")
    code = main(["evaluate", str(project), "--actuals", str(filled), "--rules", str(RULES), "--format", "json",
                 "--out", str(tmp_path / "r.json"), "--engine", "python", "--lang", "zh"])
    [line] = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and line.startswith(f"{filled}:资金!D4:D7: 错误: 各来源的全年执行数合计 110 万元"), line


def test_rows_that_contradict_or_repeat_are_errors_at_their_cells(tmp_path, capsys):
    path = _template(tmp_path, "annual")
    ws0 = sheet(load_workbook(path), INDICATORS)
    col, row = columns(ws0), rows_by_id(ws0)
    name_col = ws0.cell(3, col["三级指标"]).column_letter

    def damage(wb):
        ws = sheet(wb, INDICATORS)
        ws.cell(row["D02"], col["三级指标"]).value = "绩效目标合理性"  # the name of D03 under the id of D02
        extra = ws.max_row + 1
        ws.cell(extra, col["三级指标"]).value = "中长期规划制定健全性"  # D01 a second time, without an id
        ws.cell(extra, col["实际完成值"]).value = "健全"
        money = sheet(wb, MONEY)
        money.cell(money.max_row + 1, 1).value = "不存在的项目"
        money.cell(money.max_row, 3).value = 5

    lines = _errors(_edit(path, damage), capsys)
    assert _cells(lines, path) == sorted([f"指标!{name_col}{row['D02']}", f"指标!{name_col}{ws0.max_row + 1}",
                                          f"资金!A{sheet(load_workbook(path), MONEY).max_row}"])
    text = "\n".join(lines)
    assert "编号 D02 在目标表中是「工作计划制定健全性」" in text and f"已在 指标!{name_col}{row['D01']} 填写" in text
    assert "目标表中没有项目「不存在的项目」" in text  # said with the money, as in a YAML file (money.department_spent)


def test_a_workbook_that_is_not_a_template_says_so(tmp_path, capsys):
    from openpyxl import Workbook

    other = tmp_path / "other.xlsx"
    Workbook().save(other)
    assert _errors(other, capsys, "en") == [f"{other}: error: the workbook has no sheet '指标 / Indicators' (it has: Sheet): "
                                            "use a workbook made by scoring template --format xlsx"]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    [line] = _errors(broken, capsys, "en")
    assert line.startswith(f"{broken}: error: cannot read the workbook: the file is damaged or not a .xlsx workbook")


def test_an_xlsx_named_xls_is_read_as_the_xlsx_it_is(tmp_path, capsys):
    from openpyxl import Workbook

    named = tmp_path / "filled.xls"
    Workbook().save(named)  # a real .xlsx: read, so what is wrong with it is said (not "save it as .xlsx")
    [line] = _errors(named, capsys, "en")
    assert "has no sheet '指标 / Indicators'" in line


def test_an_xls_saved_from_wps_is_refused_saying_to_save_it_as_xlsx(tmp_path, capsys):
    import xlwt

    xls = tmp_path / "filled.xls"
    book = xlwt.Workbook()
    book.add_sheet("指标").write(0, 0, "实际完成值")
    book.save(str(xls))
    [line] = _errors(xls, capsys)
    assert line.startswith(f"{xls}: 错误: 实际值工作簿按 .xlsx 读取，.xls 文件不读") and "另存为" in line
    assert "编码" not in line


def test_a_workbook_that_unpacks_too_big_is_refused_before_it_is_parsed(tmp_path, capsys, monkeypatch):
    path = _template(tmp_path, "annual")
    monkeypatch.setattr("scoring.xlsx.open.MAX_UNPACKED", 1000)
    [line] = _errors(path, capsys, "en")
    assert line.startswith(f"{path}: error: the workbook unpacks to ") and "more than the limit of 1000" in line


SAVES = __import__("shutil").which("soffice")


@pytest.fixture(scope="module", autouse=True)
def _saved_again(tmp_path_factory, soffice):
    """The template filled from the bundled actuals and saved again by LibreOffice, started with the module's
    first test (conftest's soffice): the folder it saves into."""
    if not SAVES:
        return None
    folder = tmp_path_factory.mktemp("saved-again")
    yaml_path = ACTUALS / "jiangning-social-insurance.annual.yaml"
    filled = fill(_template(folder, "annual"), load_targets(EXAMPLE), load_actuals(yaml_path), folder / "filled.xlsx")
    return folder / "saved", soffice("--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder / "saved"), str(filled))


@pytest.mark.skipif(not SAVES, reason="LibreOffice not installed")
def test_a_workbook_saved_again_by_libreoffice_reads_the_same(tmp_path, capsys, _saved_again):
    """A clerk opens the template in a spreadsheet and saves it: its sheets, hidden id column and formats survive."""
    saved, conversion = _saved_again
    conversion.wait()
    yaml_path = ACTUALS / "jiangning-social-insurance.annual.yaml"
    from_yaml = _evaluate(yaml_path, "annual", tmp_path / "yaml.json", capsys)
    from_saved = _evaluate(saved / "filled.xlsx", "annual", tmp_path / "saved.json", capsys)
    assert _without_actuals_input(from_saved) == _without_actuals_input(from_yaml)


def test_the_readme_example_of_a_located_error_is_what_the_command_prints(tmp_path, monkeypatch, capsys):
    import datetime

    book = tmp_path / "实际值.xlsx"
    _template(tmp_path, "annual").rename(book)

    def typed_as_a_date(wb):  # 5/6 typed into 预算执行率's 实际完成值: Excel keeps a date
        _cell(wb, "P03", "实际完成值").value = datetime.datetime(2025, 5, 6)

    _edit(book, typed_as_a_date)
    monkeypatch.chdir(tmp_path)  # the message names the file as given
    (line,) = _errors(Path("实际值.xlsx"), capsys)
    assert line.startswith("实际值.xlsx:指标!H12: 错误: ")
    assert f"`{line}`" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_assessor_points_are_refused_at_their_own_cell_with_every_other_problem_in_row_order(tmp_path, capsys):
    path = _template(tmp_path, "annual")
    ws = sheet(load_workbook(path), INDICATORS)
    points, actual = (ws.cell(3, columns(ws)[h]).column_letter for h in ("评价人打分", "实际完成值"))
    row = rows_by_id(ws)

    def damage(wb):
        _cell(wb, "S01", "实际完成值").value = "差不多"  # read, refused when scored: a late row
        _cell(wb, "D01", "评价人打分").value = 5  # above the weight 2.50: refused when scored
        _cell(wb, "D02", "评价人打分").value = "满分"  # a word: refused when read

    lines = _errors(_edit(path, damage), capsys)
    at = [line[len(str(path)) + 1:].split(": ")[0] for line in lines]
    assert at == [f"指标!{points}{row['D01']}", f"指标!{points}{row['D02']}", f"指标!{actual}{row['S01']}"]
    assert "评价人打分 5 不在 0 至分值 2.50 之间，无法采用" in lines[0] and "未打分" not in lines[0]


def test_an_assessor_row_without_points_says_they_are_missing():
    from decimal import Decimal

    from scoring.rulebook.methods import Assessor, MethodError, compute

    with pytest.raises(MethodError) as e:
        compute(Assessor(), {}, Decimal("2.5"), None)
    assert e.value.code == "table.assessor_points_missing" and "未打分" in e.value.zh


@pytest.mark.parametrize("content", [b"", b"this is no workbook\n" * 20, b"PK\x03\x04 a zip cut short"],
                         ids=["empty", "junk", "cut-short"])
def test_a_junk_or_empty_workbook_is_said_plainly_and_the_same_by_every_reader(tmp_path, capsys, content):
    path = tmp_path / "实际值.xlsx"
    path.write_bytes(content)
    said = []
    # the python engine named: on Python 3.13 the default says first that durable_rules is not there
    for args in (["evaluate", str(EXAMPLE), "--actuals", str(path), "--rules", str(RULES), "--engine", "python"],
                 ["audit", str(path), "--engine", "python"],
                 ["import", str(path), "-o", str(tmp_path / "t.yaml")]):
        assert main(args + ["--lang", "zh"]) == 2
        said.append(capsys.readouterr().err.strip())
    expected = "文件为空" if not content else "无法读取工作簿：文件已损坏，或不是 .xlsx 工作簿"
    assert said == [f"{path}: 错误: {expected}"] * 3


def test_a_negative_amount_and_a_misspelt_project_are_said_with_the_other_cells(tmp_path, capsys):
    """A negative amount was refused while the workbook was read, hiding every other cell's problem; a project
    row of another name was said without the name meant, and again as the project missing."""
    path = _template(tmp_path, "annual")
    ws0 = sheet(load_workbook(path), INDICATORS)
    col, row = columns(ws0), rows_by_id(ws0)

    def damage(wb):
        sheet(wb, INDICATORS).cell(row["F02"], col["实际完成值"]).value = "1O0"
        money = sheet(wb, MONEY)
        spent = columns(money)["执行数（万元）"]
        money.cell(6, 1).value = "机关养老保险缺口资金"  # 机关养老保险区级缺口资金
        money.cell(7, spent).value = -5

    lines = _errors(_edit(path, damage), capsys)
    actual = ws0.cell(row["F02"], col["实际完成值"]).coordinate
    assert [line[len(str(path)) + 1:].split(": ")[0] for line in lines] == [f"指标!{actual}", "资金!A6", "资金!C7"]
    text = "\n".join(lines)
    assert "是否指：机关养老保险区级缺口资金" in text and "缺少项目执行数" not in text and "-5" in text
