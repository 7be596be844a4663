"""Importing a 项目支出 target table (目标表) or self-evaluation form (自评表), exported as text, into a project table.

The target table is DOMAIN §8's, the form §7's; both come as tab-separated text (a workbook is made into it first).

The form's parts are found by their labels, and the columns of the money and indicator blocks by their
header cells (年初预算数, 全年预算数, 分值 …; 三级指标, 年度指标值, 分值 …), never by position, so
provincial variants of the central layout read the same. The targets and the 分值 become the table;
the money's 执行数 and the rows' 实际完成值 and 得分 are actuals and are not imported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..catalogue import Text, text
from ..errors import Pos, Problem, ScoringError
from ..yamlio import parse_yaml, validate
from .check_names import imported_names
from .emit import COMMENTS, Quoted, dump
from .form_words import (ANNUAL_HEADERS, CODES, DEFAULT_ROW, DEPARTMENT, FORM_ONLY_HEADERS, GOALS, GOAL_HEADERS,
                         IMPLEMENTER, INDICATOR_COLUMNS, LABEL_POINTS, LEVEL3_HEADER, MONEY_COLUMNS,
                         NAME, NO_TARGET_TEXTS, PARTS_PREFIX, POINTS_IN_LABEL, PROJECT_LABELS,
                         RATE_HEADER, SUM_ROWS, TABLE_TITLE_WORDS, TITLES, TOTAL)
from .groups import level_key
from .layout import Cell, Row, rows_of
from .model import TargetTable
from .points import printed_points
from .preamble import TableYear, title_or_year
from .shifted_rows import Reading, TwoReadings, by_columns, by_content, how_read, misfit
from .signature_rows import Signatures
from .sum_rows import SumRow, sum_row, sums_checked
from .target_cells import target_problem
from .values import BARE_NUMBER, format_number, printed_number


def is_project_form(text: str) -> bool:
    """Whether an export is a 项目支出 form: a row labelled 项目名称 in its first cell."""
    return any(row.cells and row.cells[0].text == NAME and row.cells[0].col == 0 for row in rows_of(text))


_KIND_NAMES = {"target": "table.import_kind_target", "form": "table.import_kind_form"}
_HEADER_SOURCES = {"target": "table.import_header_source_target", "form": "table.import_header_source_form"}


def table_kind(text: str) -> str:
    """Which table a project export is, "target" (目标表) or "form" (自评表): by the first title that says,
    else by a column only a filled-in form has (实际完成值, 全年执行数, 得分); else a target table."""
    for row in rows_of(text):
        for cell in row.cells:
            if kind := next((k for word, k in TABLE_TITLE_WORDS if word in cell.text), None):
                return kind
            if cell.text in FORM_ONLY_HEADERS:
                return "form"
    return "target"


@dataclass
class _Item:
    line: int
    name: str
    target: str
    weight: Decimal | None
    comments: list[Text] = field(default_factory=list)  # how a row whose cells did not fit its columns was read
    column: int | None = None  # where its name starts on its line


@dataclass
class _Section:
    level1: str
    printed: str  # as printed, with the points the label may carry: 产出指标(50分)
    line: int
    groups: list[tuple[str, list[_Item]]] = field(default_factory=list)


class _Reader:
    def __init__(self, source: str, kind: str):
        self.source = source
        self.kind = kind  # "target" or "form": the table the messages name
        self.problems: list[Problem] = []
        self.mode = "preamble"
        self.years = TableYear()
        self.title: str | None = None
        self.project: dict[str, str] = {}
        self.money_cols: dict[str, int] = {}
        self.row_name = DEFAULT_ROW
        self.funds: list[dict] = []
        self.budget_weight: Decimal | None = None
        self.goal_col: int | None = None
        self.goal = ""
        self.cols: dict[str, int] = {}
        self.header: dict[int, str] = {}  # the indicator header row's texts by column
        self.sections: list[_Section] = []
        self.budget_target: tuple[int, str] | None = None  # the 执行率 row's line and target: ≥95%
        self.sums: list[SumRow] = []  # 合计 | 90 under the indicators, 总分 | 100: each row, cell, points
        self.signatures = Signatures(source)  # 填报单位：…  金额单位：元 and the 填表人 footer

    def fail(self, row: Row, cell: Cell, code: str, **args) -> None:
        self.problems.append(Pos(self.source, row.line, row.column(cell)).report(code, **args))

    def read(self, row: Row) -> None:
        if not row.cells:
            return
        if self.signatures.read(row):  # 填报单位：…  金额单位：万元, 填表人：…: not data
            return
        whole = row  # as printed, for a message
        if self.mode == "preamble":
            row = self.signatures.beside(row)  # （2025年度） … 金额单位：万元
        first = row.cells[0]
        texts = {c.text: c for c in row.cells}
        if first.text in PROJECT_LABELS:  # before a title: 项目名称 | …表 is none
            self._project(row)
        elif self.mode == "preamble" and (said := self._title_or_year(row)) is not None:
            year, title = said
            self.title = title or self.title
            if year is not None:
                self._year(row, first, year)
        elif any(h in texts for h in ANNUAL_HEADERS):
            self.money_cols = {MONEY_COLUMNS[c.text]: c.col for c in row.cells if c.text in MONEY_COLUMNS}
            rate = next((_clean_level(c.text) for c in row.cells if _clean_level(c.text).endswith(RATE_HEADER)), RATE_HEADER)
            self.row_name = rate if rate != RATE_HEADER else DEFAULT_ROW
            self.signatures.money.read_label(row, first)
            self.mode = "money"
        elif first.text == GOALS:
            rest = row.cells[1:]
            self.goal_col = next((c.col for c in rest), None)
            if rest and rest[0].text not in GOAL_HEADERS:  # the goal printed beside its label, no header row
                self.goal, self.mode = rest[0].raw, "after_goals"
            else:
                self.mode = "goals"
        elif LEVEL3_HEADER in texts:
            self.cols = {INDICATOR_COLUMNS[c.text]: c.col for c in row.cells if c.text in INDICATOR_COLUMNS}
            self.header = {c.col: c.text for c in row.cells}
            self.mode = "indicators"
        elif first.text == TOTAL or (self.mode == "indicators" and first.text in SUM_ROWS):
            if (found := sum_row(row, self.cols.get("weight"))) is not None:
                self.sums.append(found)
            self.mode = "done"
        elif self.mode == "money":
            self._money(row)
        elif self.mode == "goals":
            self.goal = next((c.raw for c in row.cells if self.goal_col is None or c.col >= self.goal_col), "")
            self.mode = "after_goals"
        elif self.mode == "indicators":
            self._indicator(row)
        else:
            self.fail(row, first, "table.import_unplaced", text=" | ".join(c.text for c in whole.cells),
                      kind=text(_KIND_NAMES[self.kind]))

    def _title_or_year(self, row: Row) -> tuple[int | None, str | None] | None:
        """A title (the first: a second is no part of the table) or a year row; None for any other row."""
        said = title_or_year("".join(c.text for c in row.cells))
        return None if said is None or (said[1] is not None and self.title is not None) else said

    def _year(self, row: Row, cell: Cell, year: int) -> None:
        if differs := self.years.given(year, Pos(self.source, row.line, row.column(cell))):
            self.problems.append(differs)

    def _items(self) -> list[_Item]:
        return [i for s in self.sections for _, group in s.groups for i in group]

    def sum_checked(self, warnings: list[Problem]) -> list[Text]:
        """The 合计 / 总分 rows' 分值 against the rows' (the budget row's included or not)."""
        weights = [i.weight for i in self._items()]
        return sums_checked(self.source, self.sums, weights, self.budget_weight, warnings)

    def points_lost(self, warnings: list[Problem]) -> None:
        """Where the 合计 prints more than the rows add up to and some rows have no 分值: a warning at each such
        row, and a comment at it in the YAML, saying by how much (its 分值 may have been lost in the export)."""
        items = self._items()
        lacking = [i for i in items if i.weight is None]
        if not self.sums or not lacking or len(lacking) == len(items):  # (none with 分值: nothing to check against)
            return
        row, printed = self.sums[0].row, self.sums[0].printed
        rows = sum((i.weight for i in items if i.weight is not None), Decimal(0))
        missing = printed - rows - (self.budget_weight or 0)
        if missing < 0 < printed - rows:
            missing = printed - rows  # a 合计 without the budget row's
        if missing <= 0:
            return
        for item in lacking:
            said = text("shift.sum_row_without_points", name=item.name, label=row.cells[0].text,
                        sum_line=row.line, printed=format_number(printed), missing=format_number(missing))
            warnings.append(Pos(self.source, item.line, item.column).report_text(said, "warning"))
            item.comments.append(text("shift.line_note", line=item.line, said=said))

    def _project(self, row: Row) -> None:
        cells = row.cells
        for i, c in enumerate(cells):
            if c.text in PROJECT_LABELS and i + 1 < len(cells):
                self.project[PROJECT_LABELS[c.text]] = cells[i + 1].raw

    def _money(self, row: Row) -> None:
        first_value = min(self.money_cols.values(), default=0)
        labels = [c for c in row.cells if c.col < first_value and not BARE_NUMBER.match(c.text)]
        if not labels:
            self.fail(row, row.cells[0], "table.import_money_label")
            return
        label = PARTS_PREFIX.sub("", labels[-1].text)
        if _clean_level(label).endswith(RATE_HEADER):  # 预算执行率（%） | ≥95% | 10: the budget row, with the money
            self._budget_row(row, labels[-1], _clean_level(label))
            return
        entry = {"source": label}
        for key in ("initial", "annual"):
            value = self._amount(row, self.money_cols.get(key))
            if value is not None or key == "annual":
                entry[key] = value if value is not None else Decimal(0)
        if not self.funds:
            self.budget_weight = self._points(row, self.money_cols.get("weight"))
        self.funds.append(entry)

    def _amount(self, row: Row, col: int | None) -> Decimal | None:
        """The amount in column `col` (None where blank or a dash); one that is no number (20万) is an error at its cell."""
        cell = _cell(row, col)
        if cell is None or cell.text in NO_TARGET_TEXTS:
            return None
        if (amount := printed_number(cell.text)) is None:
            self.fail(row, cell, "table.import_money_amount", text=cell.text)
        return amount

    def _budget_row(self, row: Row, cell: Cell, name: str) -> None:
        """The money block's 执行率 row: the budget row's name and 分值, and its target kept as printed."""
        weight_col = self.money_cols.get("weight")
        weight = self._points(row, weight_col)
        if weight is not None and self.budget_weight is not None and weight != self.budget_weight:
            self.fail(row, cell, "table.import_budget_points_differ", name=name, points=format_number(weight),
                      total=format_number(self.budget_weight))
            return
        self.row_name = name
        self.budget_weight = weight if weight is not None else self.budget_weight
        target = next((c for c in row.cells if c.col > cell.col and c.col != weight_col), None)
        if target is not None:
            self.budget_target = (row.line, self._target(row, target))

    def _indicator(self, row: Row) -> None:
        read, why = self._placed(row)
        if read is None:
            return
        l1, l2 = (read.level1.text if read.level1 else ""), (read.level2.text if read.level2 else "")
        if l1:
            self.sections.append(_Section(_clean_level(l1), l1, row.line))
        if not self.sections:
            self.fail(row, row.cells[0], "table.import_no_level1")
            return
        section = self.sections[-1]
        if l2 or not section.groups:
            section.groups.append((_clean_level(l2) if l2 else "", []))
        if read.name is None:
            return  # a row that only carries a merged level cell
        how = [] if why is None else [how_read(row.line, why, read, section.groups[-1][0])]
        target = self._target(row, read.target)
        weight = self._points(row, read.weight.col if read.weight else None)
        section.groups[-1][1].append(_Item(row.line, read.name.text, target, weight, how, row.column(read.name)))

    def _placed(self, row: Row) -> tuple[Reading | None, Text | None]:
        """The row's cells by their columns, or, where they do not fit them (a merged cell lost in the export
        shifts the row), by what they hold (shifted_rows), with why; None, an error at the row, where they
        allow two readings."""
        read = by_columns(row.cells, self.cols)
        if (why := misfit(row.cells, self.cols, self.header, read)) is None:
            return read, None
        try:
            return by_content(row.cells, self.cols, self.header), why
        except TwoReadings as e:
            self.fail(row, e.cell, "shift.refused", why=why, doubt=e.said,
                      shown=" | ".join(c.text for c in row.cells))
            return None, None

    def _target(self, row: Row, cell: Cell | None) -> str:
        """A target cell's text, read as the table's YAML will read it: one that cannot be is an error at its cell."""
        if cell is None:
            return ""
        if (said := target_problem(cell.text)) is not None:
            self.problems.append(Pos(self.source, row.line, row.column(cell)).report_text(said))
        return cell.text

    def _points(self, row: Row, col: int | None) -> Decimal | None:
        """The 分值 in column `col`: a number, as 10 or 10分; none where the cell is empty or says so (/, —, 无).
        Any other text, or a negative number, is an error at its cell: read as no 分值, the row would be
        scored by default weights without a word."""
        cell = _cell(row, col)
        if cell is None or cell.text in NO_TARGET_TEXTS:
            return None
        points = printed_points(cell.text)
        if points is None:
            self.fail(row, cell, "table.points_not_number", found=cell.text)
        elif points < 0:
            self.fail(row, cell, "table.negative_points")
        return points

    def data(self) -> dict:
        counters: dict[str, int] = {}
        sections = []
        for s in self.sections:
            code = CODES.get(level_key(s.level1), "X")
            groups = []
            for level2, items in s.groups:
                out = []
                for item in items:
                    counters[code] = counters.get(code, 0) + 1
                    entry = {COMMENTS: item.comments, "id": f"{code}{counters[code]:02d}", "name": item.name,
                             "annual": Quoted(item.target)}
                    if item.weight is not None:
                        entry["weight"] = item.weight
                    out.append(entry)
                groups.append({"level2": level2, "items": out})
            sections.append({COMMENTS: _printed_points(s), "level1": s.level1, "groups": groups})
        p = self.project
        budget_row = {"name": self.row_name} | ({"weight": self.budget_weight} if self.budget_weight is not None else {})
        if self.budget_target is not None:
            line, target = self.budget_target
            budget_row["target"] = Quoted(target)  # shown and compared; the row is scored from the money
            budget_row[COMMENTS] = [text("table.import_budget_target", line=line, name=self.row_name, target=target)]
        from_reporting = self._unit_from_reporting()
        implementer = self.signatures.unit.value if from_reporting else p.get(IMPLEMENTER, "")
        notes = self.signatures.unit_notes(from_reporting) + self.signatures.money.notes()
        funds = self.signatures.money.in_wan(self.funds)
        return {
            "kind": "project",
            "title": self.title or TITLES["project"],
            "year": self.years.year,
            "project": {COMMENTS: notes, "name": p.get(NAME, ""), "department": p.get(DEPARTMENT, ""),
                        "implementer": implementer, "funds": funds},
            "goals": {"annual": self.goal},
            "budget_row": budget_row,
            "indicators": sections,
        }

    def _unit_from_reporting(self) -> bool:
        """Whether the 填报单位 is the unit: where no 主管部门 / 实施单位 row names one."""
        return self.signatures.unit is not None and not {DEPARTMENT, IMPLEMENTER} & set(self.project)

    def missing(self) -> list[Problem]:
        needs = [(self.years.year is None, "table.import_no_year"), (NAME not in self.project, "table.import_no_name"),
                 (IMPLEMENTER not in self.project and not self._unit_from_reporting(), "table.import_no_implementer"),
                 (not self.funds, "table.import_no_funds"), (not self.sections, "table.import_no_indicators")]
        return [Pos(self.source).report(code) for lacking, code in needs if lacking]


def _printed_points(s: _Section) -> list[Text]:
    """A comment where the 一级 label printed points that its rows do not add up to."""
    m = POINTS_IN_LABEL.search(s.printed)
    summed = _points_sum(i for _, items in s.groups for i in items)
    if not m or summed is None:
        return []
    printed = Decimal(m[1])
    if printed == summed:
        return []
    return [text("table.import_level1_points", line=s.line, label=s.printed, printed=format_number(printed),
                summed=format_number(summed))]


def _points_sum(items) -> Decimal | None:
    """The rows' 分值 added up; None where any row has none (no sum of them can be checked)."""
    weights = [i.weight for i in items]
    return None if None in weights else sum(weights, Decimal(0))


def _clean_level(text: str) -> str:
    """产出指标(50分) → 产出指标, 预算执行率（%） → 预算执行率: the bracket at a label's end, its points or unit, is no part of its name."""
    return LABEL_POINTS.sub("", text).strip()


def _cell(row: Row, col: int | None) -> Cell | None:
    return next((c for c in row.cells if c.col == col), None) if col is not None else None



def import_project(source_text: str, source: str, warnings: list[Problem] | None = None, lang: str = "zh") -> str:
    """The YAML of a 项目支出 form's targets, its comments in `lang`; ScoringError lists the rows it cannot place. What the table
    itself gets wrong but can still be read (a 合计 or 总分 that its rows do not add up to) is added to `warnings`."""
    reader = _Reader(source, table_kind(source_text))
    for row in rows_of(source_text):
        reader.read(row)
    problems = sorted(reader.problems + reader.signatures.money.checked(), key=lambda p: p.line) + reader.missing()
    if problems:
        raise ScoringError(problems)
    reader.points_lost([] if warnings is None else warnings)
    data = reader.data()
    data["budget_row"][COMMENTS] = data["budget_row"].get(COMMENTS, []) + reader.sum_checked(
        [] if warnings is None else warnings)
    count = sum(len(g["items"]) for s in data["indicators"] for g in s["groups"])
    header = [text("table.import_header", title=data["title"], name=data["project"]["name"], year=reader.years.year),
              text(_HEADER_SOURCES[reader.kind], file=Path(source).name, count=count),
              text("table.import_header_note")]
    out = dump(data, header, lang)
    validate(parse_yaml(out, source), TargetTable)  # what we write must load; a failure here is a bug
    if warnings is not None:  # as `scoring check` will say of the table written
        items = [i for s in reader.sections for _, group in s.groups for i in group]
        warnings += imported_names(source, items, data["indicators"])
    return out
