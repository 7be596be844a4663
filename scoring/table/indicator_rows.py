"""Reading the indicator rows of an exported table: level cells, a name, target values, and what broke.

The export loses the form's grid: merged cells become empty cells, a merged cell's text is printed
in one row of its range only, and rows shift left or right across page breaks. So a row is read by
its content in order (leading level cells, a 三级指标 name, trailing value cells); columns are hints.
Every reading that needs judgement is kept as a comment (Chinese, with the source line) on the row.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..catalogue import Text, text
from ..errors import Pos, Problem
from .form_words import HEADER_ROLES, LEVEL1_CODES, LEVEL3_HEADER, LEVEL_SUFFIX  # noqa: F401 (re-exported)
from .layout import Cell, Row, Unplaceable, unplaceable
from .target_cells import is_numeric_target, meant_as_target, spelled_quantity, target_problem
from .values import TargetSyntaxError, parse_value

LEVEL_ROLES = ("level1", "level2", "key_work", "project")
# A qualitative target is a short word (健全, 保障到位); a longer word is taken for a value only
# when the cell beside it says the same, as half-year and annual words usually do.
SHORT_WORD = 4


def level1_name(text: str) -> str | None:
    """The 一级指标 a cell names (决策, 效益指标 → 效益 …), or None if it names none."""
    name = text.removesuffix(LEVEL_SUFFIX)
    return name if name in LEVEL1_CODES else None


def is_header(row: Row) -> bool:
    return any(c.text == LEVEL3_HEADER for c in row.cells)


def span(first: int, last: int) -> str:
    """Source lines as written in comments: 38, or 66–73."""
    return str(first) if first == last else f"{first}–{last}"


def cleaned(line: int, cell: Cell) -> list[Text]:
    """The comment owed when a name lost the spaces its export put inside it."""
    if cell.text == cell.raw:
        return []
    return [text("table.dept_spaces_removed", line=line, raw=cell.raw, text=cell.text)]


@dataclass
class Item:
    line: int
    name: str
    half: str
    annual: str
    key_work: str | None
    project: str | None
    comments: list[Text] = field(default_factory=list)


@dataclass
class Group:
    level2: str
    line: int
    col: int  # where its 二级 cell was printed
    items: list[Item] = field(default_factory=list)


@dataclass
class Section:
    level1: str
    groups: list[Group] = field(default_factory=list)


@dataclass
class _Header:
    roles: dict[int, str]  # column → role

    def kinds(self) -> frozenset[str]:
        return frozenset(self.roles.values())

    def column(self, role: str) -> int | None:
        return next((c for c, r in self.roles.items() if r == role), None)


class IndicatorRows:
    """The 一级 → 二级 → 三级 tree, built row by row; `sections` holds it in table order, `problems` the targets
    that cannot be read, each at its cell."""

    def __init__(self, source: str):
        self.source = source
        self.sections: list[Section] = []
        self.header: _Header | None = None
        self.unplaced: list[Item] = []
        self.problems: list[Problem] = []
        self._reset()

    def _reset(self) -> None:
        self.section: Section | None = None
        self.group: Group | None = None
        self.key_work: str | None = None
        self.project: str | None = None
        self.pending: list[Item] = []  # rows read before their block printed its 一级/二级
        self.after_break = False

    def page_break(self) -> None:
        self.after_break = True

    def read_header(self, row: Row) -> None:
        header = _Header({c.col: HEADER_ROLES[c.text] for c in row.cells if c.text in HEADER_ROLES})
        if self.header is None or header.kinds() != self.header.kinds():
            # a header with other columns starts a new block (the 履职 part has 重点工作, 对应项目);
            # the same header again is only the form repeated on a new page
            self.end_block()
            self._reset()
        self.header = header
        self.after_break = False

    def end_block(self) -> None:
        """Rows still waiting for a block's 一级/二级 when the block ends can be placed nowhere."""
        self.unplaced += self.pending
        self.pending = []

    def read(self, row: Row) -> None:
        values, name, leading = self._split(row.cells)
        roles = self._roles(leading)
        if "level1" in roles:
            self._enter_section(roles["level1"])
        if "level2" in roles:
            self._enter_group(roles["level2"], row.line)
        if "key_work" in roles:
            self.key_work, self.project = roles["key_work"].text, None
        if "project" in roles:
            self.project = roles["project"].text
        has_levels = bool(roles.keys() & {"level1", "level2"})
        if has_levels:
            self.after_break = False
        if name is None:
            return
        item = self._item(row, name, values)
        if self.group is not None:
            if not has_levels:
                item.comments += self._continuation(row, name)
            self.group.items.append(item)
        elif self.section is None:
            self.pending.append(item)
        else:
            raise unplaceable("table.dept_no_level2_yet", level1=self.section.level1)

    def _split(self, cells: list[Cell]) -> tuple[list[Cell], Cell | None, list[Cell]]:
        """Trailing value cells (at most two), the 三级指标 name before them, and the level cells."""
        values: list[Cell] = []
        i = len(cells)
        while len(values) < 2 and i >= 2:
            if not _value_like(cells[i - 1], cells[i - 2], values[0] if values else None):
                break
            values.insert(0, cells[i - 1])
            i -= 1
        if values:
            return values, cells[i - 1], cells[: i - 1]
        name_col = self.header.column("name")
        if name_col is None or all(c.col < name_col for c in cells) or level1_name(cells[-1].text):
            return [], None, cells  # only level cells: a 二级 with no rows of its own (生态效益)
        return [], cells[-1], cells[:-1]

    def _roles(self, leading: list[Cell]) -> dict[str, Cell]:
        """Which level each leading cell gives: by its name (一级), its header column, or its order."""
        order = [r for r in LEVEL_ROLES if r in ("level1", "level2") or r in self.header.kinds()]
        roles: dict[str, Cell] = {}
        last = -1
        for k, cell in enumerate(leading):
            by_column = self.header.roles.get(cell.col)
            # an unknown 一级 name is taken as one only where the header and a following 二级 both say so
            if level1_name(cell.text) or (by_column == "level1" and last < 0 and k + 1 < len(leading)):
                role = "level1"
            elif by_column in order[last + 1:] and by_column != "level1":
                role = by_column
            else:
                role = next((r for r in order[last + 1:] if r != "level1"), None)
            if role is None or role not in order or order.index(role) <= last:
                raise unplaceable("table.dept_level_unknown", text=cell.text)
            roles[role] = cell
            last = order.index(role)
        return roles

    def _enter_section(self, cell: Cell) -> None:
        name = level1_name(cell.text) or cell.text
        section = next((s for s in self.sections if s.level1 == name), None)
        if section is None:
            section = Section(name)
            self.sections.append(section)
        self.section, self.group, self.key_work, self.project = section, None, None, None

    def _enter_group(self, cell: Cell, line: int) -> None:
        if self.section is None:
            raise unplaceable("table.dept_no_level1_before", text=cell.text)
        groups = self.section.groups
        if not (groups and groups[-1].level2 == cell.text):  # the same name again is a page repeat
            groups.append(Group(cell.text, line, cell.col))
        self.group, self.key_work, self.project = groups[-1], None, None
        if self.pending:
            first, last = self.pending[0].line, self.pending[-1].line
            self.pending[0].comments.insert(0, text("table.dept_levels_from_middle", lines=span(first, last),
                                                   line=line, level1=self.section.level1, level2=cell.text))
            self.group.items += self.pending
            self.pending = []

    def _item(self, row: Row, name: Cell, values: list[Cell]) -> Item:
        for cell in values:  # each target read as the YAML will read it: one that cannot be is an error at its cell
            if (said := target_problem(cell.raw)) is not None:
                self.problems.append(Pos(self.source, row.line, row.column(cell)).report_text(said))
        comments = cleaned(row.line, name)
        if len(values) == 1:
            comments.append(text("table.dept_one_value", line=row.line, value=values[0].raw))
        if not values:
            comments.append(text("table.dept_no_value", line=row.line))
        half = values[0].raw if values else ""
        annual = values[-1].raw if values else ""
        return Item(row.line, name.text, half, annual, self.key_work, self.project, comments)

    def _continuation(self, row: Row, name: Cell) -> list[Text]:
        """Why a row with no level cells belongs to the group above, where that needs saying."""
        group = self.group
        if self.after_break:
            return [text("table.dept_after_break", line=row.line, level2=group.level2, first=group.line)]
        if name.col <= group.col:
            return [text("table.dept_name_in_level_column", line=row.line, col=name.col + 1, level2=group.level2,
                        first=group.line)]
        return []


def _value_like(cell: Cell, before: Cell, annual: Cell | None) -> bool:
    """Whether a trailing cell reads as a target value (annual is the value already found after it)."""
    try:
        value = parse_value(cell.raw)
    except TargetSyntaxError:
        # ≥ alone, ≥约95%: a target the grammar cannot read (said at its cell), not a name that has digits in it
        # (医疗个人增记2000档人数)
        return meant_as_target(cell.raw)
    if value.kind != "word" or spelled_quantity(value.word):  # 约一半, 百分之九十五: a target (refused at its cell)
        return True
    if annual is None and level1_name(before.text):
        return False  # a word right after a 一级 name is its 二级 (效益指标 | 生态效益), not a target
    if annual is not None and is_numeric_target(annual.raw):
        return False  # a word before a numeric target is the indicator's name, not its half-year value
    beside = annual or before
    return len(value.word) <= SHORT_WORD or cell.text == beside.text
