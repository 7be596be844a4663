"""Importing a published target table, exported as ragged tab-separated text, into editable YAML.

Rows are read in order, each by the part of the form it falls in: title and year, unit and goal
rows (found by their labels), the funds block (income, then expenditure), and indicator blocks
(see indicator_rows). What needed judgement is written as a comment above the row it concerns;
every row that cannot be placed is an error with its line number, never dropped.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..catalogue import say, text
from ..errors import Pos, Problem, ScoringError
from ..yamlio import parse_yaml, validate
from .check_names import imported_names
from .emit import COMMENTS, Noted, Quoted, dump
from .form_words import BASIC, INCOME, INCOME_TOTALS, LABELS, PROJECTS, SPENDING, SUBTOTALS, SUM_ROWS, TITLES, TOTAL
from .import_project import import_project, is_project_form
from .indicator_rows import LEVEL1_CODES, IndicatorRows, Item, Section, cleaned, is_header, span
from .layout import Cell, Row, Unplaceable, rows_of, unplaceable
from .model import TargetTable
from .names import assign, similarity
from .preamble import TableYear, title_or_year
from .signature_rows import Signatures
from .sum_rows import SumRow, sum_row, sums_checked
from .values import BARE_NUMBER, format_number, printed_number  # amounts are written as target numbers are



class _Reader:
    """Reads rows one by one; `mode` says which part of the form the rows belong to."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []
        self.mode = "preamble"
        self.title: str | None = None
        self.years = TableYear()
        self.year_row = False  # whether a row of its own gave the year (the title may too)
        self.facts: dict[tuple[str, str], str] = {}
        self.income_total: Decimal | None = None
        self.sources: list[dict] = []
        self.source_col = -1
        self.spending: dict[str, dict] = {}
        self.projects: list[dict] = []
        self.spend_col: int | None = None
        # spending rows that print one amount: (the row's comments, where in them, line, amount), said once the
        # money's unit is known (it may be stated after them)
        self.one_amount: list[tuple[list[str], int, int, Decimal]] = []
        self.indicators = IndicatorRows(source)
        self.sums: list[SumRow] = []  # 总分 | 100, 合计 | 100: the rows that close the indicators
        self.signatures = Signatures(source)

    def read(self, row: Row) -> None:
        if not row.cells:
            self.indicators.page_break()  # blank lines are where the export broke the pages
            return
        try:
            self._dispatch(row)
        except Unplaceable as e:
            shown = " | ".join(c.text for c in row.cells)
            said = {lang: say("table.dept_unplaced", lang, line=row.line, shown=shown, why=why)
                    for lang, why in (("zh", e.zh), ("en", e.en))}
            self.problems.append(Problem(self.source, row.line, row.column(row.cells[0]), said["zh"], said["en"],
                                         code="table.dept_unplaced"))

    def _dispatch(self, row: Row) -> None:
        first = row.cells[0].text
        texts = [c.text for c in row.cells]
        if self.signatures.read(row):  # 填报单位：…  金额单位：万元, 填表人：…: not data
            return
        if first in LABELS and row.cells[0].col == 0:
            self.facts[LABELS[first]] = " ".join(c.raw for c in row.cells[1:])
            self.mode = "facts"
        elif is_header(row):
            self.indicators.read_header(row)
            self.mode = "indicators"
        elif INCOME in texts:
            self.signatures.money.read_label(row, row.cells[0])  # 部门整体资金（万元）
            self.mode = "income"
        elif SPENDING in texts and self.mode in ("income", "expenditure"):
            self.mode = "expenditure"
            at = texts.index(SPENDING)
            self.spend_col = row.cells[at + 1].col if at + 1 < len(row.cells) else None
        elif self.mode == "preamble":
            self._preamble(row)
        elif self.mode == "income":
            self._income(row)
        elif self.mode == "expenditure":
            self._expenditure(row)
        elif self.mode == "indicators" and (first == TOTAL or first in SUM_ROWS):
            self.indicators.end_block()  # 总分 | 100: the indicators end here, and this row is none of them
            if (found := sum_row(row, None)) is not None:
                self.sums.append(found)
            self.mode = "done"
        elif self.mode == "indicators":
            self.indicators.read(row)
        else:
            raise unplaceable("table.dept_unknown_label")

    def _preamble(self, row: Row) -> None:
        row = self.signatures.beside(row)  # 2025年度 … 金额单位：万元
        year, title = title_or_year("".join(c.text for c in row.cells)) or (None, None)  # （2025年度）, a title
        if year is not None and title is None and not self.year_row:
            self.year_row = True
            self._year(row, year)
        elif title is not None and self.title is None:
            self.title = title  # 2025年度部门整体预算绩效目标表, …目标表（2025年度）
            if year is not None:
                self._year(row, year)
        else:
            raise unplaceable("table.dept_preamble")

    def _year(self, row: Row, year: int) -> None:
        if differs := self.years.given(year, Pos(self.source, row.line, row.column(row.cells[0]))):
            self.problems.append(differs)

    def _income(self, row: Row) -> None:
        names, amounts = _money_row(row)
        names = [c for c in names if c.text not in SUBTOTALS]
        if len(names) != 1 or len(amounts) != 1:
            raise unplaceable("table.dept_income_row")
        name, amount = names[0], amounts[0]
        if name.text in INCOME_TOTALS and self.income_total is None:
            self.income_total = amount
        elif self.sources and name.col > self.source_col:
            # indented under the last source: one of its parts (财政拨款 → 一般公共预算资金 …)
            self.sources[-1].setdefault("parts", []).append({"name": name.text, "amount": amount})
        else:
            self.sources.append({"name": name.text, "amount": amount})
            self.source_col = name.col

    def _expenditure(self, row: Row) -> None:
        names, amounts = _money_row(row)
        if len(names) != 1 or not 1 <= len(amounts) <= 2:
            raise unplaceable("table.dept_spending_row")
        name = names[0]
        comments = cleaned(row.line, name)
        entry: dict = {"half_year": amounts[0]} if len(amounts) == 2 else {}
        entry["annual"] = amounts[-1]
        if len(amounts) == 1:
            self.one_amount.append((comments, len(comments), row.line, amounts[0]))
        if self.spend_col is not None and name.col != self.spend_col:
            comments.append(text("table.dept_row_shifted", line=row.line, col=name.col + 1,
                                expected=self.spend_col + 1, name=name.text))
        if name.text in (BASIC, PROJECTS) and name.text not in self.spending:
            self.spending[name.text] = {COMMENTS: comments, **entry}
        else:
            self.projects.append({COMMENTS: comments, "name": name.text, **entry})


