"""The terminal scorecard: plain text off a terminal, 100 columns, both languages, the numbers a reader checks."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.text import Text

from scoring.render import terminal
from scoring.run import score_files

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini.targets.yaml"
EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


@pytest.fixture(scope="module")
def annual():
    return score_files(MINI, ROOT / "tests" / "fixtures" / "mini.annual.yaml", ROOT / "rules", engine="python")


@pytest.fixture(scope="module")
def h1():
    return score_files(MINI, ROOT / "tests" / "fixtures" / "mini.h1.yaml", ROOT / "rules", period="h1", engine="python")


_TEXTS: dict = {}


def _render(card, lang: str = "zh", width: int = terminal.WIDTH, color: bool = False) -> str:
    """terminal.render, once per scorecard, language, width and colour: the module's tests read the same few
    texts, each drawn 29 more times (0.4 CPU-s). The card is kept with its text, so that its id is no other's."""
    key = (id(card), lang, width, color)
    if key not in _TEXTS:
        _TEXTS[key] = (card, terminal.render(card, lang, width=width, color=color))
    return _TEXTS[key][1]


def _cards(annual, h1):
    cards = [annual, h1]
    if EXAMPLE.exists():  # the bundled example has the longest names; score it where it is present
        cards += [score_files(EXAMPLE, rules=ROOT / "rules", period=p, engine="python") for p in ("annual", "h1")]
    return cards


def test_plain_text_has_no_escape_codes(annual, h1):
    for card in (annual, h1):
        for lang in ("zh", "en"):
            assert "\x1b" not in _render(card, lang)


