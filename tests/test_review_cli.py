"""`scoring audit` from the command line, in-process: exit status, the four formats, a folder of forms."""
from __future__ import annotations

import json
import re

import openpyxl

import pytest

from helpers import ROOT, requires_durable
from review_forms import case, consistent, write_text, write_xls, write_xlsx
from scoring.cli import main
from xlsx_read import load_workbook


def _run(capsys, *args):
    status = main(["--lang", "en", "audit", *args, "--rules", str(ROOT / "rules"), "--engine", "python"])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_exit_status_says_whether_anything_was_found(tmp_path, capsys):
    assert _run(capsys, str(write_text(consistent(), tmp_path / "ok.txt")))[0] == 0
    status, out, _ = _run(capsys, str(write_text(case("missed_full")[0], tmp_path / "bad.txt")))
    assert status == 1 and "missed_full" in out and "points at stake 2.00" in out
    (tmp_path / "broken.txt").write_text("nothing to see\n", encoding="utf-8")
    status, out, err = _run(capsys, str(tmp_path / "broken.txt"))
    assert status == 2 and "broken.txt:1:1: error: no indicator header row found" in err and out == ""


def test_an_advisory_alone_is_no_finding_the_form_is_clean_and_the_status_0(tmp_path, capsys):
    """700 of ≥500 people: the over_achievement advisory is said (the target may be low), nothing is wrong."""
    status, out, _ = _run(capsys, str(write_text(case("over_achievement")[0], tmp_path / "f.txt")))
    assert status == 0 and "over-achievement: " in out and "0 findings, and 1 advisory (no mistake)" in out
    assert "nothing found" in out and "over_achievement" in out  # still counted by code
    status, out, _ = _run(capsys, str(write_text(case("over_achievement")[0], tmp_path / "f.txt")), "--format", "json")
    (finding,) = [f for r in json.loads(out)["rows"] for f in r["findings"]]
    assert status == 0 and finding["code"] == "over_achievement" and finding["advisory"] is True
    folder = tmp_path / "forms"
    folder.mkdir()
    write_text(case("over_achievement")[0], folder / "a.txt")
    write_text(case("met_docked")[0], folder / "b.txt")
    status, out, _ = _run(capsys, str(folder))
    assert status == 1 and "2 forms reviewed: 1 with findings, 1 clean, 0 unreadable" in out
    status, out, _ = _run(capsys, str(folder), "--format", "json")
    forms = {f["source"].rsplit("/", 1)[-1]: (f["findings"], f["advisories"]) for f in json.loads(out)["forms"]}
    assert forms == {"a.txt": (0, 1), "b.txt": (1, 0)}
    (folder / "b.txt").unlink()
    assert _run(capsys, str(folder))[0] == 0


def test_rows_with_findings_come_first_then_the_summary(tmp_path, capsys):
    _, out, _ = _run(capsys, str(write_text(case("met_docked")[0], tmp_path / "f.txt")), "--all")
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if "met but docked: " in line)  # the code's label
    assert first < next(i for i, line in enumerate(lines) if "培训人数" in line)
    assert lines.index(next(line for line in lines if line.startswith("claimed total"))) > first


def test_json_report(tmp_path, capsys):
    out_file = tmp_path / "r.json"
    status, out, _ = _run(capsys, str(write_xlsx(case("actual_percent_used")[0], tmp_path / "f.xlsx")),
                          "--format", "json", "--out", str(out_file))
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert status == 1 and data["schema"] == 1
    assert (data["claimed_total"], data["total"], data["findings"]) == (96.6, 97.58, [])
    row = next(r for r in data["rows"] if r["name"] == "培训合格率")
    assert (row["weight"], row["claimed"], row["points"], row["difference"]) == (20.0, 18.6, 19.58, -0.98)
    assert [f["code"] for f in row["findings"]] == ["actual_percent_used"]
    assert "actual ÷ target" in row["findings"][0]["message"] and row["findings"][0]["cell"].endswith("!I14")


def test_markdown_report(tmp_path, capsys):
    status, out, _ = _run(capsys, str(write_text(case("total_mismatch")[0], tmp_path / "f.txt")), "--format", "markdown")
    assert status == 1 and out.startswith("# Review of the self-evaluation: 示例职业技能培训项目")
    assert "| Cell | Indicator | Points | Claimed | Rescored | Difference | Findings |" in out
    assert "- total ≠ the rows: the total is written 100.00; the rows add up to 97.58" in out
    assert "| Finding | Code | Count |" in out and "| total ≠ the rows | `total_mismatch` | 1 |" in out


