"""The review in a terminal: rows with findings first, then the form's totals and its findings by code."""
from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

from rich import box
from rich.cells import cell_len
from rich.console import Group
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .. import display
from ..catalogue import say
from ..errors import path_under
from ..render.terminal import SEPARATOR, console_for
from ..render.wrap import CLOSING, OPENING, balanced
from .codes import label, located
from .findings import grade_words, grade_written_words
from .report import FolderAudit, FormAudit

WIDTH = 110


def _p(d: Decimal | None) -> str:
    return "—" if d is None else display.points(d)


def _signed(d: Decimal | None) -> str:
    return "—" if d is None else ("+" if d > 0 else "") + display.points(d)


def titles(lang: str) -> dict[str, str]:
    """The column titles of every review table, by column."""
    return {
        "cell": say("review.col_cell", lang), "row": say("review.col_row", lang),
        "weight": say("review.col_weight", lang), "claimed": say("review.col_claimed", lang),
        "points": say("review.col_points", lang), "difference": say("review.col_difference", lang),
        "findings": say("review.col_findings", lang), "form": say("review.col_form", lang),
        "code": say("review.col_code", lang), "kind": say("review.col_kind", lang),
        "count": say("review.col_count", lang),
        "error": say("review.col_error", lang), "at_stake": say("review.col_at_stake", lang),
        "total": say("review.col_total", lang), "claimed_total": say("review.col_claimed_total", lang),
        "rank": say("review.col_rank", lang),
        "grade_written": say("review.col_grade_written", lang), "grade": say("review.col_grade", lang),
    }


def grades(a: FormAudit, lang: str, written: str = "—") -> list[str]:
    """A form's grade as written (`written` where it writes none) and as rescored, for the folder's table."""
    return [a.grade_written or written, a.grade_en if lang == "en" else a.grade]


class Balanced:
    """Lines of text, each broken by wrap.balanced at the width it is given (a table column's, the line's less an
    indent): never inside a 【label】, a number or a word, never a 、 or 。 opening a line (rich would fold the text
    at the last cell that fits). Each piece keeps its style."""

    def __init__(self, *pieces: tuple[str, str]):
        self.pieces = [(text, style) for text, style in pieces if text]

    def text(self, width: int) -> Text:
        out = Text()
        for i, (text, style) in enumerate(self.pieces):
            out.append(("\n" if i else "") + balanced(text, width), style=style)
        return out

    def __rich_console__(self, console, options):
        yield self.text(options.max_width)

    def __rich_measure__(self, console, options):
        return Measurement.get(console, options, self.text(options.max_width))


class Figures(Balanced):
    """A row's figures (分值 10.00  所报 9.86 …), each title with its figure, two spaces between: broken only
    between two of them, where the line is too narrow, so every row's figures break alike and stay aligned."""

    GAP = "  "

    def __init__(self, pairs: list[str]):
        self.pairs = pairs

    def text(self, width: int) -> Text:
        lines = [""]
        for pair in self.pairs:
            joined = lines[-1] + (self.GAP if lines[-1] else "") + pair
            if lines[-1] and cell_len(joined) > width:
                lines.append(pair)
            else:
                lines[-1] = joined
        return Text("\n".join(lines))


def _table(color: bool, *columns: tuple[str, dict]) -> Table:
    t = Table(box=box.SIMPLE_HEAD if color else box.ASCII, show_edge=not color, pad_edge=False, expand=True,
              header_style="bold")
    for title, kw in columns:
        t.add_column(title, **kw)
    return t


def how(r, lang: str) -> str:
    """The rule that scored the row again, and its formula."""
    return say("review.how", lang, rule=r.rule, formula=r.formula.get(lang))


def notes(a: FormAudit, lang: str) -> list[str]:
    """What the rescored total makes of the rows not scored again: counted as claimed, or (no 分值) not at all."""
    return ([say("review.unscored_note", lang, count=a.unscored)] if a.unscored else []) + (
        [say("review.unweighted_note", lang, count=a.unweighted)] if a.unweighted else [])


def summary_lines(a: FormAudit, lang: str) -> list[str]:
    """Claimed total, rescored total and grade, points at stake: one line each."""
    grade = grade_words(a.grade, a.grade_en, lang, a.total, a.max_total, a.full_mark, a.grade_basis)
    return [say("review.summary_claimed", lang, claimed=_p(a.claimed_total), rows=_p(a.claimed_rows)),
            say("review.summary_total", lang, total=_p(a.total), full=_p(a.max_total), grade=grade),
            stake_line(a, lang),
            *against_lines(a, lang)]


def against_lines(a: FormAudit, lang: str) -> list[str]:
    """With --targets: the approved table, and the total the form's own 分值 and targets would give."""
    out = [say("review.summary_targets", lang, targets=a.targets)] if a.targets else []
    if a.total_as_written is not None:
        out.append(say("review.summary_as_written", lang, total=_p(a.total_as_written)))
    return out


