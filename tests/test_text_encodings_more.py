"""Text inputs as Excel saves them on Windows: "Unicode 文本" (UTF-16 with its BOM) reads as the UTF-8 file does;
a workbook given where a YAML or text file is read is said to be one, with what to do, not called an unknown
encoding."""
from __future__ import annotations

import pytest

from helpers import FIXTURES, ROOT, run_cli

SEED = FIXTURES / "000_a291d28074b2eada.txt"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_export_imports_as_the_utf8_one(tmp_path, encoding):
    text = SEED.read_text(encoding="utf-8")
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (tmp_path / "u16.txt").write_bytes(raw)
    (tmp_path / "u8.txt").write_text(text, encoding="utf-8")
    for name in ("u16", "u8"):
        code, out, err = run_cli(["import", tmp_path / f"{name}.txt", "-o", tmp_path / f"{name}.yaml"])
        assert code == 0, err
    strip = lambda p: [l for l in p.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    assert strip(tmp_path / "u16.yaml") == strip(tmp_path / "u8.yaml")


def test_broken_utf16_is_a_located_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe" + "第一行\n".encode("utf-16-le") + b"\x00\xd8\x41\x00")  # a lone surrogate
    code, out, err = run_cli(["--lang", "en", "import", bad, "-o", tmp_path / "t.yaml"])
    assert code == 2 and "bad.txt:2:1: error: the file starts with a UTF-16 BOM but these bytes are no UTF-16" in err


@pytest.mark.parametrize("command", [["check"], ["evaluate"], ["template"]])
def test_a_workbook_where_yaml_is_read_is_said_to_be_one(tmp_path, command):
    book = tmp_path / "表.xlsx"
    assert run_cli(["evaluate", "--format", "xlsx", "--out", book, "--engine", "python"], cwd=ROOT).returncode == 0
    code, out, err = run_cli(["--lang", "en", *command, book], cwd=ROOT)
    assert code == 2 and f"表.xlsx: error: this is an Excel workbook, where a YAML (or exported text) file is read" in err