def test_the_marked_copy_colours_and_comments_each_finding(tmp_path, capsys):
    import openpyxl

    form = write_xlsx(case("missed_full")[0], tmp_path / "f.xlsx")
    status, out, _ = _run(capsys, str(form), "--format", "xlsx", "--out", str(tmp_path / "marked.xlsx"))
    assert status == 1 and "wrote" in out
    wb = load_workbook(tmp_path / "marked.xlsx")
    ws = wb["项目支出绩效自评表"]
    assert ws["I13"].comment.text.startswith("full points for a miss: target missed but full points 20.00 claimed")
    assert ws["I13"].fill.fgColor.rgb.endswith("FFC7CE")
    assert ws["D13"].value == "培训人数" and ws.merged_cells.ranges  # the form itself, merges kept
    assert [c.value for c in wb["Review"][2]][2:4] == ["full points for a miss", "missed_full"]  # label, code
    assert sum(1 for row in ws.iter_rows() for c in row if c.comment) == 1


def test_a_level_labels_points_are_marked_at_the_label(tmp_path, capsys):
    form = write_xlsx(case("level_points_mismatch")[0], tmp_path / "f.xlsx")
    _run(capsys, str(form), "--format", "xlsx", "--out", str(tmp_path / "marked.xlsx"))
    ws = load_workbook(tmp_path / "marked.xlsx")["项目支出绩效自评表"]
    assert ws["B13"].value == "产出指标(60分)" and ws["B13"].comment.text.startswith("level-1 points: ")
    assert ws["B13"].fill.fgColor.rgb.endswith("FFC7CE") and ws["H13"].comment is None


@pytest.mark.parametrize("suffix", ["txt", "yaml", "xls"])
def test_a_marked_copy_of_a_text_yaml_or_xls_form(tmp_path, capsys, suffix):
    import openpyxl
    from review_forms import WRITERS

    form = WRITERS[suffix](case("met_docked")[0], tmp_path / f"f.{suffix}")
    _run(capsys, str(form), "--format", "xlsx", "--out", str(tmp_path / "m.xlsx"))
    ws = load_workbook(tmp_path / "m.xlsx").worksheets[0]
    (marked,) = [c for row in ws.iter_rows() for c in row if c.comment]
    assert marked.value == 9 and marked.comment.text.startswith("met but docked: ")


def test_a_folder_ranks_forms_counts_codes_and_lists_the_unreadable(tmp_path, capsys):
    folder = tmp_path / "forms"
    folder.mkdir()
    write_text(consistent(), folder / "a-ok.txt")
    write_xlsx(case("missed_full")[0], folder / "b-missed.xlsx")
    write_text(case("qualitative_out_of_band")[0], folder / "c-band.txt")
    (folder / "d-broken.xlsx").write_bytes(b"not a workbook")
    (folder / "notes.md").write_text("not a form", encoding="utf-8")
    status, out, _ = _run(capsys, str(folder), "--format", "json")
    data = json.loads(out)
    assert status == 2  # an unreadable form: bad input, reported after all the others
    assert [f["source"].rsplit("/", 1)[-1] for f in data["forms"]] == ["c-band.txt", "b-missed.xlsx", "a-ok.txt"]
    assert [f["at_stake"] for f in data["forms"]] == [6.0, 2.0, 0.0]
    assert data["counts"] == {"missed_full": 1, "qualitative_out_of_band": 1}
    (bad,) = data["unreadable"]
    assert bad["source"].endswith("d-broken.xlsx") and "cannot read the workbook" in bad["error"]
    status, out, _ = _run(capsys, str(folder))
    assert "4 forms reviewed: 2 with findings, 1 clean, 1 unreadable" in out


