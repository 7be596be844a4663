"""A 部门整体 table's comments say its amounts as the YAML holds them, in 万元: where the table prints money in 元, a
spending row that prints one amount is said with the amount converted, and the amount it printed beside it."""
from __future__ import annotations

import pytest

from helpers import FIXTURES
from import_cli import imported
from xlsx_tables import SHEET
from scoring.table.importer import import_table
from scoring.table.model import TargetTable
from scoring.yamlio import parse_yaml, validate

SEED = FIXTURES / "000_a291d28074b2eada.txt"
ARCHIVE = "\t\t档案数字化管理及住院病案审核专项经费\t\t12\t25"


def _in_yuan(one_amount: str = "\t\t\t250000") -> tuple[str, int]:
    """The seed with its money in 元 (金额单位：元 under the title, 资金（元）) and the archive project printing only its
    annual amount; and that row's line."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    lines.insert(lines.index("2025年度") + 1, "金额单位：元")
    lines = [line.replace("资金（万 元）", "资金（元）") for line in lines]
    for i, line in enumerate(lines):
        cells = line.split("\t")
        if i > lines.index("金额单位：元") and not line.startswith("中长期") and not line.startswith("年度目标"):
            cells = [str(round(float(c) * 10000)) if c.replace(".", "", 1).isdigit() else c for c in cells]
        lines[i] = "\t".join(cells)
        if line.replace("\t120000\t250000", "\t12\t25") == ARCHIVE or line == ARCHIVE:
            at = i
    lines[at] = ARCHIVE.replace("\t12\t25", one_amount)
    return "\n".join(lines) + "\n", at + 1


def test_a_single_amount_in_yuan_is_said_in_wan():
    text, line = _in_yuan()
    out = import_table(text, "t.txt")
    table = validate(parse_yaml(out, "t.yaml"), TargetTable)
    archive = next(p for p in table.funds.expenditure.projects if p.name.startswith("档案"))
    assert (archive.half_year, archive.annual) == (None, 25)
    assert f"# 第{line}行：只印出一个金额 25 万元（原表印为 250000 元），读作全年预算数" in out
    assert "250000，" not in out and "一个金额 250000" not in out


def test_in_wan_the_comment_is_as_before():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    at = lines.index(ARCHIVE)
    lines[at] = ARCHIVE.replace("\t12\t25", "\t\t\t25")
    out = import_table("\n".join(lines) + "\n", "t.txt")
    assert f"# 第{at + 1}行：只印出一个金额 25，读作全年预算数，半年计划执行数空缺" in out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["txt", "xlsx"])
def test_from_the_command_line(kind, lang, tmp_path):
    text, line = _in_yuan("\t\t\t1800000.5")
    source, out, code, err = imported(text, kind, lang, tmp_path)
    assert code == 0 and err == "", err
    if lang == "zh":
        cited = f"第{line}行（{SHEET}!C{line}:G{line}）" if kind == "xlsx" else f"第{line}行"
        noted = f"# {cited}：只印出一个金额 180.00005 万元（原表印为 1800000.5 元）"
    else:  # the comments in the language asked for
        cited = f"row {line} ({SHEET}!C{line}:G{line})" if kind == "xlsx" else f"line {line}"
        noted = f"# {cited}: only one amount, 180.00005 in 10k yuan (printed as 1800000.5 元), is printed"
    assert noted in out.read_text(encoding="utf-8")
