"""A department's 执行数 given for some items with another left blank is an error at the blank amount naming each
blank one: the rate went uncomputed without a word, and the hand-typed 预算执行率 was scored in its place."""
from __future__ import annotations

from pathlib import Path

from xlsx_read import load_workbook

from helpers import ROOT, RULES, run_cli
from xlsx_fill import MONEY, columns, sheet, template

TABLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
BASIC, PROJECT = "  basic: 2781.2\n", "    机关养老保险区级缺口资金: 2300\n"


def _evaluate(tmp_path, actuals: Path, *more: str):
    out = tmp_path / "report.json"
    done = run_cli(["evaluate", str(TABLE), "--actuals", str(actuals), "--rules", str(RULES), "--engine", "python",
                    "--format", "json", "--out", str(out), *more])
    return done, out


def _yaml(tmp_path, *edits: tuple[str, str]) -> Path:
    text = ACTUALS.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _line(path: Path, starts: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(starts))


def test_a_blank_basic_beside_filled_projects_is_an_error_at_it_and_nothing_is_written(tmp_path):
    actuals = _yaml(tmp_path, (BASIC, "  basic:\n"))
    (code, out, err), report = _evaluate(tmp_path, actuals, "--lang", "en")
    assert code == 2 and not report.exists()
    assert err.startswith(f"{actuals}:{_line(actuals, '  basic:')}:9: error: ")
    assert "these are blank: basic expenditure. " in err and "0 where nothing was spent" in err


def test_a_blank_project_is_named_in_the_clerks_words(tmp_path):
    actuals = _yaml(tmp_path, (PROJECT, "    机关养老保险区级缺口资金:\n"))
    (code, out, err), report = _evaluate(tmp_path, actuals, "--lang", "zh")
    assert code == 2 and not report.exists()
    assert err.strip() == (f"{actuals}:{_line(actuals, '    机关养老保险区级缺口资金')}:18: 错误: 已填写部分执行数，但以下执行数为空："
                           "机关养老保险区级缺口资金。无法计算预算执行率：请逐项填写（没有支出的填 0）")


def test_every_amount_blank_is_still_not_reported_and_every_amount_given_still_sums(tmp_path):
    text = ACTUALS.read_text(encoding="utf-8")
    money = text[text.index("spending:"):]
    blank = "".join(line.split(":")[0] + ":\n" for line in money.splitlines())
    (code, _, err), report = _evaluate(tmp_path, _yaml(tmp_path, (money, blank)))
    assert code == 0, err
    assert '"budget": null' in report.read_text(encoding="utf-8")
    (code, _, err), report = _evaluate(tmp_path, ACTUALS)
    assert code == 0, err
    assert '"budget": null' not in report.read_text(encoding="utf-8")


def _workbook(tmp_path, spent_at):
    """The fill-in workbook with each 资金 amount `spent_at(its index)`; the path and the amounts' cells."""
    path = template(TABLE, tmp_path / "filled.xlsx", "annual", "en")
    wb = load_workbook(path)
    money = sheet(wb, MONEY)
    spent = columns(money)["Spent (10,000 yuan)"]
    rows = [r for r in range(4, money.max_row + 1) if money.cell(r, spent).protection.locked is False]
    for i, r in enumerate(rows):
        money.cell(r, spent).value = spent_at(i)
    wb.save(path)
    return path, [money.cell(r, spent) for r in rows], [money.cell(r, 1).value for r in rows]


def test_in_the_workbook_the_blank_cell_is_named(tmp_path):
    # a project's row blank, basic expenditure and another project filled in
    path, cells, names = _workbook(tmp_path, lambda i: None if i == 2 else 10)
    (code, out, err), report = _evaluate(tmp_path, path, "--lang", "en")
    assert code == 2 and not report.exists()
    assert err.startswith(f"{path}:Money!{cells[2].coordinate}: error: ") and f"these are blank: {names[2]}." in err


def test_an_amount_typed_as_text_is_told_once_as_unreadable_not_also_as_blank(tmp_path):
    path, cells, _ = _workbook(tmp_path, lambda i: "abc" if i == 2 else 10)
    (code, out, err), report = _evaluate(tmp_path, path, "--lang", "en")
    assert code == 2 and not report.exists()
    assert [line.split(": error: ")[0] for line in err.splitlines() if ": error: " in line] == [
        f"{path}:Money!{cells[2].coordinate}"]
    assert "'abc'" in err and "blank" not in err


def test_an_amount_written_as_empty_text_is_blank(tmp_path):
    for written in ('""', '"　"'):  # quoted empty, a full-width space
        path = _yaml(tmp_path, (PROJECT, f"    机关养老保险区级缺口资金: {written}\n"))
        (code, out, err), _ = _evaluate(tmp_path, path, "--lang", "en")
        assert code == 2 and "these are blank: 机关养老保险区级缺口资金." in err and "found" not in err


def test_a_blank_beside_an_unreadable_amount_is_not_told_of_the_unreadable_one(tmp_path):
    # one amount unreadable, another blank: the unreadable one is told, never counted among the blanks (the blank
    # is told once the amounts read)
    for unreadable, blank in ((2, 1), (0, 2)):
        path, cells, names = _workbook(tmp_path, lambda i: "abc" if i == unreadable else None if i == blank else 10)
        (code, out, err), report = _evaluate(tmp_path, path, "--lang", "en")
        assert code == 2 and not report.exists()
        assert f"Money!{cells[unreadable].coordinate}: error: " in err and "'abc'" in err
        assert "these are blank" not in err
