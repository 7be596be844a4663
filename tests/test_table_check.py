"""Checking a target table: the seed's warnings, and errors placed at the line that causes them."""
from __future__ import annotations

import pytest

from scoring.table.check import check_table
from scoring.table.importer import import_table
from scoring.table.load import load_targets
from scoring.yamlio import read_text


def line_of(text: str, needle: str, start: int = 0) -> int:
    """The 1-based line where needle first occurs (after line `start`)."""
    lines = text.splitlines()
    return next(i for i, line in enumerate(lines, 1) if i > start and needle in line)


@pytest.fixture
def edited(targets_path, tmp_path):
    """Write the committed table with replacements made and return it loaded, with its text."""

    def edit(*replacements: tuple[str, str]):
        text = targets_path.read_text(encoding="utf-8")
        for old, new in replacements:
            assert old in text, old
            text = text.replace(old, new, 1)
        path = tmp_path / "t.yaml"
        path.write_text(text, encoding="utf-8")
        return load_targets(path), text, path

    return edit


def test_the_seed_has_only_the_warnings_a_reviewer_expects(targets_path):
    text = targets_path.read_text(encoding="utf-8")
    problems = check_table(load_targets(targets_path))
    assert all(p.severity == "warning" for p in problems)
    half_year, archive, *goals, total = problems

    assert half_year.line == line_of(text, "projects_total:") + 1
    assert "36623" in half_year.zh and "36622.5" in half_year.zh and "四舍五入" in half_year.zh

    assert archive.line == line_of(text, "- name: 档案数字化管理及住院病案审核专项经费")
    assert "没有对应的履职指标" in archive.zh and "has no key-work indicator naming it" in archive.en

    assert len(goals) == 6  # 离休二乙残经费补助 3200 matches its budget; the six others differ
    assert "「居民养老待遇区级财政承担37639万元」" in goals[0].zh
    assert "「城乡居民基本养老保险区补资金（三保）」的全年预算数 35754 万元" in goals[0].zh
    assert "相差 1885 万元" in goals[0].zh
    assert not any("离休二乙残经费补助3200万元" in p.zh for p in goals)
    assert "合计 82616.06 万元" in total.zh and "73246 万元" in total.zh
    assert all(p.file.endswith("targets/2025/jiangning-social-insurance.yaml") for p in problems)


def test_the_check_command_exits_0_on_warnings_and_2_on_errors(run_scoring, targets_path, edited):
    done = run_scoring("check", targets_path)
    assert done.returncode == 0
    assert "0 个错误，11 个警告" in done.stdout
    _, _, path = edited(("annual: 73246", "annual: 73000"))
    done = run_scoring("check", "--lang", "en", path)
    assert done.returncode == 2
    assert "error: the annual budget of the project expenditure is printed as 73000 but adds up to 73246" in done.stderr


def test_a_broken_project_total_is_an_error_at_its_line(edited):
    table, text, _ = edited(("annual: 2300", "annual: 2400"))
    [error] = [p for p in check_table(table) if p.severity == "error"]
    assert error.line == line_of(text, "projects_total:") + 1
    assert error.zh == "项目支出的全年预算数印为 73246，但合计为 73346（相差 100）"


def test_income_that_does_not_add_up_is_an_error(edited):
    table, text, _ = edited(("          - name: 政府性基金\n            amount: 0", "          - name: 政府性基金\n            amount: 5"))
    [error] = [p for p in check_table(table) if p.severity == "error"]
    assert error.line == line_of(text, "- name: 财政拨款")
    assert "收入「财政拨款」印为 76032.38，但合计为 76037.38" in error.zh


def test_income_that_differs_from_spending_is_an_error(edited):
    table, text, _ = edited(("  income:\n    total: 76032.38", "  income:\n    total: 76032.5"),
                            ("      - name: 财政拨款\n        amount: 76032.38", "      - name: 财政拨款\n        amount: 76032.5"),
                            ("            amount: 76032.38", "            amount: 76032.5"))
    errors = [p for p in check_table(table) if p.severity == "error"]
    assert [e.line for e in errors] == [line_of(text, "basic:")]
    assert "基本支出加项目支出" in errors[0].zh


def test_a_half_year_plan_above_the_annual_budget_is_an_error(edited):
    table, text, _ = edited(("half_year: 12\n", "half_year: 30\n"))
    errors = [p for p in check_table(table) if p.severity == "error"]
    assert [(e.line, e.en) for e in errors][-1] == (
        line_of(text, "档案数字化管理及住院病案审核专项经费"),
        "'档案数字化管理及住院病案审核专项经费': the half-year plan 30 exceeds the annual budget 25")


def test_a_duplicate_id_is_an_error_at_the_second_use(edited):
    table, text, _ = edited(("- id: D02", "- id: D01"))
    [error] = [p for p in check_table(table) if p.severity == "error"]
    first = line_of(text, "- id: D01")
    assert error.line == line_of(text, "- id: D01", start=first)
    assert error.zh == f"指标编号「D01」重复（第{first}行已经用过）"


def test_a_project_that_is_not_funded_is_an_error(edited):
    table, text, _ = edited(("            project: 企业退休人员生活补助及管理服务\n", "            project: 企业退休人员补助\n"))
    errors = [p for p in check_table(table) if p.severity == "error"]
    assert [e.line for e in errors] == [line_of(text, "- id: F01")]
    assert "「企业退休人员补助」不是资金中列出的项目" in errors[0].zh


@pytest.mark.parametrize("half, severity, words", [
    ("健全", "error", "一个是数值一个是定性词"),
    ("≥70000个", "error", "单位不同"),
    ("≤70000人", "error", "方向相反"),
    ("=70000人", "warning", "运算符不同"),
    ("/", None, None),  # no half-year target: monitoring falls back on the annual one
])
def test_half_year_targets_that_cannot_be_compared_with_the_annual_one(edited, half, severity, words):
    table, text, _ = edited(('half_year: "≥70000人"', f'half_year: "{half}"'))
    found = [p for p in check_table(table) if "半年指标值" in p.zh]
    if severity is None:
        assert found == []
        return
    [problem] = found
    assert (problem.severity, problem.line) == (severity, line_of(text, "- id: F09"))
    assert words in problem.zh and "F09「老年居民参保人数」" in problem.zh


def test_a_consistent_table_has_nothing_to_report(other_layout_path, tmp_path):
    path = tmp_path / "other.yaml"
    path.write_text(import_table(read_text(other_layout_path), "other.txt"), encoding="utf-8")
    assert check_table(load_targets(path)) == []
