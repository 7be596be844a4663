"""Finding the blocks of a 自评表 in a grid by their labels: heading, money, indicator rows, 总分, 等级.

Columns are found by their header labels (forms.yaml), never by position, so the central layout and
the provincial variants of DOMAIN.md §7 read alike. A value that cannot be read is a located error.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .. import limits
from ..catalogue import say
from ..errors import ScoringError
from ..table.values import NO_TARGET_TEXTS, OPS, normalise_text
from .claimed import Unreadable, claimed_number
from .form import Budget, ClaimedForm, ClaimedRow, Loc, MoneyRow
from .grid import Grid
from .labels import FormLabels, fold, form_labels, label_of, split_points

REQUIRED = ("name", "target", "actual", "weight", "points")
MONEY_REQUIRED = ("annual", "spent")


def read_grid(grid: Grid) -> ClaimedForm:
    """The form in this grid; a located error if its indicator header or a value cannot be read."""
    labels = form_labels()
    folded = [[label_of(grid.text(r, c)) for c in range(len(row))] for r, row in enumerate(grid.rows)]
    header, cols = indicator_header(grid, folded, labels)
    problems: list = []  # every cell that cannot be read, said at once in reading order (as the actuals are)
    budget = _collected(problems, _budget, grid, folded, labels, header)
    rows, level_points, end = _indicator_rows(grid, folded, labels, header, cols, problems)
    if not rows and not problems:
        raise grid.loc(header, cols["name"]).pos().fail("review.no_rows")
    if len(rows) > limits.MAX_INDICATORS:
        raise grid.loc(header, cols["name"]).pos().fail("limits.too_many_indicators", count=len(rows),
                                                         limit=limits.MAX_INDICATORS)
    cells: dict[str, Loc] = {}
    unread: dict[str, str] = {}
    total = total_weight = None
    if end is not None:
        total_weight = _collected(problems, _points, grid, end, cols["weight"], labels)
        total = _claimed(problems, unread, "total", grid, end, cols["points"])
        cells.update(total=grid.loc(end, cols["points"]), total_weight=grid.loc(end, cols["weight"]))
    grade, grade_at = _after_label(grid, folded, labels.grade, range(header + 1, len(grid.rows)))
    if grade_at is not None:  # blank too: a 自评等级 row left empty is a finding at its cell (grade_blank)
        cells["grade"] = grade_at
    name, name_at = _after_label(grid, folded, labels.name, range(header))
    if name:
        cells["name"] = name_at
    title, year, year_at = _heading(grid, labels, header)
    if year_at is not None:
        cells["year"] = year_at
    if problems:
        raise ScoringError(problems)
    return ClaimedForm(title=title, name=name or "", year=year, budget=budget, indicators=rows,
                       level_points=level_points, total=total, total_weight=total_weight, grade=grade or None,
                       source=grid.file, cells=cells, unread=unread, reason_column="reason" in cols)


def find_columns(row: list[str], spec: dict[str, list[str]]) -> dict[str, int]:
    """Each field's column: the first cell bearing the field's first label found in the row, so a label
    listed earlier wins (调整指标值 before 年初指标值); a column serves one field."""
    found: dict[str, int] = {}
    for f, names in spec.items():
        for name in names:
            c = next((c for c, label in enumerate(row) if label == fold(name) and c not in found.values()), None)
            if c is not None:
                found[f] = c
                break
    return found


def form_rows(grid: Grid) -> tuple[Loc, set[int]] | None:
    """Where the grid holds a form's indicator header (every column REQUIRED): its 得分 cell, and the rows
    (1-based) the form is read from, its header's among them (all of them, where it reads whole; else the
    header's alone). None where it has no such header: no 自评表. `scoring import` asks this of a table it
    cannot read."""
    labels = form_labels()
    folded = [[label_of(grid.text(r, c)) for c in range(len(row))] for r, row in enumerate(grid.rows)]
    try:
        header, cols = indicator_header(grid, folded, labels)
    except ScoringError:
        return None
    rows = {header + 1}
    try:
        form = read_grid(grid)
    except ScoringError:
        return grid.loc(header, cols["points"]), rows
    parts = [form, *form.indicators, *([form.budget, *form.budget.parts] if form.budget is not None else [])]
    return grid.loc(header, cols["points"]), rows | {loc.row for part in parts for loc in part.cells.values()}


def indicator_header(grid: Grid, folded: list[list[str]], labels: FormLabels) -> tuple[int, dict[str, int]]:
    spec = labels.indicators.model_dump()
    best: tuple[int, int, dict[str, int]] | None = None
    for r, row in enumerate(folded):
        cols = find_columns(row, spec)
        hits = sum(f in cols for f in REQUIRED)
        if hits == len(REQUIRED):
            return r, cols
        if hits >= 2 and (best is None or hits > best[1]):
            best = (r, hits, cols)
    if best is None:
        raise grid.loc(0, 0).pos().fail("review.no_header", expected=[spec[f][0] for f in REQUIRED])
    r, _, cols = best
    missing = [f for f in REQUIRED if f not in cols]
    half = next((c for c, label in enumerate(folded[r]) if label in {fold(h) for h in labels.half_year}), None)
    if "target" in missing and half is not None:  # evaluate --period h1 writes it: a monitoring form, no grade
        raise grid.loc(r, half).pos().fail("review.half_year_form", label=grid.text(r, half))
    if "points" in missing and grid.sheet in {say("xlsx.sheet_indicators", lang) for lang in ("zh", "en")}:
        raise grid.loc(r, 0).pos().fail("review.actuals_workbook")  # `scoring template`'s, filled in: no 得分 yet
    raise grid.loc(r, 0).pos().fail("review.header_incomplete", missing=[spec[f][0] for f in missing],
                                    found=[grid.text(r, c) for c in sorted(cols.values())])


def _number(grid: Grid, r: int, c: int | None, labels: FormLabels) -> Decimal | None:
    """A number cell: a number, or text such as '10', '10分', '1,250.5'; blank, '/' or '—' is None."""
    if c is None:
        return None
    v = grid.own(r, c)
    if isinstance(v, Decimal):
        return _bounded(grid, r, c, v, format(v, "f"))
    s = normalise_text(v).replace(",", "")
    for suffix in labels.suffixes:
        if s.endswith(suffix) and s != suffix:
            s = s[: -len(suffix)]
            break
    if s in NO_TARGET_TEXTS:
        return None
    try:
        number = Decimal(s)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise grid.loc(r, c).pos().fail("review.not_a_number", found=limits.shorten(v))
    return _bounded(grid, r, c, number, v)


def _points(grid: Grid, r: int, c: int | None, labels: FormLabels) -> Decimal | None:
    """A 分值 cell: a number, never below zero."""
    return _not_negative(grid, r, c, _number(grid, r, c, labels))


def _not_negative(grid: Grid, r: int, c: int | None, number: Decimal | None) -> Decimal | None:
    if number is not None and number < 0:
        raise grid.loc(r, c).pos().fail("review.negative_points", found=grid.text(r, c))
    return number


def _bounded(grid: Grid, r: int, c: int, number: Decimal, written: str) -> Decimal:
    """A number within the input limits (12 digits before the point, 6 after), else a located error."""
    problem = limits.number_problem(number, written)
    if problem:
        code, args = problem
        raise grid.loc(r, c).pos().fail(code, **args)
    return number


def _budget(grid: Grid, folded: list[list[str]], labels: FormLabels, end: int) -> Budget | None:
    # a reason column (Sichuan's 原因) bears the indicator block's reason labels
    spec = {**labels.money.model_dump(), "reason": labels.indicators.reason}
    for r in range(end):
        cols = find_columns(folded[r], spec)
        if all(f in cols for f in MONEY_REQUIRED):
            return _money_block(grid, folded, labels, r, cols, end)
    return None


def _money_block(grid, folded, labels: FormLabels, header: int, cols: dict[str, int], end: int) -> Budget:
    first = min(cols[f] for f in ("initial", "annual", "spent") if f in cols)
    amount_cols = [cols[f] for f in ("initial", "annual", "spent") if f in cols]
    lines: list[MoneyRow] = []
    unit = _unit(folded[header], labels)
    reasons = {fold(x) for x in labels.indicators.reason}
    reason, reason_at = "", None  # the budget row's 偏差原因, on a line of its own (the central block has no column)
    r = header + 1
    while r < end:
        label, label_c = _label_left_of(grid, r, first)
        if not any(grid.own(r, c) != "" for c in amount_cols) and not label:
            break
        if _is_goals(folded[r], labels):
            break
        if label_c is not None and label_of(label) in reasons and reason_at is None:
            reason, reason_at = grid.text(r, first).strip(), grid.loc(r, first)
            r += 1
            continue
        unit = unit or _unit(folded[r], labels)
        cells = {f: grid.loc(r, cols[f]) for f in ("initial", "annual", "spent") if f in cols}
        if label_c is not None:
            cells["label"] = grid.loc(r, label_c)
        lines.append(MoneyRow(label=label, initial=_number(grid, r, cols.get("initial"), labels),
                              annual=_number(grid, r, cols["annual"], labels),
                              spent=_number(grid, r, cols["spent"], labels), cells=cells))
        r += 1
    if not lines:
        raise grid.loc(header, first).pos().fail("review.no_money_rows")
    top = lines[0]
    cells = dict(top.cells)
    if "label" not in cells:  # Sichuan: the block's label (预算执行情况(10分)) heads its header, its line has none
        _, label_c = _label_left_of(grid, header, first)
        if label_c is not None:
            cells["label"] = grid.loc(header, label_c)
    for f in ("weight", "rate", "points"):
        if f in cols:
            cells[f] = grid.loc(header + 1, cols[f])
    # the block's own reason column (Sichuan's 原因), on its first line as its 分值 and 得分 are
    if "reason" in cols and (grid.text(header + 1, cols["reason"]).strip() or reason_at is None):
        reason, reason_at = grid.text(header + 1, cols["reason"]).strip(), grid.loc(header + 1, cols["reason"])
    if reason_at is not None:
        cells["reason"] = reason_at
    rate = grid.text(header + 1, cols["rate"]) if "rate" in cols else ""
    weight = _points(grid, header + 1, cols.get("weight"), labels)
    problems: list = []
    unread: dict[str, str] = {}
    points = _claimed(problems, unread, "points", grid, header + 1, cols.get("points"))
    if problems:
        raise ScoringError(problems)
    return Budget(label=top.label, initial=top.initial, annual=top.annual, spent=top.spent, unit=unit,
                  rate=rate.strip(), weight=weight, points=points, parts=lines[1:], reason=reason, cells=cells,
                  unread=unread)


def _is_goals(row: list[str], labels: FormLabels) -> bool:
    """The goals block (年度总体目标), or a row with an indicator header label, ends the money block."""
    heads = {fold(x) for x in labels.goals + labels.indicators.level1 + labels.indicators.name}
    return any(c in heads for c in row)


def _label_left_of(grid: Grid, r: int, first: int) -> tuple[str, int | None]:
    """A money line's label: the nearest text left of its first amount (C:D beats the A:B block label)."""
    for c in range(first - 1, -1, -1):
        t = grid.text(r, c).strip()
        if t:
            return t, c
    return "", None


