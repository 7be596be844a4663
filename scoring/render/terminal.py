"""The terminal scorecard: header, indicator tree, lost points, flags, monitoring and inputs, in 100 columns."""
from __future__ import annotations

import io
import os
import shutil
import sys
from decimal import Decimal

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from .. import display
from ..scorecard import Scorecard, ScoredIndicator
from .labels import Labels, blank_amounts, grade_text, labels, row_label, subtotals

WIDTH = 100
GAP = 2  # blank cells between columns

# Box-drawing characters are "ambiguous" width and print as two columns in many CJK fonts
# (e.g. a text file opened in Notepad), so plain output draws its rules with ASCII only.
_ASCII_HEAD = box.Box("    \n    \n -- \n    \n    \n    \n    \n    \n", ascii=True)
_GRADE_STYLE = {"excellent": "bold white on green", "good": "bold white on blue", "fair": "bold black on yellow",
                "poor": "bold white on red"}  # by the grade's English name (rules/grades.yaml)
_STATUS_STYLE = {"met": "green", "partial": "yellow", "missed": "red", "missing": "magenta"}
_MONITOR_STYLE = {"red": "bold red", "yellow": "bold yellow", "green": "bold green", "blue": "bold blue"}


class _Look:
    """Frames and styles for one output: Unicode frames in colour, ASCII frames in plain text."""

    def __init__(self, color: bool):
        self.color = color
        self.head = box.SIMPLE_HEAD if color else _ASCII_HEAD
        self.rule = "─" if color else "-"
        self.frame = box.ROUNDED if color else box.ASCII

    def table(self, *columns: tuple[str, dict]) -> Table:
        t = Table(box=self.head, show_edge=False, pad_edge=False, expand=True, header_style="bold")
        for title, kw in columns:
            t.add_column(title, **kw)
        return t


def _light(i: ScoredIndicator, L: Labels) -> Text:
    return Text(L.monitor[i.monitor], style=_MONITOR_STYLE[i.monitor]) if i.monitor else Text("-")


def _pts(p: Decimal, w: Decimal) -> str:
    return f"{display.points(p)} / {display.points(w)}"


def _header(card: Scorecard, L: Labels, look: _Look):
    title = Text(card.project or card.unit, style="bold")
    if card.project:
        title.append(f"  {card.unit}", style="")
    sub = Text(f"{L.year_of(card.year)} · {L.period[card.period]} · {L.title_of(card)}")
    grade = card.grade_en if L.lang == "en" else card.grade
    score = Text.assemble(
        (f"{L.total}  ", "bold"), (display.points(card.total), "bold"), f" / {display.points(card.max_total)}",
        "      ", (f"{L.grade}  ", "bold"), (f" {grade} " if look.color else grade, _GRADE_STYLE.get(card.grade_en, "bold")))
    counts = Text("   ".join(f"{L.mark[s]} {L.status[s]} {n}" for s, n in _count(card, "status", L.status)))
    rows = [title, sub, Text(""), Padding(score, (0, 2))]
    if card.grade_basis is not None:  # points short of the full mark: say what the grade was read from
        rows.append(Padding(Text(grade_text(card, L), style="yellow"), (0, 2)))
    rows += [Text(""), counts]
    if card.period == "h1":
        monitor = Text("   ").join(Text(f"{L.monitor[m]} {n}", style=_MONITOR_STYLE[m])
                                    for m, n in _count(card, "monitor", L.monitor))
        rows.append(Text.assemble((f"{L.monitoring}{L.colon}", "bold"), monitor))
    parts = [Panel(Group(*rows), box=look.frame, border_style=_GRADE_STYLE.get(card.grade_en, "").split(" on ")[-1] or None)]
    if card.illustrative:
        parts.append(Panel(Text(L.illustrative, style="bold"), box=look.frame, border_style="bold red",
                           title=Text(L.illustrative_title, style="bold red")))
    return parts


def _count(card: Scorecard, field: str, names: dict) -> list[tuple[str, int]]:
    values = [getattr(i, field) for i in card.indicators]
    return [(k, values.count(k)) for k in names if values.count(k)]


def _actual(i: ScoredIndicator, L: Labels) -> Text:
    # an indicator scored without a reported value (e.g. the execution rate, from the money) is not "missing"
    if i.actual:
        return Text(i.actual)
    return Text(L.none, style="magenta") if i.status == "missing" else Text("-")


def _status(i: ScoredIndicator, L: Labels) -> Text:
    return Text(f"{L.mark[i.status]} {L.status[i.status]}", style=_STATUS_STYLE[i.status])