def test_print_scorecard_is_plain_when_stdout_is_not_a_terminal(annual, capsys, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    terminal.print_scorecard(annual, "zh")
    out = capsys.readouterr().out
    assert "\x1b" not in out and "73.58" in out


def test_colour_only_on_a_terminal_without_no_color(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    class Pipe:
        def isatty(self):
            return False

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert terminal.use_color(Tty()) and not terminal.use_color(Pipe())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not terminal.use_color(Tty())


def test_colour_output_uses_escape_codes_and_keeps_the_text(annual):
    coloured = _render(annual, "zh", color=True)
    assert "\x1b[" in coloured
    plain = Text.from_ansi(coloured).plain
    assert "73.58 / 100.00" in plain and all(i.name in plain for i in annual.indicators)


def test_every_line_fits_100_cells(annual, h1):
    for card in _cards(annual, h1):
        for lang in ("zh", "en"):
            for color in (False, True):
                text = _render(card, lang, color=color)
                widest = max(cell_len(Text.from_ansi(line).plain) for line in text.splitlines())
                assert widest <= 100, (card.unit, card.period, lang, color, widest)


def test_header_shows_unit_year_period_total_and_grade(annual, h1):
    text = _render(annual, "zh")
    head = text[: text.index("指标得分")]
    assert "测试单位" in head and "2025" in head and "全年" in head
    assert "73.58 / 100.00" in head and re.search(r"等级\s+中", head)
    assert "半年" in _render(h1, "zh").split("指标得分")[0]
    assert re.search(r"Grade\s+fair", _render(annual, "en"))


def test_illustrative_banner_only_for_made_up_data(annual, h1):
    assert "示例数据（虚构）" in _render(h1, "zh")
    assert "ILLUSTRATIVE DATA" in _render(h1, "en")
    assert "示例数据" not in _render(annual, "zh")


def test_english_labels(annual, h1):
    for card in (annual, h1):
        text = _render(card, "en")
        for word in ("Total", "Grade", "Indicators", "Points lost", "Input files"):
            assert word in text
        # names from the table stay as written; the labels around them must not be Chinese
        for word in ("得分", "总分", "等级", "分值", "扣分", "说明", "偏差原因", "核查", "输入文件", "全年", "半年",
                     "监控", "示例数据", "缺少数据", "未填写", "执行数"):
            assert word not in text, word


def test_subtotals_add_up(annual):
    text = _render(annual, "zh")
    total = Decimal(0)
    for level1 in dict.fromkeys(i.level1 for i in annual.indicators):
        rows = [i for i in annual.indicators if i.level1 == level1]
        points, weight = sum(i.points for i in rows), sum(i.weight for i in rows)
        line = next(line for line in text.splitlines() if line.startswith(level1 + " "))
        assert line.split()[-3:] == [f"{points:.2f}", "/", f"{weight:.2f}"]
        total += points
    assert total == annual.total
    assert re.search(r"^合计\s+73\.58 / 100\.00$", text, re.M)


def test_every_indicator_has_a_row_with_points_status_and_explanation(annual):
    text = _render(annual, "zh")
    for i in annual.indicators:
        row = next(line for line in text.splitlines() if line.startswith(i.id + " "))
        assert i.name in row and f"{i.points:.2f} / {i.weight:.2f}" in row
        assert i.explanation.zh[:8] in text
    assert re.search(r"^B01 .*未填报.*缺少数据", text, re.M)
    assert re.search(r"^S01 .*✔ 达成", text, re.M)


def test_lost_points_largest_first_with_reasons(annual):
    text = _render(annual, "zh")
    section = text[text.index("扣分说明"): text.index("需人工核查")]
    ids = re.findall(r"^\s*-\d+\.\d\d\s+(\w+)", section, re.M)
    assert ids == [i.id for i in annual.lost] == ["B01", "D01", "P01", "F01", "P02", "P03"]
    assert "偏差原因：自然减员" in section and "偏差原因：未填写" in section


def test_flags_are_listed(annual):
    text = _render(annual, "zh")
    section = text[text.index("需人工核查"): text.index("输入文件")]
    for i in annual.flagged:
        for f in i.flags:
            assert f.message.zh in section


def test_h1_shows_monitoring_colours_and_budget_progress(h1):
    text = _render(h1, "zh")
    monitor = {i.id: i.monitor for i in h1.indicators}
    colour = {"red": "红", "yellow": "黄", "green": "绿", "blue": "蓝"}
    rows = text[text.index("指标得分"): text.index("\n预算执行\n")]
    assert set(colour.values()) <= set(rows)
    for line in rows.splitlines():
        if line[:3] in monitor and monitor[line[:3]]:
            assert line.rstrip().endswith(colour[monitor[line[:3]]])
    assert re.search(r"时间进度\s+50%", text)
    assert re.search(r"执行进度.*70\.00%\s+黄", text)
    assert re.search(r"^F01 .*\bblue$", _render(h1, "en"), re.M)


def test_footer_names_every_input_with_its_full_hash(annual):
    text = _render(annual, "zh")
    for f in annual.inputs:
        assert f.path in text and f.sha256 in text and len(f.sha256) == 64


@pytest.fixture(scope="module")
def example():
    return score_files(EXAMPLE, rules=ROOT / "rules", engine="python")


NARROW = (80, 64, 50)  # names beside the figures, the status as its mark, then two lines per indicator


@pytest.mark.parametrize("width", NARROW)
def test_a_narrow_terminal_leaves_no_scrap_of_a_name_alone_and_no_line_overflows(example, width):
    """At 80 columns 项目管理制度执行规范 / 性 left 性 alone on a line: a name is whole, or broken evenly."""
    for lang in ("zh", "en"):
        if lang == "en" and width == 50:  # narrower than the English figures: the full 100 columns (tested below)
            width = terminal.WIDTH
        lines = _render(example, lang, width=width).splitlines()
        assert max(cell_len(line) for line in lines) <= width, lang
        scraps = [line for line in lines if 0 < len(line.strip(" │╭╮╰╯─-")) <= 2]
        assert not scraps, (lang, scraps)
    lines = _render(example, "zh", width=width).splitlines()
    assert all(any(i.name in line for line in lines) for i in example.indicators)  # in Chinese each name fits


@pytest.mark.parametrize("width", NARROW)
def test_no_line_of_a_narrow_scorecard_starts_with_closing_punctuation(example, width):
    """The 示例数据 box ended with 。 alone on a line at 80 columns; a key-work note with ）） alone."""
    text = _render(example, "zh", width=width)
    lone = [line for line in text.splitlines() if line.strip("│ ")[:1] and line.strip("│ ")[0] in "。，、；：）》」"]
    assert not lone and all(i.name in text for i in example.indicators)


def test_hashes_stay_whole_where_they_fit_and_are_shortened_where_not(example):
    at80 = _render(example, "zh", width=80)
    assert all(f.sha256 in at80 for f in example.inputs)
    at60 = _render(example, "en", width=60)
    assert all(f.sha256[:12] + "…" in at60 and f.sha256 not in at60 for f in example.inputs)
    assert "--format json" in at60  # where the whole ones are


def test_a_terminal_too_narrow_for_the_figures_gets_the_plain_full_scorecard(example, monkeypatch):
    import os

    monkeypatch.setattr(terminal.shutil, "get_terminal_size", lambda fallback: os.terminal_size((30, 24)))
    assert terminal.terminal_width(example, "zh") is None
    monkeypatch.setattr(terminal.shutil, "get_terminal_size", lambda fallback: os.terminal_size((50, 24)))
    assert terminal.terminal_width(example, "zh") == 50 and terminal.terminal_width(example, "en") is None
    monkeypatch.setattr(terminal.shutil, "get_terminal_size", lambda fallback: os.terminal_size((200, 24)))
    assert terminal.terminal_width(example, "zh") == terminal.WIDTH


def test_a_dumb_terminal_gets_no_colour(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "dumb")
    assert not terminal.use_color(Tty())
