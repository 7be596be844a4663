"""Self-evaluation forms given where they do not belong, or with one cell that reads badly (notes trial-s14, 16 and 10)."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROOT, run_cli

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
made: dict[str, bytes] = {}


def _form(tmp_path: Path, kind: str) -> Path:
    """The 自评表 `scoring evaluate --format xlsx` writes: the department example's, or the project table's."""
    from helpers import made_once

    path = tmp_path / f"{kind}.xlsx"
    args = ["evaluate", *([PROJECT] if kind == "project" else []), "--format", "xlsx", "--out", path]
    return made_once(made, kind, path, lambda: run_cli(args, cwd=ROOT))


# -- 16: import of a 自评表 says once what it is, and how to review it -----------------------------------------

@pytest.mark.parametrize("kind, cell", [("department", "自评表!I17"), ("project", "自评表!I14")])
def test_import_of_our_own_form_says_once_it_is_a_self_evaluation_form(tmp_path, kind, cell):
    form = _form(tmp_path, kind)
    out = tmp_path / "t.yaml"
    zh = run_cli(["import", form, "-o", out], cwd=ROOT)
    en = run_cli(["--lang", "en", "import", form, "-o", out], cwd=ROOT)
    assert zh.returncode == en.returncode == 2 and not out.exists()
    (said,) = zh.stderr.strip().splitlines()  # one message, not one for each row a target table lacks
    assert said.startswith(f"{form}:{cell}: ") and "不是绩效目标表" in said and f"scoring audit {form}" in said
    (said,) = en.stderr.strip().splitlines()
    assert "self-evaluation form" in said and "not a target table" in said and f"scoring audit {form}" in said


def test_import_of_another_regions_form_the_review_reads_says_so_too(tmp_path):
    """Chongqing's layout (指标名称 … 指标权重 | 指标得分), as `scoring audit` reads it."""
    path = tmp_path / "cq.txt"
    path.write_text("指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t指标权重\t指标得分\n"
                    "苗木成活率\t%\t≥\t95\t\t90\t\t30\t28\n自评总分\t\t\t\t\t\t\t30\t28\n", encoding="utf-8")
    r = run_cli(["import", path, "-o", tmp_path / "t.yaml"], cwd=ROOT)
    assert r.returncode == 2 and not (tmp_path / "t.yaml").exists()
    (said,) = r.stderr.strip().splitlines()
    assert said.startswith(f"{path}:1:") and f"scoring audit {path}" in said
    assert run_cli(["audit", path], cwd=ROOT).returncode in (0, 1)  # the command it names reads it


# -- 10: a points or rate cell that reads badly (a date, 9400%) is a finding at its cell, as 满分 is -------------

def _edited(tmp_path: Path, name: str, edit) -> Path:
    """The project's 自评表 with `edit(ws)` applied to its sheet."""
    import xlsx_read

    book = xlsx_read.load_workbook(_form(tmp_path, "project"))
    edit(book["自评表"])
    path = tmp_path / f"{name}.xlsx"
    book.save(path)
    return path


def _date(ws, cell="I16"):
    import datetime

    ws[cell] = datetime.datetime(2025, 9, 3)
    ws[cell].number_format = "m/d"


def _percent(cell):
    def edit(ws):
        ws[cell] = 94
        ws[cell].number_format = "0%"
    return edit


def _audit_json(path: Path, lang: str = "zh") -> dict:
    import json

    r = run_cli(["--lang", lang, "audit", path, "--format", "json", "--out", "-"], cwd=ROOT)
    assert r.returncode == 1, r.stderr  # findings, not an error that stops the review
    return json.loads(r.stdout)


def _rows_found(report: dict) -> dict[str, list[dict]]:
    return {row["cell"]: row["findings"] for row in report["rows"] if row["findings"]}


@pytest.mark.parametrize("edit, cell, zh, en", [
    (_date, "自评表!I16", ["日期 2025年9月3日", "不是分数"], ["date 2025-9-3", "not a number of points"]),
    (_percent("K7"), "自评表!K7", ["9400%", "是指94分吗"], ["9400%", "was 94 points meant"]),
    (_percent("I7"), "自评表!I7", ["9400%", "是指94%吗", "不是执行率"], ["9400%", "was 94% meant", "not a rate"]),
])
def test_one_badly_read_cell_is_a_finding_there_and_every_other_row_is_rescored(tmp_path, edit, cell, zh, en):
    path = _edited(tmp_path, "bad", edit)
    for lang, words in (("zh", zh), ("en", en)):
        report = _audit_json(path, lang)
        found = [f for fs in _rows_found(report).values() for f in fs]
        (f,) = [f for f in found if f["cell"] == cell]
        assert all(w in f["message"] for w in words), f["message"]
        assert len(found) == 1  # the other rows are rescored, and agree
        assert len(report["rows"]) == 10


def test_a_date_in_the_total_is_a_finding_on_the_form(tmp_path):
    report = _audit_json(_edited(tmp_path, "total", lambda ws: _date(ws, "I24")))
    assert [f["cell"] for f in report["findings"]] == ["自评表!I24"] and "日期" in report["findings"][0]["message"]

