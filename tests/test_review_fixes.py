"""Review fixes found by reading `scoring audit` as a reviewer does: each test failed before its fix."""
from __future__ import annotations

import json

import pytest

from helpers import ROOT, run_cli
from review_forms import case, write_text
from xlsx_read import load_workbook


def _audit(*args):
    return run_cli(["--lang", "en", "audit", *args, "--engine", "python"])


def _multiline(path):
    """A text export as Excel writes it when cells hold line breaks: those cells quoted, spanning lines."""
    text = path.read_text(encoding="utf-8")
    for old, new in (("\t产出指标(50分)\t", '\t"产出指标\n(50分)"\t'), ("部分学员补考后合格", '"部分学员\n补考后合格"')):
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_marked_copy_of_a_text_form_with_line_breaks_in_cells_marks_the_cell_each_finding_names(tmp_path):
    form = _multiline(write_text(case("met_docked")[0], tmp_path / "f.txt"))
    status, out, _ = _audit(str(form), "--rules", str(ROOT / "rules"), "--format", "json")
    assert status == 1
    (cell,) = [f["cell"] for row in json.loads(out)["rows"] for f in row["findings"] if f["code"] == "met_docked"]
    line, column = map(int, cell.split(":"))
    _audit(str(form), "--rules", str(ROOT / "rules"), "--format", "xlsx", "--out", str(tmp_path / "m.xlsx"))
    ws = load_workbook(tmp_path / "m.xlsx").worksheets[0]
    (marked,) = [c for row in ws.iter_rows() for c in row if c.comment]
    assert (marked.row, marked.column) == (line, column)
    assert marked.value == 9 and ws.cell(row=line, column=4).value == "按时完成率"
    assert ws["B13"].value == "产出指标\n(50分)" and ws["D14"].value == "培训人数"


def test_english_says_one_finding_and_two_findings_chinese_has_no_plural():
    from scoring.catalogue import say

    assert say("review.summary_stake", "en", at_stake="1.00", count=1) == "points at stake 1.00; 1 finding"
    assert say("review.summary_stake", "en", at_stake="3.00", count=2) == "points at stake 3.00; 2 findings"
    assert say("review.summary_stake", "en", at_stake="0.00", count=0) == "points at stake 0.00; 0 findings"
    assert say("review.summary_stake", "zh", at_stake="1.00", count=1) == "涉及分值 1.00；发现 1 处"
    assert say("review.rows_agree", "en", count=1).startswith("1 row agrees with its rescoring")
    assert say("review.rows_agree", "en", count=5).startswith("5 rows agree with their rescoring")
    assert say("lint.more_rules", "en", count=1) == "1 more rule"


def test_a_form_with_one_finding_says_1_finding(tmp_path):
    form = write_text(case("met_docked")[0], tmp_path / "f.txt")
    status, out, _ = _audit(str(form), "--rules", str(ROOT / "rules"))
    assert status == 1 and "; 1 finding" in out and "1 findings" not in out
    status, out, _ = _audit(str(tmp_path), "--rules", str(ROOT / "rules"), "--format", "markdown")
    assert "1 form reviewed" in out and "1 forms" not in out


def test_words_by_a_count_are_english_only_and_give_both_forms():
    import string

    from scoring.catalogue import MESSAGES

    specs = {code: [(lang, spec) for lang, t in zip(("zh", "en"), pair)
                    for _, _, spec, _ in string.Formatter().parse(t) if spec] for code, pair in MESSAGES.items()}
    assert not [c for c, s in specs.items() if any(lang == "zh" for lang, _ in s)], "Chinese has no plural"
    assert all(spec.count("|") == 1 and all(spec.split("|")) for s in specs.values() for _, spec in s)
    assert any(specs.values())


def test_forms_and_options_mix_as_users_type_them(tmp_path):
    a = write_text(case("met_docked")[0], tmp_path / "a.txt")
    b = write_text(case("missed_full")[0], tmp_path / "b.txt")
    rules = str(ROOT / "rules")
    before = _audit(str(a), str(b), "--rules", rules, "--format", "json")
    assert before.returncode == 1
    for args in ([str(a), "--rules", rules, str(b), "--format", "json"],
                 ["--format", "json", str(a), "--rules", rules, str(b)],
                 [str(a), "--format=json", str(b), "--rules", rules]):
        assert _audit(*args) == before, args


def test_a_table_after_the_options_of_explain_and_diff_is_the_table():
    targets = str(ROOT / "targets" / "2025" / "forest-fire-prevention.yaml")
    rules = str(ROOT / "rules")
    first = run_cli(["--lang", "en", "diff", rules, rules, targets, "--format", "json"])
    assert first.returncode == 0
    assert run_cli(["--lang", "en", "diff", rules, "--format", "json", rules, targets]) == first
    assert run_cli(["--lang", "en", "diff", rules, rules, "--format", "json", targets]) == first
    first = run_cli(["--lang", "en", "explain", "O01", targets, "--rules", rules])
    assert first.returncode == 0 and "O01" in first.stdout
    assert run_cli(["--lang", "en", "explain", "O01", "--rules", rules, targets]) == first


