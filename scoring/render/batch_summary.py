"""The summary of a batch: units ranked by total, and the units that could not be scored, in three formats."""
from __future__ import annotations

import io
import json
import os
from decimal import Decimal
from pathlib import Path

from rich import box
from rich.table import Table

from ..scorecard import BatchSummary, UnitRow
from . import markdown, terminal

_ZH = {"title": "批量计分汇总", "period": {"annual": "全年", "h1": "半年"}, "rank": "名次", "unit": "单位",
       "total": "总分", "grade": "等级", "lost": "扣分", "flags": "待核查", "report": "报告", "file": "文件",
       "error": "错误", "failed": "未能计分的单位", "none_failed": "所有单位均已计分。",
       "count": "已计分 {scored} 个单位，未能计分 {failed} 个"}
_EN = {"title": "Batch summary", "period": {"annual": "full year", "h1": "first half"}, "rank": "Rank", "unit": "Unit",
       "total": "Total", "grade": "Grade", "lost": "Lost", "flags": "Flags", "report": "Report", "file": "File",
       "error": "Error", "failed": "Units that could not be scored", "none_failed": "Every unit was scored.",
       "count": "{scored} units scored, {failed} could not be scored"}


def _labels(lang: str) -> dict:
    return _EN if lang == "en" else _ZH


def _grade(r: UnitRow, lang: str) -> str:
    return (r.grade_en if lang == "en" else r.grade) or ""


def _error(r: UnitRow, lang: str) -> str:
    return (r.error_en if lang == "en" else r.error_zh) or ""


def _link(report: str | None, folder: str | Path) -> str:
    if not report:
        return ""
    target = Path(os.path.relpath(report, folder)).as_posix()
    return f"[{Path(report).name}](<{target}>)"  # <…>: the path may hold spaces or brackets


def ranks(scored: list[UnitRow]) -> list[int]:
    """Standard competition ranks of units sorted by total, highest first: equal totals share a rank (1, 1, 3)."""
    out: list[int] = []
    for i, r in enumerate(scored):
        out.append(out[-1] if i and r.total == scored[i - 1].total else i + 1)
    return out


def _n(d: Decimal | None):
    return None if d is None else float(d)


def to_json(summary: BatchSummary, lang: str = "zh") -> str:
    data = {
        "period": summary.period,
        "scored": [{"rank": i, "unit": r.unit, "targets": r.targets, "actuals": r.actuals, "total": _n(r.total),
                    "grade": _grade(r, lang), "lost": _n(r.lost), "flags": r.flags, "report": r.report}
                   for i, r in zip(ranks(summary.scored), summary.scored)],
        "failed": [{"targets": r.targets, "actuals": r.actuals, "error": _error(r, lang)} for r in summary.failed],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_markdown(summary: BatchSummary, lang: str = "zh", folder: str | Path = ".") -> str:
    """The summary as Markdown written into `folder`: report paths are relative to it, so links work there."""
    L = _labels(lang)
    out = [f"# {L['title']}（{L['period'][summary.period]}）" if lang != "en" else f"# {L['title']} ({L['period'][summary.period]})", ""]
    out += markdown.md_table([L["rank"], L["unit"], L["total"], L["grade"], L["lost"], L["flags"], L["report"]], "llrlrrl",
                           [[i, r.unit, f"{r.total:.2f}", _grade(r, lang), f"{r.lost:.2f}", r.flags, _link(r.report, folder)]
                            for i, r in zip(ranks(summary.scored), summary.scored)])
    out += ["", f"## {L['failed']}", ""]
    if summary.failed:
        out += markdown.md_table([L["file"], L["error"]], "ll", [[r.targets, _error(r, lang)] for r in summary.failed])
    else:
        out.append(L["none_failed"])
    return "\n".join(out) + "\n"


def to_text(summary: BatchSummary, lang: str = "zh", color: bool = False, limit: int | None = None) -> str:
    """A terminal table; with `limit`, only the first and last units of a long ranking."""
    L = _labels(lang)
    table = Table(title=f"{L['title']} · {L['period'][summary.period]}", expand=False,
                  box=box.ROUNDED if color else box.ASCII)
    for name, justify in ((L["rank"], "right"), (L["unit"], "left"), (L["total"], "right"), (L["grade"], "left"),
                          (L["lost"], "right"), (L["flags"], "right")):
        table.add_column(name, justify=justify)
    rows = list(zip(ranks(summary.scored), summary.scored))
    if limit and len(rows) > limit:
        rows = rows[: limit // 2] + [None] + rows[-(limit - limit // 2):]
    for item in rows:
        if item is None:
            table.add_row("…", "…", "", "", "", "")
            continue
        i, r = item
        table.add_row(str(i), r.unit or r.targets, f"{r.total:.2f}", _grade(r, lang), f"{r.lost:.2f}", str(r.flags))
    buf = io.StringIO()
    console = terminal.console_for(buf, terminal.WIDTH, color)
    console.print(table)
    console.print(L["count"].format(scored=len(summary.scored), failed=len(summary.failed)))
    for r in summary.failed:  # one unwrapped line per problem, so file:line:column stays whole; no markup in messages
        console.print(_error(r, lang), soft_wrap=True, markup=False, highlight=False)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"
