"""What a clerk filling actuals in Excel met in trial s14: file names and formats, a renamed sheet, the fill-in
workbook's notes, the half-year template, batch and Excel's lock files, audit's folder summary."""
from __future__ import annotations

import json

import pytest

from rich.cells import cell_len

from helpers import ROOT, run_cli
from scoring.catalogue import say, text
from scoring.errors import Pos, display_path

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
WORKBOOK = b"PK\x03\x04"  # an .xlsx is a zip


# -- an output file's name and its format (trial finding 8) -------------------------------------------------

@pytest.mark.parametrize("command", [["evaluate", PROJECT, "--out"], ["template", PROJECT, "-o"]])
def test_an_xlsx_name_without_format_writes_the_workbook(tmp_path, command):
    out = tmp_path / "book.xlsx"
    result = run_cli([*command, out])
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(WORKBOOK)


def test_a_json_or_markdown_name_chooses_that_report(tmp_path):
    assert run_cli(["evaluate", PROJECT, "--out", tmp_path / "card.json"]).returncode == 0
    assert json.loads((tmp_path / "card.json").read_text(encoding="utf-8"))["total"]
    assert run_cli(["evaluate", PROJECT, "--out", tmp_path / "card.md"]).returncode == 0
    assert (tmp_path / "card.md").read_text(encoding="utf-8").startswith("# ")


def test_audit_takes_the_format_from_its_out_file_too(tmp_path):
    form = tmp_path / "form.xlsx"
    assert run_cli(["evaluate", PROJECT, "--format", "xlsx", "--out", form]).returncode == 0
    result = run_cli(["audit", form, "--out", tmp_path / "review.json"])
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "review.json").read_text(encoding="utf-8"))["source"] == str(form)


@pytest.mark.parametrize("args, name, implied, given", [
    (["template", PROJECT, "--format", "xlsx", "-o"], "t.yaml", "yaml", "xlsx"),
    (["evaluate", PROJECT, "--format", "json", "--out"], "e.md", "markdown", "json"),
    (["evaluate", PROJECT, "--format", "xlsx", "--out"], "e.json", "json", "xlsx"),
])
def test_an_extension_that_contradicts_format_is_refused(tmp_path, args, name, implied, given):
    out = tmp_path / name
    for lang in ("zh", "en"):
        result = run_cli(["--lang", lang, *args, out])
        assert result.returncode == 2
        assert not out.exists()
        said = say("cli.out_suffix_contradicts", lang, suffix=out.suffix, implied=implied, given=given,
                   expected=f".{given}")
        assert result.stderr.startswith(f"{out}: {say('problem.error', lang)}: {said}"), result.stderr  # at the file


@pytest.mark.parametrize("args, name, suffixes", [
    (["evaluate", PROJECT, "--out"], "card.yaml", [".txt", ".json", ".md", ".xlsx"]),
    (["template", PROJECT, "-o"], "actuals.json", [".yaml", ".xlsx"]),
    (["template", PROJECT, "--format", "xlsx", "-o"], "actuals.xls", [".yaml", ".xlsx"]),
    (["import", ROOT / "tests" / "fixtures" / "project-export.txt", "-o"], "table.xlsx", [".yaml"]),
])
def test_a_kind_of_file_the_command_does_not_write_is_refused(tmp_path, args, name, suffixes):
    out = tmp_path / name
    result = run_cli(["--lang", "en", *args, out])
    assert result.returncode == 2
    assert not out.exists()
    said = say("cli.out_suffix_unwritable", "en", command=args[0], suffix=out.suffix, suffixes=suffixes)
    assert result.stderr.startswith(f"{out}: error: {said}"), result.stderr


