"""`scoring evaluate TARGETS` finds its actuals as `scoring batch` does: actuals/<year>/<unit>.<period>.yaml, or
the filled-in workbook <unit>.<period>.xlsx where there is no .yaml; with neither, both names are said."""
from __future__ import annotations

import json

import pytest

from helpers import ROOT, run_cli
from scoring.batch import find_jobs
from scoring.errors import ScoringError
from scoring.run import locate_actuals

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


@pytest.fixture
def unit(tmp_path):
    """targets/2025/forest.yaml and an empty actuals/2025, as the checkout lays them out."""
    (tmp_path / "targets" / "2025").mkdir(parents=True)
    (tmp_path / "actuals" / "2025").mkdir(parents=True)
    (tmp_path / "targets" / "2025" / "forest.yaml").write_bytes(FOREST.read_bytes())
    return tmp_path


def _workbook(unit):
    book = unit / "actuals" / "2025" / "forest.annual.xlsx"
    code, _, err = run_cli(["template", "targets/2025/forest.yaml", "--format", "xlsx", "-o", book, "--rules", ROOT / "rules"],
                           cwd=unit,
                           env={"SCORING_LANG": "zh"})
    assert code == 0, err
    return book


def test_evaluate_scores_the_workbook_beside_the_table(unit):
    _workbook(unit)
    code, out, err = run_cli(["evaluate", "targets/2025/forest.yaml", "--rules", ROOT / "rules", "--format", "json",
                              "--lang", "zh"], cwd=unit)
    assert code == 0, err
    report = unit / "reports" / "2025" / "forest-annual.json"  # the unit's own report, as for its .yaml
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["inputs"][1]["path"] == "actuals/2025/forest.annual.xlsx"


def test_a_yaml_beside_the_workbook_is_refused_by_evaluate_and_by_batch(unit):
    _workbook(unit)
    yaml = unit / "actuals" / "2025" / "forest.annual.yaml"
    code, _, err = run_cli(["template", "targets/2025/forest.yaml", "-o", yaml, "--rules", ROOT / "rules"], cwd=unit,
                           env={"SCORING_LANG": "zh"})
    assert code == 0, err
    with pytest.raises(ScoringError) as e:
        locate_actuals(unit / "targets" / "2025" / "forest.yaml", None, "annual")
    assert [p.code for p in e.value.problems] == ["run.both_actuals"]
    code, out, err = run_cli(["--lang", "en", "batch", "targets", "actuals", "--out", "out", "--rules", ROOT / "rules",
                              "--engine", "python", "--jobs", "1"], cwd=unit)
    assert code == 1 and "actuals/2025/forest.annual.yaml: error: both the actuals file" in out + err
    assert "give the actuals file" not in out + err  # a batch has no --actuals FILE to give
    code, out, err = run_cli(["--lang", "en", "diff", ROOT / "rules", ROOT / "rules", "targets", "--actuals", "actuals"],
                             cwd=unit)  # a folder of tables is diffed as batch scores it
    assert code == 1 and "error: both the actuals file" in out + err


def test_evaluate_and_batch_find_the_same_file(unit):
    book = _workbook(unit)
    [job] = find_jobs(unit / "targets", unit / "actuals", unit / "out", "annual")
    assert job.actuals == book == locate_actuals(unit / "targets" / "2025" / "forest.yaml", None, "annual")


@pytest.mark.parametrize("lang, said", [
    ("zh", "actuals/2025/forest.h1.yaml: 错误: 未找到与目标表和期间 h1 对应的实际值文件"
           "，也没有填好的工作簿 actuals/2025/forest.h1.xlsx：请指定实际值文件"),
    ("en", "actuals/2025/forest.h1.yaml: error: no actuals file for these targets and period h1, nor the "
           "filled-in workbook actuals/2025/forest.h1.xlsx: give an actuals file"),
])
def test_missing_actuals_names_both_files_looked_for(unit, lang, said):
    code, out, err = run_cli(["evaluate", "targets/2025/forest.yaml", "--period", "h1", "--rules", ROOT / "rules",
                              "--lang", lang], cwd=unit)
    assert (code, out) == (2, "")
    assert err.startswith(said), err
