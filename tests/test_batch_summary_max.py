"""The batch summary shows each unit's total out of its own maximum, the score its grade was read from
where that maximum is not 100, and the file, so units out of 78 and units with the same name can be told apart."""
from __future__ import annotations

import json
import shutil

from helpers import ROOT, edit
from scoring.cli import main

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
PROJECT_ANNUAL = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"


def test_a_unit_out_of_78_and_two_units_of_one_name_are_told_apart(tmp_path, capsys):
    targets, actuals = tmp_path / "t", tmp_path / "a"
    for folder in ("a", "b"):
        (targets / folder).mkdir(parents=True)
        (actuals / folder).mkdir(parents=True)
        shutil.copy(PROJECT, targets / folder / "forest.yaml")
        shutil.copy(PROJECT_ANNUAL, actuals / folder / "forest.annual.yaml")
    table = targets / "b" / "forest.yaml"
    edit(table, "            weight: 15", "            weight: 3")  # the table's 分值 now add up to 88
    out = tmp_path / "out"
    main(["batch", str(targets), str(actuals), "--out", str(out), "--jobs", "1", "--lang", "en"])
    capsys.readouterr()
    rows = json.loads((out / "summary-annual.en.json").read_text(encoding="utf-8"))["scored"]
    assert len({r["unit"] for r in rows}) == 1 and len({r["targets"] for r in rows}) == 2
    full, short = sorted(rows, key=lambda r: -r["max_total"])
    assert full["max_total"] == 100 and full["grade_basis"] is None
    assert short["max_total"] < 100 and short["grade_basis"] == round(short["total"] / short["max_total"] * 100, 2)
    md = (out / "summary-annual.en.md").read_text(encoding="utf-8")
    assert f"{short['total']:.2f} / {short['max_total']:.2f}" in md and f"graded on {short['grade_basis']:.2f}" in md
    assert all(r["targets"] in md for r in rows)


def test_units_rank_by_the_score_their_grade_was_read_from():
    """A unit scoring 73.73 of 78 (94.53) ranked below one scoring 80 of 100: raw totals of different maxima."""
    from decimal import Decimal

    from scoring.render.batch_summary import ranks
    from scoring.scorecard import UnitRow, ranked

    short = UnitRow(targets="a.yaml", actuals="a.annual.yaml", total=Decimal("73.73"), max_total=Decimal(78),
                    grade_basis=Decimal("94.53"))
    full = UnitRow(targets="b.yaml", actuals="b.annual.yaml", total=Decimal("80.00"), max_total=Decimal(100))
    same = UnitRow(targets="c.yaml", actuals="c.annual.yaml", total=Decimal("94.53"), max_total=Decimal(100))
    ordered = ranked([full, same, short])
    assert ordered == [short, same, full] and ranks(ordered) == [1, 1, 3]


def test_on_a_narrow_terminal_the_summary_fits_and_its_figures_stay_whole(monkeypatch):
    import os
    from decimal import Decimal

    from rich.cells import cell_len
    from rich.text import Text

    from scoring.render import batch_summary
    from scoring.scorecard import BatchSummary, UnitRow

    row = UnitRow(targets="targets/2025/jiangning-social-insurance.yaml", actuals="a.yaml",
                  unit="南京市江宁区社会保险管理中心", total=Decimal("96.97"), max_total=Decimal(100), grade="优", grade_en="excellent", lost=Decimal("3.03"),
                  flags=5, report="r.json")
    summary = BatchSummary(period="annual", scored=[row], failed=[])
    monkeypatch.setattr(batch_summary.shutil, "get_terminal_size", lambda fallback: os.terminal_size((80, 24)))
    lines = [Text.from_ansi(line).plain for line in batch_summary.to_text(summary, "zh", color=True).splitlines()]
    assert max(cell_len(line) for line in lines) <= 80
    assert any("南京市江宁区社会保险管理中心" in line and "96.97 / 100.00" in line for line in lines)
    plain = batch_summary.to_text(summary, "zh")  # off a terminal: 100 columns, the file named too
    assert "targets/2025/" in plain
