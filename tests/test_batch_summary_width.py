"""The batch summary on a terminal fits its width, shows each file relative to the folder given, and never
shows two units the same: names wrap, never cut; a file is cut from the left only while the rows read apart."""
from __future__ import annotations

import io
from decimal import Decimal

import pytest
from rich.cells import cell_len

from scoring.render.batch_summary import to_text, width_of
from scoring.scorecard import BatchSummary, UnitRow

NAME, PROJECT = "南京市江宁区社会保险管理中心", "森林防火能力提升项目（示例） · 示例县林业工作站"


def _row(folder: str, stem: str, unit: str, total: str) -> UnitRow:
    return UnitRow(targets=f"/data/t/2025/{folder}/{stem}.yaml", actuals="a", unit=unit, total=Decimal(total),
                   max_total=Decimal(100), grade="优", grade_en="excellent", lost=Decimal(100) - Decimal(total), flags=5)


SUMMARY = BatchSummary(period="annual", failed=[], scored=[
    _row("east", "jiangning-social-insurance", NAME, "96.97"), _row("west", "jiangning-social-insurance", NAME, "96.97"),
    _row("east", "jiangning-social-insurance-2", NAME, "95"), _row("east", "forest-fire-prevention", PROJECT, "94.73")])
FILES = ["2025/east/jiangning-social-insurance", "2025/west/jiangning-social-insurance",
         "2025/east/jiangning-social-insurance-2", "2025/east/forest-fire-prevention"]


def _cells(text: str) -> list[tuple[str, str]]:
    """Each data row's unit and file, their wrapped lines joined again."""
    rows: list[list[str]] = []
    for line in text.splitlines()[3:]:
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 4 or set(line) <= set("+-|"):
            continue
        if cells[1]:
            rows.append(["", ""])
        rows[-1][0] += cells[2]
        rows[-1][1] += cells[3]
    return [(u, f) for u, f in rows]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [80, 100, 120, 160, 240])
def test_the_table_fits_and_every_unit_reads_apart(width, lang):
    text = to_text(SUMMARY, lang, width=width, folder="/data/t")
    assert max(cell_len(line) for line in text.splitlines()) <= width
    rows = _cells(text)
    assert [u.replace(" ", "") for u, _ in rows] == [r.unit.replace(" ", "") for r in SUMMARY.scored]  # never cut
    shown = [f for _, f in rows]
    assert len(set(shown)) == len(shown)
    for f, full in zip(shown, FILES):
        assert f == full or (f.startswith("…") and full.endswith(f[1:])), (f, full)


def test_wide_enough_nothing_is_cut_and_the_file_is_relative_to_the_folder():
    text = to_text(SUMMARY, "zh", width=240, folder="/data/t")
    assert [f for _, f in _cells(text)] == FILES and "…" not in text and "/data/t" not in text
    assert to_text(SUMMARY, "zh", folder="/data/t") == text  # a pipe gets the whole table


def test_files_cut_from_the_left_when_they_still_read_apart():
    summary = SUMMARY.model_copy(update={"scored": [SUMMARY.scored[0], SUMMARY.scored[3]]})
    shown = [f for _, f in _cells(to_text(summary, "zh", width=80, folder="/data/t"))]
    assert all(f.startswith("…") for f in shown) and shown[0].endswith("-insurance")


def test_the_width_is_the_terminals_and_a_pipe_gets_the_whole_table(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    assert width_of(io.StringIO()) is None
    monkeypatch.setenv("COLUMNS", "90")
    assert width_of(io.StringIO()) == 90
