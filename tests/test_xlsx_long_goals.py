"""A 年度目标 taller than a spreadsheet row can be (409 pt): the 自评表 goes on in the rows below, so that
nothing is cut off in print, and the form still reads back as the same goals."""
from __future__ import annotations

from xlsx_read import load_workbook

from helpers import ROOT, RULES, run_cli
from scoring.xlsx.fit import MAX_HEIGHT, lines, max_lines, parts_that_fit

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
BUNDLED = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
GOAL = ("居民养老待遇区级财政承担37639万元，居民医疗区级财政承担20221.51万元，企业退休人员生活补助及社会化服务费3415.55万元，"
        "离休二乙残经费补助3200万元，机关养老缺口财政配比资金8050万元，机关补充医疗经费10040万元，档案数字化管理经费50万元。")


def test_a_text_is_cut_into_parts_that_each_fit_a_row_and_together_are_the_text():
    text = "\n".join([GOAL] * 6) + GOAL * 4  # paragraphs, then one paragraph of four sentences
    parts = parts_that_fit(text, 60)
    assert len(parts) > 1
    assert all(lines(p, 60) <= max_lines() for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")
    assert all(p.endswith(chr(0x3002)) for p in parts[:-1])  # each cut after a sentence's full stop
    assert parts_that_fit(GOAL, 60) == [GOAL]  # a text that fits stays whole


def test_a_word_longer_than_a_row_is_cut_where_the_row_is_full():
    text = "x" * 5000
    parts = parts_that_fit(text, 60)
    assert "".join(parts) == text and all(lines(p, 60) <= max_lines() for p in parts)


def _form(tmp_path, lang):
    targets = tmp_path / "long-goals.yaml"
    written = EXAMPLE.read_text(encoding="utf-8")
    assert f"  annual: {GOAL}\n" in written
    targets.write_text(written.replace(f"  annual: {GOAL}\n", "  annual: |-\n" + "".join(f"    {GOAL}\n" for _ in range(12))),
                       encoding="utf-8")
    actuals = tmp_path / "actuals.yaml"
    actuals.write_text(BUNDLED.read_text(encoding="utf-8") + f"goals_achieved: {GOAL * 3}\n", encoding="utf-8")
    out = tmp_path / "form.xlsx"
    assert run_cli(["evaluate", str(targets), "--actuals", str(actuals), "--rules", str(RULES), "--format", "xlsx",
                    "--out", str(out), "--engine", "python", "--lang", lang]).returncode == 0
    return load_workbook(out).worksheets[0]


def test_the_form_goes_on_in_the_rows_below_with_the_label_down_them_all(tmp_path):
    ws = _form(tmp_path, "zh")
    head = next(c.row for row in ws.iter_rows(max_col=1) for c in row if c.value == "年度总体目标")
    label = next(m for m in ws.merged_cells.ranges if m.min_row == head and m.min_col == 1)
    rows = range(head + 1, label.max_row + 1)
    assert len(rows) > 1
    expected = [ws.cell(r, 2).value for r in rows]
    assert "".join(expected).replace("\n", "") == GOAL * 12
    assert ws.cell(rows[0], 7).value == GOAL * 3 and all(ws.cell(r, 7).value is None for r in rows[1:])
    assert all(ws.row_dimensions[r].height <= MAX_HEIGHT for r in rows)
    for r in rows:  # each part in its own merged cell, B:F and G:K
        assert any(m.min_row == m.max_row == r and (m.min_col, m.max_col) == (2, 6) for m in ws.merged_cells.ranges)
        assert any(m.min_row == m.max_row == r and (m.min_col, m.max_col) == (7, 11) for m in ws.merged_cells.ranges)
