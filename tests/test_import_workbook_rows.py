"""`scoring import` of a workbook names, in English as in Chinese, each sheet row a message speaks of by its cells:
`row 22 (目标表!G22)` as `第22行（目标表!G22）`, never `line 22`, a line of a text the clerk never saw. A text
export's messages keep their lines."""
from __future__ import annotations

import re

import pytest

from helpers import FIXTURES, run_cli
from xlsx_tables import SHEET, write_xlsx

SEED = FIXTURES / "000_a291d28074b2eada.txt"  # a 部门整体 table
TARGET = FIXTURES / "project-target-export.txt"  # a 项目支出 table


def _department(change) -> str:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("江宁区部门整体"))
    change(lines, at)
    return "\n".join(lines) + "\n"


def _title_year(lines, at):
    lines[at] = "2024年度" + lines[at]  # against the 2025年度 row two rows below


def _unplaced(lines, at):
    lines.insert(at + 3, "随手写的一行")


def _project(change) -> str:
    text = TARGET.read_text(encoding="utf-8")
    return change(text)


def _sum_off(text):
    return text.replace("合计\t\t\t\t\t\t90", "合计\t\t\t\t\t\t95")


def _unit_differs(text):
    return text.replace("金额单位：万元", "金额单位：元")  # against 项目资金（万元）


CASES = {  # what a message says of the rows it names, in Chinese and in English
    "title_year": (_department(_title_year), 2,
                   [f"而第3行（{SHEET}!A3）写的是 2024 年度"], [f"but row 3 ({SHEET}!A3) says 2024"]),
    "unplaced": (_department(_unplaced), 2,
                 [f"无法放置第6行（{SHEET}!A6）「随手写的一行」"], [f"cannot place row 6 ({SHEET}!A6) '随手写的一行'"]),
    "sum_off": (_project(_sum_off), 0,  # a warning says its place once, at its cell: it names no row
                [f"{SHEET}!G22: 警告: 「合计」的分值印为 95"], [f"{SHEET}!G22: warning: the '合计' row's points read 95"]),
    "unit_differs": (_project(_unit_differs), 2,
                     [f"与第2行（{SHEET}!A2:G2）写的「元」不一致"], [f"differs from '元' written at row 2 ({SHEET}!A2:G2)"]),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_workbooks_messages_name_the_rows_cells(case, lang, tmp_path):
    text, exit_code, zh, en = CASES[case]
    book = write_xlsx(text, tmp_path / "t.xlsx")
    code, said, err = run_cli(["import", str(book), "-o", str(tmp_path / "t.yaml"), "--lang", lang])
    assert code == exit_code, err
    for expected in (en if lang == "en" else zh):
        assert expected in err, err
    assert not re.search(r"\blines? \d", err), err


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_text_exports_messages_keep_their_lines(case, tmp_path):
    text, exit_code, zh, en = CASES[case]
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    code, said, err = run_cli(["import", str(source), "-o", str(tmp_path / "t.yaml"), "--lang", "en"])
    assert code == exit_code and SHEET not in err and not re.search(r"\brows? \d", err), err
    assert re.search(r"\bline \d", err) or case == "sum_off", err  # the warning names no row, here as there
