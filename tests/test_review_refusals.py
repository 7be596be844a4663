"""What `scoring audit` refuses, exit 2 and nothing written, rather than give a meaningless result: `--targets TABLE`
with a form none of whose rows TABLE has (a project's form against a department's table: it gave 57 row_missing
findings, a rescored total of 0 and, in a folder, the first rank by points at stake), marked copies of several
forms to a workbook's name (it made a folder of that name), and the actuals workbook of `scoring template` (said
to be one, where it was a form whose header lacks 得分)."""
from __future__ import annotations

import json

import pytest

from helpers import ROOT, RULES, run_cli
from scoring.catalogue import say, text

DEPARTMENT = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forms")
    for name, table in (("project.xlsx", PROJECT), ("department.xlsx", DEPARTMENT)):
        made = run_cli(["--lang", "zh", "evaluate", table, "--format", "xlsx", "--out", folder / name, "--engine", "python"],
                       cwd=ROOT)
        assert made.returncode == 0, made.stderr
    return folder


def _audit(path, lang="zh", *more):
    return run_cli(["--lang", lang, "audit", path, "--rules", RULES, "--engine", "python", "--targets", DEPARTMENT,
                    *more], cwd=ROOT)


def test_a_form_of_another_table_is_an_error_at_its_first_row(forms):
    code, out, err = _audit(forms / "project.xlsx")
    assert code == 2 and out == ""
    assert "project.xlsx:自评表!D15: 错误: 表中 9 行指标没有一行在目标表" in err and "（57 行）" in err
    code, out, err = _audit(forms / "project.xlsx", "en")
    assert code == 2 and "none of the form's 9 indicator rows is in the target table" in err


def test_in_a_folder_it_is_listed_as_not_reviewed_and_the_others_are_reviewed(forms):
    code, out, err = _audit(forms, "en", "--format", "json")
    data = json.loads(out)
    assert code == 2  # a form not reviewed
    assert [f["source"].rsplit("/", 1)[-1] for f in data["forms"]] == ["department.xlsx"]
    [refused] = data["unreadable"]
    assert refused["source"].endswith("project.xlsx") and "was not filled in from it" in refused["error"]


def test_marked_copies_of_a_folder_are_refused_a_workbook_name_as_their_folder(forms, tmp_path):
    out = tmp_path / "one.xlsx"
    code, _, err = run_cli(["--lang", "en", "audit", forms, "--format", "xlsx", "--out", out, "--engine", "python"],
                           cwd=ROOT)
    assert code == 2 and not out.exists()
    assert say("cli.out_names_a_file", "en", command="audit", suffix=".xlsx", holds=text("cli.out_holds_audit")) in err


@pytest.mark.parametrize("lang, sheet, said", [("zh", "指标", "这是填报实际值的工作簿"),
                                               ("en", "Indicators", "this is a workbook of actuals to fill in")])
def test_the_actuals_workbook_is_said_to_be_one_not_a_form_missing_a_column(tmp_path, lang, sheet, said):
    book = tmp_path / "actuals.xlsx"
    assert run_cli(["--lang", lang, "template", DEPARTMENT, "--format", "xlsx", "-o", book]).returncode == 0
    code, out, err = run_cli(["--lang", lang, "audit", book, "--engine", "python"], cwd=ROOT)
    assert code == 2 and f"actuals.xlsx:{sheet}!A3:" in err and said in err
