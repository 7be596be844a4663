"""`scoring template … -o FILE` never overwrites a file that exists: a clerk's filled-in workbook or YAML under the
same name was replaced by a blank one, with exit 0."""
from __future__ import annotations

import pytest

from helpers import ROOT, RULES, run_cli

TABLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


@pytest.mark.parametrize("fmt, name", [("xlsx", "实际值.xlsx"), ("yaml", "actuals.yaml")])
def test_an_existing_file_is_kept_and_said(tmp_path, fmt, name):
    out = tmp_path / name
    made = run_cli(["template", TABLE, "--rules", RULES, "--format", fmt, "-o", out])
    assert made.returncode == 0, made.stderr
    out.write_bytes(b"filled in by a clerk")
    code, said, err = run_cli(["--lang", "en", "template", TABLE, "--rules", RULES, "--format", fmt, "-o", out])
    assert code == 2 and f"{name}: error: the file exists: a template never overwrites one" in err
    assert out.read_bytes() == b"filled in by a clerk"
