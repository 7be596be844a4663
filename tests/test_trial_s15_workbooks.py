"""Trial s15's findings on the workbooks: a stated rate's error at its cell, header rows as tall as their text,
the half-year workbook's instruction naming its period."""
from __future__ import annotations

import openpyxl
import pytest

from helpers import ROOT, run_cli
from template_books import FOREST, template_book

RULES = ROOT / "rules"


def _stated_rate_typed(tmp_path, typed: str):
    """The project table's fill-in workbook with 188 spent and `typed` in 资金!E4 (执行率（手填）)."""
    book = template_book(tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(book)
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

