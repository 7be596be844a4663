"""`scoring audit` in a terminal: it reads at 80 columns, rows that agree are counted unless --all."""
from __future__ import annotations

import pytest
from rich.cells import cell_len

from helpers import RULES
from review_forms import _edit, case, write_xlsx
from scoring.review import render_terminal
from scoring.review.audit import audit_form
from scoring.review.codes import label
from scoring.review.read import read_form
from scoring.rulebook.load import load_rules


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    form = _edit(case("missed_full")[0], "培训合格率", points="19")  # two flagged rows, in a workbook (long cell refs)
    path = write_xlsx(form, tmp_path_factory.mktemp("f") / "form.xlsx")
    return audit_form(read_form(path), load_rules(RULES), "python")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_at_80_columns_every_line_fits_and_each_formula_is_whole(audit, lang):
    lines = render_terminal.render(audit, lang, width=80).splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    flagged = [r for r in audit.rows if r.findings]
    assert len(flagged) == 2
    for r in flagged:
        assert any(r.formula.get(lang) in line for line in lines), r.formula.get(lang)
        assert any(label(f.code, lang) in line for f in r.findings for line in lines)


@pytest.mark.parametrize("width", [80, render_terminal.WIDTH])
def test_rows_that_agree_are_counted_unless_all_rows_are_asked(audit, width):
    agreeing = [r.cell.ref for r in audit.rows if not r.findings]  # the cell column is never wrapped
    assert len(agreeing) == 5
    text = render_terminal.render(audit, "en", width=width)
    assert "5 rows agree with their rescoring, not listed (--all lists every row)" in text
    assert not any(f"{ref} " in text for ref in agreeing)
    text = render_terminal.render(audit, "en", width=width, all_rows=True)
    assert "rows agree" not in text and all(f"{ref} " in text for ref in agreeing)


def test_audit_all_lists_every_row(tmp_path, capsys):
    from scoring.cli import main
    from helpers import ROOT

    path = write_xlsx(case("met_docked")[0], tmp_path / "f.xlsx")
    args = ["--lang", "en", "audit", str(path), "--rules", str(ROOT / "rules"), "--engine", "python"]
    assert main(args) == 1
    assert "学员满意度" not in capsys.readouterr().out
    assert main(args + ["--all"]) == 1
    assert "学员满意度" in capsys.readouterr().out


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    """A met row docked to 9.00 of 10 and a row rounded down to 19.00 of 20: figures of two widths."""
    form = _edit(case("met_docked")[0], "培训合格率", points="19", reason="")
    path = write_xlsx(form, tmp_path_factory.mktemp("f") / "form.xlsx")
    return audit_form(read_form(path), load_rules(RULES), "python")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [80, render_terminal.WIDTH])
def test_each_finding_names_its_own_cell_beside_the_rows(two, lang, width):
    """The cell column is the row's name (D14); the finding is about the 得分 (I14) or the 偏差原因 (J14)."""
    from scoring.review import render_markdown

    text = render_terminal.render(two, lang, width=width)
    assert "项目支出绩效自评表!D14" in text and "项目支出绩效自评表!D15" in text
    assert f"I14 {label('rounded_down', lang)}" in text.replace("【", "").replace("】", ": " if lang == "en" else "")
    for ref, code in (("I14", "rounded_down"), ("J14", "no_reason"), ("I15", "met_docked")):
        said = "【" + label(code, lang) + "】" if lang == "zh" else label(code, lang) + ":"
        assert f"{ref} {said}" in text and f"{ref} {said}" in render_markdown.render(two, lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_stacked_rows_figures_line_up(two, lang):
    lines = [line for line in render_terminal.render(two, lang, width=80).splitlines()
             if line.lstrip().startswith(render_terminal.titles(lang)["weight"] + " ")]
    assert len(lines) == 2
    for key in ("claimed", "points", "difference"):
        title = render_terminal.titles(lang)[key] + " "
        assert len({line.index(title) for line in lines}) == 1, (key, lines)
    assert len({len(line) for line in lines}) == 1  # each figure right-aligned under the other


def test_narrower_the_figures_break_between_two_never_between_a_title_and_its_figure(two):
    lines = render_terminal.render(two, "en", width=60).splitlines()
    assert "  Difference -1.00" in lines and "  Difference -0.58" in lines
    assert "  Points 20.00  Claimed 19.00  Rescored 19.58" in lines and "  Points 10.00  Claimed  9.00  Rescored 10.00" in lines


@pytest.mark.parametrize("width", range(60, 81, 2))
def test_a_label_is_never_broken_across_lines(tmp_path, width):
    path = write_xlsx(case("target_one_percent")[0], tmp_path / "form.xlsx")
    audit = audit_form(read_form(path), load_rules(RULES), "python")
    text = render_terminal.render(audit, "zh", width=width)
    assert "【指标值 1 无单位】" in text
    assert all(line.count("【") == line.count("】") for line in text.splitlines())