def test_help_and_usage_mistakes_are_as_before_with_positionals_in_the_usage(capsys):
    import pytest

    from scoring.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "zh", "audit", "-h"])
    out = capsys.readouterr().out
    assert "path [path ...]" in out and "--targets TABLE" in out
    status = main(["--lang", "zh", "audit", "--format", "csv", "x.txt"])
    err = capsys.readouterr().err
    assert status == 2 and "path [path ...]" in err and err.count("\n") == len(err.splitlines())
    status = main(["--lang", "en", "audit", "--rules", "rules"])
    err = capsys.readouterr().err
    assert status == 2 and "the following arguments are required: path" in err


def _claimed_as_read(tmp_path, points: str, suffixes=("txt", "yaml", "xlsx")) -> dict[str, tuple]:
    """How each format reads the points `points` claimed for 培训人数: (claimed, finding codes) or the error."""
    import dataclasses

    from review_forms import WRITERS, _edit, consistent

    form = dataclasses.replace(_edit(consistent(), "培训人数", points=points), total="99")
    read = {}
    for suffix in suffixes:
        path = WRITERS[suffix](form, tmp_path / f"f.{suffix}")
        r = _audit(str(path), "--rules", str(ROOT / "rules"), "--format", "json")
        if r.returncode == 2:
            read[suffix] = ("error", r.stderr.split(": error: ")[-1].strip())
            continue
        row = next(x for x in json.loads(r.stdout)["rows"] if x["name"] == "培训人数")
        read[suffix] = (row["claimed"], sorted(f["code"] for f in row["findings"]))
    return read


@pytest.mark.parametrize("points, claimed, codes", [
    ("20分", 20.0, []), ("20 分", 20.0, []), ("２０分", 20.0, []), ("20", 20.0, []), ("1e1", 10.0, ["met_docked"]), ("19分", 19.0, ["met_docked"]),
    ("20元", None, ["claimed_unreadable"]),  # a claim in 元: not points
    ("1,5", None, ["claimed_unreadable"]),  # 1.5 or 15
    ("20分/25分", None, ["claimed_unreadable"]), ("满分", None, ["claimed_unreadable"]), ("20分分", None, ["claimed_unreadable"]),
    ("/", None, ["claimed_blank"]), ("无", None, ["claimed_blank"]),
])
def test_a_claimed_number_reads_alike_in_a_text_export_a_workbook_and_yaml(tmp_path, points, claimed, codes):
    read = _claimed_as_read(tmp_path, points)
    assert read == {suffix: (claimed, codes) for suffix in ("txt", "yaml", "xlsx")}


def test_negative_claimed_points_are_an_error_in_every_format(tmp_path):
    read = _claimed_as_read(tmp_path, "-5分")
    assert {v[0] for v in read.values()} == {"error"} and all("negative" in v[1] for v in read.values()), read


@pytest.mark.parametrize("written", ["1_0", "NaN", "Infinity", "0x14", "20.0.0", "分", "20分 分"])
def test_text_python_would_take_for_a_number_is_not_a_claimed_number(tmp_path, written):
    """A workbook or YAML may hold these as numbers of their own; written as text they are not points."""
    from scoring.review.claimed import Unreadable, claimed_number

    with pytest.raises(Unreadable):
        claimed_number(written)
    assert _claimed_as_read(tmp_path, written, ("txt",)) == {"txt": (None, ["claimed_unreadable"])}


def test_claimed_points_beyond_the_input_limits_are_a_located_error_in_yaml_as_in_a_text_export(tmp_path):
    read = _claimed_as_read(tmp_path, "1e400分", ("txt", "yaml"))
    assert read == {suffix: ("error", read["txt"][1]) for suffix in ("txt", "yaml")} and "1e400" in read["txt"][1]


@pytest.mark.parametrize("suffix, cell", [("txt", "2:1"), ("yaml", "3:7"), ("xlsx", "项目支出绩效自评表!A2"),
                                          ("xls", "项目支出绩效自评表!A2")])
def test_a_year_changed_is_found_at_the_cell_of_the_forms_year(tmp_path, suffix, cell):
    from review_forms import WRITERS, approved_table

    form = WRITERS[suffix](case("year_changed")[0], tmp_path / f"f.{suffix}")
    (tmp_path / "table.yaml").write_text(approved_table(), encoding="utf-8")
    status, out, _ = _audit(str(form), "--targets", str(tmp_path / "table.yaml"), "--rules", str(ROOT / "rules"),
                            "--format", "json")
    assert status == 1
    (found,) = [f for f in json.loads(out)["findings"] if f["code"] == "year_changed"]
    assert found["cell"] == cell


def test_a_year_changed_is_marked_on_the_copy_at_the_year(tmp_path):
    from review_forms import approved_table

    form = write_text(case("year_changed")[0], tmp_path / "f.txt")
    (tmp_path / "table.yaml").write_text(approved_table(), encoding="utf-8")
    _audit(str(form), "--targets", str(tmp_path / "table.yaml"), "--rules", str(ROOT / "rules"), "--format", "xlsx",
           "--out", str(tmp_path / "m.xlsx"))
    ws = load_workbook(tmp_path / "m.xlsx").worksheets[0]
    assert ws["A2"].value == "（2024年度）" and ws["A2"].comment is not None
