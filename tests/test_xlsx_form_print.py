"""The 自评表 as printed: rows tall enough for their text, pages filled a block at a time, boxes closed on every page.

No spreadsheet runs here: what LibreOffice prints was measured once on its PDF (the numbers are in the tests)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook
from xlsx_read import load_workbook

from helpers import ROOT, RULES
from scoring.cli import main
from scoring.run import score_files
from scoring.xlsx.fit import UNIT_POINTS, height, lines
from scoring.xlsx.pages import _page_height, breaks

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
BUNDLED = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
# the clerk's long deviation on 预算调整率: a reason of 76 characters and a measure
LONG_REASON = ("年中追加城乡居民医保区级补助资金，因参保人数增加和待遇标准调整，区财政于9月追加预算，"
               "导致预算调整率超过0%目标值，已在下年度预算编制中充分考虑相关因素。")
LONG_MEASURE = "加强预算编制的前瞻性，提前与人社、医保部门对接参保人数和待遇标准变化，减少年中调整。"
FORMS = [("annual", "zh"), ("annual", "en"), ("h1", "zh"), ("h1", "en"), ("long", "zh"), ("long", "en")]

_SHEETS: dict = {}


def _long_actuals(folder):
    text = BUNDLED.read_text(encoding="utf-8")
    old = "    reason: 年中追加城乡居民医保区级补助资金\n"
    assert old in text
    path = folder / "long.yaml"
    path.write_text(text.replace(old, f"    reason: {LONG_REASON}\n    measure: {LONG_MEASURE}\n"), encoding="utf-8")
    return path


def _sheet(tmp_path, form, lang):
    """The form's first sheet, written once a session (`long`: the annual form with the long deviation)."""
    if (form, lang) not in _SHEETS:
        out = tmp_path / f"{form}-{lang}.xlsx"
        extra = ["--actuals", str(_long_actuals(tmp_path))] if form == "long" else []
        period = "annual" if form == "long" else form
        assert main(["evaluate", str(EXAMPLE), *extra, "--rules", str(RULES), "--period", period, "--format", "xlsx",
                     "--out", str(out), "--engine", "python", "--lang", lang]) == 0
        card = score_files(EXAMPLE, _long_actuals(tmp_path) if form == "long" else None, RULES, period, "python")
        _SHEETS[form, lang] = (load_workbook(out).worksheets[0], card)
    return _SHEETS[form, lang]


def _head(ws):
    return next(c.row for row in ws.iter_rows(max_col=4) for c in row if c.value in ("三级指标", "Level-3 indicator"))


def _height(ws, r):
    return ws.row_dimensions[r].height or 15.0


def _box(ws, cell):
    """The columns and rows a cell's text has: its merged range, or itself."""
    for m in ws.merged_cells.ranges:
        if m.min_row == cell.row and m.min_col == cell.column:
            return range(m.min_col, m.max_col + 1), range(m.min_row, m.max_row + 1)
    return range(cell.column, cell.column + 1), range(cell.row, cell.row + 1)


def test_the_estimate_holds_what_libreoffice_prints():
    """Measured on LibreOffice's PDF of the forms (no SimSun installed: its Chinese in Noto Sans CJK): the
    三公经费 deviation takes 6 lines in column K of the h1 form (19 wide, 11 characters a line), the long
    deviation 8 in J:K of the annual one (30 wide); a line is 15.9 pt."""
    sangong = "原因：上半年集中开展参保扩面宣传，公务用车使用增加\n措施：下半年压减公务用车支出，全年控制在上年水平以内"
    assert lines(sangong, 19) >= 6 and height(lines(sangong, 19)) >= 6 * 15.9 + 2
    long = f"原因：{LONG_REASON}\n措施：{LONG_MEASURE}"
    assert lines(long, 30) >= 8 and height(lines(long, 30)) >= 8 * 15.9 + 2
    # Excel with 宋体: 19 units of 8 pixels hold 10 characters of 14.7 pixels; the estimate never counts fewer
    assert lines("偏差原因分析及改进措施", 19) == 2 and lines("偏差原因分析及改进措施", 23) == 1
    assert lines("Deviation: reason and corrective measure", 30) == 2  # words wrap whole
    assert lines("abcdefghijklmnop", 5) == 4  # a word longer than the line is cut
    assert height(1) == 15 and height(100) == 409  # one line: the default row; never over Excel's limit


@pytest.mark.parametrize("form, lang", FORMS)
def test_every_row_is_tall_enough_for_the_lines_of_every_cell(form, lang, tmp_path):
    """Reason, name, target, actual, labels: each cell's lines at its width, the rows it spans high enough."""
    ws, _ = _sheet(tmp_path, form, lang)
    short = []
    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or not cell.value:
                continue
            cols, rows = _box(ws, cell)
            width = sum(ws.column_dimensions[chr(64 + c)].width for c in cols)
            need = height(lines(cell.value, width))
            if sum(_height(ws, r) for r in rows) < need:
                short.append((cell.coordinate, cell.value[:20], need))
    assert not short
    if form == "long":  # the long deviation: 8 lines at LibreOffice's 15.9 pt at least
        r = next(c.row for row in ws.iter_rows(min_col=4, max_col=4) for c in row if c.value == "预算调整率")
        assert ws.row_dimensions[r].height >= 8 * 15.9 + 2


