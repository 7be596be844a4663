"""A folder's forms at equal points at stake: the faulty first, then advisories, the clean last; the summary's
title; no empty ranking where no form could be read."""
from __future__ import annotations

import dataclasses
import json

from helpers import ROOT
from review_forms import case, consistent, write_text
from scoring.cli import main


def _run(capsys, *args):
    status = main(["--lang", "en", "audit", *args, "--rules", str(ROOT / "rules"), "--engine", "python"])
    return status, capsys.readouterr().out


def test_at_equal_stakes_a_form_with_findings_ranks_above_a_clean_one(tmp_path, capsys):
    folder = tmp_path / "forms"
    folder.mkdir()
    write_text(consistent(), folder / "a-clean.txt")
    write_text(case("over_achievement")[0], folder / "b-advisory.txt")
    write_text(dataclasses.replace(consistent(), grade="良"), folder / "c-grade.txt")  # wrong, yet 0.00 at stake
    status, out = _run(capsys, str(folder), "--format", "json")
    forms = [(f["source"].rsplit("/", 1)[-1], f["at_stake"]) for f in json.loads(out)["forms"]]
    assert status == 1 and forms == [("c-grade.txt", 0), ("b-advisory.txt", 0), ("a-clean.txt", 0)]
    _, out = _run(capsys, str(folder))
    assert out.index("c-grade.txt") < out.index("b-advisory.txt") < out.index("a-clean.txt")
    _, out = _run(capsys, str(folder), "--format", "markdown")
    assert out.startswith(f"# Review of the self-evaluations\n\n`{folder}`\n\n3 forms reviewed")
    assert "\n## Forms ranked by points at stake\n" in out


def test_a_folder_of_unreadable_forms_prints_no_empty_ranking(tmp_path, capsys):
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "a.txt").write_text("no form here\n", encoding="utf-8")
    for fmt in ("table", "markdown"):
        status, out = _run(capsys, str(folder), "--format", fmt)
        assert status == 2 and "Forms that could not be reviewed" in out
        assert "Forms ranked by points at stake" not in out and "At stake" not in out
