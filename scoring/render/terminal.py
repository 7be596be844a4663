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
from .grid_row import Indented, Row
from .labels import Labels, blank_amounts, grade_text, labels, row_label, shown_target
from .subtotals import subtotals
from .wrap import balanced

WIDTH = 100
GAP = 2  # blank cells between columns
NAME_MIN = 20  # the narrowest name column beside the figures (10 Chinese characters); narrower, names go above

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


def _header(card: Scorecard, L: Labels, look: _Look, width: int):
    title = Text(card.project or card.unit, style="bold")
    if card.project:
        title.append(f"  {card.unit}", style="")
    sub = Text(f"{L.year_of(card.year)} · {L.period[card.period]} · {L.title_of(card)}")
    grade = card.grade_en if L.lang == "en" else card.grade
    grade = grade_text(card, L) if grade is None else grade
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
    parts = [Panel(Group(*rows), box=look.frame, border_style=_GRADE_STYLE.get(card.grade_en, "").split(" on ")[-1] or "none")]
    if card.illustrative:
        parts.append(Panel(Text(balanced(L.illustrative, width - 4), style="bold"), box=look.frame, border_style="bold red",
                           title=Text(L.illustrative_title, style="bold red")))
    return parts


def _count(card: Scorecard, field: str, names: dict) -> list[tuple[str, int]]:
    values = [getattr(i, field) for i in card.rows]  # the budget row too: it is one of the rows the total adds
    return [(k, values.count(k)) for k in names if values.count(k)]


def _actual(i: ScoredIndicator, L: Labels) -> Text:
    # an indicator scored without a reported value (e.g. the execution rate, from the money) is not "missing"
    if i.actual:
        return Text(i.actual)
    return Text(L.none, style="magenta") if i.status == "missing" else Text("-")


def _status_text(status: str, L: Labels, marks: bool) -> str:
    return L.mark[status] if marks else f"{L.mark[status]} {L.status[status]}"


def _status(i: ScoredIndicator, L: Labels, marks: bool = False) -> Text:
    return Text(_status_text(i.status, L, marks), style=_STATUS_STYLE[i.status])


def _target(i: ScoredIndicator, period: str, L: Labels) -> str:
    # a mark after the target (=100%（全年指标值）) on a line of its own: the narrow column would break it mid-word
    shown = shown_target(i, period, L.lang)
    return shown if shown == i.target else f"{i.target}\n{shown[len(i.target):].lstrip()}"


class _Columns:
    """Fixed column widths shared by every row of the indicator tree, so separate rows line up."""

    def __init__(self, card: Scorecard, L: Labels, width: int):
        h1 = card.period == "h1"
        items = card.indicators + ([card.budget_row] if card.budget_row else [])
        self.id = max([cell_len(L.col_id)] + [cell_len(i.id) for i in card.indicators])  # the budget row shows none
        shown = [line for i in card.indicators for line in _target(i, card.period, L).split("\n")]
        shown += [b.target for b in [card.budget_row] if b]
        self.target = min(14, max([cell_len(L.col_target)] + [cell_len(t) for t in shown]))
        self.actual = min(14, max([cell_len(L.col_actual)] + [cell_len(i.actual or L.none) for i in items]))
        self.points = max([cell_len(L.col_points)] + [cell_len(_pts(i.points, i.weight)) for i in items])
        # a subtotal's (and the total's) wider points take cells from its label, which has many to spare
        self.wider = max([cell_len(_pts(card.total, card.max_total)) - self.points, 0])
        self.status = max([cell_len(L.col_status)] + [cell_len(_status_text(s, L, False)) for s in L.status])
        self.monitor = max([cell_len(L.col_monitor)] + [cell_len(m) for m in L.monitor.values()]) if h1 else 0
        fixed = self.id + self.target + self.actual + self.points + self.status + self.monitor + GAP * (6 if h1 else 5)
        longest = max([cell_len(L.col_name)] + [cell_len(i.name) for i in items])
        # where the names would wrap, the status is its mark alone (the header counts what each mark means)
        self.marks = width - fixed < longest
        if self.marks:
            marks = max([cell_len(L.col_status)] + [cell_len(_status_text(s, L, True)) for s in L.status])
            fixed -= self.status - marks
            self.status = marks
        # narrower still, each indicator takes two lines: its id and name, then its figures under the name
        self.stacked = width - fixed < NAME_MIN
        self.name = width - self.id - GAP if self.stacked else min(longest, width - fixed)
        self.label = self.id + GAP + (0 if self.stacked else self.name + GAP) + self.target + GAP + self.actual
        self.narrowest = fixed - GAP if self.stacked else fixed + NAME_MIN  # the width this layout needs
        self.width = width

    def row(self, cells: list):
        widths = [self.id, self.name, self.target, self.actual, self.points, self.status]
        justify = ["left", "left", "left", "left", "right", "left"]
        if self.monitor:
            widths.append(self.monitor)
            justify.append("left")
        if self.stacked:
            return Group(Row(widths[:2], justify[:2], cells[:2], GAP),
                         Padding(Row(widths[2:], justify[2:], cells[2:], GAP), (0, 0, 0, self.id + GAP)))
        return Row(widths, justify, cells, GAP)

    def subtotal(self, label: str, style: str, value: Text) -> Row:
        return Row([self.label - self.wider, self.points + self.wider], ["left", "right"],
                   [Text(balanced(label, self.label - self.wider), style=style), value], GAP)

    def name_of(self, name: str, style: str = "") -> Text:
        return Text(balanced(name, self.name), style=style)

    def note(self, text: str, style: str) -> Indented:
        # the explanation runs under the name, across the columns to its right
        indent = self.id + GAP + 2
        return Indented(Text(balanced(text, self.width - indent), style=style), indent)