def _blocks(ws, card):
    """The rows of each 一级 block of the indicator table, from the scorecard."""
    head = _head(ws)
    out: list[list[int]] = []
    for k, i in enumerate(card.indicators):
        if not out or i.level1 != card.indicators[k - 1].level1:
            out.append([])
        out[-1].append(head + 1 + k)
    return out


@pytest.mark.parametrize("form, lang", FORMS)
def test_pages_take_whole_blocks_while_they_fit_and_the_total_is_never_alone(form, lang, tmp_path):
    ws, card = _sheet(tmp_path, form, lang)
    head, page = _head(ws), _page_height(ws, UNIT_POINTS[lang])
    starts = [b.id + 1 for b in ws.row_breaks.brk]
    blocks = _blocks(ws, card)
    end = blocks[-1][-1]
    edges = [1] + starts + [ws.max_row + 1]
    held = [sum(_height(ws, r) for r in range(a, b)) + (_height(ws, head) if a > head else 0)
            for a, b in zip(edges, edges[1:])]
    assert all(h <= page for h in held)  # no page overflows: the spreadsheet adds no break of its own
    assert starts[-1] <= end  # the last page holds indicator rows with 总分
    for rows in blocks:
        tall = sum(_height(ws, r) for r in rows)
        if tall + _height(ws, head) <= page:
            assert not [b for b in starts if rows[0] < b <= rows[-1]], rows  # a block that fits is not cut
    for k, b in enumerate(starts):
        block = next(rows for rows in blocks if rows[0] == b)  # each page starts at a block
        tall = sum(_height(ws, r) for r in block) + (sum(_height(ws, r) for r in range(end + 1, ws.max_row + 1))
                                                      if block[-1] == end else 0)
        assert held[k] + tall > page, (b, held[k], tall, page)  # it did not fit on the page before


@pytest.mark.parametrize("form, lang, pages", [("annual", "en", 2), ("h1", "zh", 2), ("annual", "zh", 2)])
def test_the_example_forms_take_two_pages(form, lang, pages, tmp_path):
    """The English form printed 总分 and 自评等级 alone on a third page; the Chinese h1 form 效益, 满意度 and its
    total on a third, with room on page 1 for 过程."""
    ws, _ = _sheet(tmp_path, form, lang)
    assert len(ws.row_breaks.brk) + 1 == pages


def _sheet_of(heights, level1, level2=None):
    """A bare sheet: row 1 the header, then rows of `heights`, merged down column B by `level1` (rows a
    block) and column C by `level2`; narrow enough to print at full size."""
    wb = Workbook()
    ws = wb.active
    for c in "ABC":
        ws.column_dimensions[c].width = 10
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.row_dimensions[1].height = 20
    for r, h in enumerate(heights, 2):
        ws.row_dimensions[r].height = h
    for spans, col in ((level1, 2), (level2 or [], 3)):
        r = 2
        for n in spans:
            if n > 1:
                ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
            r += n
    ws.cell(len(heights) + 1, 1, "end")
    return ws


def test_breaks_fill_pages_with_whole_blocks():
    unit = UNIT_POINTS["zh"]
    ws = _sheet_of([30] * 30, [10, 10, 10])  # pages hold 719 pt: the header and two blocks of 300
    assert _page_height(ws, unit) == pytest.approx(734 * 0.98)
    assert breaks(ws, 1, 31, unit) == [22]
    # two blocks of 340 fill page 1; the total rows under them go with the last block, not alone
    ws = _sheet_of([34] * 20 + [15, 15], [10, 10])
    assert breaks(ws, 1, 21, unit) == [12]
    # a block taller than a page fills it 二级 by 二级 (groups of 200 pt), and a row taller than what is left
    # of a page in a 二级 taller than a page starts the next
    ws = _sheet_of([20] * 50, [50], [10] * 5)
    assert breaks(ws, 1, 51, unit) == [32]
    ws = _sheet_of([50] * 30, [30], [30])
    assert breaks(ws, 1, 31, unit) == [15, 28]


@pytest.mark.parametrize("form, lang", FORMS)
def test_every_cell_of_a_box_down_rows_has_its_sides(form, lang, tmp_path):
    """绩效指标 down column A had its left border only on its first page: openpyxl styles the cells it is told to,
    and a merged cell split at a page break lost the styles of all but its first cell."""
    ws, card = _sheet(tmp_path, form, lang)
    open_sides = [(ws.cell(r, c).coordinate, str(m)) for m in ws.merged_cells.ranges if m.max_row > m.min_row
                  for r in range(m.min_row, m.max_row + 1) for c in range(m.min_col, m.max_col + 1)
                  if (c == m.min_col and ws.cell(r, c).border.left.style != "thin")
                  or (c == m.max_col and ws.cell(r, c).border.right.style != "thin")]
    assert not open_sides
    head = _head(ws)
    assert all(ws.cell(r, 1).border.left.style == "thin" for r in range(head, head + len(card.indicators) + 1))
