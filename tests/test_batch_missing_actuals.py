"""`scoring batch`: a unit with neither NAME.<period>.yaml nor the filled-in workbook NAME.<period>.xlsx in the
same folder fails alone, saying both by their paths (it said only that the .yaml was not found); the others are scored."""
from __future__ import annotations

import importlib.util
import json

from helpers import ROOT, run_cli


def test_a_unit_without_actuals_names_both_files_looked_for(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    generate.generate(3, tmp_path)
    (tmp_path / "actuals" / "u00002.annual.yaml").unlink()
    code, out, err = run_cli(["--lang", "en", "batch", tmp_path / "targets", tmp_path / "actuals", "--out",
                              tmp_path / "out", "--engine", "python", "--jobs", "1"], cwd=ROOT)
    assert code == 1
    looked = tmp_path / "actuals" / "u00002.annual"
    assert f"{looked}.yaml: error: no actuals file for this unit, nor the filled-in workbook {looked}.xlsx" in out + err
    summary = json.loads((tmp_path / "out" / "summary-annual.en.json").read_text(encoding="utf-8"))
    assert len(summary["scored"]) == 2 and [f["actuals"].rsplit("/", 1)[-1] for f in summary["failed"]] == ["u00002.annual.yaml"]