def test_a_total_written_off_its_rows_is_at_stake_and_each_form_shows_its_grades(tmp_path, capsys):
    """The reviewer's p02: a 总分 of 99.00 over rows that agree and add up to 97.58 was 0.00 at stake, ranked
    below a 0.58 rounding slip; the 1.42 claimed too much is at stake now. The folder's table and JSON give
    each form's grade as written and as rescored."""
    import dataclasses

    folder = tmp_path / "forms"
    folder.mkdir()
    write_text(dataclasses.replace(consistent(), total="99", grade="良"), folder / "a-total.txt")
    write_text(case("rounded_down")[0], folder / "b-rounded.txt")
    status, out, _ = _run(capsys, str(folder), "--format", "json")
    data = json.loads(out)
    assert [(f["source"].rsplit("/", 1)[-1], f["at_stake"]) for f in data["forms"]] == [("a-total.txt", 1.42),
                                                                                        ("b-rounded.txt", 0.58)]
    assert [(f["grade_written"], f["grade"]) for f in data["forms"]] == [("良", "excellent"), (None, "excellent")]
    _, one, _ = _run(capsys, str(folder / "a-total.txt"), "--format", "json")
    assert json.loads(one)["at_stake"] == 1.42
    _, out, _ = _run(capsys, str(folder))
    assert re.search(r"\| +1\.42 \| +99\.00 良 \| +97\.58 excellent \|", out)
    assert re.search(r"\| +0\.58 \| +97\.00 \| +97\.58 excellent \|", out)  # no grade written: none shown
    _, out, _ = _run(capsys, str(folder), "--format", "markdown")
    assert "| Grade written | Rescored grade |" in out and "| 1.42 | 99.00 | 97.58 | 良 | excellent | 2 |" in out


