"""The summary workbooks a reviewer opens in Excel: `batch`'s summary-<period>.xlsx beside its .json and .md, and
`audit DIR --format xlsx`'s summary.xlsx beside the marked copies, each the data of its other summaries."""
from __future__ import annotations

import json
import shutil

import pytest
from openpyxl import load_workbook

from helpers import ROOT, edit, run_cli
from review_forms import case, consistent, write_text, write_xlsx

RULES = ROOT / "rules"
PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
PROJECT_ANNUAL = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"
DEPARTMENT = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
DEPARTMENT_ANNUAL = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    """Three units: the department, the project, the project out of 88 (graded on its share); and one broken."""
    root = tmp_path_factory.mktemp("units")
    targets, actuals = root / "targets" / "2025", root / "actuals" / "2025"
    targets.mkdir(parents=True)
    actuals.mkdir(parents=True)
    shutil.copy(DEPARTMENT, targets / "dept.yaml")
    shutil.copy(DEPARTMENT_ANNUAL, actuals / "dept.annual.yaml")
    for name in ("forest", "forest-88"):
        shutil.copy(PROJECT, targets / f"{name}.yaml")
        shutil.copy(PROJECT_ANNUAL, actuals / f"{name}.annual.yaml")
    edit(targets / "forest-88.yaml", "            weight: 15", "            weight: 3")
    (targets / "broken.yaml").write_text("bad: [\n", encoding="utf-8")
    return root


def _batch(units, out, *more):
    return run_cli(["batch", units / "targets", units / "actuals", "--rules", RULES, "--engine", "python",
                    "--jobs", "1", "--out", out, *more])


def _rows(ws):
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


def _heads(ws):
    return [c.value for c in ws[1]]


def test_a_batch_writes_its_ranking_as_a_workbook_with_the_json_summarys_data(units, tmp_path):
    out = tmp_path / "out"
    r = _batch(units, out)
    assert r.returncode == 1, r.stderr  # the broken unit
    assert "summary-annual.json, .md, .xlsx" in r.stdout
    data = json.loads((out / "summary-annual.json").read_text(encoding="utf-8"))
    wb = load_workbook(out / "summary-annual.xlsx")
    assert wb.sheetnames == ["计分汇总", "未能计分", "规则文件"]
    ranking, failed = wb["计分汇总"], wb["未能计分"]
    assert _heads(ranking) == ["名次", "单位", "目标表", "实际值", "总分", "满分", "等级", "评级所依分数", "扣分",
                               "待核查", "报告"]
    assert _rows(ranking) == [[u["rank"], u["unit"], u["targets"], u["actuals"], u["total"], u["max_total"],
                               u["grade"], u["grade_basis"], u["lost"], u["flags"], u["report"].split("/out/")[-1]]
                              for u in data["scored"]]
    assert len(data["scored"]) == 3 and any(u["grade_basis"] is not None for u in data["scored"])
    for row in ranking.iter_rows(min_row=2):  # numbers a spreadsheet sums and sorts, shown with two decimals
        assert all(isinstance(c.value, (int, float)) and c.number_format == "0.00" for c in (row[4], row[5], row[8]))
        assert isinstance(row[0].value, int) and isinstance(row[9].value, int)
    assert all((out / row[10]).is_file() for row in _rows(ranking))  # the reports, as seen from the summary's folder
    assert _rows(failed) == [[f["targets"], f["actuals"], f["error"]] for f in data["failed"]]
    assert "broken.yaml:2:1: 错误: " in failed["C2"].value  # located, as in the terminal
    assert [row[0] for row in _rows(wb["规则文件"])] == ["规则"] * len(data["rules"])
    for ws in wb:  # the header stays in view and filters
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"


def test_in_english_the_workbook_is_named_and_headed_in_english(units, tmp_path):
    out = tmp_path / "out"
    _batch(units, out, "--lang", "en")
    wb = load_workbook(out / "summary-annual.en.xlsx")
    assert wb.sheetnames == ["Units", "Not scored", "Rule files"]
    assert _heads(wb["Units"])[:7] == ["Rank", "Unit", "Targets", "Actuals", "Total", "Max", "Grade"]
    assert {row[6] for row in _rows(wb["Units"])} <= {"excellent", "good", "pass", "fail"}
    assert "error: " in wb["Not scored"]["C2"].value
    assert wb["Units"]["A1"].font.name == "Calibri"  # the English font, as the other English workbooks


def test_the_same_batch_gives_the_same_workbook_bytes(units, tmp_path):
    _batch(units, tmp_path / "a")
    _batch(units, tmp_path / "b")
    a, b = (tmp_path / f / "summary-annual.xlsx" for f in "ab")
    assert a.read_bytes() == b.read_bytes()


def test_columns_are_as_wide_as_their_chinese_text_and_wrap_past_a_cap(units, tmp_path):
    out = tmp_path / "out"
    _batch(units, out)
    wb = load_workbook(out / "summary-annual.xlsx")
    ws = wb["计分汇总"]
    department = next(r for r in ws.iter_rows(min_row=2) if r[2].value.endswith("dept.yaml"))
    assert department[1].value == "南京市江宁区社会保险管理中心"  # 14 characters, each two column units wide
    assert ws.column_dimensions["B"].width >= 28
    project = next(r for r in ws.iter_rows(min_row=2) if r[2].value.endswith("forest.yaml"))
    # a unit's name longer than the column's cap wraps, in a row made tall enough for its lines
    assert ws.column_dimensions["B"].width < 2 * len(project[1].value) and project[1].alignment.wrap_text
    assert ws.row_dimensions[project[1].row].height > 15
    assert wb["未能计分"].column_dimensions["C"].width <= 91 and wb["未能计分"]["C2"].alignment.wrap_text


