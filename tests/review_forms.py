"""Filled-in 项目支出绩效自评表 forms for the review tests, written the way other programs write them.

`Form` holds what a unit fills in; `write_xlsx` lays it out in the central 11-column layout (DOMAIN.md
§7) cell by cell with openpyxl, merged cells and all, without our own writer; `write_text` is the same
form exported as tab-separated text (a merged cell's value in its first cell only); `write_yaml` is our
own YAML. `consistent()` is a form with no mistake; `case(code)` is that form with one mistake in it.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

BUDGET = "预算执行率"
COLUMNS = 11  # A–K


@dataclass
class Row:
    level1: str
    level2: str
    name: str
    target: str
    actual: str
    weight: str
    points: str
    reason: str = ""


@dataclass
class Form:
    rows: list[Row]
    money: list[tuple[str, str, str, str]] = field(default_factory=lambda: [
        ("年度资金总额", "100", "100", "100"), ("其中：本年财政拨款", "100", "100", "100"),
        ("上年结转资金", "0", "0", "0"), ("其他资金", "0", "0", "0")])
    rate: str = "100%"
    budget_weight: str = "10"
    budget_points: str = "10"
    budget_reason: str = ""  # the budget row's 偏差原因, on a line of its own under the money lines where given
    total: str | None = None  # None: the sum of the claimed points; "": left blank
    total_weight: str | None = None  # None: the sum of the 分值
    grade: str | None = None  # a provincial 自评等级 row, if given
    level_points: dict[str, str] = field(default_factory=dict)  # override the (N分) on a 一级 label
    name: str = "示例职业技能培训项目"
    year: str = "2025"

    def row(self, name: str) -> Row:
        return next(r for r in self.rows if r.name == name)

    def sums(self) -> tuple[str, str]:
        def add(values):
            # a claim in words (满分) adds nothing, as the reviewer's sum of the claimed rows
            return str(sum((Decimal(v) for v in values if v.lstrip("-").replace(".", "", 1).isdigit()), Decimal(0)))
        return (add([self.budget_weight] + [r.weight for r in self.rows]),
                add([self.budget_points] + [r.points for r in self.rows]))

    def level1_label(self, level1: str) -> str:
        points = self.level_points.get(level1) or str(sum((Decimal(r.weight or 0) for r in self.rows if r.level1 == level1), Decimal(0)))
        return f"{level1}({points}分)"


def consistent() -> Form:
    """Every row scored by the official method, 2 decimals, reasons where points are lost: no finding."""
    return Form(rows=[
        Row("产出指标", "数量指标", "培训人数", "≥500人", "520人", "20", "20"),
        Row("产出指标", "质量指标", "培训合格率", "≥95%", "93%", "20", "19.58", "部分学员补考后合格"),
        Row("产出指标", "时效指标", "按时完成率", "≥90%", "95%", "10", "10"),
        Row("效益指标", "社会效益指标", "培训制度健全性", "健全", "健全", "20", "18", "个别制度待修订"),
        Row("效益指标", "可持续影响指标", "成本控制率", "≤100%", "98%", "10", "10"),
        Row("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "92%", "10", "10"),
    ])


def _money(form: Form, spent: str, points: str, rate: str | None = None) -> Form:
    money = [(form.money[0][0], "100", "100", spent), (form.money[1][0], "100", "100", spent)] + form.money[2:]
    return dataclasses.replace(form, money=money, budget_points=points, rate=rate or form.rate,
                               budget_reason="部分培训补贴年底到账，未及时支付")  # a point lost, and why


def _edit(form: Form, name: str, **changes) -> Form:
    rows = [dataclasses.replace(r, **changes) if r.name == name else r for r in form.rows]
    return dataclasses.replace(form, rows=rows)


def case(code: str) -> tuple[Form, dict[str, set[str]], set[str]]:
    """The consistent form with the mistake `code`; every finding expected, by row, and on the form."""
    f = consistent()
    rows_cases = {
        "budget_rate_mismatch": (_money(f, "80.45", "8.05"), {BUDGET: {"budget_rate_mismatch"}}),
        "rate_rounded": (_money(f, "92.56", "9.26", "93%"), {BUDGET: {"rate_rounded"}}),
        "rate_ambiguous": (_money(f, "80.45", "8.05", "0.8045"), {BUDGET: {"rate_ambiguous"}}),
        "unreadable_rate": (_money(f, "80.45", "8.05", "较高"), {BUDGET: {"unreadable_rate"}}),
        "missed_full": (_edit(f, "培训人数", actual="450人", reason="报名人数不足"), {"培训人数": {"missed_full"}}),
        "met_docked": (_edit(f, "按时完成率", points="9"), {"按时完成率": {"met_docked"}}),
        "actual_percent_used": (_edit(f, "培训合格率", points="18.60"), {"培训合格率": {"actual_percent_used"}}),
        "rounded_down": (_edit(f, "培训合格率", points="19"), {"培训合格率": {"rounded_down"}}),
        "rounded_up": (_edit(f, "培训合格率", actual="85%", points="18"), {"培训合格率": {"rounded_up"}}),
        "points_differ": (_edit(f, "培训合格率", points="15"), {"培训合格率": {"points_differ"}}),
        "above_weight": (_edit(f, "学员满意度", points="12"), {"学员满意度": {"above_weight"}}),
        "qualitative_out_of_band": (_edit(f, "培训制度健全性", actual="基本健全", points="20"),
                                    {"培训制度健全性": {"qualitative_out_of_band"}}),
        "no_reason": (_edit(f, "培训合格率", reason=""), {"培训合格率": {"no_reason"}}),
        # 满分 written for the points: the row is reviewed (scored again), its claim reported, the rest reviewed
        "claimed_unreadable": (dataclasses.replace(_edit(f, "培训人数", points="满分"), total="97.58"),
                               {"培训人数": {"claimed_unreadable"}}),
        "unreadable_target": (_edit(f, "培训合格率", target="95%左右"), {"培训合格率": {"unreadable_target"}}),
        "unreadable_actual": (_edit(f, "培训合格率", actual="约93%"), {"培训合格率": {"unreadable_actual"}}),
        "target_one_percent": (_edit(f, "按时完成率", target="1", actual="98%"), {"按时完成率": {"target_one_percent"}}),
        "cannot_score": (_edit(f, "培训人数", actual="520次"), {"培训人数": {"cannot_score"}}),
        "claimed_blank": (_edit(f, "按时完成率", points=""), {"按时完成率": {"claimed_blank"}}),
        "operator_in_actual": (_edit(f, "培训人数", actual="≥520人"), {"培训人数": {"operator_in_actual"}}),
        "no_actual": (_edit(f, "培训人数", actual="未填报"), {"培训人数": {"no_actual"}}),
        "assessor_scored": (_edit(f, "培训人数", actual="", points="15", reason="统计数据尚未发布"),
                            {"培训人数": {"assessor_scored"}}),
        "over_achievement": (_edit(f, "培训人数", actual="700人"), {"培训人数": {"over_achievement"}}),
        "over_budget": (_money(f, "105", "10", "105%"), {BUDGET: {"over_budget"}}),
        "unit_slip": (_edit(f, "培训人数", target="≥5万人", actual="52000"), {"培训人数": {"unit_slip"}}),
        "budget_in_subrow": (dataclasses.replace(f, money=[("年度资金总额", "0", "0", "0")] + f.money[1:]),
                             {BUDGET: {"budget_in_subrow"}}),
        "amounts_in_yuan": (dataclasses.replace(f, money=[(m[0], *(("1000000",) * 3 if m[1] != "0" else ("0",) * 3))
                                                          for m in f.money]), {BUDGET: {"amounts_in_yuan"}}),
        "money_parts_mismatch": (dataclasses.replace(f, money=[f.money[0], ("其中：本年财政拨款", "90", "90", "90")] + f.money[2:]),
                                 {BUDGET: {"money_parts_mismatch"}}),
    }
    if code in rows_cases:
        form, rows = rows_cases[code]
        return form, rows, set()
    form_cases = {
        "total_mismatch": (dataclasses.replace(f, total="100"), {"total_mismatch"}),
        "total_blank": (dataclasses.replace(f, total=""), {"total_blank"}),
        "grade_mismatch": (dataclasses.replace(f, grade="良"), {"grade_mismatch"}),
        "grade_blank": (dataclasses.replace(f, grade=""), {"grade_blank"}),  # the 自评等级 row, its value left blank
        "total_weight_mismatch": (dataclasses.replace(f, total_weight="110"), {"total_weight_mismatch"}),
        "level_points_mismatch": (dataclasses.replace(f, level_points={"产出指标": "60"}), {"level_points_mismatch"}),
        "weights_not_100": (_edit(f, "学员满意度", weight="20", points="20"), {"weights_not_100"}),
    }
    if code in form_cases:
        form, found = form_cases[code]
        return form, {}, found
    table_cases = {  # against the consistent form's approved table (approved_table(), audit --targets)
        # the reviewer's case: 分值 swapped between a met row and another, the sum still 100
        "weight_changed": (_edit(_edit(f, "培训人数", weight="10", points="10"), "按时完成率", weight="20", points="20"),
                           {"培训人数": {"weight_changed", "met_docked"}, "按时完成率": {"weight_changed", "above_weight"}}, set()),
        # ≥95% lowered to ≥93%, so the 93% reached looks met: scored against the approved ≥95%
        "target_changed": (_edit(f, "培训合格率", target="≥93%", points="20", reason=""),
                           {"培训合格率": {"target_changed", "missed_full", "no_reason"}}, set()),
        "row_missing": (dataclasses.replace(f, rows=[r for r in f.rows if r.name != "按时完成率"]), {},
                        {"row_missing", "weights_not_100"}),
        "row_extra": (dataclasses.replace(f, rows=f.rows[:1] + [Row("产出指标", "数量指标", "宣传培训次数", "≥10次", "10次",
                                                                   "5", "5")] + f.rows[1:]),
                      {"宣传培训次数": {"row_extra"}}, {"weights_not_100"}),
        "row_moved": (_edit(f, "培训合格率", level2="数量指标"), {"培训合格率": {"row_moved"}}, set()),
        "name_changed": (dataclasses.replace(f, name="示例职业技能提升项目"), {}, {"name_changed"}),
        "year_changed": (dataclasses.replace(f, year="2024"), {}, {"year_changed"}),
    }
    if code in table_cases:
        return table_cases[code]
    if code == "budget_zero":
        zero = dataclasses.replace(f, money=[(m[0], "0", "0", "0") for m in f.money])
        return zero, {BUDGET: {"budget_zero"}}, set()
    if code == "no_weight":  # the row's 分值 left blank: the form's 分值 then add up to 80
        return _edit(f, "培训人数", weight=""), {"培训人数": {"no_weight"}}, {"weights_not_100"}
    raise KeyError(code)


# the codes found only against an approved target table: their forms are audited with approved_table()
TABLE_CODES = ("weight_changed", "target_changed", "row_missing", "row_extra", "row_moved", "name_changed",
               "year_changed")
CODES = ("budget_rate_mismatch", "rate_rounded", "rate_ambiguous", "unreadable_rate", "missed_full", "met_docked",
         "actual_percent_used", "rounded_down", "rounded_up", "points_differ", "above_weight",
         "qualitative_out_of_band", "no_reason", "unreadable_target", "unreadable_actual", "target_one_percent",
         "cannot_score", "claimed_blank", "claimed_unreadable", "operator_in_actual", "no_actual", "assessor_scored", "over_achievement", "over_budget", "unit_slip",
         "budget_in_subrow", "amounts_in_yuan", "money_parts_mismatch", "budget_zero", "total_mismatch", "total_blank", "grade_mismatch",
         "grade_blank", "total_weight_mismatch", "level_points_mismatch", "weights_not_100", "no_weight", *TABLE_CODES)


def approved_table(form: Form | None = None) -> str:
    """The approved 项目支出 target table (YAML) the consistent form was filled in from: its rows, 分值 and targets."""
    form = form or consistent()
    lines = ["kind: project", "year: 2025", "project:", f"  name: {form.name}", "  implementer: 某区职业培训中心",
             "  funds:", "    - {source: 年度资金总额, initial: 100, annual: 100}",
             "    - {source: 本年财政拨款, initial: 100, annual: 100}",
             f"budget_row: {{name: {BUDGET}, weight: {form.budget_weight}}}", "indicators:"]
    level1 = level2 = None
    for i, r in enumerate(form.rows, 1):
        if r.level1 != level1:
            lines += [f"  - level1: {r.level1}", "    groups:"]
            level1, level2 = r.level1, None
        if r.level2 != level2:
            lines += [f"      - level2: {r.level2}", "        items:"]
            level2 = r.level2
        lines.append(f'          - {{id: T{i:02d}, name: {r.name}, annual: "{r.target}", weight: {r.weight}}}')
    return "\n".join(lines) + "\n"


def write_table(path: Path, form: Form | None = None) -> Path:
    path.write_text(approved_table(form), encoding="utf-8")
    return path


# -- the central layout, as a grid of (row, column) -> value, with its merged ranges ------------------

def layout(form: Form) -> tuple[dict[tuple[int, int], str], list[tuple[int, int, int, int]]]:
    """Cells (1-based row, column) and merged ranges (r1, c1, r2, c2) of the central 项目支出绩效自评表."""
    cells: dict[tuple[int, int], str] = {}
    merges: list[tuple[int, int, int, int]] = []

    def put(r, c, v, r2=None, c2=None):
        if v is not None and v != "":
            cells[(r, c)] = v
        if (r2 or r) != r or (c2 or c) != c:
            merges.append((r, c, r2 or r, c2 or c))

    put(1, 1, "项目支出绩效自评表", c2=11)
    put(2, 1, f"（{form.year}年度）", c2=11)
    put(3, 1, "项目名称", c2=2), put(3, 3, form.name, c2=11)
    put(4, 1, "主管部门", c2=2), put(4, 3, "某区人力资源和社会保障局", c2=5), put(4, 6, "实施单位"), put(4, 7, "某区职业培训中心", c2=11)
    top = 5
    last = top + len(form.money) + bool(form.budget_reason)
    put(top, 1, "项目资金（万元）", r2=last, c2=2)
    put(top, 3, "", c2=4)
    for c, label in zip((5, 6, 7, 8), ("年初预算数", "全年预算数", "全年执行数", "分值")):
        put(top, c, label)
    put(top, 9, "执行率", c2=10), put(top, 11, "得分")
    for i, (label, initial, annual, spent) in enumerate(form.money):
        r = top + 1 + i
        put(r, 3, label, c2=4), put(r, 5, initial), put(r, 6, annual), put(r, 7, spent)
        if i == 0:
            put(r, 8, form.budget_weight), put(r, 9, form.rate, c2=10), put(r, 11, form.budget_points)
        else:
            put(r, 9, "", c2=10)
    if form.budget_reason:  # the central block has no column for it: a line of its own, as evaluate writes it
        put(last, 3, "偏差原因分析及改进措施", c2=4), put(last, 5, form.budget_reason, c2=11)
    g = last + 1
    put(g, 1, "年度总体目标", r2=g + 1)
    put(g, 2, "预期目标", c2=6), put(g, 7, "实际完成情况", c2=11)
    put(g + 1, 2, "完成职业技能培训500人，合格率95%以上", c2=6), put(g + 1, 7, "完成培训520人，合格率93%", c2=11)
    h = g + 2
    first, end = h + 1, h + len(form.rows)
    put(h, 1, "绩效指标", r2=end)
    for c, label in zip((2, 3), ("一级指标", "二级指标")):
        put(h, c, label)
    put(h, 4, "三级指标", c2=5)
    for c, label in zip((6, 7, 8, 9), ("年度指标值", "实际完成值", "分值", "得分")):
        put(h, c, label)
    put(h, 10, "偏差原因分析及改进措施", c2=11)
    for c, key in ((2, "level1"), (3, "level2")):  # 一级 / 二级 merged down their runs of rows
        start = 0
        for i in range(1, len(form.rows) + 1):
            if i == len(form.rows) or getattr(form.rows[i], key) != getattr(form.rows[start], key):
                value = getattr(form.rows[start], key)
                put(first + start, c, form.level1_label(value) if key == "level1" else value, r2=first + i - 1)
                start = i
    for i, row in enumerate(form.rows):
        r = first + i
        put(r, 4, row.name, c2=5)
        put(r, 6, row.target), put(r, 7, row.actual), put(r, 8, row.weight), put(r, 9, row.points)
        put(r, 10, row.reason, c2=11)
    weights, points = form.sums()
    t = end + 1
    put(t, 1, "总分", c2=7), put(t, 8, form.total_weight or weights), put(t, 9, points if form.total is None else form.total), put(t, 10, "", c2=11)
    if form.grade is not None:
        put(t + 1, 1, "自评等级", c2=7), put(t + 1, 8, form.grade, c2=11)
    return cells, merges


def _number_or_text(v: str):
    """Amounts and points as numbers, the way a budget system exports them; everything else as text."""
    try:
        d = Decimal(v)
    except Exception:
        return v
    return int(d) if d == d.to_integral_value() and "." not in v else float(d)


def _percent_number(v: str) -> float | None:
    """93% as a spreadsheet stores a percentage typed into a cell: 0.93, shown by a 0% format."""
    if not v.endswith("%"):
        return None
    try:
        return float(Decimal(v[:-1]) / 100)
    except Exception:
        return None


_WRITTEN: dict[str, bytes] = {}


def write_xlsx(form: Form, path: Path, sheet: str = "项目支出绩效自评表", percent_numbers: bool = False,
               more: dict[str, Form] | None = None) -> Path:
    """The form in the central layout; with percent_numbers, a bare 93% is the number 0.93 under a 0% format;
    `more`: further forms, each on a sheet of its own after the first. Written once for the same arguments (the
    repr of dataclasses shows every field), later copied: a module's tests write the same form again and again,
    ~10 ms each (16 times in test_review_read)."""
    import openpyxl

    from helpers import made_once

    def make():
        wb = openpyxl.Workbook()
        wb.active.title = sheet
        for title, f in {sheet: form, **(more or {})}.items():
            _put_form(wb[title] if title in wb.sheetnames else wb.create_sheet(title), f, percent_numbers)
        wb.save(path)

    return made_once(_WRITTEN, repr((form, sheet, percent_numbers, more)), path, make)


def _put_form(ws, form: Form, percent_numbers: bool) -> None:
    cells, merges = layout(form)
    numeric = {5, 6, 7, 8, 9, 11}
    for (r, c), v in cells.items():
        if percent_numbers and _percent_number(v) is not None:
            ws.cell(row=r, column=c, value=_percent_number(v)).number_format = "0%"
            continue
        ws.cell(row=r, column=c, value=_number_or_text(v) if c in numeric and not v.endswith("%") else v)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def write_xls(form: Form, path: Path, sheet: str = "项目支出绩效自评表", percent_numbers: bool = False) -> Path:
    """The same layout in the old .xls format, as older budget systems export it (xlwt, merges and all);
    with percent_numbers, a bare 93% is the number 0.93 under a 0% format, as LibreOffice saves it."""
    import xlwt

    percent = xlwt.easyxf(num_format_str="0%")

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    cells, merges = layout(form)
    numeric = {5, 6, 7, 8, 9, 11}
    anchors = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in merges}
    for (r, c), v in cells.items():
        value = _number_or_text(v) if c in numeric and not v.endswith("%") else v
        style = [percent] if percent_numbers and _percent_number(v) is not None else []
        value = _percent_number(v) if style else value
        if (r, c) in anchors:
            r2, c2 = anchors.pop((r, c))
            ws.write_merge(r - 1, r2 - 1, c - 1, c2 - 1, value, *style)
        else:
            ws.write(r - 1, c - 1, value, *style)
    for (r1, c1), (r2, c2) in anchors.items():  # merged ranges left blank
        ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, "")
    wb.save(str(path))
    return path


def write_text(form: Form, path: Path) -> Path:
    cells, _ = layout(form)
    rows = max(r for r, _ in cells)
    lines = ["\t".join(cells.get((r, c), "") for c in range(1, COLUMNS + 1)).rstrip("\t") for r in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_yaml(form: Form, path: Path) -> Path:
    def q(v):
        return '""' if v == "" else f'"{v}"'

    weights, points = form.sums()
    lines = [f"title: 项目支出绩效自评表", f"name: {form.name}", f"year: {form.year}", "budget:",
             f"  initial: {form.money[0][1]}", f"  annual: {form.money[0][2]}", f"  spent: {form.money[0][3]}",
             f"  rate: {q(form.rate)}", f"  weight: {form.budget_weight}", f"  points: {form.budget_points}"]
    lines += [f"  reason: {q(form.budget_reason)}"] if form.budget_reason else []
    lines += ["  parts:"]
    lines += [f"    - {{label: {m[0]}, initial: {m[1]}, annual: {m[2]}, spent: {m[3]}}}" for m in form.money[1:]]
    lines.append("indicators:")
    for r in form.rows:
        lines += [f"  - level1: {r.level1}", f"    level2: {r.level2}", f"    name: {r.name}", f"    target: {q(r.target)}",
                  f"    actual: {q(r.actual)}"]
        lines += [f"    weight: {r.weight}"] if r.weight else []
        lines += [f"    points: {r.points}"] if r.points else []
        lines += [f"    reason: {q(r.reason)}"] if r.reason else []
    lines += [f"total: {points if form.total is None else form.total}", f"total_weight: {form.total_weight or weights}"]
    if form.grade:
        lines.append(f"grade: {form.grade}")
    if form.level_points:
        lines.append("level_points: {" + ", ".join(f"{k}: {v}" for k, v in form.level_points.items()) + "}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


WRITERS = {"xlsx": write_xlsx, "xls": write_xls, "txt": write_text, "yaml": write_yaml}
