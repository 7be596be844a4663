"""Breaking text for a narrow terminal: nothing lost, nothing too wide, no 。 opening a line, lines even."""
from __future__ import annotations

from hypothesis import given, strategies as st
from rich.cells import cell_len

from scoring.render.wrap import CLOSING, balanced

pieces = st.lists(st.sampled_from(["项目", "管理", "制度", "，", "。", "（三保）", "10,712", " ", "人", "Timely", "rate"]),
                  max_size=30)


@given(pieces, st.integers(min_value=8, max_value=40))
def test_only_spaces_become_line_breaks_and_every_line_fits(parts, width):
    text = "".join(parts)
    out = balanced(text, width)
    assert out.replace("\n", "").replace(" ", "") == text.replace(" ", "")
    lines = out.split("\n")
    assert all(cell_len(line) <= width for line in lines) or out == text  # a piece wider than the line is left
    assert not any(line[:1] in CLOSING for line in lines[1:])


def test_lines_are_even_and_break_after_a_comma_where_they_can():
    assert balanced("项目管理制度执行规范性", 20) == "项目管理制度\n执行规范性"
    text = "本记分卡的实际值是为演示而编造的示例数据，不是真实数据，不能作为正式自评结果。"
    assert balanced(text, 76) == "本记分卡的实际值是为演示而编造的示例数据，\n不是真实数据，不能作为正式自评结果。"
    assert balanced("fits", 10) == "fits"


def test_a_number_keeps_its_unit_on_its_line():
    # one or two wide characters after a number are its unit (≥31 人, 2.6 亿元), never left to open a line
    text = "说明：完成 29 人 / 目标 ≥31 人 = 93.55%，按比例得 1.79；资金 2.6 亿元"
    for width in range(16, 40):
        lines = balanced(text, width).split("\n")
        assert not any(line[:1] in ("人", "亿", "元") for line in lines), (width, lines)
    # three wide characters after a number are words of their own, and may break as words do
    assert balanced("完成 29 人完成率达到目标", 10).split("\n")[0] != "完成 29 人完成率"


def test_a_label_in_brackets_stays_on_one_line():
    text = "【指标值 1 无单位】指标值「1」没有单位，而实际值「98%」是百分数：若指 100%，请写「100%」；不予猜测"
    for width in range(22, 60):
        lines = balanced(text, width).split("\n")
        assert lines[0].startswith("【指标值 1 无单位】"), (width, lines)
    assert CLOSING >= {"、", "。", "，", "）", "】"}
