"""The summary of a batch: units ranked by the score graded on, and the units that could not be scored, in three formats."""
from __future__ import annotations

import io
import os
import shutil
from decimal import Decimal
from pathlib import Path

from rich import box
from rich.table import Table

from ..scorecard import BatchSummary, UnitRow
from ..catalogue import say
from . import json_text, markdown, terminal
from .labels import labels

MIN_WIDTH = 60  # narrower, the names would be cut to nothing: the table is printed this wide
FILES_WIDTH = 90  # the targets file gets a column from this wide


def _grade(r: UnitRow, lang: str) -> str:
    return (r.grade_en if lang == "en" else r.grade) or ""


def _graded(r: UnitRow, lang: str) -> str:
    """The grade, with the score it was read from where the unit's points are not out of the full mark."""
    if r.grade_basis is None:
        return _grade(r, lang)
    return say("render.batch.graded_on", lang, grade=_grade(r, lang), basis=f"{r.grade_basis:.2f}")


def _total(r: UnitRow) -> str:
    """Total / max, so a unit scored out of 78 is not read beside those out of 100 as if it were one of them."""
    return f"{r.total:.2f} / {r.max_total:.2f}" if r.max_total is not None else f"{r.total:.2f}"


def _error(r: UnitRow, lang: str) -> str:
    return (r.error_en if lang == "en" else r.error_zh) or ""


def _link(report: str | None, folder: str | Path) -> str:
    if not report:
        return ""
    target = Path(os.path.relpath(report, folder)).as_posix()
    return markdown.Markup(f"[{markdown.cell(Path(report).name)}](<{target}>)")  # <…>: the path may hold spaces or brackets


def ranks(scored: list[UnitRow]) -> list[int]:
    """Standard competition ranks of units sorted by standing, highest first: equal ones share a rank (1, 1, 3)."""
    out: list[int] = []
    for i, r in enumerate(scored):
        out.append(out[-1] if i and r.standing == scored[i - 1].standing else i + 1)
    return out


def _n(d: Decimal | None):
    return None if d is None else float(d)


def to_json(summary: BatchSummary, lang: str = "zh") -> str:
    data = {
        "period": summary.period,
        "scored": [{"rank": i, "unit": r.unit, "targets": r.targets, "actuals": r.actuals, "total": _n(r.total),
                    "max_total": _n(r.max_total), "grade_basis": _n(r.grade_basis), "grade": _grade(r, lang), "lost": _n(r.lost), "flags": r.flags, "report": r.report}
                   for i, r in zip(ranks(summary.scored), summary.scored)],
        "failed": [{"targets": r.targets, "actuals": r.actuals, "error": _error(r, lang)} for r in summary.failed],
    }
    return json_text.dumps(data) + "\n"


def to_markdown(summary: BatchSummary, lang: str = "zh", folder: str | Path = ".") -> str:
    """The summary as Markdown written into `folder`: report paths are relative to it, so links work there."""
    L = labels(lang)
    out = ["# " + say("render.batch.heading", lang, period=L.period[summary.period]), ""]
    head = [say("render.batch.rank", lang), L.unit, L.col_file, L.total, L.grade, L.col_lost, say("render.batch.flags", lang)]
    out += markdown.md_table(head + [say("render.batch.report", lang)], "lllrlrrl",
                           [[i, r.unit, r.targets, _total(r), _graded(r, lang), f"{r.lost:.2f}", r.flags, _link(r.report, folder)]
                            for i, r in zip(ranks(summary.scored), summary.scored)])
    out += ["", "## " + say("render.batch.failed", lang), ""]
    if summary.failed:
        out += markdown.md_table([L.col_file, say("render.batch.error", lang)], "ll",
                                 [[r.targets, _error(r, lang)] for r in summary.failed])
    else:
        out.append(say("render.batch.none_failed", lang))
    return "\n".join(out) + "\n"


def to_text(summary: BatchSummary, lang: str = "zh", color: bool = False, limit: int | None = None) -> str:
    """A terminal table; with `limit`, only the first and last units of a long ranking. In colour it is for a
    terminal, so as wide as the terminal (up to 100 columns); plain, 100 columns."""
    L = labels(lang)
    table = Table(title=say("render.batch.caption", lang, period=L.period[summary.period]), expand=False,
                  box=box.ROUNDED if color else box.ASCII)
    width = min(terminal.WIDTH, shutil.get_terminal_size((terminal.WIDTH, 24)).columns) if color else terminal.WIDTH
    width = max(width, MIN_WIDTH)
    files = width >= FILES_WIDTH  # narrower, the unit's name keeps the room (the JSON and Markdown name the files)
    # the figures never wrap; the unit (and the file) give way, cut with …
    columns = [(say("render.batch.rank", lang), "right"), (L.unit, "left")] + ([(L.col_file, "left")] if files else [])
    for name, justify in columns + [(L.total, "right"), (L.grade, "left"), (L.col_lost, "right"),
                                    (say("render.batch.flags", lang), "right")]:
        table.add_column(name, justify=justify, no_wrap=name not in (L.unit, L.col_file))
    rows = list(zip(ranks(summary.scored), summary.scored))
    if limit and len(rows) > limit:
        rows = rows[: limit // 2] + [None] + rows[-(limit - limit // 2):]
    for item in rows:
        if item is None:
            table.add_row("…", "…", *([""] * (len(columns) + 2)))
            continue
        i, r = item
        table.add_row(str(i), r.unit or r.targets, *([r.targets] if files else []), _total(r), _graded(r, lang),
                      f"{r.lost:.2f}", str(r.flags))
    buf = io.StringIO()
    console = terminal.console_for(buf, width, color)
    console.print(table)
    console.print(say("render.batch.count", lang, scored=len(summary.scored), failed=len(summary.failed)))
    for r in summary.failed:  # one unwrapped line per problem, so file:line:column stays whole; no markup in messages
        console.print(_error(r, lang), soft_wrap=True, markup=False, highlight=False)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"