def _money_row(row: Row) -> tuple[list[Cell], list[Decimal]]:
    """A funds row's name cells and its amounts, in order."""
    names = [c for c in row.cells if not BARE_NUMBER.match(c.text)]
    amounts = [printed_number(c.text) for c in row.cells if BARE_NUMBER.match(c.text)]
    return names, amounts


def _map_key_works(sections: list[Section], projects: list[dict]) -> None:
    """Give each 重点工作 printed without its 对应项目 the funded project most like it by name.

    A key work is scored against a project by its own name and by its best 三级指标 name, so that
    城乡居民各项待遇支付 (基本养老保险领取人数 …) finds the 基本养老保险 project; each project is
    used at most once, the most similar pairs first.
    """
    runs: dict[tuple[int, str], list[Item]] = {}
    for section in sections:
        for group in section.groups:
            for item in group.items:
                if item.key_work and not item.project:
                    runs.setdefault((id(group), item.key_work), []).append(item)
    named = {i.project for s in sections for g in s.groups for i in g.items if i.project}
    free = [p["name"] for p in projects if p["name"] not in named]
    scores = [
        (key, name, (similarity(key[1], name) + max(similarity(i.name, name) for i in items)) / 2)
        for key, items in runs.items() for name in free
    ]
    pairs = assign(scores)
    for key, items in runs.items():
        lines = span(items[0].line, items[-1].line)
        if key in pairs:
            project, score = pairs[key]
            for item in items:
                item.project = project
            items[0].comments.append(text("table.dept_project_guessed", key_work=key[1], lines=lines,
                                         score=f"{score:.2f}", project=project))
        else:
            items[0].comments.append(text("table.dept_project_none", key_work=key[1], lines=lines))


def _indicators(sections: list[Section]) -> list[dict]:
    """The indicator tree as data, with ids by 一级 code and sequence (D01, P01 …, X01 for others)."""
    counters: dict[str, int] = {}
    out = []
    for section in sections:
        code = LEVEL1_CODES.get(section.level1, "X")
        groups = []
        for group in section.groups:
            items = []
            for item in group.items:
                counters[code] = counters.get(code, 0) + 1
                entry = {COMMENTS: item.comments, "id": f"{code}{counters[code]:02d}", "name": item.name,
                         "half_year": Quoted(item.half), "annual": Quoted(item.annual)}
                if item.key_work:
                    entry["key_work"] = item.key_work
                if item.project:
                    entry["project"] = item.project
                items.append(entry)
            comments = [] if items else [text("table.dept_empty_group", line=group.line, level2=group.level2)]
            groups.append({COMMENTS: comments, "level2": group.level2, "items": items})
        out.append({"level1": section.level1, "groups": groups})
    return out


def _one_amount_notes(reader: _Reader) -> None:
    """The comment on each spending row that prints one amount, the amount said as the YAML holds it (in 万元)."""
    for comments, at, line, amount in reader.one_amount:
        converted = reader.signatures.money.converted(amount)
        if converted is None:
            said = text("table.dept_one_amount", line=line, amount=amount)
        else:
            said = text("table.dept_one_amount_converted", line=line, amount=format_number(converted[0]),
                       printed=format_number(amount), unit=converted[1])
        comments.insert(at, said)