def test_chinese_by_default(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SCORING_LANG", raising=False)
    status = main(["audit", str(write_text(case("no_reason")[0], tmp_path / "f.txt")), "--engine", "python",
                   "--rules", str(ROOT / "rules")])
    out = capsys.readouterr().out
    assert status == 1 and "【缺偏差原因】扣分" in out and "0.42 分，但未填写偏差原因" in out and "涉及分值 0.00" in out


def test_the_readme_example_is_what_the_command_prints(capsys, monkeypatch):
    """The bundled illustrative form has three mistakes; the README shows the command's output as it is."""
    monkeypatch.chdir(ROOT)
    status = main(["audit", "forms/2025/vocational-training.txt", "--engine", "python"])
    out = capsys.readouterr().out
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("scoring audit forms/2025/vocational-training.txt\n```\n\n```\n") + len(
        "scoring audit forms/2025/vocational-training.txt\n```\n\n```\n")
    assert status == 1 and readme[start:readme.index("\n```", start)] + "\n" == out
    assert "budget_rate_mismatch" in out and "rounded_down" in out and "met_docked" in out


def test_a_folder_gets_a_marked_copy_of_each_form_in_its_own_place(tmp_path, capsys):
    folder = tmp_path / "forms"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    write_text(case("met_docked")[0], folder / "a" / "f.txt")
    write_xlsx(case("missed_full")[0], folder / "b" / "f.xlsx")
    status, out, _ = _run(capsys, str(folder), "--format", "xlsx", "--out", str(tmp_path / "marked"))
    assert status == 1
    assert sorted(p.relative_to(tmp_path / "marked").as_posix() for p in (tmp_path / "marked").rglob("*.xlsx")) == [
        "a/f.txt.xlsx", "b/f.xlsx", "summary.xlsx"]  # beside the copies, the folder's summary workbook


def test_forms_sharing_a_stem_each_keep_their_marked_copy(tmp_path, capsys):
    folder = tmp_path / "forms"
    folder.mkdir()
    write_xlsx(case("missed_full")[0], folder / "a.xlsx")
    write_xls(case("met_docked")[0], folder / "a.xls")
    write_text(case("rounded_down")[0], folder / "a.txt")
    _run(capsys, str(folder), "--format", "xlsx", "--out", str(tmp_path / "marked"))
    copies = {p.name: p for p in (tmp_path / "marked").iterdir()}
    assert sorted(copies) == ["a.txt.xlsx", "a.xls.xlsx", "a.xlsx", "summary.xlsx"]
    copies.pop("summary.xlsx")
    codes = {name: {row[3] for row in load_workbook(p).worksheets[-1].iter_rows(min_row=2, values_only=True)}
             for name, p in copies.items()}  # the code column of the sheet listing the findings
    assert "missed_full" in codes["a.xlsx"] and "met_docked" in codes["a.xls.xlsx"] and "rounded_down" in codes["a.txt.xlsx"]


def test_the_form_under_review_is_never_overwritten(tmp_path, capsys):
    form = write_xlsx(case("missed_full")[0], tmp_path / "f.xlsx")
    before = form.read_bytes()
    status, _, err = _run(capsys, str(form), "--format", "xlsx", "--out", str(form))
    assert status == 2 and "never overwritten" in err and form.read_bytes() == before
    status, _, err = _run(capsys, str(form), "--format", "xlsx")
    assert status == 2 and "--format xlsx needs --out" in err
    status = main(["--lang", "zh", "audit", str(tmp_path), "--format", "xlsx", "--out", str(tmp_path), "--engine", "python"])
    err = capsys.readouterr().err
    assert status == 2 and "是同一个文件夹" in err and "同一个文件：" not in err and form.read_bytes() == before


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("targets", ["targets/2025/forest-fire-prevention.yaml", "targets/2025/jiangning-social-insurance.yaml"])
def test_our_own_form_of_an_evaluation_audits_back_to_the_same_total(targets, lang, tmp_path, capsys, monkeypatch):
    """evaluate --format xlsx writes the 自评表 (in Chinese or English); audit reads it as any unit's form, and
    rescoring agrees row by row."""
    monkeypatch.chdir(ROOT)
    form = tmp_path / "form.xlsx"
    assert main(["--lang", lang, "evaluate", targets, "--format", "xlsx", "--out", str(form), "--engine", "python"]) == 0
    assert main(["--lang", "en", "evaluate", targets, "--format", "json", "--out", str(tmp_path / "card.json"),
                 "--engine", "python"]) == 0
    card = json.loads((tmp_path / "card.json").read_text(encoding="utf-8"))
    capsys.readouterr()
    status, out, err = _run(capsys, str(form), "--format", "json")
    assert out, (status, err)
    audit = json.loads(out)
    assert audit["claimed_total"] == audit["total"] == card["total"] and audit["at_stake"] == 0
    engine_flags = {f["code"] for i in card["indicators"] + ([card["budget_row"]] if card.get("budget_row") else [])
                    for f in i["flags"]}
    assert set(audit["counts"]) <= engine_flags | {"no_actual"}  # only what the scorecard itself flags


def test_a_folder_summary_in_markdown(tmp_path, capsys):
    folder = tmp_path / "forms"
    folder.mkdir()
    write_text(case("rounded_down")[0], folder / "a.txt")
    (folder / "b.txt").write_text("no form here\n", encoding="utf-8")
    status, _, _ = _run(capsys, str(folder), "--format", "markdown", "--out", str(tmp_path / "summary.md"))
    text = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert status == 2 and text.startswith("# Review of the self-evaluations\n")
    assert "| 1 | 示例职业技能培训项目<br>`" in text and "| rounded down | `rounded_down` | 1 |" in text
    assert "## Forms that could not be reviewed" in text and "no indicator header row found" in text


def test_the_readme_yaml_form_reads(tmp_path):
    from scoring.review.read import read_form

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```yaml\n", readme.index("Our own YAML form")) + len("```yaml\n")
    path = tmp_path / "form.yaml"
    path.write_text(readme[start:readme.index("```", start)], encoding="utf-8")
    form = read_form(path)
    assert [r.points for r in form.indicators] == [20, 19] and form.budget.rate == "100%" and form.grade == "优"


@requires_durable
@pytest.mark.parametrize("code", ["budget_rate_mismatch", "qualitative_out_of_band", "cannot_score", "assessor_scored"])
def test_both_engines_give_the_same_review_byte_for_byte(code, tmp_path, capsys):
    form = str(write_text(case(code)[0], tmp_path / "f.txt"))
    outs = []
    for engine in ("python", "durable"):
        main(["--lang", "en", "audit", form, "--rules", str(ROOT / "rules"), "--engine", engine, "--format", "json"])
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1] and json.loads(outs[0])["counts"]


