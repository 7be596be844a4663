"""`scoring audit` and `scoring check` on the cases of the user trial s15 (notes trial-s15 #10, #4, #7)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import ROOT, run_cli

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


# -- #10: a 自评等级 row left blank is a finding at its cell, as a blank 总分 is ---------------------------------

@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, Path]:
    """evaluate's own 自评表 of the shipped project (Chinese and English), and each with its grade cell emptied."""
    import openpyxl

    d = tmp_path_factory.mktemp("forms")
    out = {}
    for lang in ("zh", "en"):
        made = d / f"proj-{lang}.xlsx"
        assert run_cli(["--lang", lang, "evaluate", PROJECT, "--format", "xlsx", "--out", made]).returncode == 0
        wb = openpyxl.load_workbook(made)
        ws = wb.worksheets[0]
        assert ws["A25"].value in ("自评等级", "Grade") and ws["H25"].value
        ws["H25"] = None
        wb.save(d / f"blank-{lang}.xlsx")
        out[lang], out[f"blank-{lang}"] = made, d / f"blank-{lang}.xlsx"
    return out


def test_a_blank_grade_is_said_at_its_cell_in_both_languages(forms):
    zh = run_cli(["audit", forms["blank-zh"]])
    assert zh.returncode == 1
    assert "自评表!H25 【未填等级】自评等级未填写；总分 94.73 的等级应为「优」" in zh.stdout
    assert "未发现问题" not in zh.stdout and "| grade_blank |" in zh.stdout
    en = run_cli(["--lang", "en", "audit", forms["blank-en"]])
    assert en.returncode == 1
    assert ("Self-evaluation!H25 grade left blank: the grade is not written; a total of 94.73 is graded "
            "'excellent'") in en.stdout


def test_a_written_grade_is_no_finding(forms):
    for lang in ("zh", "en"):
        done = run_cli(["--lang", lang, "audit", forms[lang]])
        assert done.returncode == 0 and "grade_blank" not in done.stdout


def test_a_blank_grade_is_in_the_json_the_markdown_and_the_marked_copy(forms, tmp_path):
    import openpyxl

    data = json.loads(run_cli(["audit", forms["blank-zh"], "--format", "json"]).stdout)
    assert data["findings"] == [{"code": "grade_blank", "message": "自评等级未填写；总分 94.73 的等级应为「优」",
                                 "cell": "自评表!H25", "advisory": False}]
    assert data["counts"] == {"grade_blank": 1}
    markdown = run_cli(["--lang", "en", "audit", forms["blank-zh"], "--format", "markdown"]).stdout
    assert "- grade left blank: the grade is not written; a total of 94.73 is graded 'excellent' (自评表!H25)" in markdown
    marked = tmp_path / "marked.xlsx"
    assert run_cli(["audit", forms["blank-zh"], "--out", marked]).returncode == 1
    wb = openpyxl.load_workbook(marked)
    assert wb["自评表"]["H25"].comment.text == "【未填等级】自评等级未填写；总分 94.73 的等级应为「优」"
    listing = [[c.value for c in r] for r in wb.worksheets[-1].iter_rows(min_row=2)]
    assert listing == [["自评表!H25", None, "未填等级", "grade_blank", "自评等级未填写；总分 94.73 的等级应为「优」"]]


def _yaml_form(path: Path, grade_line: str | None) -> Path:
    lines = ["title: 项目支出绩效自评表", "name: 示例项目", "year: 2025", "indicators:",
             "  - {level1: 产出指标, level2: 数量指标, name: 培训人数, target: ≥500人, actual: 520人, weight: 100, points: 100}",
             "total: 100"]
    path.write_text("\n".join(lines + ([grade_line] if grade_line is not None else [])) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("line", ["grade:", 'grade: ""', "grade: '  '"])
def test_a_blank_grade_key_in_our_yaml_form_is_a_finding_at_its_line(tmp_path, line):
    data = json.loads(run_cli(["audit", _yaml_form(tmp_path / "f.yaml", line), "--format", "json"]).stdout)
    assert [(f["code"], f["cell"].split(":")[0]) for f in data["findings"]] == [("grade_blank", "7")]


def test_a_yaml_form_without_a_grade_key_has_none_to_fill(tmp_path):
    done = run_cli(["audit", _yaml_form(tmp_path / "f.yaml", None), "--format", "json"])
    assert done.returncode == 0 and json.loads(done.stdout)["findings"] == []
