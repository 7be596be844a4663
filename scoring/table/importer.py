"""Importing a published target table, exported as ragged tab-separated text, into editable YAML.

Rows are read in order, each by the part of the form it falls in: title and year, unit and goal
rows (found by their labels), the funds block (income, then expenditure), and indicator blocks
(see indicator_rows). What needed judgement is written as a comment above the row it concerns;
every row that cannot be placed is an error with its line number, never dropped.
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from ..errors import Problem, ScoringError
from ..yamlio import parse_yaml, validate
from .emit import COMMENTS, Quoted, dump
from .import_project import import_project, is_project_form
from .indicator_rows import LEVEL1_CODES, IndicatorRows, Item, Section, cleaned, is_header, span
from .layout import Cell, Row, Unplaceable, rows_of
from .model import TargetTable
from .names import assign, similarity
from .values import NUMBER  # amounts are written as target numbers are

# Labels of the unit and goal rows, and where their text goes.
LABELS = {
    "单位名称": ("unit", "name"),
    "单位主要职能": ("unit", "functions"),
    "主要职能": ("unit", "functions"),
    "机构设置及人员配置": ("unit", "departments"),
    "机构设置": ("unit", "departments"),
    "中长期目标": ("goals", "mid_long_term"),
    "年度目标": ("goals", "annual"),
}
INCOME_TOTALS = ("资金总额", "收入合计", "收入总额", "合计", "总计")
SUBTOTALS = ("小计", "合计")
BASIC, PROJECTS = "基本支出", "项目支出"


class _Reader:
    """Reads rows one by one; `mode` says which part of the form the rows belong to."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []
        self.mode = "preamble"
        self.title: str | None = None
        self.year: int | None = None
        self.facts: dict[tuple[str, str], str] = {}
        self.income_total: Decimal | None = None
        self.sources: list[dict] = []
        self.source_col = -1
        self.spending: dict[str, dict] = {}
        self.projects: list[dict] = []
        self.spend_col: int | None = None
        self.indicators = IndicatorRows()

    def read(self, row: Row) -> None:
        if not row.cells:
            self.indicators.page_break()  # blank lines are where the export broke the pages
            return
        try:
            self._dispatch(row)
        except Unplaceable as e:
            shown = " | ".join(c.text for c in row.cells)
            self.problems.append(Problem(
                self.source, row.line, row.column(row.cells[0]),
                f"无法放置第{row.line}行「{shown}」：{e.zh}", f"cannot place line {row.line} '{shown}': {e.en}",
            ))

    def _dispatch(self, row: Row) -> None:
        first = row.cells[0].text
        texts = [c.text for c in row.cells]
        if first in LABELS and row.cells[0].col == 0:
            self.facts[LABELS[first]] = " ".join(c.raw for c in row.cells[1:])
            self.mode = "facts"
        elif is_header(row):
            self.indicators.read_header(row)
            self.mode = "indicators"
        elif "收入" in texts:
            self.mode = "income"
        elif "支出" in texts and self.mode in ("income", "expenditure"):
            self.mode = "expenditure"
            at = texts.index("支出")
            self.spend_col = row.cells[at + 1].col if at + 1 < len(row.cells) else None
        elif self.mode == "preamble":
            self._preamble(row)
        elif self.mode == "income":
            self._income(row)
        elif self.mode == "expenditure":
            self._expenditure(row)
        elif self.mode == "indicators":
            self.indicators.read(row)
        else:
            raise Unplaceable("不是已知的栏目，也不在资金或指标部分中", "not a known label, nor inside the funds or indicators")

    def _preamble(self, row: Row) -> None:
        text = "".join(c.text for c in row.cells)
        year = re.fullmatch(r"(\d{4})年度?", text)
        if year and self.year is None:
            self.year = int(year[1])
        elif text.endswith("表") and self.title is None:
            self.title = text
        else:
            raise Unplaceable("表头部分只应有标题和年度", "the top of the form should hold only the title and the year")

    def _income(self, row: Row) -> None:
        names, amounts = _money_row(row)
        names = [c for c in names if c.text not in SUBTOTALS]
        if len(names) != 1 or len(amounts) != 1:
            raise Unplaceable("收入行应有一个名称和一个金额", "an income row should have one name and one amount")
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
            raise Unplaceable("支出行应有一个名称和一到两个金额（半年计划执行数、全年预算数）",
                              "an expenditure row should have one name and one or two amounts (half-year, annual)")
        name = names[0]
        comments = cleaned(row.line, name)
        entry: dict = {"half_year": amounts[0]} if len(amounts) == 2 else {}
        entry["annual"] = amounts[-1]
        if len(amounts) == 1:
            comments.append(f"第{row.line}行：只印出一个金额 {amounts[0]}，读作全年预算数，半年计划执行数空缺")
        if self.spend_col is not None and name.col != self.spend_col:
            comments.append(
                f"第{row.line}行：整行错位（名称在第{name.col + 1}列，而不是第{self.spend_col + 1}列）；"
                f"按「名称、半年计划执行数、全年预算数」的顺序读作支出「{name.text}」")
        if name.text in (BASIC, PROJECTS) and name.text not in self.spending:
            self.spending[name.text] = {COMMENTS: comments, **entry}
        else:
            self.projects.append({COMMENTS: comments, "name": name.text, **entry})