def _indicators(card: Scorecard, L: Labels, look: _Look, width: int) -> list:
    cols = _Columns(card, L, width)
    h1 = card.period == "h1"
    head = [L.col_id, L.col_name, L.col_target, L.col_actual, L.col_points, L.col_status] + ([L.col_monitor] if h1 else [])
    out: list = [cols.row([Text(h, style="bold") for h in head]), Text(look.rule * width, style="dim")]
    for l1, (p1, w1), groups in subtotals(card):
        out.append(cols.subtotal(l1, "bold", Text(_pts(p1, w1), style="bold")))
        for l2, (p2, w2), items in groups:
            out.append(cols.subtotal(f"  {l2}", "bold italic", Text(_pts(p2, w2), style="italic")))
            work = None
            for i in items:
                if i.key_work and i.key_work != work:
                    work = i.key_work
                    line = f"{L.key_work}{L.colon}{work}" + (L.project_of(i.project) if i.project else "")
                    out.append(cols.note(line, "cyan"))
                row = [Text(i.id, style="dim"), cols.name_of(i.name, "bold" if i.lost else ""), _target(i, card.period, L),
                       _actual(i, L), _pts(i.points, i.weight), _status(i, L, cols.marks)]
                if h1:
                    row.append(_light(i, L))
                out.append(cols.row(row))
                out.append(cols.note(f"  {i.explanation.get(L.lang)}", "dim"))
        out.append(Text(""))
    if card.budget_row is not None:  # the money block's row, apart from the tree; the total includes it
        b = card.budget_row
        out.append(cols.row([Text(""), cols.name_of(b.name, "bold"), b.target, _actual(b, L), _pts(b.points, b.weight),
                             _status(b, L, cols.marks)] + ([_light(b, L)] if h1 else [])))
        out.append(cols.note(f"  {b.explanation.get(L.lang)}", "dim"))
        out.append(Text(""))
    out.append(cols.subtotal(L.grand_total, "bold", Text(_pts(card.total, card.max_total), style="bold")))
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


def _lost(card: Scorecard, L: Labels, width: int) -> Table | Text:
    if not card.lost:
        return Text(L.no_loss, style="green")
    t = Table.grid(padding=(0, GAP, 0, 0))
    t.add_column(justify="right", style="red", no_wrap=True)
    t.add_column(overflow="fold")
    room = width - max(cell_len(f"-{display.points(i.lost)}") for i in card.lost) - GAP

    def line(head: str, value: str, style: str = "") -> Text:
        text = Text(balanced(head + value, room))
        text.stylize("dim", 0, len(head.rstrip()))
        if style:
            text.stylize(style, len(head))
        return text

    for i in card.lost:
        lines = [Text(balanced(row_label(i), room), style="bold"),
                 line(f"{L.col_explain}{L.colon}", i.explanation.get(L.lang)),
                 line(f"{L.col_reason}{L.colon}", i.reason) if i.reason else
                 line(f"{L.col_reason}{L.colon}", L.no_reason, "bold red")]
        if i.measure:
            lines.append(line(f"{L.col_measure}{L.colon}", i.measure))
        t.add_row(f"-{display.points(i.lost)}", Text("\n").join(lines))
    return t


_HEIGHT = 25  # rich's own when it cannot ask the terminal
SEPARATOR = 3  # cells between two columns of a look.table: padding, the (blank) rule, padding
HASH_SHORT = 12  # hex digits of a SHA-256 shown where the whole one does not fit a line