def stake_line(a: FormAudit, lang: str) -> str:
    """Points at stake and the findings; the advisories counted apart, as they are no mistake."""
    notes = len(a.all_findings()) - len(a.problems())
    if notes:
        return say("review.summary_stake_notes", lang, at_stake=_p(a.at_stake), count=len(a.problems()), notes=notes)
    return say("review.summary_stake", lang, at_stake=_p(a.at_stake), count=len(a.problems()))


def build(a: FormAudit, lang: str, color: bool, width: int = WIDTH, all_rows: bool = False) -> list:
    """The form's review; rows that agree are counted, not listed, unless all_rows. Narrower than WIDTH
    (a terminal of 80 columns), each flagged row is a block of lines instead of a table row, so no
    finding or formula is squeezed into a column a dozen characters wide."""
    parts: list = [Text(say("review.title", lang, name=a.name or a.title or a.source), style="bold"),
                   Text(a.source, style="dim"), Text(""), Text(say("review.h_rows", lang), style="bold underline")]
    flagged = [r for r in a.rows if r.findings]
    agreeing = [r for r in a.rows if not r.findings]
    listed = agreeing if all_rows else []
    if width >= WIDTH:
        if flagged or listed:
            parts.append(_rows_table(flagged + listed, lang, color))
    else:
        parts += _row_blocks(flagged, lang)
        if listed:
            parts.append(_rows_table(listed, lang, color, findings=False))
    if agreeing and not all_rows:
        parts.append(Text(say("review.rows_agree", lang, count=len(agreeing)), style="dim"))
    parts.append(Text(""))
    parts += [Balanced((line, "bold")) for line in summary_lines(a, lang)]
    parts += [Balanced((note, "yellow")) for note in notes(a, lang)]
    if a.grade_written:
        parts.append(Text(say("review.grade_written", lang,
                              grade=grade_written_words(a.grade_written, a.grade_written_en, lang))))
    parts += [Balanced((located(f, lang), "yellow")) for f in a.findings]
    if a.clean:
        parts.append(Text(say("review.clean", lang), style="green"))
    if a.all_findings():
        parts += [Text(""), Text(say("review.h_codes", lang), style="bold underline"), _codes(a.codes(), lang, color)]
    return parts


def _found(r, lang: str) -> Balanced:
    """A row's findings, one a line, each after its own cell where that is not the row's, then the rule and
    formula that scored it again."""
    if not r.findings:
        return Balanced(("—", "dim"))
    return Balanced(("\n".join(located(f, lang, r.cell) for f in r.findings), "yellow"),
                    (how(r, lang) if r.formula else "", "dim"))


def _rows_table(rows, lang: str, color: bool, findings: bool = True) -> Table:
    T, number = titles(lang), {"justify": "right", "no_wrap": True}
    columns = [(T["cell"], {"no_wrap": True}), (T["row"], {"ratio": 2, "overflow": "fold"}), (T["weight"], number),
               (T["claimed"], number), (T["points"], number), (T["difference"], number)]
    t = _table(color, *columns, *([(T["findings"], {"ratio": 5, "overflow": "fold"})] if findings else []))
    for r in rows:
        cells = [r.cell.ref if r.cell else "", r.name, _p(r.weight), _p(r.claimed), _p(r.points), _signed(r.difference)]
        t.add_row(*cells, *([_found(r, lang)] if findings else []))
    return t


def _row_blocks(rows, lang: str) -> list:
    """Each flagged row as lines: where and which, its numbers (each right-aligned in its column, so the rows'
    figures line up), then its findings, indented."""
    T, out = titles(lang), []
    figures = [{"weight": _p(r.weight), "claimed": _p(r.claimed), "points": _p(r.points),
                "difference": _signed(r.difference)} for r in rows]
    widths = {k: max(cell_len(f[k]) for f in figures) for k in figures[0]} if figures else {}
    for r, f in zip(rows, figures):
        out.append(Text(f"{r.cell.ref + '  ' if r.cell else ''}{r.name}", style="bold"))
        figures_line = Figures([f"{T[k]} {v.rjust(widths[k])}" for k, v in f.items()])
        out.append(Padding(Group(figures_line, _found(r, lang)), (0, 0, 0, 2)))
    return out


def counted(counts) -> list[tuple[str, int]]:
    """Codes by how often they were found, most first, then by code: the order of every count table."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _codes(counts, lang: str, color: bool) -> Table:
    """Each code's label, the code itself (dim: for whoever keys on it, as JSON does), and its count."""
    T = titles(lang)
    t = _table(color, (T["kind"], {}), (T["code"], {"style": "dim"}), (T["count"], {"justify": "right"}))
    t.expand = False
    for code, n in counted(counts):
        t.add_row(label(code, lang), code, str(n))
    return t