def _held_open(out, name):
    """A summary the reviewer has open in Excel: the workbook, and Excel's lock file beside it."""
    out.mkdir()
    (out / name).write_bytes(b"the reviewer's copy")
    (out / f"~${name}").write_bytes(b"\x05clerk")
    return out


def _refused(r, out, name):
    assert r.returncode == 2 and "the workbook is open in Excel" in r.stderr
    assert sorted(p.name for p in out.iterdir()) == [name, f"~${name}"]  # nothing else written
    assert (out / name).read_bytes() == b"the reviewer's copy"


def test_a_summary_workbook_open_in_excel_stops_the_batch_before_any_unit_is_scored(units, tmp_path):
    out = _held_open(tmp_path / "out", "summary-annual.en.xlsx")
    _refused(_batch(units, out, "--lang", "en"), out, "summary-annual.en.xlsx")


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    """A folder of forms: two with a mistake each, one clean, one that is no workbook."""
    folder = tmp_path_factory.mktemp("forms")
    (folder / "a").mkdir()
    write_xlsx(case("missed_full")[0], folder / "a" / "南京市江宁区社会保险管理中心2025年度项目支出绩效自评表.xlsx")
    write_text(case("met_docked")[0], folder / "f.txt")
    write_xlsx(consistent(), folder / "clean.xlsx")
    (folder / "bad.xlsx").write_bytes(b"PK not a workbook")
    return folder


def _audit(folder, out, *more):
    return run_cli(["audit", folder, "--rules", RULES, "--engine", "python", "--format", "xlsx", "--out", out, *more])


def test_a_folder_review_writes_a_summary_workbook_with_the_json_summarys_data(forms, tmp_path):
    out = tmp_path / "marked"
    r = _audit(forms, out)
    assert r.returncode == 2  # the unreadable form
    assert f"已写入 {out / 'summary.xlsx'}" in r.stdout
    data = json.loads(run_cli(["audit", forms, "--rules", RULES, "--engine", "python", "--format", "json"]).stdout)
    wb = load_workbook(out / "summary.xlsx")
    assert wb.sheetnames == ["复核汇总", "未能复核", "问题次数"]
    ranking = wb["复核汇总"]
    heads = _heads(ranking)
    assert heads[:9] == ["序号", "文件", "单位", "所报总分", "复核总分", "涉及分值", "所报等级", "复核等级", "发现"]
    assert set(heads[9:]) == {"未达标给满分", "达标仍扣分"}  # a column for each code found in the folder
    rows = _rows(ranking)
    assert [row[1] for row in rows] == [f["source"] for f in data["forms"]]  # ranked by points at stake
    for row, form in zip(rows, data["forms"]):
        assert row[3:6] == [form["claimed_total"], form["total"], form["at_stake"]]
        assert row[7:9] == [form["grade"], form["findings"]]
        assert dict(zip(heads[9:], row[9:])) == {"未达标给满分": form["counts"].get("missed_full", 0),
                                                  "达标仍扣分": form["counts"].get("met_docked", 0)}
    clean = next(row for row in ranking.iter_rows(min_row=2) if row[1].value.endswith("clean.xlsx"))
    assert clean[9].value == 0 and clean[9].number_format == "0;-0;;@"  # a number, its 0 left blank to the eye
    assert clean[3].number_format == "0.00" and isinstance(clean[3].value, (int, float))
    assert _rows(wb["未能复核"]) == [[u["source"], u["error"]] for u in data["unreadable"]]
    assert sorted(_rows(wb["问题次数"])) == [["未达标给满分", "missed_full", 1], ["达标仍扣分", "met_docked", 1]]
    assert all(ws.freeze_panes == "A2" and ws.auto_filter.ref for ws in wb)


def test_a_folder_reviews_summary_is_english_with_lang_en_and_the_same_bytes_every_run(forms, tmp_path):
    _audit(forms, tmp_path / "a", "--lang", "en")
    _audit(forms, tmp_path / "b", "--lang", "en")
    wb = load_workbook(tmp_path / "a" / "summary.xlsx")
    assert wb.sheetnames == ["Forms", "Not reviewed", "Findings by code"]
    assert _heads(wb["Forms"])[:4] == ["Rank", "File", "Unit", "Claimed total"]
    assert "error: " in wb["Not reviewed"]["B2"].value
    assert (tmp_path / "a" / "summary.xlsx").read_bytes() == (tmp_path / "b" / "summary.xlsx").read_bytes()


def test_a_form_named_summary_keeps_its_copy_and_the_summary_takes_the_next_name(tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    write_xlsx(case("missed_full")[0], folder / "summary.xlsx")
    _audit(folder, tmp_path / "marked")
    assert sorted(p.name for p in (tmp_path / "marked").iterdir()) == ["summary.2.xlsx", "summary.xlsx"]
    assert load_workbook(tmp_path / "marked" / "summary.2.xlsx").sheetnames[0] == "复核汇总"
    assert "复核汇总" not in load_workbook(tmp_path / "marked" / "summary.xlsx").sheetnames  # the form's marked copy


def test_a_summary_open_in_excel_is_not_replaced_and_no_copy_is_written_without_it(forms, tmp_path):
    out = _held_open(tmp_path / "marked", "summary.xlsx")
    _refused(_audit(forms, out, "--lang", "en"), out, "summary.xlsx")
