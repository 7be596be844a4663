"""`scoring audit --targets`: a qualitative row whose only change is its 分值 (B03 10 → 5, its 3.5 points 70 % of
that, in 部分达成's 60–80 % band) is found as weight_changed alone: its points were not read against the approved
10 as out of their band, which the change explains."""
from __future__ import annotations

import json
import shutil

from helpers import ROOT, RULES, run_cli
from xlsx_read import load_workbook

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


def _form(tmp_path, **cells):
    path = tmp_path / "form.xlsx"
    made = run_cli(["--lang", "zh", "evaluate", FOREST, "--format", "xlsx", "--out", path, "--engine", "python"],
                   cwd=ROOT)
    assert made.returncode == 0, made.stderr
    wb = load_workbook(path)
    ws = wb["自评表"]
    assert ws["D22"].value == "防火长效机制" and ws["H22"].value == 10 and ws["I22"].value == 7
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _findings(form) -> dict:
    out = run_cli(["--lang", "en", "audit", form, "--rules", RULES, "--engine", "python", "--format", "json",
                   "--targets", FOREST], cwd=ROOT).stdout
    return {r["name"]: [f["code"] for f in r["findings"]] for r in json.loads(out)["rows"] if r["findings"]}


def test_points_in_band_of_the_forms_own_weight_are_only_a_weight_change(tmp_path):
    found = _findings(_form(tmp_path, H22=5, I22=3.5, I24=91.23))
    assert found["防火长效机制"] == ["weight_changed"]


def test_points_out_of_band_even_of_the_forms_own_weight_are_still_found(tmp_path):
    found = _findings(_form(tmp_path, H22=5, I22=1, I24=88.73))  # 1 of 5 is 20 %: out of 60–80 % either way
    assert found["防火长效机制"] == ["weight_changed", "qualitative_out_of_band"]
