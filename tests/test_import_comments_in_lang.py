"""`scoring import --lang en` writes the YAML's comments (its header and the notes on damaged rows) in English, the
data the same as in Chinese; without --lang they stay Chinese, byte for byte the committed import."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import run_cli
from xlsx_tables import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "000_a291d28074b2eada.txt"  # a damaged export: shifted rows, lost level cells
PROJECT = ROOT / "tests" / "fixtures" / "project-target-export.txt"
CHINESE_WORDING = re.compile(r"第\d+(?:–\d+)?行|由 `scoring import`|金额单位|请对照原表|修改后请运行|的分值")


def _imported(source: Path, lang: str, folder: Path) -> list[str]:
    out = folder / f"{source.stem}.{lang}.yaml"
    code, _, err = run_cli(["import", str(source), "-o", str(out), "--lang", lang])
    assert code == 0, err
    return out.read_text(encoding="utf-8").splitlines()


def _comments(lines: list[str]) -> list[str]:
    return [line for line in lines if line.lstrip().startswith("#")]


@pytest.mark.parametrize("kind", ["txt", "xlsx"])
@pytest.mark.parametrize("source", [SEED, PROJECT], ids=["department", "project"])
def test_the_comments_are_in_the_language_asked_for_and_the_data_the_same(source, kind, tmp_path):
    if kind == "xlsx":
        source = write_xlsx(source.read_text(encoding="utf-8"), tmp_path / f"{source.stem}.xlsx")
    zh, en = _imported(source, "zh", tmp_path), _imported(source, "en", tmp_path)
    assert [line for line in zh if line not in _comments(zh)] == [line for line in en if line not in _comments(en)]
    assert len(_comments(zh)) == len(_comments(en)) > 3  # a comment for a comment, the header and the rows' notes
    assert zh[1].startswith("# 由 `scoring import` 从") and en[1].startswith("# made by `scoring import` from ")
    assert not [line for line in _comments(en) if CHINESE_WORDING.search(line)]
    if source.stem.startswith("000"):  # each damaged row's note names its row, in English
        assert sum(bool(re.search(r"# (line|row)s? \d+", line)) for line in _comments(en)) >= 5


def test_without_lang_the_import_is_the_committed_table(tmp_path):
    assert _imported(SEED, "zh", tmp_path) == (ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml").read_text(
        encoding="utf-8").splitlines()