def _is_amount(text: str) -> bool:
    return re.fullmatch(NUMBER, text) is not None


def _money_row(row: Row) -> tuple[list[Cell], list[Decimal]]:
    """A funds row's name cells and its amounts, in order."""
    names = [c for c in row.cells if not _is_amount(c.text)]
    amounts = [Decimal(c.text.replace(",", "")) for c in row.cells if _is_amount(c.text)]
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
        where = f"重点工作「{key[1]}」（第{span(items[0].line, items[-1].line)}行）的对应项目单元格为空"
        if key in pairs:
            project, score = pairs[key]
            for item in items:
                item.project = project
            items[0].comments.append(
                f"{where}；按重点工作和三级指标名称与项目名称的相似度（{score:.2f}）读作资金项目「{project}」")
        else:
            items[0].comments.append(f"{where}；没有名称相近的资金项目，对应项目留空")


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
            comments = [] if items else [f"第{group.line}行：二级指标「{group.level2}」下没有三级指标，保留为空组"]
            groups.append({COMMENTS: comments, "level2": group.level2, "items": items})
        out.append({"level1": section.level1, "groups": groups})
    return out


def _problems(reader: _Reader) -> list[Problem]:
    """Rows that found no place, then whatever the form must have and the text lacks."""
    unplaced = [
        Problem(reader.source, item.line, None,
                f"无法放置第{item.line}行「{item.name}」：所在的块里没有印出一级、二级指标",
                f"cannot place line {item.line} '{item.name}': its block never prints a 一级/二级指标")
        for item in reader.indicators.unplaced
    ]
    needs = [
        (reader.year is None, "找不到年度（如「2025年度」）", "no year found (such as 2025年度)"),
        (("unit", "name") not in reader.facts, "找不到「单位名称」", "no 单位名称 row found"),
        (reader.income_total is None, "找不到收入的「资金总额」", "no income total (资金总额) found"),
        (BASIC not in reader.spending, "找不到「基本支出」", "no 基本支出 row found"),
        (PROJECTS not in reader.spending, "找不到「项目支出」", "no 项目支出 row found"),
        (not reader.indicators.sections, "找不到指标（「三级指标」表头）", "no indicators found (no 三级指标 header)"),
    ]
    missing = [Problem(reader.source, None, None, zh, en) for lacking, zh, en in needs if lacking]
    return sorted(reader.problems + unplaced, key=lambda p: p.line) + missing


def import_table(text: str, source: str) -> str:
    """The YAML of a published table given as tab-separated text; ScoringError lists unplaceable rows."""
    if is_project_form(text):
        return import_project(text, source)
    reader = _Reader(source)
    for row in rows_of(text):
        reader.read(row)
    reader.indicators.end_block()
    problems = _problems(reader)
    if problems:
        raise ScoringError(problems)
    sections = reader.indicators.sections
    _map_key_works(sections, reader.projects)
    facts = reader.facts
    data = {
        "title": reader.title or TargetTable.model_fields["title"].default,
        "year": reader.year,
        "unit": {"name": facts[("unit", "name")], "functions": facts.get(("unit", "functions"), ""),
                 "departments": facts.get(("unit", "departments"), "")},
        "funds": {
            "income": {"total": reader.income_total, "sources": reader.sources},
            "expenditure": {"basic": reader.spending[BASIC], "projects_total": reader.spending[PROJECTS],
                            "projects": reader.projects},
        },
        "goals": {"mid_long_term": facts.get(("goals", "mid_long_term"), ""),
                  "annual": facts.get(("goals", "annual"), "")},
        "indicators": _indicators(sections),
    }
    count = sum(len(g.items) for s in sections for g in s.groups)
    header = [
        f"{data['title']} · {data['unit']['name']} · {reader.year}年度",
        f"由 `scoring import` 从 {Path(source).name} 生成：{count} 个三级指标；金额单位：万元。",
        "以「第N行」开头的注释是导入程序对原表中受损行的读法（N 为原文件的行号），请对照原表核对。",
        "指标值按原表照录并加双引号；修改后请运行 `scoring check` 检查。",
    ]
    out = dump(data, header)
    validate(parse_yaml(out, source), TargetTable)  # what we write must load; a failure here is a bug
    return out
