"""`scoring audit --targets`: a form against the approved target table it was filled in from.

The forms are the 自评表 `evaluate --format xlsx` writes for the bundled tables, changed cell by cell with
openpyxl the way a unit would change them (the reviewer's cases: 分值 moved between rows or swapped, a target
lowered, a row deleted); each such change audits clean against the form's own 分值 and is found against the table.
"""
from __future__ import annotations

import dataclasses
import json
import shutil

import openpyxl
import pytest

from helpers import ROOT, RULES, requires_durable, run_cli
from review_forms import consistent, write_table, write_text, write_yaml
from scoring.review.audit import audit_form
from scoring.review.read import read_form
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets
from xlsx_read import load_workbook

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
JIANGNING = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
TABLE_CODES = {"weight_changed", "target_changed", "row_missing", "row_extra", "row_moved", "name_changed",
               "year_changed"}


@pytest.fixture(scope="module")
def forest_form(tmp_path_factory):
    """The forest-fire project's form as evaluate writes it: O01 防火隔离带建设 at row 15 (分值 H15, 得分 I15),
    O02 专职巡护人员 (28 of ≥30 人: 9.33 of 10) at 16, O03 at 17, the 总分 at I24; it adds up to 94.73 (the budget
    row's reason on row 10, under the money lines)."""
    path = tmp_path_factory.mktemp("forest") / "form.xlsx"
    result = run_cli(["--lang", "zh", "evaluate", FOREST, "--format", "xlsx", "--out", path, "--engine", "python"], cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return path


def _changed(form, tmp_path, name="changed.xlsx", **cells):
    path = tmp_path / name
    shutil.copy(form, path)
    wb = load_workbook(path)
    for ref, value in cells.items():
        wb["自评表"][ref] = value
    wb.save(path)
    return path


def _audit(form, *args, lang="en"):
    result = run_cli(["--lang", lang, "audit", form, "--rules", RULES, "--engine", "python", *args], cwd=ROOT)
    return result.returncode, result.stdout, result.stderr


def _json(form, *args):
    status, out, err = _audit(form, "--format", "json", *args)
    assert out, err
    return status, json.loads(out)


def _found(data) -> dict[str, list[tuple[str, str]]]:
    """(cell, code) of every finding, by row name ('' for the form's own)."""
    out = {r["name"]: [(f["cell"], f["code"]) for f in r["findings"]] for r in data["rows"] if r["findings"]}
    if data["findings"]:
        out[""] = [(f["cell"], f["code"]) for f in data["findings"]]
    return out


def test_points_moved_from_a_missed_row_to_a_met_one_are_found_only_against_the_table(forest_form, tmp_path):
    # O02 10 → 5 (its 9.33 becomes 4.67), O01 15 → 20 (met: 20); the 分值 still add up to 100
    form = _changed(forest_form, tmp_path, H15=20, I15=20, H16=5, I16=4.67, I24=95.07)
    status, alone = _json(form)
    assert status == 0 and alone["counts"] == {} and alone["total"] == 95.07
    status, data = _json(form, "--targets", FOREST)
    assert status == 1
    found = _found(data)
    assert ("自评表!H15", "weight_changed") in found["防火隔离带建设"]
    assert found["专职巡护人员"] == [("自评表!H16", "weight_changed")]  # no bare points_differ beside it
    moved = next(f for f in data["rows"][2]["findings"] if f["code"] == "weight_changed")
    assert "5.00" in moved["message"] and "10.00" in moved["message"]  # both values, at the 分值 cell
    # the approved 分值 are what count: 15 + 9.33 again, and the form's own 分值 would give 95.07
    assert data["total"] == 94.73 and data["max_total"] == 100 and data["total_as_written"] == 95.07
    assert data["at_stake"] == 9.66 and data["targets"] == "targets/2025/forest-fire-prevention.yaml"
    assert [r["id"] for r in data["rows"]][:3] == [None, "O01", "O02"]  # the budget row first, with no id


def test_two_rows_swapping_their_points_are_found_against_the_table(forest_form, tmp_path):
    form = _changed(forest_form, tmp_path, H15=10, I15=10, H17=15, I17=15)  # O01 15 ↔ O03 10, both met
    assert _audit(form)[0] == 0
    status, data = _json(form, "--targets", FOREST)
    found = _found(data)
    assert status == 1 and data["counts"]["weight_changed"] == 2
    assert ("自评表!H15", "weight_changed") in found["防火隔离带建设"]
    assert ("自评表!H17", "weight_changed") in found["隔离带验收合格率"]


def test_a_lowered_target_is_found_and_the_row_scored_against_the_approved_one(forest_form, tmp_path):
    form = _changed(forest_form, tmp_path, F16="≥28 人", I16=10, I24=95.40)  # 28 people now looks met
    assert _audit(form)[0] == 0
    status, data = _json(form, "--targets", FOREST)
    row = next(r for r in data["rows"] if r["name"] == "专职巡护人员")
    assert status == 1 and ("自评表!F16", "target_changed") in _found(data)["专职巡护人员"]
    assert "≥28 人" in row["findings"][0]["message"] and "≥30" in row["findings"][0]["message"]
    assert row["points"] == 9.33 and data["total"] == 94.73 and data["total_as_written"] == 95.40


def test_targets_are_compared_as_parsed_and_read(forest_form, tmp_path):
    """≥ 12 公里 is ≥12公里; 100% is read as =100% as the table's bare 100% is; 每公里7.5万元 is the table's own text."""
    form = _changed(forest_form, tmp_path, F15="≥ 12 公里", F17="100%", F19="每公里7.5万元")
    status, data = _json(form, "--targets", FOREST)
    assert status == 0 and data["counts"] == {}


def test_a_row_under_another_level_is_row_moved(tmp_path):
    """The reviewer's p10b: the 数量指标 cell merged down over the 质量指标 row (O03)."""
    book = load_rules(RULES)
    f = consistent()
    moved = dataclasses.replace(f, rows=[dataclasses.replace(r, level2="数量指标") if r.name == "培训合格率" else r
                                         for r in f.rows])
    a = audit_form(read_form(write_text(moved, tmp_path / "f.txt")), book, "python",
                   load_targets(write_table(tmp_path / "t.yaml")))
    (finding,) = [x for r in a.rows for x in r.findings]
    assert finding.code == "row_moved" and "质量指标" in finding.message.en and finding.cell is not None


def test_rows_are_paired_by_name_never_by_position(tmp_path):
    """The same rows in another order (a unit that sorted its rows), and a name typed with a space: clean."""
    book = load_rules(RULES)
    f = consistent()
    rows = [dataclasses.replace(r, name="培训 合格率") if r.name == "培训合格率" else r for r in reversed(f.rows)]
    a = audit_form(read_form(write_yaml(dataclasses.replace(f, rows=rows), tmp_path / "f.yaml")), book, "python",
                   load_targets(write_table(tmp_path / "t.yaml")))
    assert a.clean and a.total == a.claimed_total


def test_a_deleted_row_counts_zero_and_the_grade_is_on_the_approved_full_mark(tmp_path):
    """Without the table, 87.58 of the 90 the form's rows carry is graded as its share (97 %: 优); against the
    table, the approved row 按时完成率 (10) is missing and the full mark is 100: 87.58 is 良."""
    book = load_rules(RULES)
    f = consistent()
    form = read_form(write_text(dataclasses.replace(f, rows=[r for r in f.rows if r.name != "按时完成率"], grade="良"),
                                tmp_path / "f.txt"))
    alone = audit_form(form, book, "python")
    assert alone.grade == "优" and "grade_mismatch" in alone.codes()
    a = audit_form(form, book, "python", load_targets(write_table(tmp_path / "t.yaml")))
    assert (str(a.total), a.max_total, a.grade) == ("87.58", 100, "良")
    assert set(a.codes()) == {"row_missing", "weights_not_100"} and a.at_stake == 10
    (missing,) = [x for x in a.findings if x.code == "row_missing"]
    assert "T03 按时完成率" in missing.message.en and missing.cell is None


def test_an_added_row_is_shown_and_not_counted(tmp_path):
    book = load_rules(RULES)
    f = consistent()
    rows = f.rows + [dataclasses.replace(f.rows[-1], name="培训满意度调查", weight="5", points="5")]
    a = audit_form(read_form(write_text(dataclasses.replace(f, rows=rows), tmp_path / "f.txt")), book, "python",
                   load_targets(write_table(tmp_path / "t.yaml")))
    extra = next(r for r in a.rows if r.name == "培训满意度调查")
    assert not extra.counted and extra.points == 5 and [x.code for x in extra.findings] == ["row_extra"]
    assert "T06 学员满意度" in extra.findings[0].message.en  # the nearest name in the table
    assert str(a.total) == "97.58" and a.max_total == 100 and a.at_stake == 5


def test_a_form_without_its_money_block_lacks_the_approved_budget_row(tmp_path):
    book = load_rules(RULES)
    rows = "".join(f'  - {{level1: {r.level1}, level2: {r.level2}, name: {r.name}, target: "{r.target}", '
                   f'actual: "{r.actual}", weight: {r.weight}, points: {r.points}, reason: "{r.reason}"}}\n'
                   for r in consistent().rows)
    path = tmp_path / "f.yaml"
    path.write_text(f"name: 示例职业技能培训项目\nyear: 2025\nindicators:\n{rows}", encoding="utf-8")
    a = audit_form(read_form(path), book, "python", load_targets(write_table(tmp_path / "t.yaml")))
    assert sorted(a.codes()) == ["row_missing", "weights_not_100"]  # the form's own 分值 add up to 90
    (missing,) = [f for f in a.findings if f.code == "row_missing"]
    assert "预算执行率" in missing.message.zh and a.max_total == 100
    assert str(a.total) == "87.58" and a.at_stake == 10


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("table", [FOREST, JIANGNING])
def test_our_own_form_of_a_table_agrees_with_it(table, lang, tmp_path):
    """The bundled department example too: its 分值 are the ones evaluate apportions from weights.yaml."""
    form = tmp_path / "form.xlsx"
    assert run_cli(["--lang", lang, "evaluate", table, "--format", "xlsx", "--out", form, "--engine", "python"],
                   cwd=ROOT).returncode == 0
    _, alone = _json(form)
    _, data = _json(form, "--targets", table)
    assert not set(data["counts"]) & TABLE_CODES and data["counts"] == alone["counts"]
    assert data["total"] == alone["total"] and data["total_as_written"] is None


def test_a_form_of_another_table_is_refused(tmp_path):
    # none of its rows is in the table: not a form of it (tests/test_review_refusals.py)
    form = tmp_path / "form.xlsx"
    run_cli(["evaluate", JIANGNING, "--format", "xlsx", "--out", form, "--engine", "python"], cwd=ROOT)
    status, out, err = _audit(form, "--format", "json", "--targets", FOREST)
    assert status == 2 and out == "" and "none of the form's 57 indicator rows is in the target table" in err


def test_a_folder_against_one_table_and_the_report_formats(forest_form, tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    shutil.copy(forest_form, folder / "a-clean.xlsx")
    _changed(forest_form, folder, "b-moved.xlsx", H15=20, I15=20, H16=5, I16=4.67, I24=95.07)
    status, data = _json(folder, "--targets", FOREST)
    assert status == 1 and [f["source"].rsplit("/", 1)[1] for f in data["forms"]] == ["b-moved.xlsx", "a-clean.xlsx"]
    assert data["counts"] == {"weight_changed": 2, "above_weight": 1}
    _, markdown, _ = _audit(folder / "b-moved.xlsx", "--format", "markdown", "--targets", FOREST)
    assert "| points ≠ approved | `weight_changed` | 2 |" in markdown
    assert "with the form's own points and targets it would be 95.07" in markdown
    _, text, _ = _audit(folder / "b-moved.xlsx", "--format", "markdown", "--targets", FOREST, lang="zh")
    assert "【分值与核定不符】分值写作 5.00，核定的目标表为 10.00" in text
    marked = tmp_path / "marked.xlsx"
    assert _audit(folder / "b-moved.xlsx", "--format", "xlsx", "--out", marked, "--targets", FOREST)[0] == 1
    assert "points ≠ approved" in load_workbook(marked)["自评表"]["H16"].comment.text


def test_several_forms_named_at_once_are_summed_up_as_a_folder(forest_form, tmp_path):
    moved = _changed(forest_form, tmp_path, "moved.xlsx", H15=20, I15=20, H16=5, I16=4.67, I24=95.07)
    result = run_cli(["audit", forest_form, moved, "--targets", FOREST, "--format", "json", "--engine", "python"],
                     cwd=ROOT)
    data = json.loads(result.stdout)
    assert result.returncode == 1 and data["folder"] == "" and [f["at_stake"] for f in data["forms"]] == [9.66, 0]
    result = run_cli(["audit", forest_form, tmp_path / "none.xlsx"], cwd=ROOT)
    assert result.returncode == 2 and "none.xlsx" in result.stderr


@requires_durable
def test_both_engines_give_the_same_review_against_the_table(forest_form, tmp_path):
    form = _changed(forest_form, tmp_path, H15=20, I15=20, H16=5, I16=4.67, F17="≥98%", I24=95.07)
    outs = [run_cli(["audit", form, "--targets", FOREST, "--format", "json", "--engine", engine], cwd=ROOT).stdout
            for engine in ("python", "durable")]
    assert outs[0] == outs[1] and "target_changed" in outs[0]


def test_a_targets_file_that_cannot_be_read_is_bad_input(forest_form, tmp_path):
    status, _, err = _audit(forest_form, "--targets", tmp_path / "none.yaml")
    assert status == 2 and "none.yaml" in err