class _Columns:
    """Fixed column widths shared by every row of the indicator tree, so separate rows line up."""

    def __init__(self, card: Scorecard, L: Labels, width: int):
        h1 = card.period == "h1"
        items = card.indicators + ([card.budget_row] if card.budget_row else [])
        self.id = max([cell_len(L.col_id)] + [cell_len(i.id) for i in card.indicators])  # the budget row shows none
        self.target = min(14, max([cell_len(L.col_target)] + [cell_len(i.target) for i in items]))
        self.actual = min(14, max([cell_len(L.col_actual)] + [cell_len(i.actual or L.none) for i in items]))
        self.points = max([cell_len(L.col_points), cell_len(_pts(card.total, card.max_total))]
                          + [cell_len(_pts(i.points, i.weight)) for i in items])
        self.status = max([cell_len(L.col_status)] + [cell_len(f"{L.mark[s]} {L.status[s]}") for s in L.status])
        self.monitor = max([cell_len(L.col_monitor)] + [cell_len(m) for m in L.monitor.values()]) if h1 else 0
        fixed = self.id + self.target + self.actual + self.points + self.status + self.monitor + GAP * (6 if h1 else 5)
        longest = max([cell_len(L.col_name)] + [cell_len(i.name) for i in items])
        self.name = max(12, min(longest, width - fixed))
        self.label = self.id + GAP + self.name + GAP + self.target + GAP + self.actual

    def grid(self, widths: list[int], justify: list[str]) -> Table:
        t = Table.grid(padding=(0, GAP, 0, 0), collapse_padding=True)
        for w, j in zip(widths, justify):
            t.add_column(width=w, justify=j, overflow="fold")
        return t

    def row(self, cells: list) -> Table:
        widths = [self.id, self.name, self.target, self.actual, self.points, self.status]
        justify = ["left", "left", "left", "left", "right", "left"]
        if self.monitor:
            widths.append(self.monitor)
            justify.append("left")
        t = self.grid(widths, justify)
        t.add_row(*cells)
        return t

    def subtotal(self, label: Text, value: Text) -> Table:
        t = self.grid([self.label, self.points], ["left", "right"])
        t.add_row(label, value)
        return t

    def note(self, text: Text) -> Padding:
        # the explanation runs under the name, across the columns to its right
        return Padding(text, (0, 0, 0, self.id + GAP + 2))


def _indicators(card: Scorecard, L: Labels, look: _Look, width: int) -> list:
    cols = _Columns(card, L, width)
    h1 = card.period == "h1"
    head = [L.col_id, L.col_name, L.col_target, L.col_actual, L.col_points, L.col_status] + ([L.col_monitor] if h1 else [])
    out: list = [cols.row([Text(h, style="bold") for h in head]), Text(look.rule * width, style="dim")]
    for l1, (p1, w1), groups in subtotals(card):
        out.append(cols.subtotal(Text(l1, style="bold"), Text(_pts(p1, w1), style="bold")))
        for l2, (p2, w2), items in groups:
            out.append(cols.subtotal(Text(f"  {l2}", style="bold italic"), Text(_pts(p2, w2), style="italic")))
            work = None
            for i in items:
                if i.key_work and i.key_work != work:
                    work = i.key_work
                    line = f"{L.key_work}{L.colon}{work}" + (L.project_of(i.project) if i.project else "")
                    out.append(cols.note(Text(line, style="cyan")))
                row = [Text(i.id, style="dim"), Text(i.name, style="bold" if i.lost else ""), i.target,
                       _actual(i, L), _pts(i.points, i.weight), _status(i, L)]
                if h1:
                    row.append(_light(i, L))
                out.append(cols.row(row))
                out.append(cols.note(Text(f"  {i.explanation.get(L.lang)}", style="dim")))
        out.append(Text(""))
    if card.budget_row is not None:  # the money block's row, apart from the tree; the total includes it
        b = card.budget_row
        out.append(cols.row([Text(""), Text(b.name, style="bold"), b.target, _actual(b, L), _pts(b.points, b.weight),
                             _status(b, L)] + ([_light(b, L)] if h1 else [])))
        out.append(cols.note(Text(f"  {b.explanation.get(L.lang)}", style="dim")))
        out.append(Text(""))
    out.append(cols.subtotal(Text(L.grand_total, style="bold"),
                             Text(_pts(card.total, card.max_total), style="bold")))
    return out


