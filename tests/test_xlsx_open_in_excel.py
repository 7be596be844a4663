"""`scoring evaluate --actuals 实际值.xlsx` while Excel has it open (its ~$ lock file beside it) scores what was last
saved and says so after its output: the clerk's unsaved changes are not in the file read."""
from __future__ import annotations

import pytest

from helpers import ROOT, RULES, run_cli
from xlsx_fill import template

TABLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


@pytest.mark.parametrize("lock", ["~$实际值.xlsx", "~$值.xlsx"])  # ~$ before the name, or over its first two characters
def test_a_workbook_open_in_excel_is_scored_with_a_warning(tmp_path, lock):
    book = template(TABLE, tmp_path / "实际值.xlsx")
    (tmp_path / lock).write_bytes(b"\x08clerk")
    code, out, err = run_cli(["--lang", "en", "evaluate", TABLE, "--actuals", book, "--rules", RULES, "--format",
                              "json", "--out", tmp_path / "r.json", "--engine", "python"])
    assert code == 0 and (tmp_path / "r.json").exists()
    assert err.strip() == f"{book}: warning: the workbook seems open in Excel (a ~$ lock file is beside it): what was " \
                          "read is what was last saved; changes not yet saved are not in it"


def test_without_a_lock_file_nothing_is_said(tmp_path):
    book = template(TABLE, tmp_path / "实际值.xlsx")
    code, out, err = run_cli(["evaluate", TABLE, "--actuals", book, "--rules", RULES, "--format", "json",
                              "--out", tmp_path / "r.json", "--engine", "python"])
    assert code == 0 and err == ""
