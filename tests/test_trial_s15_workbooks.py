"""Trial s15's findings on the workbooks: a stated rate's error at its cell, header rows as tall as their text,
the half-year workbook's instruction naming its period."""
from __future__ import annotations

import pytest

from helpers import ROOT, run_cli
from template_books import FOREST, template_book
from xlsx_read import load_workbook

RULES = ROOT / "rules"


def _stated_rate_typed(tmp_path, typed: str):
    """The project table's fill-in workbook with 188 spent and `typed` in 资金!E4 (执行率（手填）)."""
    book = template_book(tmp_path / "t.xlsx")
    wb = load_workbook(book)
    money = wb["资金"]
    money["D4"], money["E4"] = 188, typed
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    return filled


@pytest.mark.parametrize("typed", ["百分之百", "2025-03-01", "≥95%"])
@pytest.mark.parametrize("lang, said", [("zh", "应为百分数，如 98.5%"), ("en", "must be a percentage, e.g. 98.5%")])
def test_a_bad_stated_rate_is_named_at_its_cell_with_the_rates_message(tmp_path, typed, lang, said):
    # trial s15 #1: it was named at 资金!D4:D7 (the amounts spent, which were fine), and a date-like text got the
    # target grammar's message (≥10647人, 健全), nothing a clerk can type into a rate cell
    filled = _stated_rate_typed(tmp_path, typed)
    code, _, err = run_cli(["--lang", lang, "evaluate", FOREST, "--actuals", filled, "--rules", RULES])
    assert code == 2
    assert "filled.xlsx:资金!E4:" in err, err  # the workbook's own sheet name, in either language of messages
    assert said in err and typed in err, err
    assert "D4:D7" not in err and "10647" not in err, err



def _header_too_short(ws, row: int) -> list[str]:
    """The header cells of `row` whose wrapped text (fit.py's reckoning, as for the form's body rows) needs more
    height than the row has: their second line runs over the first data row."""
    from openpyxl.utils import get_column_letter

    from scoring.xlsx.fit import DEFAULT_HEIGHT, height, lines

    have = ws.row_dimensions[row].height or DEFAULT_HEIGHT
    cells = [ws.cell(row, c) for c in range(1, ws.max_column + 1) if ws.cell(row, c).value]
    return [f"{cell.coordinate} {cell.value!r}" for cell in cells
            if height(lines(str(cell.value), ws.column_dimensions[get_column_letter(cell.column)].width)) > have]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("targets", [FOREST, ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"])
def test_the_fill_in_workbooks_header_rows_hold_their_wrapped_labels(tmp_path, lang, targets):
    # trial s15 #2: "Budget at the start of the year (10,000 yuan)" wraps to 3 lines in a header row of one
    book = template_book(tmp_path / "t.xlsx", targets, "--lang", lang, "--period", "h1")
    wb = load_workbook(book)
    for ws in wb.worksheets[:2]:  # the indicators and the money; the third, hidden, has no header
        assert _header_too_short(ws, 3) == [], ws.title


def test_the_forms_second_sheet_header_holds_its_wrapped_labels(tmp_path):
    # trial s15 #2: "Deviation: reason and corrective measure" is two lines, its first above the box (the
    # Chinese labels take one line each)
    out = tmp_path / "form.xlsx"
    code, _, err = run_cli(["--lang", "en", "evaluate", FOREST, "--rules", RULES, "--format", "xlsx", "--out", out])
    assert code in (0, 1), err
    ws = load_workbook(out).worksheets[1]
    assert _header_too_short(ws, 1) == []


@pytest.mark.parametrize("lang, command", [("en", "scoring evaluate TARGETS --actuals THIS_FILE --period h1"),
                                           ("zh", "scoring evaluate 目标表 --actuals 本文件 --period h1")])
def test_the_half_year_workbook_says_to_score_it_for_the_half_year(tmp_path, lang, command):
    # trial s15 #13: its help said the annual command, which refuses a half-year workbook (exit 2)
    book = template_book(tmp_path / "t.xlsx", FOREST, "--lang", lang, "--period", "h1")
    help_text = load_workbook(book).worksheets[0]["A2"].value
    assert help_text.endswith(command), help_text
    # and as it says, the workbook is scored (its blank actuals flagged), not refused for its period
    code, _, err = run_cli(["--lang", lang, "evaluate", FOREST, "--actuals", book, "--period", "h1", "--rules", RULES,
                            "--out", tmp_path / "r.json"])
    assert code in (0, 1), err
