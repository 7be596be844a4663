"""A 分值 cell of a project table is read as a number (10, 10分) or as none (empty, /, —); any other text is an
error at its cell, never a row silently left to default weights."""
from __future__ import annotations

import pytest

from helpers import FIXTURES, run_cli
from scoring.errors import ScoringError
from scoring.table.importer import import_table
from scoring.table.model import TargetTable
from scoring.table.points import weight_problems
from scoring.yamlio import parse_yaml, validate

TARGET = FIXTURES / "project-target-export.txt"  # a 目标表, 分值 in the last column
ROW = "\t\t\t专职巡护人员\t\t≥30人\t10"  # line 14


def _with_points(points: str) -> tuple[str, int]:
    text = TARGET.read_text(encoding="utf-8")
    assert ROW in text
    lines = text.splitlines()
    line = lines.index(ROW) + 1
    return text.replace(ROW, ROW.removesuffix("10") + points), line


def _weight_of(text: str):
    table = validate(parse_yaml(import_table(text, "t.txt", []), "t.yaml"), TargetTable)
    return next(i.weight for _, _, i in table.rows() if i.name == "专职巡护人员")


@pytest.mark.parametrize("points, weight", [("10", 10), ("10分", 10), ("10 分", 10), ("2.5", 2.5)])
def test_a_number_with_or_without_its_unit_is_the_rows_points(points, weight):
    text, _ = _with_points(points)
    assert _weight_of(text) == pytest.approx(weight)


@pytest.mark.parametrize("points", ["十分", "10%", "约10", "a"])
def test_other_text_is_an_error_at_its_cell(points):
    text, line = _with_points(points)
    with pytest.raises(ScoringError) as e:
        import_table(text, "t.txt", [])
    [p] = [p for p in e.value.problems if p.code == "table.points_not_number"]
    assert (p.line, p.column) == (line, text.splitlines()[line - 1].index(points) + 1)
    assert f"「{points}」" in p.zh and f"'{points}'" in p.en


def test_the_cli_says_it_with_the_place_and_writes_nothing(tmp_path):
    text, line = _with_points("十分")
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    code, out, err = run_cli(["import", source, "-o", tmp_path / "t.yaml"])
    assert code == 2 and f"t.txt:{line}:" in err and "「十分」" in err
    assert not (tmp_path / "t.yaml").exists()


@pytest.mark.parametrize("points", ["/", "—", ""])
def test_a_cell_that_says_none_is_no_points_and_the_check_names_the_row(points):
    text, _ = _with_points(points)
    table = validate(parse_yaml(import_table(text, "t.txt", []), "t.yaml"), TargetTable)
    [lacking] = [i for _, _, i in table.rows() if i.weight is None]
    [problem] = weight_problems(table)  # the other rows have 分值: this one lacks it, and is told so
    assert lacking.name == "专职巡护人员" and problem.code == "table.weight_missing"


def test_a_sum_row_that_prints_its_unit_is_checked_as_one_that_does_not():
    text = TARGET.read_text(encoding="utf-8")
    assert "合计\t\t\t\t\t\t90" in text
    text = text.replace("合计\t\t\t\t\t\t90", "合计\t\t\t\t\t\t95分")
    warnings = []
    import_table(text, "t.txt", warnings)
    [w] = warnings
    assert w.code == "table.import_sum_points" and "95" in w.zh
