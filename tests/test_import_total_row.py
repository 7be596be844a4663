"""A 总分 row is read as a 合计 / 总计 row is: it closes the indicator block, its 分值 is checked against the rows'
(a comment says how it adds up), and one that does not add up is a warning at its cell, the YAML still written.
A 部门整体 target table prints no 分值 on its rows: its 总分 / 合计 row closes the block, never read as an
indicator, and a comment keeps what it printed."""
from __future__ import annotations

import pytest

from helpers import FIXTURES, run_cli
from import_cli import imported
from xlsx_tables import SHEET
from scoring.table.importer import import_table
from scoring.table.model import TargetTable
from scoring.yamlio import parse_yaml, validate

FORM = FIXTURES / "project-export.txt"  # a 自评表 closed by 总分 | 100 (line 22, 分值 in column H)
TARGET = FIXTURES / "project-target-export.txt"  # a 目标表 closed by 合计 | 90
SEED = FIXTURES / "000_a291d28074b2eada.txt"  # a 部门整体 table, 57 indicators
TOTAL_LINE = 22


def _form(points: str = "100") -> str:
    return FORM.read_text(encoding="utf-8").replace("总分\t\t\t\t\t\t\t100\t", f"总分\t\t\t\t\t\t\t{points}\t")


def _read(text: str):
    warnings = []
    out = import_table(text, "t.txt", warnings)
    return out, validate(parse_yaml(out, "t.yaml"), TargetTable), warnings


# ---- a project table


def test_a_total_that_adds_up_is_said_to():
    out, table, warnings = _read(_form())
    assert warnings == [] and len(list(table.rows())) == 9
    assert f"# 第{TOTAL_LINE}行：「总分」的分值 100 等于各三级指标分值与预算执行率行分值 10 之和（含预算执行率行）" in out


def test_a_total_that_does_not_add_up_is_a_warning_at_its_cell():
    text = _form("95")
    out, table, warnings = _read(text)
    [w] = warnings
    line = text.splitlines()[TOTAL_LINE - 1]
    assert (w.line, w.column, w.severity, w.code) == (TOTAL_LINE, line.index("95") + 1, "warning", "table.import_sum_points")
    assert "「总分」的分值印为 95" in w.zh and "90" in w.zh and "100" in w.zh
    assert "the '总分' row's points read 95" in w.en
    assert f"# 第{TOTAL_LINE}行：「总分」的分值印为 95" in out and sum(i.weight for _, _, i in table.rows()) == 90


def test_a_sum_row_and_a_total_row_are_each_checked():
    lines = TARGET.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("合计"))
    lines.insert(at + 1, "总分\t\t\t\t\t\t100")
    out, table, warnings = _read("\n".join(lines) + "\n")
    assert warnings == [] and len(list(table.rows())) == 9
    assert "「合计」的分值 90 等于各三级指标分值之和（不含预算执行率行）" in out
    assert "「总分」的分值 100 等于各三级指标分值与预算执行率行分值 10 之和（含预算执行率行）" in out


# ---- a department table


def _department(word: str, points: str = "100") -> tuple[str, int]:
    lines = SEED.read_text(encoding="utf-8").splitlines() + ["", f"{word}\t\t\t\t{points}\t"]
    return "\n".join(lines) + "\n", len(lines)


@pytest.mark.parametrize("word", ["总分", "合计", "总计"])
def test_a_department_tables_total_row_is_no_indicator(word):
    text, line = _department(word)
    out, table, warnings = _read(text)
    plain = validate(parse_yaml(import_table(SEED.read_text(encoding="utf-8"), "t.txt"), "t.yaml"), TargetTable)
    assert warnings == [] and table.model_dump()["indicators"] == plain.model_dump()["indicators"]  # no S02 named 总分
    assert (f"# 第{line}行：「{word}」的分值印为 100；本表各三级指标没有分值，此数未用：计分时各行分值按规则文件"
            "（weights.yaml）分配\nindicators:\n") in out


def test_a_row_after_the_total_row_has_no_place():
    text, line = _department("总分")
    text += "\t\t\t查询及时有效性\t有效\t有效\n"
    with pytest.raises(Exception) as e:
        import_table(text, "t.txt")
    [p] = e.value.problems
    assert p.line == line + 1 and p.code == "table.dept_unplaced"


# ---- from the command line, text and workbook, both languages


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["txt", "xlsx"])
def test_a_project_total_from_the_command_line(kind, lang, tmp_path):
    text = _form("95")
    source, out, code, err = imported(text, kind, lang, tmp_path)
    assert code == 0 and out.exists(), err
    column = text.splitlines()[TOTAL_LINE - 1].index("95") + 1
    where = f"{source}:{SHEET}!H{TOTAL_LINE}" if kind == "xlsx" else f"{source}:{TOTAL_LINE}:{column}"
    said = "warning: the '总分' row's points read 95" if lang == "en" else "警告: 「总分」的分值印为 95"
    [line] = err.splitlines()
    assert line.startswith(f"{where}: {said}"), line  # its place said once, at its cell


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["txt", "xlsx"])
def test_a_department_total_from_the_command_line(kind, lang, tmp_path):
    text, line = _department("总分")
    source, out, code, err = imported(text, kind, lang, tmp_path)
    assert code == 0 and err == "", err
    got = out.read_text(encoding="utf-8")
    if lang == "zh":
        cited = f"第{line}行（{SHEET}!A{line}:E{line}）" if kind == "xlsx" else f"第{line}行"
        assert f"# {cited}：「总分」的分值印为 100；本表各三级指标没有分值" in got
    else:  # the comments in the language asked for
        cited = f"row {line} ({SHEET}!A{line}:E{line})" if kind == "xlsx" else f"line {line}"
        assert f"# {cited}: the '总分' row's points read 100; the table's indicators have no points of their own" in got
    assert "name: 总分" not in got
    assert run_cli(["check", str(out), "--lang", lang]).returncode == 0