def _unit(row: list[str], labels: FormLabels) -> str:
    for cell in row:
        for written, unit in labels.units.items():
            if f"({fold(written)})" in cell:
                return unit
    return ""


def _collected(problems: list, read, *args):
    """read(*args), or None with its problems added to `problems`."""
    try:
        return read(*args)
    except ScoringError as e:
        problems.extend(e.problems)
        return None


def _claimed(problems: list, unread: dict[str, str], field: str, grid: Grid, r: int, c: int | None):
    """Claimed points (a row's 得分, the 总分): a number (text read by claimed_number, as YAML's is), or
    None with the words written (满分) kept in `unread`, for a finding at the cell while the rest of the
    form is reviewed; any other problem (a negative, a number beyond the limits) is added to `problems`."""
    if c is None:
        return None
    v = grid.own(r, c)
    if not isinstance(v, Decimal):
        try:
            v = claimed_number(v)
        except Unreadable:
            unread[field] = grid.text(r, c).strip()
            return None
        if v is None:
            return None
    try:
        return _not_negative(grid, r, c, _bounded(grid, r, c, v, grid.text(r, c)))
    except ScoringError as e:
        problems.extend(e.problems)
        return None


def _indicator_rows(grid, folded, labels: FormLabels, header: int, cols: dict[str, int], problems: list):
    totals = {fold(x) for x in labels.total}
    names = {fold(x) for x in labels.indicators.name}
    grade = {fold(x) for x in labels.grade}
    closing = {fold(x) for x in labels.closing}
    rows: list[ClaimedRow] = []
    level_points: dict[str, Decimal] = {}
    level1 = level2 = ""
    level1_at: Loc | None = None  # where the 一级 label of the rows that follow is written
    level2_at: Loc | None = None  # and their 二级 label (a row_moved is found there)
    stop = cols["weight"]
    spare = _spare_targets(folded[header], cols, labels)
    for r in range(header + 1, len(grid.rows)):
        if any(cell in totals for cell in folded[r][:stop]):
            return rows, level_points, r
        if any(cell in grade or cell in closing for cell in folded[r]):
            break  # the 自评等级, or a closing block (评价结论 …) without a 总分 row before it
        name = grid.text(r, cols["name"]).strip()
        if label_of(name) in names:
            continue  # a second header line
        l1 = grid.text(r, cols["level1"]).strip() if "level1" in cols else ""
        if l1:
            if (r, cols["level1"]) not in grid.below:  # a merged label is written in its first cell only
                level1_at = grid.loc(r, cols["level1"])
            level1, points = split_points(l1)
            if points is not None:
                level_points.setdefault(level1, points)
        l2 = grid.text(r, cols["level2"]).strip() if "level2" in cols else ""
        if l2 or l1:
            level2 = label_of(l2) if l2 else ""
            level2_at = grid.loc(r, cols["level2"]) if l2 else None  # a merged label: its first cell
        values = {f: grid.text(r, cols[f]).strip() for f in ("target", "actual", "weight", "points") if f in cols}
        if not name and not any(values.values()):
            continue
        if not name:
            problems.append(grid.loc(r, cols["name"]).pos().report("review.row_without_name"))
            continue
        own = {**cols, "target": _target_column(grid, r, cols["target"], spare)}
        cells = {f: grid.loc(r, own[f]) for f in ("name", "target", "actual", "weight", "points", "reason")
                 if f in own}
        if level1_at is not None:
            cells["level1"] = level1_at
        if level2_at is not None:
            cells["level2"] = level2_at
        unread: dict[str, str] = {}
        rows.append(ClaimedRow(
            level1=level1, level2=level2, name=name, target=_target(grid, r, own), actual=_actual(grid, r, cols),
            weight=_collected(problems, _points, grid, r, cols["weight"], labels),
            points=_claimed(problems, unread, "points", grid, r, cols["points"]),
            reason=grid.text(r, cols["reason"]).strip() if "reason" in cols else "", cells=cells, unread=unread))
    return rows, level_points, None


