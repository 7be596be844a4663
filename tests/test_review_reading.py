"""Reading forms as a reviewer's trial found them: several forms in a workbook, quoted text exports, files
that are not what their name says, a text where the claimed points should be, files in a folder that are no form."""
from __future__ import annotations

import openpyxl

from helpers import RULES, run_cli
from review_forms import case, consistent, write_xlsx
from scoring.review.folder import audit_folder, audit_one
from scoring.review.read import read_forms
from scoring.rulebook.load import load_rules


def _audit(*args):
    return run_cli(["--lang", "en", "audit", *map(str, args), "--rules", str(RULES), "--engine", "python"])


# -- 1. every form in a workbook ---------------------------------------------------------------------

def test_every_sheet_that_is_a_form_is_reviewed_each_by_its_name(tmp_path):
    path = write_xlsx(consistent(), tmp_path / "two.xlsx", sheet="自评表", more={"项目2": case("missed_full")[0]})
    assert [name.rsplit("!", 1)[-1] for name, _ in read_forms(path)] == ["自评表", "项目2"]
    result = audit_one(path, load_rules(RULES), "python")
    assert {a.source.rsplit("!", 1)[-1]: sorted(a.codes()) for a in result.forms} == {
        "自评表": [], "项目2": ["missed_full"]}
    status, out, _ = _audit(path)
    assert status == 1 and "two.xlsx!项目2" in out and "missed_full" in out and "2 forms reviewed" in out
    folder = audit_folder(tmp_path, load_rules(RULES), "python")
    assert sorted(a.source.rsplit("/", 1)[-1] for a in folder.forms) == ["two.xlsx!自评表", "two.xlsx!项目2"]


def test_a_sheet_that_is_no_form_beside_the_form_leaves_it_the_files_only_form(tmp_path):
    path = write_xlsx(consistent(), tmp_path / "one.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.create_sheet("填表说明", 0)["A1"] = "请按要求填写"
    wb.save(path)
    ((name, form),) = read_forms(path)
    assert name.endswith("one.xlsx") and form.source.endswith("one.xlsx")
    assert _audit(path)[0] == 0


def test_a_second_form_that_cannot_be_read_is_listed_not_skipped(tmp_path):
    path = write_xlsx(consistent(), tmp_path / "two.xlsx", sheet="自评表", more={"项目2": consistent()})
    wb = openpyxl.load_workbook(path)
    wb["项目2"]["H14"] = "二十"  # a 分值 that is no number: the form cannot be scored
    wb.save(path)
    result = audit_one(path, load_rules(RULES), "python")
    assert [a.source.rsplit("!", 1)[-1] for a in result.forms] == ["自评表"]
    assert [u.source.rsplit("!", 1)[-1] for u in result.unreadable] == ["项目2"]
    assert "项目2!H14" in result.unreadable[0].error.en
    assert _audit(path)[0] == 2
