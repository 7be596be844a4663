"""A 项目支出 indicator row whose cells do not sit under the header's columns, read by what its cells hold.

An export that loses a merged cell shifts the rest of its row a column left or right (a 二级 label under 三级指标,
the name under 年度指标值, the 分值 under 备注). The project importer reads a row by its columns; `misfit` says
where a row's cells contradict them (a level label or a target-looking text where the name should be, a number
where the target should be, a text under 分值, a number or target past the 分值 column, cells but no name);
`by_content` then reads such a row as the 部门整体 importer reads every row (indicator_rows): in order, the
leading level labels, the name, the target, and a bare number last as the 分值. Where the cells allow two
readings (a lone number: target or 分值? a word before the name: 二级 or name?) it raises TwoReadings, and the
row is an error at that cell; never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..catalogue import Text, text
from .form_words import FORM_ONLY_HEADERS, LABEL_POINTS, LEVEL_SUFFIX
from .indicator_rows import SHORT_WORD, level1_name
from .layout import Cell
from .target_cells import is_numeric_target
from .values import BARE_NUMBER, NUMBER

_POINTS_WITH_UNIT = re.compile(rf"^{NUMBER}{chr(0x5206)}$")  # 10分 under 分值: a 分值, if one this importer does not read


@dataclass(frozen=True)
class Reading:
    """Which cell of a row gives which part; None where the row has none."""

    level1: Cell | None = None
    level2: Cell | None = None
    name: Cell | None = None
    target: Cell | None = None
    weight: Cell | None = None


def by_columns(cells: list[Cell], cols: dict[str, int]) -> Reading:
    """The row as its columns give it: each part the cell under its header (the name: the first cell from the
    三级指标 column up to the target's)."""
    at = {c.col: c for c in cells}
    name_col, target_col = cols.get("name", 0), cols.get("target", 99)
    return Reading(at.get(cols.get("level1")), at.get(cols.get("level2")),
                   next((c for c in cells if name_col <= c.col < target_col), None),
                   at.get(target_col), at.get(cols.get("weight")))


def misfit(cells: list[Cell], cols: dict[str, int], header: dict[int, str], read: Reading) -> Text | None:
    """What a row's cells hold that its columns (`header`: the header row's texts by column) do not allow (the
    first such cell), or None where they fit. A form's 实际完成值 and 得分 columns hold numbers as they should."""
    last = cols.get("weight", cols.get("target", 99))
    name, weight = read.name, read.weight
    if name is not None and (points_like(name) or target_like(name)):
        return text("shift.target_as_name", text=name.text)
    if name is not None and level_like(name) and any(c.col > name.col for c in cells):
        return text("shift.level_as_name", text=name.text)
    if name is None and any(c.col >= cols.get("target", 99) and not (c is weight and points_like(c)) for c in cells):
        # (a level cell with a bare 分值 beside it is that level's subtotal, as some tables print it)
        return text("shift.no_name")
    if (weight is not None and not points_like(weight) and not _POINTS_WITH_UNIT.match(weight.text)
            and (read.target is None or cells[-1] is not weight)):
        return text("shift.text_as_points", text=weight.text)
    if "weight" in cols and weight is None and read.target is not None and points_like(read.target):
        return text("shift.number_as_target", text=read.target.text)
    beyond = next((c for c in cells if c.col > max(header, default=99) or (
        c.col > last and header.get(c.col) not in FORM_ONLY_HEADERS and (points_like(c) or target_like(c)))), None)
    if beyond is not None:
        return text("shift.beyond", text=beyond.text)
    return None


def by_content(cells: list[Cell], cols: dict[str, int], header: dict[int, str]) -> Reading:
    """The one reading of a row by what its cells hold, in order; TwoReadings where there are two, or no name,
    or where the table is a form (its 实际完成值 and 得分 read like targets and 分值: no order tells them apart)."""
    if form := next((h for h in header.values() if h in FORM_ONLY_HEADERS), None):
        raise TwoReadings(text("shift.form", text=form), cells[0])
    rest = [c for c in cells if c.text != header.get(c.col)]  # (绩效指标 under 绩效指标: a merged label's text)
    weight = rest.pop() if rest and points_like(rest[-1]) else None
    target = rest.pop() if rest and target_like(rest[-1]) else None
    if target is None and len(rest) >= 2 and not level_like(rest[-2]) and not level_like(rest[-1]):
        if len(rest) == 2 and len(rest[-1].text) > SHORT_WORD:  # 生态效益 | 新增疫点数量: 二级 and name, or name and target?
            raise _two_ways("shift.level_or_name", rest[-2])
        target = rest.pop()  # a word after the name: a qualitative target (健全; a longer one after a 二级 label)
    if weight is not None and target is None and weight.col < cols.get("weight", 99):
        raise _two_ways("shift.number_or_points", weight)  # name | 10: the target, or the 分值?
    if not rest or level_like(rest[-1]) or target_like(rest[-1]):
        raise _two_ways("shift.no_name_found", target or weight or cells[-1])
    name = rest.pop()
    if weight is None and target is None and name.col != cols.get("name"):
        raise _two_ways("shift.word_or_name", name)  # a word alone: the name, or a target without one?
    level1 = level2 = None
    for k, cell in enumerate(rest):
        # an unknown 一级 name is one only where the header and a following 二级 both say so (as indicator_rows)
        if level1 is None and level2 is None and (
                level1_name(_level_text(cell)) or (cell.col == cols.get("level1") and k + 1 < len(rest))):
            level1 = cell
        elif level2 is None and (level_like(cell) or cell.col == cols.get("level2")):
            level2 = cell
        else:
            raise _two_ways("shift.level_or_name", cell)  # a word before the name: 二级, or the name?
    return Reading(level1, level2, name, target, weight)


class TwoReadings(Exception):
    """A row its cells allow no one reading of: why (a catalogue Text), and the cell it is about."""

    def __init__(self, said: Text, cell: Cell):
        super().__init__(said.en)
        self.said, self.cell = said, cell


def _two_ways(code: str, cell: Cell) -> TwoReadings:
    return TwoReadings(text(code, text=cell.text), cell)


def how_read(line: int, why: Text, read: Reading, level2_above: str) -> Text:
    """The comment at a row read by its cells: what did not fit, and each part as read."""
    def part(code: str, cell: Cell | None, none: str | None = None) -> list[Text]:
        if cell is None:
            return [text(none)] if none else []
        return [text(code, text=cell.text)]

    parts = (part("shift.level1", read.level1) + part("shift.level2", read.level2)
             + part("shift.name", read.name)
             + part("shift.target", read.target, "shift.no_target")
             + part("shift.points", read.weight, "shift.no_points"))
    above = "" if read.level1 or read.level2 or not level2_above else text("shift.level2_above",
                                                                           text=level2_above)
    return text("shift.read", line=line, why=why, reading=parts, above=above)


def points_like(cell: Cell) -> bool:
    """A bare number (10, 2.5): a 分值 as tables print it."""
    return bool(BARE_NUMBER.match(cell.text))


def target_like(cell: Cell) -> bool:
    """A target with an operator, a percent or a unit (≥95%, ≤2个, =100%): never a name or a level."""
    return is_numeric_target(cell.text) and not points_like(cell)


def level_like(cell: Cell) -> bool:
    """A 一级 or 二级 label: a known 一级 (产出指标(50分)), or a label ending in 指标 (社会效益指标)."""
    label = _level_text(cell)
    return bool(level1_name(label)) or (label.endswith(LEVEL_SUFFIX) and len(label) > len(LEVEL_SUFFIX))


def _level_text(cell: Cell) -> str:
    return LABEL_POINTS.sub("", cell.text).strip()
