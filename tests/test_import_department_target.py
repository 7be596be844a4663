"""`scoring import` of a 部门整体 target table reads each target where it is printed, as it reads a project table's:
one that cannot be read is an error at its cell (file:line:col, or sheet!cell), saying what it found and what it
expected, exit 2, nothing written."""
from __future__ import annotations

import pytest

from helpers import FIXTURES
from import_cli import imported
from xlsx_tables import SHEET
from scoring.errors import ScoringError
from scoring.table.importer import import_table

SEED = FIXTURES / "000_a291d28074b2eada.txt"
GOAL_ROW = "\t目标设定\t绩效目标合理性\t合理\t合理\t"  # line 35: D35 half-year, E35 annual
SHIFTED_ROW = "过程\t预算执行\t\t\t预算调整率\t=0%\t=0%\t"  # line 40, printed two columns right: F40, G40


def _lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


def _with(row: str, half: str, annual: str) -> tuple[list[str], int]:
    lines = _lines()
    at = lines.index(row)
    cells = row.split("\t")
    cells[-3:-1] = [half, annual]
    lines[at] = "\t".join(cells)
    return lines, at


def _column(line: str, k: int) -> int:
    """The 1-based character column where field k (from the end, as _with counts) of a line starts."""
    fields = line.split("\t")
    return sum(len(f) + 1 for f in fields[:len(fields) + k]) + 1


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _error(text: str):
    with pytest.raises(ScoringError) as e:
        import_table(text, "t.txt")
    return e.value.problems


@pytest.mark.parametrize("row", [GOAL_ROW, SHIFTED_ROW])
@pytest.mark.parametrize("target", ["≥", "≥约95%", "约95%", "30人左右"])
def test_an_unreadable_target_is_an_error_at_its_cell(row, target):
    lines, at = _with(row, "健全" if row == GOAL_ROW else "=0%", target)
    [p] = _error(_text(lines))
    assert (p.line, p.column, p.code) == (at + 1, lines[at].rindex(target) + 1, "table.unreadable_value")
    assert f"「{target}」" in p.zh and "层级" not in p.zh and "运算符+数字+单位" in p.zh
    assert f"'{target}'" in p.en and "level" not in p.en and "expected operator, number and unit" in p.en


def test_both_targets_of_a_row_are_said_each_at_its_cell():
    lines, at = _with(GOAL_ROW, "≥", "≥约95%")
    problems = _error(_text(lines))
    assert [(p.line, p.column) for p in problems] == [(at + 1, lines[at].index("≥") + 1),
                                                       (at + 1, lines[at].index("≥约95%") + 1)]


def test_a_name_with_digits_is_still_a_name():
    """医疗个人增记2000档人数 has digits the grammar cannot read as a target: it is the row's name, as before; so is
    a name that starts as an approximate number does (约谈2家企业), with its targets."""
    assert "name: 医疗个人增记2000档人数\n" in import_table(SEED.read_text(encoding="utf-8"), "t.txt")
    lines = _lines()
    at = lines.index(GOAL_ROW)
    lines[at] = "\t目标设定\t约谈2家企业\t≥2家\t≥2家\t"
    out = import_table(_text(lines), "t.txt")
    assert 'name: 约谈2家企业\n            half_year: "≥2家"\n' in out


# ---- a quantity written approximately or in words is no qualitative target


@pytest.mark.parametrize("half, annual", [("约一半", "约一半"), ("过半", "九成"), ("健全", "百分之九十五"),
                                          ("百分之五十", "百分之九十五"), ("约一半", "≥95%")])
def test_a_quantity_in_words_is_refused_at_its_cell(half, annual):
    lines, at = _with(GOAL_ROW, half, annual)
    problems = _error(_text(lines))
    vague = [(w, k) for w, k in ((half, -3), (annual, -2)) if w not in ("健全", "≥95%")]
    assert [(p.line, p.code) for p in problems] == [(at + 1, "table.import_vague_target")] * len(vague)
    for p, (word, k) in zip(problems, vague):
        assert p.column == _column(lines[at], k) and f"「{word}」" in p.zh and f"'{word}'" in p.en
        assert "约数或用汉字写的数量" in p.zh and "approximate or spelled-out quantity" in p.en


def test_qualitative_words_and_names_are_still_read():
    """健全, 保障到位 are targets; a name that starts as an approximate word does (约谈企业数) is a name."""
    lines, at = _with(GOAL_ROW, "健全", "健全")
    lines[at] = lines[at].replace("绩效目标合理性", "约谈企业数")
    out = import_table(_text(lines), "t.txt")
    assert 'name: 约谈企业数\n            half_year: "健全"\n' in out and "保障到位" in out


ERRORS = {
    "≥约95%": ("错误: 无法识别的指标值「≥约95%」：应为 运算符+数字+单位",
               "error: cannot read the value '≥约95%': expected operator, number and unit"),
    "约一半": ("错误: 指标值「约一半」是约数或用汉字写的数量", "error: the target '约一半' is an approximate or spelled-out quantity"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["txt", "xlsx"])
@pytest.mark.parametrize("target, row, cell", [("≥约95%", GOAL_ROW, "E"), ("约一半", SHIFTED_ROW, "G")])
def test_from_the_command_line(target, row, cell, kind, lang, tmp_path):
    lines, at = _with(row, "=0%", target)
    source, out, code, err = imported(_text(lines), kind, lang, tmp_path)
    assert code == 2 and not out.exists() and "Traceback" not in err
    where = f"{source}:{SHEET}!{cell}{at + 1}" if kind == "xlsx" else f"{source}:{at + 1}:{_column(lines[at], -2)}"
    [line] = err.splitlines()
    assert line.startswith(f"{where}: {ERRORS[target][lang == 'en']}"), line