def _names_a_file(out, command: str, lang: str) -> str:
    """The error of a command that writes a folder at --out, given a file's name there."""
    return f"{out}: {say('problem.error', lang)}: " + say(
        "cli.out_names_a_file", lang, command=command, suffix=out.suffix, holds=text(f"cli.out_holds_{command}"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_batch_out_named_as_a_file_is_refused_before_any_unit_is_scored(tmp_path, lang):
    out = tmp_path / "summary.json"
    result = run_cli(["--lang", lang, "batch", ROOT / "targets", ROOT / "actuals", "--out", out])
    assert result.returncode == 2
    assert not out.exists()
    assert result.stderr.startswith(_names_a_file(out, "batch", lang)), result.stderr


@pytest.mark.parametrize("name", ["marked.txt", "marked.xlsx"])
def test_marked_copies_of_a_folder_ask_for_a_folder_whatever_the_name_given(tmp_path, name):
    """--format xlsx over a folder writes a folder: a file's name is asked to be a folder, never to end in .xlsx
    (which was then refused as no folder: review s14 #4)."""
    folder, out = _forms_folder(tmp_path), tmp_path / name
    for lang in ("zh", "en"):
        result = run_cli(["--lang", lang, "audit", folder, "--format", "xlsx", "--out", out])
        assert result.returncode == 2 and not out.exists()
        assert result.stderr.startswith(_names_a_file(out, "audit", lang)), result.stderr


def test_marked_copies_of_a_folder_go_into_a_new_folder(tmp_path):
    out = tmp_path / "marked"
    result = run_cli(["--lang", "en", "audit", _forms_folder(tmp_path), "--format", "xlsx", "--out", out])
    assert result.returncode == 2, result.stderr  # the target table among the forms is not one
    assert (out / "2025" / "form.xlsx").read_bytes().startswith(WORKBOOK)


def test_standard_output_still_takes_any_format():
    result = run_cli(["evaluate", PROJECT, "--format", "json", "--out", "-"])
    assert result.returncode == 0
    assert json.loads(result.stdout)["total"]


# -- a fill-in workbook whose sheet was renamed (trial finding 9) -------------------------------------------

def _filled_template(tmp_path):
    """The project's fill-in workbook with an actual and the money spent typed in (openpyxl, as a clerk's Excel saves)."""
    import xlsx_read

    blank = tmp_path / "blank.xlsx"
    assert run_cli(["template", PROJECT, "--format", "xlsx", "-o", blank]).returncode == 0
    wb = xlsx_read.load_workbook(blank)
    wb["指标"]["H4"] = 11  # 防火隔离带建设 ≥12公里
    wb["资金"]["D4"] = 190  # 年度资金总额's 执行数, of 200
    return wb


def _score(tmp_path, wb, name):
    path = tmp_path / name
    wb.save(path)
    return run_cli(["--lang", "en", "evaluate", PROJECT, "--actuals", path, "--format", "json", "--out", "-"]), path


def _card(result):
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)
    return card["total"], card["budget_row"]["points"], [i["points"] for i in card["indicators"]]


@pytest.mark.parametrize("sheet", ["指标", "资金"])
def test_a_renamed_sheet_is_read_by_its_header(tmp_path, sheet):
    wb = _filled_template(tmp_path)
    as_made, _ = _score(tmp_path, wb, "as-made.xlsx")
    wb[sheet].title = "Sheet1"
    renamed, _ = _score(tmp_path, wb, "renamed.xlsx")
    assert _card(renamed) == _card(as_made)


def test_a_bad_cell_on_a_renamed_sheet_is_named_where_it_is(tmp_path):
    wb = _filled_template(tmp_path)
    wb["指标"]["H4"] = "十一"
    wb["指标"].title = "Sheet1"
    result, path = _score(tmp_path, wb, "renamed.xlsx")
    assert result.returncode == 2
    assert result.stderr.startswith(f"{path}:Sheet1!H4: "), result.stderr


def test_two_sheets_with_the_header_are_named_and_never_the_advice_to_start_again(tmp_path):
    wb = _filled_template(tmp_path)
    wb.copy_worksheet(wb["指标"]).title = "Copy"
    wb["指标"].title = "Sheet1"
    for lang in ("zh", "en"):
        path = tmp_path / "two.xlsx"
        wb.save(path)
        result = run_cli(["--lang", lang, "evaluate", PROJECT, "--actuals", path])
        assert result.returncode == 2
        assert "Sheet1" in result.stderr and "Copy" in result.stderr and "指标" in result.stderr
        assert "scoring template" not in result.stderr  # a new workbook would lose what was entered


def test_a_renamed_sheet_whose_header_is_gone_is_asked_to_be_renamed_back(tmp_path):
    wb = _filled_template(tmp_path)
    wb["指标"].delete_cols(7)  # 分值
    wb["指标"].title = "Sheet1"
    path = tmp_path / "renamed.xlsx"
    wb.save(path)
    result = run_cli(["--lang", "en", "evaluate", PROJECT, "--actuals", path])
    assert result.returncode == 2
    said = say("xlsx.sheet_renamed", "en", sheet="指标 / Indicators", found=wb.sheetnames)
    assert result.stderr.startswith(f"{path}: error: {said}"), result.stderr
    assert "scoring template" not in result.stderr


# -- the fill-in workbook's own notes (trial finding 11) ----------------------------------------------------

DEPARTMENT = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def _template_book(tmp_path, targets, lang):
    import xlsx_read

    path = tmp_path / f"{targets.stem}-{lang}.xlsx"
    assert run_cli(["--lang", lang, "template", targets, "--format", "xlsx", "-o", path]).returncode == 0
    return xlsx_read.load_workbook(path)


def _note(ws, label: str) -> str:
    return next(c.comment.text for c in ws[3] if c.value == label)


@pytest.mark.parametrize("lang, label, table_word, weights_word", [("zh", "分值", "目标表", "weights.yaml"),
                                                                    ("en", "Points", "target table", "weights.yaml")])
def test_the_points_note_says_where_the_points_come_from(tmp_path, lang, label, table_word, weights_word):
    project = _note(_template_book(tmp_path, PROJECT, lang).worksheets[0], label)
    assert table_word in project and weights_word not in project  # the project table's own 分值
    department = _note(_template_book(tmp_path, DEPARTMENT, lang).worksheets[0], label)
    assert weights_word in department  # split by the rule file


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_instructions_never_offer_a_sort_the_protection_refuses(tmp_path, lang):
    ws = _template_book(tmp_path, PROJECT, lang).worksheets[0]
    said = " ".join([ws["A2"].value, *(c.comment.text for c in ws[3] if c.comment)])
    offers_sort = any(word in said for word in ("排序", "sort"))
    assert ws.protection.sheet
    # Excel sorts no range holding locked cells on a protected sheet, and every row holds its locked name
    assert not offers_sort, said


# -- the half-year YAML template's budget row (trial finding 15) --------------------------------------------

@pytest.mark.parametrize("lang, to_date, whole_year", [("zh", "截至 6 月 30 日", "全年执行数"), ("en", "to 30 June", None)])
def test_the_half_year_budget_row_asks_for_the_spending_to_30_june(lang, to_date, whole_year):
    def budget_row_note(period):
        result = run_cli(["--lang", lang, "template", PROJECT, "--period", period])
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        return lines[lines.index("budget_row:") + 1]

    half = budget_row_note("h1")
    assert to_date in half, half  # as the header says of the money at mid-year
    if whole_year:
        assert whole_year not in half and whole_year in budget_row_note("annual")


# -- batch and a workbook Excel has open (trial finding 14) -------------------------------------------------

def _batch_with_workbook(tmp_path, lock: bool):
    targets, actuals = tmp_path / "targets" / "2025", tmp_path / "actuals" / "2025"
    targets.mkdir(parents=True)
    actuals.mkdir(parents=True)
    (targets / PROJECT.name).write_bytes(PROJECT.read_bytes())
    book = actuals / f"{PROJECT.stem}.annual.xlsx"
    assert run_cli(["template", PROJECT, "--format", "xlsx", "-o", book]).returncode == 0
    if lock:
        (actuals / f"~${book.name}").write_bytes(b"\x05clerk")
    out = tmp_path / "out"
    result = run_cli(["--lang", "en", "batch", tmp_path / "targets", tmp_path / "actuals", "--out", out, "--jobs", "1"])
    assert result.returncode == 0, result.stderr
    return result, json.loads((out / "summary-annual.en.json").read_text(encoding="utf-8")), \
        (out / "summary-annual.en.md").read_text(encoding="utf-8"), book


def test_batch_warns_of_a_workbook_open_in_excel_once(tmp_path):
    result, summary, markdown, book = _batch_with_workbook(tmp_path, lock=True)
    said = _open_in_excel(book, "en")
    assert result.stderr.count(said) == 1, result.stderr  # once for the unit, on stderr as evaluate says it
    assert "open in Excel" not in result.stdout
    assert [w["actuals"] for w in summary["warnings"]] == [str(book)]
    assert summary["warnings"][0]["warning"].startswith(said)
    assert "## Warnings" in markdown and "seems open in Excel" in markdown
    assert summary["scored"][0]["actuals"] == str(book)  # scored as last saved, as evaluate scores it


def _open_in_excel(book, lang: str) -> str:
    return Pos(display_path(book)).report("xlsx.open_in_excel", severity="warning").render(lang)


@pytest.mark.parametrize("folder", [False, True])
def test_audit_warns_of_a_form_open_in_excel_as_evaluate_does(tmp_path, folder):
    """review s14 #7: one destination, stderr, for evaluate, batch and audit."""
    form = tmp_path / "forms" / "form.xlsx"
    form.parent.mkdir()
    assert run_cli(["evaluate", PROJECT, "--format", "xlsx", "--out", form]).returncode == 0
    (form.parent / f"~${form.name}").write_bytes(b"\x05clerk")
    for lang in ("zh", "en"):
        result = run_cli(["--lang", lang, "audit", form.parent if folder else form])
        assert result.returncode == 0, result.stderr
        assert result.stderr.count(_open_in_excel(form, lang)) == 1, result.stderr
        assert "Excel" not in result.stdout


def test_batch_without_a_lock_file_has_no_warnings(tmp_path):
    result, summary, markdown, _ = _batch_with_workbook(tmp_path, lock=False)
    assert "warning" not in result.stdout + result.stderr and "warnings" not in summary and "## Warnings" not in markdown


# -- audit over a folder: the files in its summary (trial finding 17) ---------------------------------------

def _forms_folder(tmp_path, name: str = PROJECT.name):
    """A folder of forms: the project's 自评表 in a subfolder, and a target table put there by mistake."""
    folder = tmp_path / "forms"
    (folder / "2025").mkdir(parents=True)
    assert run_cli(["evaluate", PROJECT, "--format", "xlsx", "--out", folder / "2025" / "form.xlsx"]).returncode == 0
    (folder / name).write_bytes(PROJECT.read_bytes())
    return folder


def _form_cells(out: str, heading: str, column: int) -> list[str]:
    """A column's cells of the table under `heading`, one per line, as the terminal shows them."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == heading)
    end = next(i for i in range(start + 1, len(lines) + 1) if i == len(lines) or not lines[i].strip())
    return [line.split("|")[column].strip() for line in lines[start + 4:end] if line.startswith("|")]


def test_an_audited_folders_files_are_shown_relative_to_it_and_whole(tmp_path):
    folder = _forms_folder(tmp_path)
    result = run_cli(["--lang", "en", "audit", folder])
    assert result.returncode == 2, result.stderr
    assert str(folder) not in result.stdout  # as batch shows its files: what follows the folder given
    assert "2025/form.xlsx" in _form_cells(result.stdout, "Forms ranked by points at stake", 2)
    assert _form_cells(result.stdout, "Forms that could not be reviewed", 1)[0] == PROJECT.name  # not …yam|l


def test_a_name_too_long_for_its_column_is_broken_between_words(tmp_path):
    name = "the-self-evaluation-form-of-the-forest-fire-prevention-project-for-2025-as-filled-in.yaml"
    result = run_cli(["--lang", "en", "audit", _forms_folder(tmp_path, name)])
    pieces = [c for c in _form_cells(result.stdout, "Forms that could not be reviewed", 1) if c]
    assert "".join(pieces) == name and len(pieces) > 1
    assert all(p.endswith(("-", ".", "_")) for p in pieces[:-1]), pieces


# a Chinese file name has no - _ or . to break at: it is broken between its characters (review s14 #1)
CHINESE_NAME = "南京市江宁区社会保险管理中心2025年度项目支出绩效自评表（城乡居民医疗保险区补资金）"


@pytest.mark.parametrize("stem", [CHINESE_NAME, "selfevaluationformoftheforestfirepreventionprojectfor2025asfilledin" * 2])
def test_a_long_name_without_separators_leaves_the_other_columns_their_room(tmp_path, stem):
    folder = _forms_folder(tmp_path, f"{stem}.yaml")
    (folder / "2025" / "form.xlsx").rename(folder / f"{stem}.xlsx")
    result = run_cli(["--lang", "en", "audit", folder])
    ranked = result.stdout.splitlines()
    row = next(line for line in ranked if line.startswith("|") and line.split("|")[1].strip() == "1")
    stake, claimed, total = (c.strip() for c in row.split("|")[3:6])
    assert stake == "0.00" and claimed.startswith("94.73 ") and total.startswith("94.73 "), row  # none cut short
    for heading, column in (("Forms ranked by points at stake", 2), ("Forms that could not be reviewed", 1)):
        cells = _form_cells(result.stdout, heading, column)
        assert "".join(c for c in cells if c).endswith(f"{stem}.xlsx" if column == 2 else f"{stem}.yaml")
    unreadable = _form_cells(result.stdout, "Forms that could not be reviewed", 1)
    assert max(map(cell_len, unreadable)) <= 110 // 2  # the error's column keeps at least half the line