def test_a_progress_bar_for_a_folder_only(tmp_path, capsys, monkeypatch):
    import scoring.cli

    shown = []

    class Recorded(scoring.cli._progress):
        def __enter__(self):
            shown.append(self.label.en)
            return super().__enter__()

    monkeypatch.setattr(scoring.cli, "_progress", Recorded)
    (tmp_path / "forms").mkdir()
    form = write_text(consistent(), tmp_path / "forms" / "ok.txt")
    _run(capsys, str(form))
    assert shown == []
    _run(capsys, str(tmp_path / "forms"))
    assert shown == ["reviewing"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_half_year_monitoring_form_is_named_as_such_not_a_header_missing_a_column(tmp_path, capsys, lang):
    form = tmp_path / "h1.xlsx"
    assert main(["--lang", lang, "evaluate", str(ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"),
                 "--rules", str(ROOT / "rules"), "--period", "h1", "--format", "xlsx", "--out", str(form),
                 "--engine", "python"]) == 0
    capsys.readouterr()
    status = main(["--lang", lang, "audit", str(form), "--rules", str(ROOT / "rules"), "--engine", "python"])
    out = capsys.readouterr()
    [line] = out.err.splitlines()
    assert status == 2 and out.out == ""
    assert line.startswith(f"{form}:") and re.search(r"![A-Z]+\d+: ", line)  # at the 半年指标值 header cell
    assert ("半年绩效运行监控表" if lang == "zh" else "half-year monitoring form") in line
    assert "年度指标值" not in line


@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("width", [80, 110])
def test_a_folder_at_a_narrow_terminal_breaks_a_long_path_only_after_a_slash(tmp_path, monkeypatch, color, width):
    from rich.cells import cell_len

    from scoring.review.render_terminal import render_folder
    from scoring.review.run import audit_path

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "forms" / "2025" / "social-insurance-bureau"
    folder.mkdir(parents=True)
    write_text(case("missed_full")[0], folder / "vocational-training.txt")
    audit = audit_path("forms", ROOT / "rules", "python")
    plain = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in render_folder(audit, "zh", color, width).splitlines()]
    assert max(map(cell_len, plain)) <= width
    pieces = [m.group() for line in plain for m in [re.search(r"[\w.-]*/[\w./-]*|vocational[\w.-]*", line)] if m]
    assert "".join(pieces) == "2025/social-insurance-bureau/vocational-training.txt"  # relative to the folder reviewed
    assert all(p.endswith("/") for p in pieces[:-1]) and (len(pieces) > 1) == (width == 80)


def test_an_unreadable_form_in_a_folder_shows_its_path_broken_after_a_slash_and_each_message_without_it(
        tmp_path, monkeypatch):
    from scoring.review.render_terminal import render_folder
    from scoring.review.run import audit_path

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "forms" / "2025-annual" / "social-insurance"
    folder.mkdir(parents=True)
    (folder / "training.txt").write_text("nothing to see\n", encoding="utf-8")
    audit = audit_path("forms", ROOT / "rules", "python")
    lines = render_folder(audit, "en", False, 80).splitlines()
    table = lines[next(i for i, line in enumerate(lines) if "Error" in line) + 2:]
    forms = [line.split("|")[1].strip() for line in table if line.startswith("|")]
    assert "".join(forms) == "2025-annual/social-insurance/training.txt"  # relative to the folder reviewed
    assert all(f.endswith("/") for f in forms[:-1]) and len(forms) > 1
    assert "| 1:1: error: no indicator header row found" in "\n".join(table)  # the path said once, in its column


@pytest.mark.parametrize("width", range(60, 101, 4))
def test_an_unreadable_forms_error_never_opens_a_line_with_a_comma(tmp_path, monkeypatch, width):
    """The header's columns listed 一级指标、二级指标、…: rich folded the list at the last cell that fit, leaving
    、偏差原因 to open a line; each error is broken as every other text is."""
    from scoring.review.render_terminal import render_folder
    from scoring.review.run import audit_path

    monkeypatch.chdir(tmp_path)
    (tmp_path / "forms").mkdir()
    header = "\t".join(["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "实际完成值", "偏差原因"])
    (tmp_path / "forms" / "template.txt").write_text(header + "\n", encoding="utf-8")
    audit = audit_path("forms", ROOT / "rules", "python")
    assert "实际完成值、偏差原因" in audit.unreadable[0].error.zh
    errors = [line.split("|")[2].strip() for line in render_folder(audit, "zh", False, width).splitlines()
              if line.startswith("|") and line.count("|") >= 3]
    assert errors and not any(e[:1] in "、，。；：）" for e in errors if e)