def build_folder(s: FolderAudit, lang: str, color: bool, width: int = WIDTH) -> list:
    flagged = sum(not a.clean for a in s.forms)
    parts: list = [Text(say("review.folder_summary", lang, forms=len(s.forms) + len(s.unreadable), flagged=flagged,
                            clean=len(s.forms) - flagged, unreadable=len(s.unreadable)), style="bold")]
    T, number = titles(lang), {"justify": "right", "no_wrap": True}
    folder = s.folder if s.folder and Path(s.folder).is_dir() else None  # not a workbook of several forms

    def shown(source: str) -> str:
        return source if folder is None else path_under(source, folder)

    # each total with its grade (93.40 优): no column of their own, so the form's column keeps its room
    rows = [[str(i), _p(a.at_stake), *(f"{t} {g}".rstrip() for t, g in zip((_p(a.claimed_total), _p(a.total)),
                                                                          grades(a, lang, written=""))),
             str(len(a.problems()))] for i, a in enumerate(s.forms, 1)]
    heads = [T["rank"], T["at_stake"], T["claimed_total"], T["total"], T["findings"]]
    # what the number columns leave the form's column: each as wide as its widest cell, 3 cells between two
    # columns, and the frame's two edges in plain text
    room = max(8, width - 5 * SEPARATOR - (0 if color else 2) - sum(
        max(cell_len(c) for c in column) for column in zip(heads, *rows)))
    # each form's file relative to the folder reviewed, as batch shows its files; a name never folded inside a word
    paths = [path_lines(shown(a.source), room) for a in s.forms]
    t = _table(color, (T["rank"], number), (T["form"], {"ratio": 3, "overflow": "fold", "width": widest(paths)}),
               (T["at_stake"], number), (T["claimed_total"], number), (T["total"], number), (T["findings"], number))
    for a, path, (rank, *figures) in zip(s.forms, paths, rows):
        t.add_row(rank, f"{balanced(a.name, room)}\n{path}" if a.name else path, *figures)
    if s.forms:  # every form unreadable: no empty ranking
        parts += [Text(""), Text(say("review.h_forms", lang), style="bold underline"), t]
    if s.codes():
        parts += [Text(""), Text(say("review.h_codes", lang), style="bold underline"), _codes(s.codes(), lang, color)]
    if s.unreadable:
        line = width - SEPARATOR - (0 if color else 2)
        # the form's quarter of the line, or as much as its longest file or folder name needs, up to half of it
        names = [name for f in s.unreadable for name in re.split(r"(?<=[/\\])", shown(f.source))]
        room = max(8, line // 4, min(max(map(cell_len, names)), line // 2))
        paths = [path_lines(shown(f.source), room) for f in s.unreadable]
        u = _table(color, (T["form"], {"ratio": 1, "overflow": "fold", "width": widest(paths)}),
                   (T["error"], {"ratio": 3, "overflow": "fold"}))
        for f, path in zip(s.unreadable, paths):
            # each message without the path the first column shows: 自评表!I19: 错误: …
            said = "\n".join(line.removeprefix(f"{f.source}:").lstrip() for line in f.error.get(lang).splitlines())
            u.add_row(path, Balanced((said, "")))
        parts += [Text(""), Text(say("review.h_unreadable", lang), style="bold underline"), u]
    return parts


def widest(cells: list[str]) -> int | None:
    """The widest line of the cells: the least a column may be given so that rich folds none of them."""
    return max((cell_len(line) for c in cells for line in c.splitlines()), default=None)


def path_lines(path: str, room: int) -> str:
    """A path broken after a / (or Windows' \\) where it is wider than `room` (rich would fold it inside a name),
    and a name wider than that after a - _ or . in it (forest-fire-|prevention.yaml) or between two Chinese
    characters, never inside a word; a word still wider than the room folded by cells, so no line is wider."""
    parts = [piece for part in re.split(r"(?<=[/\\])", path)
             for piece in (_name_pieces(part, room) if cell_len(part) > room else [part])]
    lines, line = [], ""
    for part in parts:
        if line and cell_len(line + part) > room:
            lines.append(line)
            line = part
        else:
            line += part
    return "\n".join(lines + [line])


def _name_pieces(name: str, room: int) -> list[str]:
    """A file or folder name's pieces: broken after a - _ or ., and before and after each wide character, but never
    before a closing mark (）.) or after an opening one (（); a piece wider than `room` in single characters."""
    pieces = [name[:1]]
    for c in name[1:]:
        before = pieces[-1][-1]
        if c not in CLOSING and before not in OPENING and (before in "-_." or cell_len(before + c) > 2):
            pieces.append(c)
        else:
            pieces[-1] += c
    return [bit for piece in pieces for bit in (piece if cell_len(piece) > room else [piece])]


def _render(parts: list, width: int, color: bool) -> str:
    buf = io.StringIO()
    console = console_for(buf, width, color)
    for part in parts:
        console.print(part)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"


def render(a: FormAudit, lang: str = "zh", color: bool = False, width: int = WIDTH, all_rows: bool = False) -> str:
    return _render(build(a, lang, color, width, all_rows), width, color)


def render_folder(s: FolderAudit, lang: str = "zh", color: bool = False, width: int = WIDTH) -> str:
    return _render(build_folder(s, lang, color, width), width, color)