def _target_column(grid: Grid, r: int, first: int, spare: list[int]) -> int:
    """The column a row's target is read from: the first target column it fills (调整指标值, else 年初指标值); a
    cell holding only a no-target mark ("/", "—", 无: DOMAIN §1, a row with no value) counts as blank."""
    def filled(c: int) -> bool:
        return normalise_text(grid.text(r, c)) not in NO_TARGET_TEXTS
    if filled(first):
        return first
    return next((c for c in spare if filled(c)), first)


def _spare_targets(header: list[str], cols: dict[str, int], labels: FormLabels) -> list[int]:
    """The header's other target columns, in forms.yaml's order: a row whose target cell is blank takes its
    target from the first of these it fills (Chongqing: 调整指标值 left blank where the target was not adjusted,
    the 年初指标值 is the target)."""
    taken = set(cols.values())
    spare: list[int] = []
    for name in labels.indicators.target:
        spare += [c for c, label in enumerate(header) if label == fold(name) and c not in taken and c not in spare]
    return spare


def _target(grid: Grid, r: int, cols: dict[str, int]) -> str:
    """The target as written; where the form splits it (指标性质 | 指标值 | 度量单位), put back together."""
    value = grid.text(r, cols["target"]).strip()
    op = normalise_text(grid.text(r, cols["op"])) if "op" in cols else ""
    unit = grid.text(r, cols["unit"]).strip() if "unit" in cols else ""
    if op in OPS and value:
        value = op + value
    return _with_unit(value, unit)


