"""The summary of a batch: units ranked by the score graded on, and the units that could not be scored, in three formats."""
from __future__ import annotations

import io
import os
import shutil
from decimal import Decimal
from pathlib import Path

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from ..scorecard import BatchSummary, UnitRow
from ..catalogue import say
from ..errors import path_under
from . import json_text, markdown, terminal
from .labels import labels



def grade_of(r: UnitRow, lang: str) -> str:
    return (r.grade_en if lang == "en" else r.grade) or ""


def _graded(r: UnitRow, lang: str) -> str:
    """The grade, with the score it was read from where the unit's points are not out of the full mark."""
    if r.grade_basis is None:
        return grade_of(r, lang)
    return say("render.batch.graded_on", lang, grade=grade_of(r, lang), basis=f"{r.grade_basis:.2f}")


def _total(r: UnitRow) -> str:
    """Total / max, so a unit scored out of 78 is not read beside those out of 100 as if it were one of them."""
    return f"{r.total:.2f} / {r.max_total:.2f}" if r.max_total is not None else f"{r.total:.2f}"


def error_of(r: UnitRow, lang: str) -> str:
    return (r.error_en if lang == "en" else r.error_zh) or ""


def warned_units(summary: BatchSummary) -> list[UnitRow]:
    """The units scored with a warning (a workbook open in Excel as it was read), in the order of their files."""
    return sorted((r for r in summary.scored if r.warning_zh is not None), key=lambda r: r.targets)


def warnings(summary: BatchSummary, lang: str) -> list[str]:
    """Each warned unit's warning, once, in the order of their files."""
    return [warning_of(r, lang) for r in warned_units(summary)]


def warning_of(r: UnitRow, lang: str) -> str:
    return (r.warning_en if lang == "en" else r.warning_zh) or ""


def report_path(report: str, folder: str | Path) -> str:
    """The unit's report as seen from the folder the summary is written into."""
    return Path(os.path.relpath(report, folder)).as_posix()


def _link(report: str | None, folder: str | Path) -> str:
    if not report:
        return ""
    target = report_path(report, folder)
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
                    "max_total": _n(r.max_total), "grade_basis": _n(r.grade_basis), "grade": grade_of(r, lang), "lost": _n(r.lost), "flags": r.flags, "report": r.report}
                   for i, r in zip(ranks(summary.scored), summary.scored)],
        "failed": [{"targets": r.targets, "actuals": r.actuals, "error": error_of(r, lang)} for r in summary.failed],
        # only where there are any: a summary without warnings reads as it always has
        **({"warnings": [{"targets": r.targets, "actuals": r.actuals, "warning": warning_of(r, lang)} for r in warned]}
           if (warned := warned_units(summary)) else {}),
        "rules": [{"path": f.path, "sha256": f.sha256} for f in summary.rules],  # what every unit was scored by
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
                                 [[r.targets, error_of(r, lang)] for r in summary.failed])
    else:
        out.append(say("render.batch.none_failed", lang))
    if warned := warned_units(summary):
        out += ["", "## " + say("render.batch.warnings", lang), ""]
        out += markdown.md_table([L.col_file, say("render.batch.warning", lang)], "ll",
                                 [[r.targets, warning_of(r, lang)] for r in warned])
    out += ["", f"## {L.h_inputs}", ""] + markdown.inputs_table(summary.rules, L)
    return "\n".join(out) + "\n"


def width_of(stream) -> int | None:
    """The width to print the table at: the terminal's (as rich reads it, COLUMNS first); None for a pipe or
    file without COLUMNS, which gets the whole table, nothing cut."""
    if getattr(stream, "isatty", lambda: False)():
        return Console(file=stream).width
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def _shown_file(targets: str, folder: str | Path | None) -> str:
    """The targets file relative to the folder the batch was given, without `.yaml`: the part that tells units apart."""
    path = Path(targets if folder is None else path_under(targets, folder))
    return path.with_suffix("").as_posix() if path.suffix == ".yaml" else path.as_posix()


