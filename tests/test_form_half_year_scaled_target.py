"""The mid-year form (绩效运行监控表) marks a 半年指标值 derived from the annual one (rules/monitoring.yaml's
half_year_fallback: ≥6 公里 from ≥12公里) as derived, in both languages, as the scorecard's flag does: the
table did not set it."""
from __future__ import annotations

import pytest
from xlsx_read import load_workbook

from helpers import RULES, ROOT, run_cli

TARGETS = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"  # no 半年指标值: O01 ≥12公里, O03 100%


@pytest.fixture(scope="module")
def h1_actuals(tmp_path_factory):
    path = tmp_path_factory.mktemp("h1") / "a.h1.yaml"
    code, _, err = run_cli(["template", str(TARGETS), "--period", "h1", "-o", str(path), "--rules", str(RULES)])
    assert code == 0, err
    return path


def _cells(h1_actuals, tmp_path, lang):
    out = tmp_path / f"h1-{lang}.xlsx"
    code, _, err = run_cli(["evaluate", str(TARGETS), "--actuals", str(h1_actuals), "--period", "h1", "--rules",
                            str(RULES), "--format", "xlsx", "--out", str(out), "--engine", "python", "--lang", lang])
    assert code == 0, err
    ws = load_workbook(out).worksheets[0]
    return {ws.cell(c.row, 4).value: ws.cell(c.row, 6).value for row in ws.iter_rows() for c in row[:1]
            if ws.cell(c.row, 4).value}


@pytest.mark.parametrize("lang, mark", [("zh", "（按全年折算）"), ("en", " (scaled from the annual target)")])
def test_a_scaled_half_year_target_is_marked_as_derived(h1_actuals, tmp_path, lang, mark):
    cells = _cells(h1_actuals, tmp_path, lang)
    assert cells["防火隔离带建设"] == "≥6 公里" + mark  # from ≥12公里
    assert cells["隔离带验收合格率"].startswith("100%") and "折算" not in cells["隔离带验收合格率"]  # a rate is not halved


def test_the_annual_form_is_unmarked(tmp_path):
    out = tmp_path / "f.xlsx"
    code, _, err = run_cli(["evaluate", str(TARGETS), "--rules", str(RULES), "--format", "xlsx", "--out", str(out),
                            "--engine", "python"])
    assert code == 0, err
    ws = load_workbook(out).worksheets[0]
    assert not any("折算" in str(c.value) for row in ws.iter_rows() for c in row if c.value)
