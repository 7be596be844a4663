"""At mid-year a row the table gives no half-year target for, whose annual target is not halved (a rate such as
=100%: period_target.halves), is scored against the annual target; the 自评表, the markdown and the terminal
table say so (100%（全年指标值）), lest the annual value be read as a 半年指标值 the table set. The annual
outputs are unmarked, and `scoring audit` still tells the mid-year form for what it is."""
from __future__ import annotations

import json

import pytest
from xlsx_read import load_workbook

from helpers import RULES, run_cli
from test_form_half_year_scaled_target import TARGETS, h1_actuals  # noqa: F401 (a fixture): the same blank h1 actuals
MARK = {"zh": "（全年指标值）", "en": "(the annual target)"}


def _evaluate(*args):
    code, out, err = run_cli(["evaluate", str(TARGETS), "--rules", str(RULES), "--engine", "python", *args])
    assert code == 0, err
    return out


def _form(path):
    ws = load_workbook(path).worksheets[0]
    return {ws.cell(c.row, 4).value: ws.cell(c.row, 6).value for row in ws.iter_rows() for c in row[:1]
            if ws.cell(c.row, 4).value}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_form_marks_an_annual_rate_scored_at_mid_year(h1_actuals, tmp_path, lang):
    out = tmp_path / "h1.xlsx"
    _evaluate("--actuals", str(h1_actuals), "--period", "h1", "--format", "xlsx", "--out", str(out), "--lang", lang)
    cells = _form(out)
    sep = " " if lang == "en" else ""
    assert cells["隔离带验收合格率"] == "100%" + sep + MARK[lang]  # the table's text, marked as its annual target
    assert cells["防火隔离带建设"].startswith("≥6 公里") and MARK[lang] not in cells["防火隔离带建设"]  # scaled


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markdown_and_terminal_mark_it_too(h1_actuals, lang):
    md = _evaluate("--actuals", str(h1_actuals), "--period", "h1", "--format", "markdown", "--out", "-", "--lang", lang)
    sep = " " if lang == "en" else ""
    row = next(line for line in md.splitlines() if "O03" in line and line.startswith("|  |"))
    assert f"| =100%{sep}{MARK[lang]} |" in row
    scaled = {"zh": "≥6 公里（按全年折算）", "en": "≥6 公里 (scaled from the annual target)"}[lang]
    assert any(scaled in line for line in md.splitlines() if "O01" in line)  # marked as derived, as the form marks it
    card = _evaluate("--actuals", str(h1_actuals), "--period", "h1", "--lang", lang)
    lines = card.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("O03"))
    assert "=100%" in lines[at] and MARK[lang].split()[0] in lines[at + 1]  # the mark on the line under it


def test_json_already_says_where_the_target_came_from(h1_actuals):
    card = json.loads(_evaluate("--actuals", str(h1_actuals), "--period", "h1", "--format", "json", "--out", "-"))
    rows = {i["id"]: i for i in card["indicators"]}
    assert (rows["O03"]["target"], rows["O03"]["target_source"]) == ("=100%", "annual")
    assert rows["O01"]["target_source"] == "annual_scaled"


def test_the_annual_outputs_are_unmarked(tmp_path):
    out = tmp_path / "f.xlsx"
    _evaluate("--format", "xlsx", "--out", str(out))
    assert _form(out)["隔离带验收合格率"] == "100%"
    assert not any(m in _evaluate("--format", "markdown", "--out", "-") for m in MARK.values())


def test_audit_still_refuses_the_mid_year_form(h1_actuals, tmp_path):
    out = tmp_path / "h1.xlsx"
    _evaluate("--actuals", str(h1_actuals), "--period", "h1", "--format", "xlsx", "--out", str(out))
    code, out_text, err = run_cli(["audit", str(out)])
    assert code == 2 and "半年指标值" in out_text + err  # a monitoring form, not read as a 自评表 with targets
