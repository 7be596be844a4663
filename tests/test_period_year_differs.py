"""Actuals for another year or period than the table and the run: said at the cell (a workbook's 填报信息!B2,
B3) or line where the year or period was read, the period in words in the user's language with its code."""
from __future__ import annotations

import pytest

from helpers import ROOT, run_cli
from template_books import template_book
from xlsx_read import load_workbook

TARGETS = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"


@pytest.fixture
def workbook(tmp_path):
    return template_book(tmp_path / "实际值.xlsx")


def _set(book, cell, value):
    wb = load_workbook(book)
    wb["填报信息"][cell] = value
    wb.save(book)


@pytest.mark.parametrize("lang, said", [
    ("zh", "实际值.xlsx:填报信息!B3: 错误: 实际值文件的期间为全年（annual），本次计分的期间为半年（h1）"),
    ("en", "实际值.xlsx:填报信息!B3: error: the actuals are for the full year (annual), this run is for the first half (h1)"),
])
def test_a_workbook_for_another_period_is_said_at_its_cell_in_words(workbook, lang, said):
    code, out, err = run_cli(["evaluate", TARGETS, "--actuals", workbook, "--period", "h1", "--lang", lang,
                              "--rules", ROOT / "rules"], cwd=workbook.parent)
    assert (code, out) == (2, "")
    assert said in err.splitlines(), err


@pytest.mark.parametrize("lang, said", [
    ("zh", "实际值.xlsx:填报信息!B2: 错误: 实际值文件年度 2024 与目标表年度 2025 不一致"),
    ("en", "实际值.xlsx:填报信息!B2: error: the actuals are for 2024, the table for 2025"),
])
def test_a_workbook_for_another_year_is_said_at_its_cell(workbook, lang, said):
    _set(workbook, "B2", 2024)
    code, _, err = run_cli(["evaluate", TARGETS, "--actuals", workbook, "--lang", lang, "--rules", ROOT / "rules"],
                         cwd=workbook.parent)
    assert code == 2
    assert said in err.splitlines(), err


def test_yaml_actuals_for_another_period_are_said_at_the_period_line(tmp_path):
    text = ACTUALS.read_text(encoding="utf-8")
    line = text.splitlines().index("period: annual") + 1
    copy = tmp_path / "a.yaml"
    copy.write_text(text, encoding="utf-8")
    code, _, err = run_cli(["evaluate", TARGETS, "--actuals", copy, "--period", "h1", "--lang", "zh",
                              "--rules", ROOT / "rules"], cwd=tmp_path)
    assert code == 2
    assert f"a.yaml:{line}:9: 错误: 实际值文件的期间为全年（annual），本次计分的期间为半年（h1）" in err.splitlines(), err


def test_a_half_year_workbook_scored_for_the_year(tmp_path):
    book = template_book(tmp_path / "h1.xlsx", TARGETS, "--period", "h1", "--lang", "en")
    code, _, err = run_cli(["evaluate", TARGETS, "--actuals", book, "--lang", "en", "--rules", ROOT / "rules"],
                           cwd=tmp_path)
    assert code == 2
    said = "h1.xlsx:About!B3: error: the actuals are for the first half (h1), this run is for the full year (annual)"
    assert said in err.splitlines(), err
