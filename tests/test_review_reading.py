"""Reading forms as a reviewer's trial found them: several forms in a workbook, quoted text exports, files
that are not what their name says, a text where the claimed points should be, files in a folder that are no form."""
from __future__ import annotations

import dataclasses

import pytest

from helpers import FIXTURES, RULES, run_cli
from test_review_read import _problem
from review_forms import WRITERS, COLUMNS, case, consistent, layout, write_text, write_xlsx
from scoring.review.audit import audit_form
from scoring.review.folder import audit_folder, audit_one
from scoring.errors import ScoringError
from scoring.review.read import read_form, read_forms
from scoring.rulebook.load import load_rules
from xlsx_read import load_workbook


def _rules(form):
    return audit_form(form, load_rules(RULES), "python")


def _audit(*args):
    return run_cli(["--lang", "en", "audit", *map(str, args), "--rules", str(RULES), "--engine", "python"])


# -- 1. every form in a workbook ---------------------------------------------------------------------

def test_every_sheet_that_is_a_form_is_reviewed_each_by_its_name(tmp_path):
    path = write_xlsx(consistent(), tmp_path / "two.xlsx", sheet="自评表", more={"项目2": case("missed_full")[0]})
    assert [name.rsplit("!", 1)[-1] for name, _ in read_forms(path)] == ["自评表", "项目2"]
    result = audit_one(path, _rules)
    assert {a.source.rsplit("!", 1)[-1]: sorted(a.codes()) for a in result.forms} == {
        "自评表": [], "项目2": ["missed_full"]}
    status, out, _ = _audit(path)
    assert status == 1 and "two.xlsx!项目2" in out and "missed_full" in out and "2 forms reviewed" in out
    folder = audit_folder(tmp_path, load_rules(RULES), "python")
    assert sorted(a.source.rsplit("/", 1)[-1] for a in folder.forms) == ["two.xlsx!自评表", "two.xlsx!项目2"]


def test_a_sheet_that_is_no_form_beside_the_form_leaves_it_the_files_only_form(tmp_path):
    path = write_xlsx(consistent(), tmp_path / "one.xlsx")
    wb = load_workbook(path)
    wb.create_sheet("填表说明", 0)["A1"] = "请按要求填写"
    wb.save(path)
    ((name, form),) = read_forms(path)
    assert name.endswith("one.xlsx") and form.source.endswith("one.xlsx")
    assert _audit(path)[0] == 0


def test_a_second_form_that_cannot_be_read_is_listed_not_skipped(tmp_path):
    path = write_xlsx(consistent(), tmp_path / "two.xlsx", sheet="自评表", more={"项目2": consistent()})
    wb = load_workbook(path)
    wb["项目2"]["H14"] = "二十"  # a 分值 that is no number: the form cannot be scored
    wb.save(path)
    result = audit_one(path, _rules)
    assert [a.source.rsplit("!", 1)[-1] for a in result.forms] == ["自评表"]
    assert [u.source.rsplit("!", 1)[-1] for u in result.unreadable] == ["项目2"]
    assert "项目2!H14" in result.unreadable[0].error.en
    assert _audit(path)[0] == 2
    wb = load_workbook(path)
    wb["项目2"]["H14"] = 20
    wb["项目2"].delete_cols(9)  # its 得分 column gone: a form still, that cannot be reviewed
    wb.save(path)
    result = audit_one(path, _rules)
    assert [u.source.rsplit("!", 1)[-1] for u in result.unreadable] == ["项目2"]
    assert "得分" in result.unreadable[0].error.zh


# -- 2. text exports with quoted cells ---------------------------------------------------------------

