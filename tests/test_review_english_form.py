"""`scoring audit` of the English 自评表 `evaluate --lang en` writes for a department: its unit read from the
`Unit` row (so --targets finds another unit's form), its title with its spaces, its grade said once."""
from __future__ import annotations

import json

import pytest

from helpers import ROOT, RULES, run_cli
from xlsx_read import load_workbook

TABLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
UNIT = "南京市江宁区社会保险管理中心"


@pytest.fixture(scope="module")
def english_form(tmp_path_factory):
    path = tmp_path_factory.mktemp("en") / "form.en.xlsx"
    made = run_cli(["--lang", "en", "evaluate", "--format", "xlsx", "--out", path, "--engine", "python"], cwd=ROOT)
    assert made.returncode == 0, made.stderr
    return path


def _audit(form, *args, fmt="json"):
    return run_cli(["--lang", "en", "audit", form, "--rules", RULES, "--engine", "python", "--format", fmt, *args],
                   cwd=ROOT)


def test_the_unit_and_title_are_read_as_written(english_form):
    data = json.loads(_audit(english_form).stdout)
    assert data["name"] == UNIT
    assert data["title"] == "Department-wide expenditure performance self-evaluation"


def test_another_units_form_is_found_against_the_table(english_form, tmp_path):
    wb = load_workbook(english_form)
    ws = wb.worksheets[0]
    assert ws["A3"].value == "Unit" and ws["C3"].value == UNIT
    ws["C3"] = "别的单位"
    changed = tmp_path / "other.xlsx"
    wb.save(changed)
    data = json.loads(_audit(changed, "--targets", TABLE).stdout)
    assert [f["code"] for f in data["findings"]] == ["name_changed"]


def test_a_grade_written_in_english_is_said_once(english_form):
    out = _audit(english_form, fmt="table").stdout
    assert "grade written on the form: 'excellent'" in out and "'excellent' (excellent)" not in out