def _problems(reader: _Reader) -> list[Problem]:
    """Rows that found no place, then whatever the form must have and the text lacks."""
    unplaced = [Pos(reader.source, item.line).report("table.dept_block_without_levels", line=item.line, name=item.name)
                for item in reader.indicators.unplaced]
    needs = [
        (reader.years.year is None, "table.dept_no_year"),
        (("unit", "name") not in reader.facts and reader.signatures.unit is None, "table.dept_no_unit"),
        (reader.income_total is None, "table.dept_no_income_total"),
        (BASIC not in reader.spending, "table.dept_no_basic"),
        (PROJECTS not in reader.spending, "table.dept_no_projects"),
        (not reader.indicators.sections, "table.dept_no_indicators"),
    ]
    missing = [Pos(reader.source).report(code) for lacking, code in needs if lacking]
    found = reader.problems + reader.indicators.problems + reader.signatures.money.checked() + unplaced
    return sorted(found, key=lambda p: p.line) + missing


def import_table(source_text: str, source: str, warnings: list[Problem] | None = None, lang: str = "zh") -> str:
    """The YAML of a published table given as tab-separated text, its comments in `lang`; ScoringError lists
    unplaceable rows, and `warnings` (where given) gets what the table prints wrong but can still be read."""
    if not source_text.strip():  # one plain message, not every part of a table it lacks
        raise Pos(source, 1, 1).fail("input.empty_file")
    try:
        return _imported(source_text, source, warnings, lang)
    except ScoringError as e:
        raise _self_evaluation(source_text, source, e) or e from None


UNPLACED = {"table.import_unplaced", "table.dept_unplaced"}  # a row in no part of the table's layout


def _self_evaluation(source_text: str, source: str, error: ScoringError) -> ScoringError | None:
    """That the text is a self-evaluation form, at its header's 得分 cell, where the importer cannot place a row
    the review reads as the form's (our own form's 自评等级, another region's header): said once, rather than as
    every row of it a table lacks. A form whose rows it places (DOMAIN §7) is imported, and a row in no part of
    either (a stray line) stays the importer's error at its line."""
    from ..review.layout import form_rows
    from ..review.read_text import text_grid

    unplaced = {p.line for p in error.problems if p.code in UNPLACED}
    if not unplaced:
        return None
    try:
        found = form_rows(text_grid(source_text, source))
    except ScoringError:
        return None
    if found is None or not unplaced & found[1]:
        return None
    at = found[0]
    line = source_text.splitlines()[at.row - 1]
    column = sum(len(cell) + 1 for cell in line.split("\t")[:at.column - 1]) + 1  # the cell's first character
    return Pos(source, at.row, column).fail("table.import_self_evaluation", file=source)


def _imported(source_text: str, source: str, warnings: list[Problem] | None, lang: str) -> str:
    if is_project_form(source_text):
        return import_project(source_text, source, warnings, lang)
    reader = _Reader(source)
    for row in rows_of(source_text):
        reader.read(row)
    reader.indicators.end_block()
    problems = _problems(reader)
    if problems:
        raise ScoringError(problems)
    sections = reader.indicators.sections
    _map_key_works(sections, reader.projects)
    _one_amount_notes(reader)
    facts, signed = reader.facts, reader.signatures
    from_reporting = ("unit", "name") not in facts  # then the 填报单位 names it
    data = {
        "title": reader.title or TITLES["department"],
        "year": reader.years.year,
        "unit": {COMMENTS: signed.unit_notes(from_reporting),
                 "name": signed.unit.value if from_reporting else facts[("unit", "name")],
                 "functions": facts.get(("unit", "functions"), ""), "departments": facts.get(("unit", "departments"), "")},
        "funds": {
            COMMENTS: signed.money.notes(),
            **signed.money.in_wan({
                "income": {"total": reader.income_total, "sources": reader.sources},
                "expenditure": {"basic": reader.spending[BASIC], "projects_total": reader.spending[PROJECTS],
                                "projects": reader.projects},
            }),
        },
        "goals": {"mid_long_term": facts.get(("goals", "mid_long_term"), ""),
                  "annual": facts.get(("goals", "annual"), "")},
        # the rows print no 分值: a 总分 is kept, unchecked (sums_checked says so)
        "indicators": Noted(_indicators(sections), sums_checked(source, reader.sums, [], None,
                                                                [] if warnings is None else warnings)),
    }
    count = sum(len(g.items) for s in sections for g in s.groups)
    header = [text("table.import_header", title=data["title"], name=data["unit"]["name"], year=reader.years.year),
              text("table.dept_header_source", file=Path(source).name, count=count),
              text("table.dept_header_lines"), text("table.import_header_note")]
    out = dump(data, header, lang)
    validate(parse_yaml(out, source), TargetTable)  # what we write must load; a failure here is a bug
    if warnings is not None:  # as `scoring check` will say of the table written
        warnings += imported_names(source, [i for s in sections for g in s.groups for i in g.items], data["indicators"])
    return out