def _export(form, path, every: bool = False):
    """The form saved as Excel's 文本文件(制表符分隔) saves it: a 一级 label broken over two lines in its cell, and
    any cell holding a line break, tab or quote in double quotes; every: each cell quoted, as LibreOffice may."""
    cells, _ = layout(form)
    cells = {rc: v.replace("(", "\n(", 1) if v.endswith("分)") else v for rc, v in cells.items()}

    def q(v):
        return '"' + v.replace('"', '""') + '"' if every or any(ch in v for ch in '\n\t"') else v
    rows = max(r for r, _ in cells)
    lines = ["\t".join(q(cells.get((r, c), "")) for c in range(1, COLUMNS + 1)) for r in range(1, rows + 1)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_a_quoted_export_reads_as_the_plain_one_with_its_lines_right(tmp_path):
    plain = read_form(write_text(consistent(), tmp_path / "plain.txt"))
    for every in (False, True):
        form = read_form(_export(consistent(), tmp_path / f"quoted{every}.txt", every))
        assert [r.model_dump(exclude={"cells"}) for r in form.indicators] == [
            r.model_dump(exclude={"cells"}) for r in plain.indicators]
        assert form.level_points == plain.level_points and form.total == plain.total
        # three 一级 labels break over two lines: a row's cells after one stand a line further on, and each
        # row below it too
        assert [r.cell("points").ref for r in form.indicators] == ["14:9", "15:9", "16:9", "18:9", "19:9", "21:9"]
    text = tmp_path / "quoted.txt"
    _export(consistent(), text)
    lines = text.read_bytes().decode("utf-8").splitlines(keepends=True)
    fields = lines[18].rstrip("\r\n").split("\t")
    assert fields[3] == "成本控制率"
    lines[18] = "\t".join(["", "", "", ""] + fields[4:]) + "\r\n"  # line 19: values, no name
    text.write_bytes("".join(lines).encode("utf-8"))
    with pytest.raises(ScoringError) as e:
        read_form(text)
    assert [(p.code, p.line, p.column) for p in e.value.problems] == [("review.row_without_name", 19, 4)]


def test_a_quote_never_closed_is_said_at_its_line(tmp_path):
    path = write_text(consistent(), tmp_path / "open.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[13] = lines[13].replace("部分学员补考后合格", '"部分学员补考后合格')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        read_form(path)
    assert [(p.code, p.line) for p in e.value.problems] == [("review.text_quote_unclosed", 14)]


# -- 3. a file read by what it is, not by its name ---------------------------------------------------

def test_a_workbook_with_a_password_to_open_says_so(tmp_path):
    """An encrypted .xlsx is an OLE2 compound file holding EncryptionInfo and EncryptedPackage (made with
    msoffcrypto-tool from a form): not a damaged file, a locked one."""
    p = _problem(FIXTURES / "review" / "password.xlsx")
    assert p.code == "xlsx.password_protected" and "密码" in p.zh and "password" in p.en


def test_a_web_page_saved_as_xls_says_so(tmp_path):
    path = tmp_path / "导出.xls"
    path.write_text("<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>项目支出绩效自评表</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    p = _problem(path)
    assert p.code == "xlsx.html_not_workbook" and "HTML" in p.zh and ".xls" in p.en


def test_an_xlsx_named_xls_keeps_its_number_formats(tmp_path):
    """A percent cell of an .xlsx named .xls: 0.93 under 0% is 93%, so no rate is taken for a bare 0.93."""
    path = write_xlsx(consistent(), tmp_path / "f.xlsx", percent_numbers=True)
    named = tmp_path / "f.xls"
    named.write_bytes(path.read_bytes())
    form = read_form(named)
    assert (form.budget.rate, form.indicators[1].actual) == ("100%", "93%")
    assert _audit(named)[0] == 0


# -- 4. claimed points in words are a finding at their cell ------------------------------------------

@pytest.mark.parametrize("kind", ["xlsx", "txt", "yaml"])
def test_points_written_in_words_are_a_finding_at_their_cell_and_the_rest_is_reviewed(kind, tmp_path):
    form = case("missed_full")[0]  # a mistake on another row, to be found too
    form = dataclasses.replace(form, total="97.58", rows=[dataclasses.replace(r, points="满分") if r.name == "学员满意度"
                                                          else r for r in form.rows])
    path = WRITERS[kind](form, tmp_path / f"f.{kind}")
    a = audit_one(path, _rules)
    rows = {r.name: r for r in a.rows}
    assert [f.code for f in rows["学员满意度"].findings] == ["claimed_unreadable"]
    assert (rows["学员满意度"].claimed, rows["学员满意度"].points) == (None, 10)
    assert "满分" in rows["学员满意度"].findings[0].message.zh
    assert [f.code for f in rows["培训人数"].findings] == ["missed_full"]  # the rest of the form is reviewed
    assert "total_mismatch" not in a.codes()  # the rows' sum lacks the words: not held against the 总分
    if kind == "xlsx":
        assert rows["学员满意度"].findings[0].cell.ref == "项目支出绩效自评表!I18"
    if kind == "txt":
        assert rows["学员满意度"].findings[0].cell.ref == "18:9"
    status, out, _ = _audit(path)
    assert status == 1 and "claimed_unreadable" in out


def test_a_total_in_words_is_a_finding_on_the_form(tmp_path):
    path = write_text(dataclasses.replace(consistent(), total="满分"), tmp_path / "t.txt")
    a = audit_one(path, _rules)
    assert [(f.code, f.cell.ref) for f in a.findings] == [("claimed_unreadable", "19:9")]


def test_a_form_with_points_in_words_is_reviewed_in_a_folder_not_listed_unreadable(tmp_path):
    write_xlsx(case("claimed_unreadable")[0], tmp_path / "a.xlsx")
    folder = audit_folder(tmp_path, load_rules(RULES), "python")
    assert folder.unreadable == [] and folder.codes()["claimed_unreadable"] == 1


# -- 5. files in a folder that are no form -----------------------------------------------------------

def test_spreadsheets_not_read_are_listed_with_the_reason_other_files_are_not(tmp_path):
    write_xlsx(consistent(), tmp_path / "form.xlsx")
    (tmp_path / "form.csv").write_text("三级指标,年度指标值,实际完成值,分值,得分\n", encoding="utf-8")
    (tmp_path / "form.ods").write_bytes(b"PK\x03\x04")
    for other in ("通知.docx", "截图.png", "~$form.xlsx", ".DS_Store"):
        (tmp_path / other).write_bytes(b"x")
    folder = audit_folder(tmp_path, load_rules(RULES), "python")
    assert len(folder.forms) == 1
    assert sorted(u.source.rsplit("/", 1)[-1] for u in folder.unreadable) == ["form.csv", "form.ods"]
    assert all(".xlsx" in u.error.en for u in folder.unreadable)  # how to save it so it is read
    assert [_problem(tmp_path / f).code for f in ("form.csv", "form.ods")] == ["review.kind_not_read"] * 2
    assert _audit(tmp_path)[0] == 2


def test_a_target_table_is_said_to_be_one_in_a_single_line(tmp_path):
    from helpers import ROOT

    table = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
    p = _problem(table)
    assert (p.code, p.line) == ("review.targets_not_form", 1)
    (tmp_path / "targets.yaml").write_bytes(table.read_bytes())
    (u,) = audit_folder(tmp_path, load_rules(RULES), "python").unreadable
    assert u.error.zh.count("错误") == 1 and "这是目标表，不是自评表" in u.error.zh


def test_points_in_words_put_no_total_gap_at_stake(tmp_path):
    # 满分 on a row leaves the claimed rows its points short of the 总分: that gap is the words', not at stake
    form = consistent()
    form = dataclasses.replace(form, total="97.58", rows=[dataclasses.replace(r, points="满分") if r.name == "学员满意度"
                                                          else r for r in form.rows])
    path = write_text(form, tmp_path / "w.txt")
    plain = audit_one(write_text(dataclasses.replace(consistent(), total="97.58"), tmp_path / "c.txt"), _rules)
    a = audit_one(path, _rules)
    assert a.at_stake == plain.at_stake


def test_a_form_named_twice_is_reviewed_once(tmp_path):
    import json

    path = write_text(consistent(), tmp_path / "f.txt")
    r = run_cli(["--lang", "en", "audit", str(path), str(path), str(tmp_path), "--format", "json", "--engine", "python"])
    assert r.returncode == 0 and len(json.loads(r.stdout)["forms"]) == 1
