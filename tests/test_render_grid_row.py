"""The scorecard's rows drawn without a rich Table each are the bytes the Tables drew, in colour too."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.padding import Padding
from rich.text import Text

from scoring.render import grid_row, terminal
from scoring.run import score_files

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
UNITS = [  # (targets, actuals, period): departments and a project, both periods, the longest names
    (FIXTURES / "mini.targets.yaml", FIXTURES / "mini.annual.yaml", "annual"),
    (FIXTURES / "mini.targets.yaml", FIXTURES / "mini.h1.yaml", "h1"),
    (FIXTURES / "project.targets.yaml", FIXTURES / "project.annual.yaml", "annual"),
    (ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml", None, "annual"),
    (ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml", None, "h1"),
    (ROOT / "targets" / "2025" / "forest-fire-prevention.yaml", None, "annual"),
]


@pytest.fixture(scope="module")
def cards():
    return [score_files(t, a, ROOT / "rules", period=p, engine="python") for t, a, p in UNITS if t.exists()]


def _as_tables(monkeypatch, render):
    with monkeypatch.context() as m:
        m.setattr(grid_row._Drawn, "drawn_by_rich", True)
        return render()


def _drawn_here(part) -> bool:
    """Whether a part of the scorecard holds a row or text drawn by grid_row (the rest, rich draws either way)."""
    if isinstance(part, grid_row._Drawn):
        return True
    inner = getattr(part, "renderables", None) or ([part.renderable] if isinstance(part, Padding) else [])
    return any(_drawn_here(p) for p in inner)


WIDTHS = [100, 90, 72, 60, 48]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_scorecard_is_the_same_text_as_with_a_table_per_row(cards, monkeypatch, width):
    # each part drawn here is compared alone (a part's lines do not depend on those printed before it); the
    # tables, panels and texts between them are rich's in both, and are drawn once, in the whole scorecard
    # compared at the end. At each width every unit is drawn in both languages, one in colour and the other
    # plain, the other way round at the next width: over the widths each language is drawn both ways, at
    # half the cost of drawing every language both ways at every width.
    turn = WIDTHS.index(width) % 2
    for card in cards:
        for lang, color in (("zh", bool(turn)), ("en", not turn)):
            for part in terminal.build(card, lang, color, width):
                if _drawn_here(part):
                    def render(part=part):
                        buf = io.StringIO()
                        terminal.console_for(buf, width, color).print(part)
                        return buf.getvalue()
                    assert render() == _as_tables(monkeypatch, render), (card.unit, lang, color, width)
    card = cards[3] if len(cards) > 3 else cards[0]  # the bundled example, whole

    def whole():
        return terminal.render(card, "zh", width=width, color=True)
    assert whole() == _as_tables(monkeypatch, whole)


@pytest.mark.parametrize("cells", [
    ["D01", "一个很长的指标名称需要折行才能放下", "≥95%", "96.8%", "10.00 / 10.00", "✓"],  # folded by rich
    [Text("a\tb", style="bold"), Text("x\n\ny", style="dim"), "", Text("  lead", style="red"), "r  ", "e\u0301\u0301\u0301"],
    [Text("日本語", style="bold underline"), Text.assemble(("一", "red"), "二", ("三", "green")), "xyz", "", "99", "?"],
    ["", "", "", "", "", ""],
])
def test_a_row_of_odd_cells_is_drawn_as_the_table_draws_it(monkeypatch, cells):
    widths, justify = [3, 8, 4, 4, 7, 2], ["left", "left", "left", "left", "right", "left"]
    for color in (False, True):
        for width in (40, 36, 20):
            def render():
                import io

                buf = io.StringIO()
                console = terminal.console_for(buf, width, color)
                console.print(grid_row.Row(widths, justify, cells, 2))
                console.print(grid_row.Indented(Text("\n".join(str(c) for c in cells), style="dim"), 5))
                return buf.getvalue()
            assert render() == _as_tables(monkeypatch, render), (cells, color, width)


from hypothesis import given, settings, strategies as st  # noqa: E402

_CHARS = st.sampled_from(list("ab 1.%-") + ["\t", "\n", "指", "标", "。", "（", "\u0301", "\u200b", "Ａ"])
_CELL = st.builds(lambda s, style: Text(s, style=style), st.text(_CHARS, max_size=14),
                  st.sampled_from(["", "bold", "dim", "red on white", "italic underline"])) | st.text(_CHARS, max_size=14)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_CELL, st.integers(1, 9), st.sampled_from(["left", "right"])), min_size=1, max_size=6),
       st.integers(1, 3), st.sampled_from([24, 40]), st.booleans())
def test_any_row_is_drawn_as_the_table_draws_it(cells, gap, width, color):
    import io

    def render(by_rich: bool) -> str:
        grid_row._Drawn.drawn_by_rich = by_rich
        try:
            buf = io.StringIO()
            console = terminal.console_for(buf, width, color)
            console.print(grid_row.Row([w for _, w, _ in cells], [j for _, _, j in cells], [c for c, _, _ in cells], gap))
            for cell, indent, _ in cells:
                console.print(grid_row.Indented(cell if isinstance(cell, Text) else Text(cell), indent))
            return buf.getvalue()
        finally:
            grid_row._Drawn.drawn_by_rich = False
    assert render(False) == render(True)
