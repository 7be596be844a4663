"""The Markdown self-evaluation table: one row per indicator, subtotals, total, deductions, inputs; deterministic."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from scoring.render import markdown
from scoring.run import score_files

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def annual():
    return score_files(FIXTURES / "mini.targets.yaml", FIXTURES / "mini.annual.yaml", ROOT / "rules", engine="python")


@pytest.fixture(scope="module")
def h1():
    return score_files(FIXTURES / "mini.targets.yaml", ROOT / "tests" / "fixtures" / "mini.h1.yaml", ROOT / "rules", period="h1", engine="python")


def cells(line: str) -> list[str]:
    """The cells of a table row, splitting only on unescaped pipes."""
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def main_table(text: str, heading: str = "## 自评表") -> list[list[str]]:
    """The body rows of the first table under `heading`."""
    blocks = text.split(heading + "\n", 1)[1].split("## ", 1)[0].split("\n\n")
    lines = next(b.strip() for b in blocks if b.strip().startswith("|")).splitlines()
    assert re.fullmatch(r"\|(-{3}:?\|)+", lines[1]), lines[1]
    return [cells(line) for line in lines[2:]]


def test_title_summary_and_illustrative_warning(annual, h1):
    text = markdown.render(annual, "zh")
    assert text.startswith("# 测试单位 2025 年度部门整体预算绩效自评表\n")
    assert "- 总分：**73.58** / 100.00" in text and "- 等级：**中**" in text and "- 期间：全年" in text
    assert "示例数据" not in text
    made_up = h1.model_copy(update={"illustrative": True})
    assert "> **示例数据（虚构）**" in markdown.render(made_up, "zh")


def test_one_row_per_indicator_then_subtotals_and_total(annual):
    rows = main_table(markdown.render(annual, "zh"))
    header = ["一级指标", "二级指标", "三级指标", "目标值", "实际值", "分值", "得分", "说明"]
    assert all(len(r) == len(header) for r in rows)
    indicator_rows = [r for r in rows if not r[0].startswith("**")]
    assert [r[2] for r in indicator_rows] == [f"{i.id} {i.name}" for i in annual.indicators]
    for r, i in zip(indicator_rows, annual.indicators):
        assert r[3:7] == [i.target, i.actual or "未填报", f"{i.weight:.2f}", f"{i.points:.2f}"]
        assert r[7] == i.explanation.zh
    assert rows[-1][:7] == ["**合计**", "", "", "", "", "**100.00**", "**73.58**"] and rows[-1][-1] == "等级：中"


def test_levels_written_once_per_group(annual):
    rows = [r for r in main_table(markdown.render(annual, "zh")) if not r[0].startswith("**")]
    assert [r[0] for r in rows] == ["决策", "过程", "", "", "", "履职", "效益", "满意度"]
    assert [r[1] for r in rows][1:5] == ["预算执行", "", "", ""]


def test_subtotals_add_up(annual):
    rows = main_table(markdown.render(annual, "zh"))
    subtotals = {r[0][2:-2].split()[0]: r for r in rows if r[0].endswith(" 小计**")}
    assert list(subtotals) == ["决策", "过程", "履职", "效益", "满意度"]
    for level1, row in subtotals.items():
        items = [i for i in annual.indicators if i.level1 == level1]
        assert row[5] == f"**{sum(i.weight for i in items):.2f}**"
        assert row[6] == f"**{sum(i.points for i in items):.2f}**"
    assert sum(Decimal(r[6].strip("*")) for r in subtotals.values()) == annual.total


def test_deductions_largest_first_with_reasons(annual):
    text = markdown.render(annual, "zh")
    rows = main_table(text, "## 扣分说明（按扣分从多到少）")
    assert [r[1].split()[0] for r in rows] == ["B01", "D01", "P01", "F01", "P02", "P03"]
    assert [r[2] for r in rows] == ["20.00", "3.00", "1.67", "0.80", "0.50", "0.45"]
    reasons = {r[1].split()[0]: r[4] for r in rows}
    assert reasons["F01"] == "自然减员" and reasons["D01"] == "**未填写**"


def test_flags_listed(annual):
    text = markdown.render(annual, "zh")
    section = text.split("## 需人工核查\n\n", 1)[1].split("\n\n")[0]
    assert section.count("\n") + 1 == len(annual.flagged)
    assert "- **P02 预算执行率**：手填的值 100% 与按资金计算的 90.00% 不一致；有扣分但未填写偏差原因" in section


def test_pipes_in_cells_are_escaped(h1):
    rows = main_table(markdown.render(h1, "zh"))
    assert all(len(r) == 9 for r in rows)  # with the 监控 column
    lost = main_table(markdown.render(h1, "zh"), "## 扣分说明（按扣分从多到少）")
    assert {r[1].split()[0]: r[4] for r in lost}["B01"] == "个别待遇|核定延迟"
    renamed = h1.model_copy(update={"unit": "a|b", "indicators": [
        replace(i, name="甲|乙") for i in h1.indicators]})
    text = markdown.render(renamed, "zh")
    assert all(len(r) == 9 for r in main_table(text))
    assert "甲\\|乙" in text


def test_h1_monitoring_colours_and_budget_progress(h1):
    text = markdown.render(h1, "zh")
    rows = [r for r in main_table(text) if not r[0].startswith("**")]
    colour = {"red": "**红**", "yellow": "**黄**", "green": "绿", "blue": "蓝", None: "-"}
    assert [r[7] for r in rows] == [colour[i.monitor] for i in h1.indicators]
    budget = dict(r[:2] for r in main_table(text, "## 预算执行"))
    assert budget["预算执行率"] == "35.00%" and budget["时间进度"] == "50%"
    assert budget["执行进度（执行率 ÷ 时间进度）"] == "70.00%" and budget["监控"] == "**黄**"
    assert "监控：红 3；黄 2；绿 2；蓝 1" in text
    watch = main_table(text, "## 运行监控")
    assert [r[0].split()[0] for r in watch] == ["P01", "P03", "P04", "P02", "B01", "F01"]  # red, yellow, blue
    assert {r[0].split()[0]: r[4:] for r in watch}["F01"] == ["上半年集中清理重复参保", "三季度开展扩面"]
    assert {r[0].split()[0]: r[4:] for r in watch}["P03"] == ["**未填写**", "**未填写**"]


def test_inputs_with_full_sha256(annual):
    text = markdown.render(annual, "zh")
    rows = main_table(text, "## 输入文件（SHA-256 可用于核对）")
    assert [(r[1], r[2]) for r in rows] == [(f.path, f"`{f.sha256}`") for f in annual.inputs]


def test_english(annual):
    text = markdown.render(annual, "en")
    assert "| Level 1 | Level 2 | Indicator | Target | Actual | Weight | Points | Explanation |" in text
    assert "- Grade: **fair**" in text
    for word in ("得分", "总分", "等级", "扣分", "说明", "小计", "合计", "偏差原因", "输入文件", "全年"):
        assert word not in text, word


def test_deterministic(annual):
    again = score_files(FIXTURES / "mini.targets.yaml", FIXTURES / "mini.annual.yaml", ROOT / "rules", engine="python")
    assert markdown.render(annual, "zh") == markdown.render(again, "zh")
