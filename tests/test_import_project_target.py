"""`scoring import` reads a published 项目支出绩效目标表 (DOMAIN §8) as a clerk gets it from another system: the
year in the title, a 填报单位 / 金额单位 row and a 填表人 footer, a 合计 row closing the indicators, the budget row
(预算执行率) in the money block with its 分值, and every target read where it is printed."""
from __future__ import annotations

import json
import re

import pytest

from helpers import FIXTURES, run_cli
from xlsx_tables import write_xls
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
    said, unsaid = ("（不含预算执行率行）", "（含预算执行率行）")[:: 1 if points == "90" else -1]
    comment = next(line for line in out.splitlines() if f"「{word}」" in line)  # (the 总分 under it is checked too)
    assert said in comment and unsaid not in comment  # （含…） is no substring of （不含…）, nor the reverse


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


# ---- 6. a target that cannot be read is said where it is printed


@pytest.mark.parametrize("target", ["≥", "约一半", "≥约95%"])
def test_an_unreadable_target_is_an_error_at_its_cell(target):
    lines = _lines(FORM)
    at = _at(lines, "\t产出指标")
    lines[at] = lines[at].replace("≥12公里", target)
    [p] = _error(_text(lines))
    assert p.line == at + 1 and p.column == lines[at].index(target) + 1 and target in p.zh and target in p.en
    assert p.code == ("table.import_vague_target" if target == "约一半" else "table.unreadable_value")


def test_an_unreadable_budget_row_target_is_an_error_at_its_cell():
    lines = _budget_row_in_money(_lines(FORM), "\t\t预算执行率\t\t≥\t\t\t10")
    [p] = _error(_text(lines))
    assert p.line == _at(lines, "\t\t预算执行率") + 1 and p.code == "table.unreadable_value"


# ---- the clerk's table from end to end: text and workbook, both languages, then check and evaluate