def _actual(grid: Grid, r: int, cols: dict[str, int]) -> str:
    unit = grid.text(r, cols["unit"]).strip() if "unit" in cols else ""
    return _with_unit(grid.text(r, cols["actual"]).strip(), unit)


def _with_unit(value: str, unit: str) -> str:
    if unit and re.fullmatch(r"[=≥≤><]?[\d.,]+", normalise_text(value)):
        return value + unit
    return value


def _after_label(grid: Grid, folded, wanted: list[str], rows: range) -> tuple[str, Loc | None]:
    """The value written after a label in these rows: in the same cell (自评等级：优) or the next different
    cell right of it. The name is looked for above the indicator header, the grade below it. A label with
    nothing after it gives '' and the cell its value is left out of: the first one right of the label (of its
    merged range), else the label's own (自评等级：); None where there is no label."""
    keys = {fold(x) for x in wanted}
    blank: Loc | None = None
    for r in rows:
        for c, cell in enumerate(folded[r]):
            m = re.match(r"(.*?):(.*)$", cell)  # folded: a full-width colon is ':' here
            head, rest = (m[1], m[2]) if m else (cell, "")
            if head not in keys:
                continue
            if rest:
                return rest, grid.loc(r, c)
            original = grid.text(r, c)
            after = None
            for c2 in range(c + 1, len(grid.rows[r])):
                t = grid.text(r, c2).strip()
                if t and t != original:
                    return t, grid.loc(r, c2)
                if after is None and t != original:
                    after = grid.loc(r, c2)
            blank = blank or after or grid.loc(r, c)
    return "", blank


_CJK_SPACES = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


def _heading(grid: Grid, labels: FormLabels, end: int) -> tuple[str, int | None, Loc | None]:
    """The title, the year and the cell the year is written in (a year_changed is found there)."""
    title, year, year_at = "", None, None
    for r in range(end):
        for c in range(len(grid.rows[r])):
            t = grid.text(r, c).strip()
            if not title and any(mark in t for mark in labels.title):
                title = _CJK_SPACES.sub("", t)  # 项 目 支 出 … spaced out to fill the width; English keeps its spaces
            m = re.search(labels.year, t)
            if year is None and m:
                year, year_at = int(m[1]), grid.loc(r, c)
    return title, year, year_at