def _cut_left(text: str, width: int) -> str:
    """`text` in `width` cells, its start replaced by … (a path's end names the unit), at a / where one is near."""
    if cell_len(text) <= width:
        return text
    tail = ""
    for ch in reversed(text):
        if cell_len(tail) + cell_len(ch) > width - 1:
            break
        tail = ch + tail
    slash = tail.find("/")
    return "…" + (tail[slash:] if 0 <= slash < len(tail) // 3 else tail)


def _file_column(files: list[str], room: int) -> tuple[list[str], int]:
    """The file cells in `room` cells and the column's width: cut from the left, or — where cutting would make
    two rows read the same — whole, folded onto more lines."""
    need = max(map(cell_len, files), default=0)
    width = max(room, _FILE_MIN)
    if width >= need:
        return files, need
    cut = [_cut_left(f, width) for f in files]
    return (cut if len(set(cut)) == len(set(files)) else files), width


_UNIT_MIN, _FILE_MIN = 10, 12  # below these a name or a path is no longer recognisable


def _fit(rows: list[list[str]], width: int) -> tuple[int, dict[int, int]]:
    """The table's width and the unit (1) and file (2) columns' widths (0: left out) so that it fits `width`;
    the file cells (rows[1:]) are cut from the left in place where that keeps them apart. The figures never
    wrap. Where two units share a name the file is what tells them apart: it gets its room first, the names
    wrap. Where the names differ the name comes first: whole, with the file beside it if it has its minimum,
    else without the file (the JSON and Markdown summaries name it)."""
    fixed = sum(max(cell_len(r[k]) for r in rows) for k in (0, 3, 4, 5, 6))
    chrome = 3 * len(rows[0]) + 1  # the borders and padding: 3 cells a column, and one
    width = max(width, fixed + chrome + _UNIT_MIN + _FILE_MIN)  # narrower, the terminal wraps lines, nothing is lost
    room = width - chrome - fixed
    body = rows[1:]
    unit_need = max(cell_len(r[1]) for r in rows)
    names = [r[1] for r in body if r[1] != "…"]
    if len(set(names)) == len(names):
        if unit_need + _FILE_MIN > room and unit_need <= room + 3:
            return width, {1: unit_need, 2: 0}
        unit = min(unit_need, room - _FILE_MIN)
        shown, file = _file_column([r[2] for r in body], room - unit)
    else:
        shown, file = _file_column([r[2] for r in body], room - min(unit_need, _UNIT_MIN))
        unit = max(min(unit_need, room - file), _UNIT_MIN)
    for r, f in zip(body, shown):
        r[2] = f
    return width, {1: unit, 2: file}


def to_text(summary: BatchSummary, lang: str = "zh", color: bool = False, limit: int | None = None,
            width: int | None = None, folder: str | Path | None = None) -> str:
    """A terminal table `width` columns wide (None: in colour, which is for a terminal, the terminal's; plain,
    as wide as it needs); with `limit`, only the first and last units of a long ranking. Files are shown relative to `folder` (the targets folder given). Unit names wrap,
    never cut; a file is cut from the left only while the rows still read apart, else it wraps too."""
    L = labels(lang)
    rows = list(zip(ranks(summary.scored), summary.scored))
    if limit and len(rows) > limit:
        rows = rows[: limit // 2] + [None] + rows[-(limit - limit // 2):]
    heads = (say("render.batch.rank", lang), L.unit, L.col_file, L.total, L.grade, L.col_lost, say("render.batch.flags", lang))
    cells = [["…", "…", "", "", "", "", ""] if item is None else
             [str(item[0]), item[1].unit or item[1].targets, _shown_file(item[1].targets, folder), _total(item[1]),
              _graded(item[1], lang), f"{item[1].lost:.2f}", str(item[1].flags)] for item in rows]
    if width is None and color:
        width = shutil.get_terminal_size((terminal.WIDTH, 24)).columns
    columns = list(zip(heads, ("right", "left", "left", "right", "left", "right", "right")))
    widths: dict[int, int] = {}
    if width is not None:
        width, widths = _fit([list(heads), *cells], width)
    table = Table(title=say("render.batch.caption", lang, period=L.period[summary.period]), expand=False,
                  box=box.ROUNDED if color else box.ASCII)
    keep = [k for k in range(len(columns)) if widths.get(k) != 0]
    for k in keep:
        table.add_column(columns[k][0], justify=columns[k][1], overflow="fold", no_wrap=k not in (1, 2), width=widths.get(k))
    for c in cells:
        table.add_row(*(c[k] for k in keep))
    buf = io.StringIO()
    console = terminal.console_for(buf, width or 10_000, color)
    console.print(table)
    console.print(say("render.batch.count", lang, scored=len(summary.scored), failed=len(summary.failed)))
    for said in [error_of(r, lang) for r in summary.failed]:  # its warnings go to stderr (warnings()), as evaluate's
        # one unwrapped line per problem, so file:line:column stays whole; no markup in messages
        console.print(said, soft_wrap=True, markup=False, highlight=False)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"