def _workbook(path):
    """The target table as the budget system writes it: merged title, header, labels and footer; numbers as numbers."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "项目目标表"
    put = {
        "A1": "2025年度项目支出绩效目标表",
        "A2": "填报单位：示例县林业局    填报日期：2025-03-01    金额单位：万元",
        "A3": "项目名称", "C3": "森林防火能力提升项目（示例）",
        "A4": "主管部门", "C4": "示例县林业局", "E4": "实施单位", "F4": "示例县林业工作站",
        "A5": "项目资金（万元）", "D5": "年初预算数", "E5": "全年预算数", "G5": "分值",
        "B6": "年度资金总额", "D6": 180, "E6": 200,
        "B7": "其中：本年财政拨款", "D7": 180, "E7": 180,
        "B8": "上年结转资金", "D8": 0, "E8": 20,
        "B9": "其他资金", "D9": 0, "E9": 0,
        "B10": "预算执行率", "D10": "≥95%", "G10": 10,
        "A11": "年度总体目标", "B11": "新建防火隔离带12公里，配备专职巡护人员30人。",
        "A12": "绩效指标", "B12": "一级指标", "C12": "二级指标", "D12": "三级指标", "F12": "年度指标值", "G12": "分值",
        "B13": "产出指标(50分)", "C13": "数量指标", "D13": "防火隔离带建设", "F13": "≥12公里", "G13": 15,
        "D14": "专职巡护人员", "F14": "≥30人", "G14": 10,
        "C15": "质量指标", "D15": "隔离带验收合格率", "F15": 1, "G15": 10,
        "C16": "时效指标", "D16": "年度任务完成时限", "F16": "按期完成", "G16": 5,
        "C17": "成本指标", "D17": "隔离带建设成本", "F17": "每公里7.5万元", "G17": 10,
        "B18": "效益指标(30分)", "C18": "生态效益指标", "D18": "森林火灾受害率", "F18": "≤0.9‰", "G18": 10,
        "C19": "社会效益指标", "D19": "森林防火能力", "F19": "显著提升", "G19": 10,
        "C20": "可持续影响指标", "D20": "防火长效机制", "F20": "健全", "G20": 10,
        "B21": "满意度指标(10分)", "C21": "服务对象满意度指标", "D21": "林区群众满意度", "F21": "≥90%", "G21": 10,
        "A22": "合计", "G22": 100,
        "A23": "填表人：王五", "C23": "联系电话：0000-1234567", "E23": "审核人：赵六",
    }
    for ref, value in put.items():
        ws[ref] = value
    ws["F15"].number_format = "0%"
    for span in ("A1:G1", "A2:G2", "A3:B3", "C3:G3", "A4:B4", "C4:D4", "F4:G4", "A5:A10", "B6:C6", "B7:C7", "B8:C8",
                 "B9:C9", "B10:C10", "D10:E10", "B11:G11", "A12:A21", "D12:E12", "B13:B17", "C13:C14", "B18:B20",
                 "A22:F22", "A23:B23", "C23:D23", "E23:G23") + tuple(f"D{r}:E{r}" for r in range(13, 22)):
        ws.merge_cells(span)
    wb.save(path)
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["txt", "xlsx", "xls"])
def test_the_clerks_table_imports_checks_and_scores(kind, lang, tmp_path):
    if kind == "xls":  # the text's cells in an .xls, as an older budget system writes it
        source = write_xls(TARGET.read_text(encoding="utf-8"), tmp_path / "目标表.xls")
    else:
        source = _workbook(tmp_path / "目标表.xlsx") if kind == "xlsx" else TARGET
    out, actuals = tmp_path / "t.yaml", tmp_path / "a.yaml"
    code, said, err = run_cli(["import", str(source), "-o", str(out), "--lang", lang])
    assert code == 0 and err == "", err
    table = validate(parse_yaml(out.read_text(encoding="utf-8"), str(out)), TargetTable)
    assert table.year == 2025 and table.title == "项目支出绩效目标表" and table.project.implementer == "示例县林业工作站"
    assert (table.budget_row.name, table.budget_row.weight) == ("预算执行率", 10)
    assert [f.source for f in table.project.funds] == ["年度资金总额", "本年财政拨款", "上年结转资金", "其他资金"]
    assert [(i.name, i.annual.text, i.weight) for _, _, i in table.rows()][2::6] == [("隔离带验收合格率", "100%", 10), ("林区群众满意度", "≥90%", 10)]
    assert len(list(table.rows())) == 9 and sum(i.weight for _, _, i in table.rows()) == 90
    code, said, err = run_cli(["check", str(out), "--lang", lang])
    assert code == 0 and err == "", err
    assert run_cli(["template", str(out), "-o", str(actuals), "--lang", lang]).returncode == 0
    _fill(actuals)
    code, said, err = run_cli(["evaluate", str(out), "--actuals", str(actuals), "--engine", "python", "--lang", lang,
                               "--format", "json", "--out", "-"])
    assert code == 0, err
    report = json.loads(said)
    points = {row["id"]: row["points"] for row in report["indicators"] + [report["budget_row"]]}
    assert (points["O02"], points["budget_row"]) == (9.33, 9.4), points  # 10 × 28 ÷ 30; 10 × 188 ÷ 200
    assert (report["total"], report["max_total"]) == (round(sum(points.values()), 2), 100.0), points


ACTUALS = {"O01": "12.5公里", "O02": "28人", "O03": "100%", "O04": "达成", "O05": "7.2万元/公里", "B01": "0.3‰",
           "B02": "达成", "B03": "达成", "S01": "93%"}


def _fill(path):
    """The template as a clerk fills it in: every actual, a reason where points are lost, the money spent."""
    lines, key = path.read_text(encoding="utf-8").splitlines(), None
    for i, line in enumerate(lines):
        if m := re.match(r"  ([A-Z]\d\d):$", line):
            key = m[1]
        elif line == "    actual:" and key:
            lines[i] += f" {ACTUALS[key]}"
        elif line == "    reason:" and key == "O02":
            lines[i] += " 2人年中离岗"
        elif line.startswith("    年度资金总额:"):
            lines[i] += " 188"
        elif line == "  reason:":
            lines[i] += " 部分工程款年底未结算"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_bad_target_in_a_workbook_is_said_at_its_cell(lang, tmp_path):
    from xlsx_read import load_workbook

    book = _workbook(tmp_path / "t.xlsx")
    wb = load_workbook(book)
    wb.active["F14"] = "约一半"
    wb.save(book)
    out = tmp_path / "t.yaml"
    code, said, err = run_cli(["import", str(book), "-o", str(out), "--lang", lang])
    assert code == 2 and not out.exists()
    assert err.startswith(f"{book}:项目目标表!F14: ") and "约一半" in err and "Traceback" not in err
    assert ("error" if lang == "en" else "错误") in err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_sum_in_a_workbook_that_does_not_add_up_is_a_warning_at_its_cell(lang, tmp_path):
    from xlsx_read import load_workbook

    book = _workbook(tmp_path / "t.xlsx")
    wb = load_workbook(book)
    wb.active["G22"] = 95
    wb.save(book)
    out = tmp_path / "t.yaml"
    code, said, err = run_cli(["import", str(book), "-o", str(out), "--lang", lang])
    assert code == 0 and out.exists()
    [line] = err.splitlines()
    assert line.startswith(f"{book}:项目目标表!G22: " + ("warning: the '合计' row's points" if lang == "en" else "警告: 「合计」的分值"))
    noted = ("# 第22行（项目目标表!A22:G22）：「合计」的分值印为 95" if lang == "zh"
             else "# row 22 (项目目标表!A22:G22): the '合计' row's points read 95")  # the comment in the language asked for
    assert noted in out.read_text(encoding="utf-8")


def test_a_workbook_in_yuan_is_converted(tmp_path):
    from xlsx_read import load_workbook

    book = _workbook(tmp_path / "t.xlsx")
    wb = load_workbook(book)
    ws = wb.active
    ws["A2"] = "填报单位：示例县林业局    填报日期：2025-03-01    金额单位：元"
    ws["A5"] = "项目资金（元）"
    for ref, value in {"D6": 1800000, "E6": 2000000, "D7": 1800000, "E7": 1800000, "E8": 200000}.items():
        ws[ref] = value
    wb.save(book)
    out = tmp_path / "t.yaml"
    assert run_cli(["import", str(book), "-o", str(out), "--lang", "zh"]).returncode == 0
    got = out.read_text(encoding="utf-8")
    table = validate(parse_yaml(got, str(out)), TargetTable)
    assert [(f.initial, f.annual) for f in table.project.funds][:3] == [(180, 200), (180, 180), (0, 20)]
    assert "# 第2行（项目目标表!A2）：金额单位：元；各项金额已 ÷ 10000，换算为万元" in got


def test_a_workbook_error_that_names_another_row_cites_that_rows_cells(tmp_path):
    from xlsx_read import load_workbook

    book = _workbook(tmp_path / "t.xlsx")
    wb = load_workbook(book)
    wb.active["A2"] = "填报单位：示例县林业局    金额单位：元"  # against 项目资金（万元） at A5
    wb.save(book)
    code, said, err = run_cli(["import", str(book), "-o", str(tmp_path / "t.yaml"), "--lang", "zh"])
    assert code == 2
    assert err.strip() == (f"{book}:项目目标表!A5: 错误: 金额单位「万元」与第2行（项目目标表!A2）写的「元」不一致："
                           "无法确定金额的单位，请改正其中一处")


# ---- a department table (部门整体) gets the same rows


SEED = FIXTURES / "000_a291d28074b2eada.txt"


def _dept_with_signature_rows(header: str) -> list[str]:
    lines = _lines(SEED)
    lines.insert(_at(lines, "2025年度") + 1, header)
    return lines + ["填表人：王五\t\t联系电话：0000-1234567\t\t审核人：赵六"]


def test_a_department_tables_signature_rows_are_not_data():
    plain = _table(SEED.read_text(encoding="utf-8"))
    table = _table(_text(_dept_with_signature_rows("填报单位：南京市江宁区人力资源和社会保障局\t\t\t金额单位：万元")))
    assert table.model_dump() == plain.model_dump()
    lines = [line for line in _dept_with_signature_rows("填报单位：示例单位") if not line.startswith("单位名称")]
    assert _table(_text(lines)).unit.name == "示例单位"


def test_a_department_table_in_yuan_is_converted():
    plain = _table(SEED.read_text(encoding="utf-8"))
    lines = [line.replace("资金（万 元）", "资金（元）") for line in _dept_with_signature_rows("金额单位：元")]
    out = import_table(_text(lines), "t.txt")
    table = validate(parse_yaml(out, "t.yaml"), TargetTable)
    assert table.funds.income.total * 10000 == plain.funds.income.total
    assert [p.annual * 10000 for p in table.funds.expenditure.projects] == [p.annual for p in plain.funds.expenditure.projects]
    assert "# 第" in out and "金额单位：元；各项金额已 ÷ 10000" in out
    lines = _dept_with_signature_rows("金额单位：元")  # under 部门整体 资金（万 元）
    [p] = _error(_text(lines))
    assert p.code == "table.import_money_unit_differs"


def test_the_central_target_tables_department_label_is_read():
    text = TARGET.read_text(encoding="utf-8").replace("主管部门\t", "主管部门及代码\t")
    assert _table(text).project.department == "示例县林业局"


def test_a_money_unit_beside_the_year_is_read():
    lines = _lines(FORM)
    lines[1] = "（2025年度）\t\t\t\t\t\t\t\t单位：元"
    lines = [line.replace("\t180\t200\t", "\t1800000\t2000000\t") for line in lines]
    [p] = _error(_text(lines))  # read, it contradicts 项目资金（万元）
    assert (p.code, p.line) == ("table.import_money_unit_differs", _at(lines, "项目资金") + 1)
    lines = [line.replace("项目资金（万元）", "项目资金") for line in lines]  # only the year row says 元 now
    table = _table(_text(lines))
    assert table.year == 2025 and (table.project.total.initial, table.project.total.annual) == (180, 200)
    lines = _lines(SEED)
    at = _at(lines, "2025年度")
    lines[at] += "\t\t\t金额单位：万元"
    assert _table(_text(lines)).year == 2025


def test_a_sum_where_the_budget_row_has_no_points_says_so():
    lines = [line.replace("\t10\t100%\t\t10", "\t\t100%\t\t") for line in _with_sum("95")]  # no 分值 on the total row
    warnings = []
    import_table(_text(lines), "t.txt", warnings)
    [w, total] = warnings  # the 总分 row under it, 100, is checked too
    assert w.code == "table.import_sum_points_no_budget" and "90" in w.en
    assert total.code == "table.import_sum_points_no_budget" and "'总分'" in total.en
