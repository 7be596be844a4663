"""Excel's lock file `~$name.xlsx`, the few bytes Excel leaves beside a workbook it has open: given by name, it
is said to be that, with the workbook meant; in a folder (scoring audit DIR, scoring batch) it is passed over."""
from __future__ import annotations

import json

import pytest

from helpers import ROOT, run_cli
from review_forms import consistent, write_xlsx
from template_books import template_book

TARGETS = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
# what Excel writes: the length of the user's name, the name, padding; 165 bytes
LOCK = b"\x05alice" + b" " * 49 + b"\x05\x00a\x00l\x00i\x00c\x00e\x00" + b" \x00" * 50


def _lock_beside(workbook):
    lock = workbook.with_name("~$" + workbook.name)
    lock.write_bytes(LOCK)
    return lock


@pytest.fixture
def filled(tmp_path):
    return template_book(tmp_path / "forest.annual.xlsx")


@pytest.mark.parametrize("lang, said", [
    ("zh", "错误: 这是 Excel 打开工作簿时在旁边留下的锁定文件（~$ 开头），不是工作簿：请改用 {real}"),
    ("en", "error: this is Excel's lock file, left beside a workbook while it is open (its name starts with ~$), "
           "not a workbook: use {real}"),
])
def test_evaluate_names_the_workbook_a_lock_file_stands_for(filled, lang, said):
    lock = _lock_beside(filled)
    code, out, err = run_cli(["evaluate", TARGETS, "--actuals", lock, "--lang", lang])
    assert (code, out) == (2, "")
    assert err.strip().startswith(f"{lock}: " + said.format(real=filled)), err


def test_audit_of_a_lock_file_names_its_workbook(tmp_path):
    form = tmp_path / "自评表.xlsx"
    write_xlsx(consistent(), form)
    lock = _lock_beside(form)
    code, out, err = run_cli(["audit", lock, "--lang", "zh"])
    assert code == 2
    assert f"{lock}: 错误: 这是 Excel 打开工作簿时在旁边留下的锁定文件" in err and f"请改用 {form}" in err
    assert "损坏" not in out + err


def test_import_of_a_lock_file_names_its_workbook(tmp_path):
    lock = tmp_path / "~$目标表.xlsx"
    lock.write_bytes(LOCK)
    code, _, err = run_cli(["import", lock, "-o", tmp_path / "t.yaml", "--lang", "en"])
    assert code == 2 and "Excel's lock file" in err and f"use {tmp_path / '目标表.xlsx'}" in err
    assert not (tmp_path / "t.yaml").exists()


def test_a_folder_under_review_passes_a_lock_file_over(tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    write_xlsx(consistent(), folder / "a.xlsx")
    _lock_beside(folder / "a.xlsx")
    code, out, err = run_cli(["audit", folder, "--format", "json", "--lang", "zh"])
    data = json.loads(out)
    assert code == 0, err
    assert [f["source"].rsplit("/", 1)[-1] for f in data["forms"]] == ["a.xlsx"] and data["unreadable"] == []
    assert "~$" not in out  # the lock file no form; stderr warns that a.xlsx is open in Excel, as evaluate does


def test_a_batch_passes_a_lock_file_over(tmp_path, filled):
    targets, actuals = tmp_path / "t", tmp_path / "a"
    targets.mkdir(), actuals.mkdir()
    (targets / "forest.yaml").write_bytes(TARGETS.read_bytes())
    (actuals / filled.name).write_bytes(filled.read_bytes())
    _lock_beside(actuals / filled.name)
    (targets / "~$forest.xlsx").write_bytes(LOCK)  # a table's workbook open in Excel beside its YAML
    code, out, err = run_cli(["batch", targets, actuals, "--out", tmp_path / "out", "--lang", "zh"])
    assert code == 0, out + err
    # no lock file taken for a unit or its actuals (the workbook open beside one is warned of: test_cli_trial_s14)
    assert f"~${filled.name}" not in out + err and "~$forest" not in out + err
    summary = json.loads((tmp_path / "out" / "summary-annual.json").read_text(encoding="utf-8"))
    assert len(summary["scored"]) == 1 and summary["failed"] == []


def test_a_lock_file_name_that_is_not_there_is_said_to_be_missing(tmp_path):
    missing = tmp_path / "~$forest.annual.xlsx"
    for command in (["evaluate", TARGETS, "--actuals", missing], ["import", missing, "-o", tmp_path / "t.yaml"]):
        code, out, err = run_cli([*command, "--lang", "en"])
        assert (code, out) == (2, ""), err
        assert "lock file" not in err and "not found" in err.lower(), err
