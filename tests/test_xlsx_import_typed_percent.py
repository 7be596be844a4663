"""A target typed as =100% in Excel becomes a formula whose result is 1 (Excel saves 1, LibreOffice too): the
importer reads what was typed, =100%, where it read the result, a target of 1 that any rate above 1 % meets."""
from __future__ import annotations

from openpyxl import load_workbook

from helpers import run_cli
from xlsx_tables import SHEET, write_xlsx


def test_a_percentage_formula_is_read_as_typed(seed_path, tmp_path):
    book = write_xlsx(seed_path.read_text(encoding="utf-8"), tmp_path / "typed.xlsx")
    wb = load_workbook(book)
    ws = wb[SHEET]
    assert ws["E41"].value == "支付进度符合率"
    ws["G41"] = "=100%"  # openpyxl writes a text starting with = as a formula, as Excel takes it when typed
    ws["F41"] = "= 50 %"
    assert ws["G41"].data_type == "f"
    wb.save(book)
    out = tmp_path / "t.yaml"
    code, said, err = run_cli(["import", book, "-o", out])
    assert code == 0, err
    assert 'name: 支付进度符合率\n            half_year: "= 50 %"\n            annual: "=100%"\n' in out.read_text(encoding="utf-8")


def test_another_formula_without_a_saved_result_is_still_an_error(seed_path, tmp_path):
    book = write_xlsx(seed_path.read_text(encoding="utf-8"), tmp_path / "sum.xlsx")
    wb = load_workbook(book)
    wb[SHEET]["G41"] = "=50%*2"
    wb.save(book)
    code, said, err = run_cli(["--lang", "en", "import", book, "-o", tmp_path / "t.yaml"])
    assert code == 2 and f"{SHEET}!G41: error:" in err


def test_an_array_formula_is_an_error_at_its_cell_not_a_crash(seed_path, tmp_path):
    from openpyxl.worksheet.formula import ArrayFormula

    book = write_xlsx(seed_path.read_text(encoding="utf-8"), tmp_path / "array.xlsx")
    wb = load_workbook(book)
    wb[SHEET]["G41"] = ArrayFormula("G41", "=100%")  # openpyxl gives such a cell's formula as an object, not text
    wb.save(book)
    code, said, err = run_cli(["--lang", "en", "import", book, "-o", tmp_path / "t.yaml"])
    assert code == 2 and f"{SHEET}!G41: error:" in err and "Traceback" not in err