def _budget(card: Scorecard, L: Labels):
    b = card.budget
    if b is None:
        return None
    rows = [(L.spent, display.amount(b.spent, L.wan, 2)), (L.budget, display.amount(b.budget, L.wan, 2)),
            (L.rate, display.amount(b.rate, "%", 2))]
    if b.time_progress is not None:
        rows.append((L.time_progress, display.amount(b.time_progress, "%")))
        progress = Text(f"{display.amount(b.progress, '%', 2)}  ")
        if b.status:
            progress.append(L.monitor[b.status], style=_MONITOR_STYLE[b.status])
        rows.append((L.progress, progress))
    t = Table.grid(padding=(0, 4, 0, 0))
    t.add_column(style="bold")
    t.add_column(justify="left")
    for k, v in rows:
        t.add_row(k, v)
    return t


def _lost(card: Scorecard, L: Labels) -> Table | Text:
    if not card.lost:
        return Text(L.no_loss, style="green")
    t = Table.grid(padding=(0, GAP, 0, 0))
    t.add_column(justify="right", style="red", no_wrap=True)
    t.add_column(overflow="fold")
    for i in card.lost:
        body = Text.assemble((row_label(i), "bold"), "\n", (f"{L.col_explain}{L.colon}", "dim"),
                             i.explanation.get(L.lang), "\n", (f"{L.col_reason}{L.colon}", "dim"))
        if i.reason:
            body.append(i.reason)
        else:
            body.append(L.no_reason, style="bold red")
        if i.measure:
            body.append_text(Text.assemble("\n", (f"{L.col_measure}{L.colon}", "dim"), i.measure))
        t.add_row(f"-{display.points(i.lost)}", body)
    return t


def _flags(card: Scorecard, L: Labels, look: _Look) -> Table | Text:
    if not card.flagged:
        return Text(L.no_flags, style="green")
    t = look.table((L.col_indicator, {"ratio": 2, "overflow": "fold"}), (L.col_flag, {"ratio": 5, "overflow": "fold"}))
    for i in card.flagged:
        t.add_row(row_label(i), Text("\n".join(f"! {f.message.get(L.lang)}" for f in i.flags), style="yellow"))
    return t


def _inputs(card: Scorecard, L: Labels, look: _Look) -> Table | Text:
    if not card.inputs:
        return Text(L.no_inputs, style="dim")
    t = look.table((L.col_role, {"no_wrap": True}), (L.col_file, {"overflow": "fold"}))
    for f in card.inputs:
        # the full hash, so a printed scorecard can be matched to the exact files it came from
        t.add_row(L.role[f.role], Text.assemble(f.path, "\n", (f"SHA-256 {f.sha256}", "dim")))
    return t


def _heading(text: str) -> Text:
    return Text(f"\n{text}", style="bold underline")


def build(card: Scorecard, lang: str = "zh", color: bool = False, width: int = WIDTH) -> list:
    """The scorecard as a list of rich renderables, top to bottom."""
    L, look = labels(lang), _Look(color)
    parts: list = _header(card, L, look)
    parts += [_heading(L.h_indicators), *_indicators(card, L, look, width)]
    budget, blank = _budget(card, L), blank_amounts(card, L)
    if budget is not None:
        parts += [_heading(L.h_budget), budget]
    elif blank:
        parts += [_heading(L.h_budget), Text(blank, style="yellow")]
    parts += [_heading(L.h_lost), _lost(card, L), _heading(L.h_flags), _flags(card, L, look),
              _heading(L.h_inputs), _inputs(card, L, look)]
    return parts


def console_for(file, width: int, color: bool) -> Console:
    return Console(file=file, width=width, color_system="standard" if color else None, force_terminal=color,
                   no_color=not color, highlight=False, emoji=False, markup=False, legacy_windows=False,
                   force_jupyter=False, force_interactive=False, soft_wrap=False)


def render(card: Scorecard, lang: str = "zh", width: int = WIDTH, color: bool = False) -> str:
    """The scorecard as text `width` columns wide; plain text unless `color`."""
    buf = io.StringIO()
    console = console_for(buf, width, color)
    for part in build(card, lang, color, width):
        console.print(part)
    text = buf.getvalue()
    # rich pads table rows to the full width; trailing blanks only get in the way of diffs and files
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def use_color(stream=None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")


def print_scorecard(card: Scorecard, lang: str = "zh") -> None:
    """Print the scorecard to stdout: in colour on a terminal (unless NO_COLOR), else plain text."""
    color = use_color(sys.stdout)
    # on a narrower terminal, fit it; files and pipes always get the full 100 columns
    width = min(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns) if sys.stdout.isatty() else WIDTH
    sys.stdout.write(render(card, lang, width=width, color=color))
    sys.stdout.flush()
