"""Importing a target table from .xlsx and .xls: the same YAML as the text importer, doubts at their cells."""
from __future__ import annotations

import re

import pytest

from helpers import FIXTURES
from scoring.cli import main
from scoring.table.importer import import_table
from xlsx_tables import SHEET, write_xls, write_xlsx

WRITERS = {"xlsx": write_xlsx, "xls": write_xls}


def _import(path, out, capsys, lang="zh"):
    code = main(["import", str(path), "-o", str(out), "--lang", lang])
    return code, capsys.readouterr()


@pytest.mark.parametrize("kind", ["xlsx", "xls"])
@pytest.mark.parametrize("fixture", ["000_a291d28074b2eada.txt", "other-layout.txt", "project-export.txt"])
def test_a_workbook_gives_the_yaml_of_the_text_importer(kind, fixture, tmp_path, capsys):
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    book = WRITERS[kind](text, tmp_path / f"table.{kind}")
    code, out = _import(book, tmp_path / "table.yaml", capsys)
    assert code == 0, out.err
    got = (tmp_path / "table.yaml").read_text(encoding="utf-8")
    expected = import_table(text, str(book))  # the same rows, read as text under the workbook's name
    cited = re.findall(rf"（{SHEET}![A-Z]+\d+(?::[A-Z]+\d+)?）", got)
    lines = expected.splitlines()
    body = lines[next(i for i, line in enumerate(lines) if not line.startswith("#")):]  # the header keeps its wording
    assert len(cited) == sum(len(re.findall(r"第\d+(?:–\d+)?行", line)) for line in body)  # each row named is cited
    assert re.sub(rf"（{SHEET}![A-Z]+\d+(?::[A-Z]+\d+)?）", "", got) == expected


def test_every_doubt_names_its_cells(seed_path, tmp_path, capsys):
    book = write_xlsx(seed_path.read_text(encoding="utf-8"), tmp_path / "t.xlsx")
    assert _import(book, tmp_path / "t.yaml", capsys)[0] == 0
    comments = [line.strip() for line in (tmp_path / "t.yaml").read_text(encoding="utf-8").splitlines()
                if re.match(r"\s+# 第\d", line)]
    assert comments and all(re.match(rf"# 第\d+(?:–\d+)?行（{SHEET}![A-Z]+\d+", c) for c in comments), comments
    assert "# 第29行（目标表!A29:D29）：整行错位" in "\n".join(comments)


def test_a_row_that_cannot_be_placed_is_an_error_at_its_cell(seed_path, tmp_path, capsys):
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    lines[1] = "\t这一行不属于表头"  # row 2, column B: nothing but the title and the year belong up there
    book = write_xlsx("\n".join(lines), tmp_path / "bad.xlsx")
    code, out = _import(book, tmp_path / "bad.yaml", capsys)
    assert code == 2 and not (tmp_path / "bad.yaml").exists()
    assert out.err.strip().splitlines() == [f"{book}:{SHEET}!B2: 错误: 无法放置第2行（{SHEET}!B2）「这一行不属于表头」：表头部分只应有标题和年度"]


def test_not_a_workbook_is_a_located_error(tmp_path, capsys):
    fake = tmp_path / "table.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    code, out = _import(fake, tmp_path / "t.yaml", capsys, "en")
    assert code == 2 and out.err.startswith(f"{fake}: error: cannot read the workbook: the file is damaged or not a .xlsx workbook")
    code, out = _import(tmp_path / "missing.xls", tmp_path / "t.yaml", capsys, "en")
    assert code == 2 and out.err.strip() == f"{tmp_path / 'missing.xls'}: error: file not found"


def test_a_target_merged_down_two_rows_is_each_rows_target(seed_path, tmp_path, capsys):
    from openpyxl import load_workbook

    text = seed_path.read_text(encoding="utf-8")
    book = write_xlsx(text, tmp_path / "merged.xlsx")
    wb = load_workbook(book)
    ws = wb[SHEET]
    assert (ws["E41"].value, ws["G41"].value, ws["G42"].value) == ("支付进度符合率", "=100%", "=100%")
    ws["G42"] = None
    ws.merge_cells("G41:G42")  # two indicators sharing one annual target, as budget systems print it
    ws["F46"] = 1  # 政府采购执行率's half-year =100% typed as a number under a percent format
    ws["F46"].number_format = "0%"
    wb.save(book)
    assert _import(book, tmp_path / "t.yaml", capsys)[0] == 0
    got = (tmp_path / "t.yaml").read_text(encoding="utf-8")
    assert f"# 合并单元格 {SHEET}!G41:G42 的指标值「=100%」读作第41–42行每一行的指标值" in got
    expected = import_table(text, str(book)).replace('half_year: "=100%"\n            annual: "=100%"\n          # 第47',
                                                      'half_year: "100%"\n            annual: "=100%"\n          # 第47')
    body = re.sub(rf"（{SHEET}![A-Z]+\d+(?::[A-Z]+\d+)?）", "", got).replace(
        f"# 合并单元格 {SHEET}!G41:G42 的指标值「=100%」读作第41–42行每一行的指标值\n", "")
    assert 'name: 政府采购执行率\n            half_year: "100%"' in body  # as the sheet shows it, not 1
    assert body.replace('half_year: "100%"', 'half_year: "=100%"') == expected.replace('half_year: "100%"', 'half_year: "=100%"')


def test_an_xlsx_named_xls_is_read_as_the_xlsx_it_is(seed_path, tmp_path, capsys):
    """A percent cell keeps its format: 1 under 0% is 100%, as in the .xlsx, not the bare 1 an .xls reader gives."""
    from openpyxl import load_workbook

    book = write_xlsx(seed_path.read_text(encoding="utf-8"), tmp_path / "named.xlsx")
    wb = load_workbook(book)
    wb[SHEET]["F46"] = 1
    wb[SHEET]["F46"].number_format = "0%"
    wb.save(tmp_path / "named.xls")
    assert _import(tmp_path / "named.xls", tmp_path / "t.yaml", capsys)[0] == 0
    assert 'name: 政府采购执行率\n            half_year: "100%"' in (tmp_path / "t.yaml").read_text(encoding="utf-8")


def test_a_target_formula_without_a_saved_result_is_an_error_at_its_cell(seed_path, tmp_path, capsys):
    from openpyxl import load_workbook

    book = write_xlsx(seed_path.read_text(encoding="utf-8"), tmp_path / "formulas.xlsx")
    wb = load_workbook(book)
    wb[SHEET]["G41"] = "=1"  # a target computed by a formula, as openpyxl writes it: no saved result
    wb[SHEET]["G42"] = "=G41"
    wb.save(book)
    code, out = _import(book, tmp_path / "t.yaml", capsys)
    assert code == 2 and not (tmp_path / "t.yaml").exists()
    assert out.err.strip().splitlines() == [f"{book}:{SHEET}!{c}: 错误: 公式没有保存计算结果：请在 Excel 中打开并保存后再导入"
                                            for c in ("G41", "G42")]