def _flags(card: Scorecard, L: Labels, look: _Look, width: int) -> Table | Text:
    if not card.flagged:
        return Text(L.no_flags, style="green")
    # the indicator gets up to 2/7 of the line, the messages the rest; each broken where a person would
    first = min(max(cell_len(row_label(i)) for i in card.flagged), max(12, (width - SEPARATOR) * 2 // 7))
    rest = width - first - SEPARATOR
    t = look.table((L.col_indicator, {"width": first, "overflow": "fold"}),
                   (L.col_flag, {"ratio": 1, "overflow": "fold"}))
    for i in card.flagged:
        t.add_row(balanced(row_label(i), first),
                  Text("\n".join(balanced(f"! {f.message.get(L.lang)}", rest) for f in i.flags), style="yellow"))
    return t


def _inputs(card: Scorecard, L: Labels, look: _Look, width: int) -> list:
    if not card.inputs:
        return [Text(L.no_inputs, style="dim")]
    roles = [L.role[f.role] for f in card.inputs]
    room = width - max(cell_len(r) for r in roles + [L.col_role]) - SEPARATOR
    digits = max(len(f.sha256) for f in card.inputs)
    # the full hash, so a printed scorecard can be matched to the exact files it came from; labelled where it fits,
    # on its own where only the hash fits, its first digits on a narrow terminal (the JSON report has them all)
    label, short = ("SHA-256 ", False) if room >= digits + 8 else ("", room < digits)
    t = look.table((L.col_role, {"no_wrap": True}), (L.col_file, {"overflow": "fold"}))
    for role, f in zip(roles, card.inputs):
        sha = f.sha256[:HASH_SHORT] + "…" if short else f.sha256
        t.add_row(role, Text.assemble(f.path, "\n", (label + sha, "dim")))
    return [t] + ([Text(L.hash_short(HASH_SHORT), style="dim")] if short else [])


def _heading(text: str) -> Text:
    return Text(f"\n{text}", style="bold underline")


def build(card: Scorecard, lang: str = "zh", color: bool = False, width: int = WIDTH) -> list:
    """The scorecard as a list of rich renderables, top to bottom."""
    L, look = labels(lang), _Look(color)
    parts: list = _header(card, L, look, width)
    parts += [_heading(L.h_indicators), *_indicators(card, L, look, width)]
    budget, blank = _budget(card, L), blank_amounts(card, L)
    if budget is not None:
        parts += [_heading(L.h_budget), budget]
    elif blank:
        parts += [_heading(L.h_budget), Text(blank, style="yellow")]
    parts += [_heading(L.h_lost), _lost(card, L, width), _heading(L.h_flags), _flags(card, L, look, width),
              _heading(L.h_inputs), *_inputs(card, L, look, width)]
    return parts


def console_for(file, width: int, color: bool) -> Console:
    # the height matters to nothing printed here; given, rich does not ask the terminal for it on every print
    return Console(file=file, width=width, height=_HEIGHT, color_system="standard" if color else None, force_terminal=color,
                   no_color=not color, highlight=False, emoji=False, markup=False, legacy_windows=False,
                   force_jupyter=False, force_interactive=False, soft_wrap=False)


def render(card: Scorecard, lang: str = "zh", width: int = WIDTH, color: bool = False) -> str:
    """The scorecard as text `width` columns wide; plain text unless `color`."""
    buf = io.StringIO()
    console = console_for(buf, width, color)
    console.print(Group(*build(card, lang, color, width)))  # one print: the same lines, a tenth less work than one each
    text = buf.getvalue()
    # rich pads table rows to the full width; trailing blanks only get in the way of diffs and files
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def use_color(stream=None) -> bool:
    """Colour only on a terminal that shows it: never when NO_COLOR is set (https://no-color.org) or on
    TERM=dumb, which prints escape codes as they are."""
    stream = stream or sys.stdout
    return (bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb")


def terminal_width(card: Scorecard, lang: str) -> int | None:
    """The width to print at on this terminal: its own, up to 100 columns; None where it is too narrow
    for even two lines per indicator (then the plain 100-column scorecard, as for a file)."""
    width = min(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns)
    return width if width >= _Columns(card, labels(lang), width).narrowest else None


def print_scorecard(card: Scorecard, lang: str = "zh") -> None:
    """Print the scorecard to stdout: in colour on a terminal (unless NO_COLOR), else plain text."""
    # on a narrower terminal, fit it; files, pipes and terminals too narrow for it get the full 100 columns
    width = terminal_width(card, lang) if sys.stdout.isatty() else None
    color = use_color(sys.stdout) and width is not None
    sys.stdout.write(render(card, lang, width=width or WIDTH, color=color))
    sys.stdout.flush()
