"""A workbook Excel has open (its ~$ lock file beside it) is not written over; marked copies are the same bytes
on every run."""
from __future__ import annotations

import zipfile

from helpers import ROOT, run_cli

TABLE = str(ROOT / "targets" / "2025" / "forest-fire-prevention.yaml")
RULES = str(ROOT / "rules")


def _form(out, lang="en"):
    return run_cli(["--lang", lang, "evaluate", TABLE, "--rules", RULES, "--engine", "python", "--format", "xlsx",
                    "--out", str(out)])


def test_a_workbook_open_in_excel_is_not_replaced_and_the_clerk_is_told_how_to_go_on(tmp_path):
    form = tmp_path / "森林防火.xlsx"
    lock = tmp_path / "~$森林防火.xlsx"
    lock.write_bytes(b"\x05clerk")  # a stale lock with no workbook beside it is no obstacle
    assert _form(form).returncode == 0 and form.is_file()
    form.write_bytes(b"what the clerk has open")
    r = _form(form)
    assert r.returncode == 2 and form.read_bytes() == b"what the clerk has open"
    assert r.stderr.strip() == (f"{form}: error: the workbook is open in Excel (the lock file ~$森林防火.xlsx is "
                                "beside it), so it was not written: close it in Excel and run again; if it is not "
                                "open, delete the lock file")
    assert "工作簿正在 Excel 中打开" in _form(form, "zh").stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["~$森林防火.xlsx", "森林防火.xlsx"]  # no temporary left
    lock.unlink()
    assert _form(form).returncode == 0 and form.read_bytes()[:2] == b"PK"


def test_a_marked_copy_is_the_same_bytes_on_every_run_and_not_written_over_an_open_one(tmp_path):
    form = tmp_path / "form.xlsx"
    assert _form(form).returncode == 0
    marked = [tmp_path / "m1.xlsx", tmp_path / "m2.xlsx"]
    for m in marked:
        r = run_cli(["--lang", "en", "audit", str(form), "--rules", RULES, "--engine", "python", "--format", "xlsx",
                     "--out", str(m)])
        assert r.returncode == 0, r.stderr
    assert marked[0].read_bytes() == marked[1].read_bytes()
    with zipfile.ZipFile(marked[0]) as z:  # not stamped with the time of the run (equal bytes above could be one second)
        assert "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z<" in z.read("docProps/core.xml").decode()
    (tmp_path / "~$m1.xlsx").write_bytes(b"\x05clerk")
    r = run_cli(["--lang", "en", "audit", str(form), "--rules", RULES, "--format", "xlsx", "--out", str(marked[0])])
    assert r.returncode == 2 and "the workbook is open in Excel" in r.stderr
