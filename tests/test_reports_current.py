"""The committed reports of the bundled example are exactly what the code produces now."""
import pytest

from helpers import ROOT
from scoring.run import EXAMPLE_TARGETS, report_path, score_files

FORMATS = {"json": "scoring.render.json_report", "md": "scoring.render.markdown"}


@pytest.mark.parametrize("period", ["annual", "h1"])
@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_committed_report_is_current(monkeypatch, period, ext):
    monkeypatch.chdir(ROOT)  # reports name their inputs relative to the checkout
    render = __import__(FORMATS[ext], fromlist=["render"]).render
    card = score_files(EXAMPLE_TARGETS, period=period)
    path = ROOT / report_path(EXAMPLE_TARGETS, card.year, period, ext)
    assert path.exists(), f"{path} is missing: run scoring evaluate --period {period} --format {'json' if ext == 'json' else 'markdown'}"
    assert path.read_text(encoding="utf-8") == render(card, "zh"), (
        f"{path} is stale: regenerate it with scoring evaluate --period {period} --format {'json' if ext == 'json' else 'markdown'}")
