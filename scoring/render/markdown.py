"""The self-evaluation table (自评表) in Markdown, to paste into the written report; deterministic."""
from __future__ import annotations

import re

from .. import display
from ..catalogue import say
from ..scorecard import InputFile, Scorecard, ScoredIndicator
from .labels import Labels, blank_amounts, grade_text, labels, row_label, shown_target
from .subtotals import subtotals


class Markup(str):
    """Markdown we wrote ourselves (bold, links, code): passed through as it is, never escaped."""


# Names, values, reasons and messages come from the users' files: a name holding a line break and
# "## 总分：100.00（优）", or raw HTML, must read as text, not as a heading or a tag.
_ESCAPE = str.maketrans({c: "\\" + c for c in "\\`*[]~|"} | {"<": "&lt;", "&": "&amp;"})
_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")  # inside a word (lower_bound.yaml) it emphasises nothing


def _escaped(s: str) -> str:
    s = s.translate(_ESCAPE)
    return _UNDERSCORE.sub(r"\\_", s) if "_" in s else s


def inline(text: object) -> str:
    """Text as literal Markdown on one line: its Markdown and HTML characters escaped, line breaks as spaces."""
    s = "" if text is None else str(text)
    if isinstance(text, Markup):
        return s
    s = _escaped(s)
    return " ".join(s.splitlines()) if "\n" in s or "\r" in s else s


def cell(text: object) -> str:
    """Text made safe for one table cell: escaped as `inline`, its line breaks as <br>."""
    s = "" if text is None else str(text)
    if not isinstance(text, Markup):
        s = _escaped(s)
    return "<br>".join(part.strip() for part in s.splitlines()) if "\n" in s or "\r" in s else s


def _row(cells: list) -> str:
    return "| " + " | ".join(cell(c) for c in cells) + " |"


def md_table(head: list[str], align: str, rows: list[list]) -> list[str]:
    """align: one letter per column, l or r."""
    rule = "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"
    return [_row(head), rule, *(_row(r) for r in rows)]


def _bold(s: str) -> str:
    return Markup(f"**{cell(s)}**") if s else s


def _title(card: Scorecard, L: Labels) -> str:
    if card.kind == "project":  # headed by the project's name, titled as a project table
        code = "table.md_title_project_annual" if card.period == "annual" else "table.md_title_project_h1"
        return say(code, L.lang, unit=inline(card.project), year=card.year)
    code = "render.table_title.annual" if card.period == "annual" else "render.table_title.h1"
    return say(code, L.lang, unit=inline(card.unit), year=card.year)


def _summary(card: Scorecard, L: Labels) -> list[str]:
    grade = grade_text(card, L)
    lines = ([f"- {say('table.project_label', L.lang)}{L.colon}{inline(card.project)}"] if card.project else [])
    lines += [f"- {L.unit}{L.colon}{inline(card.unit)}", f"- {L.year}{L.colon}{card.year}",
             f"- {L.period_label}{L.colon}{L.period[card.period]}",
             f"- {L.total}{L.colon}**{display.points(card.total)}** / {display.points(card.max_total)}",
             f"- {L.grade}{L.colon}**{grade}**"]
    if card.illustrative:
        lines = [f"> **{L.illustrative_title}**{L.colon}{L.illustrative}", ""] + lines
    return lines


def _actual(i: ScoredIndicator, L: Labels) -> str:
    if i.actual:
        return i.actual
    return L.none if i.status == "missing" else "-"


def _light(monitor: str | None, L: Labels) -> str:
    # red and yellow rows need a reason and a measure: make them stand out in the printed table
    if monitor is None:
        return "-"
    return _bold(L.monitor[monitor]) if monitor in ("red", "yellow") else L.monitor[monitor]


def _main_table(card: Scorecard, L: Labels) -> list[str]:
    h1 = card.period == "h1"
    head = [L.col_level1, L.col_level2, L.col_name, L.col_target, L.col_actual, L.col_weight, L.col_score]
    head += [L.col_monitor] if h1 else []
    head += [L.col_explain]
    align = "lllllrr" + ("l" if h1 else "") + "l"
    tail = [""] * (len(head) - 7)
    rows = []
    for l1, (p1, w1), groups in subtotals(card):
        first1 = True
        for l2, _, items in groups:
            first2 = True
            for i in items:
                # 一级 and 二级 are written once per group, as the merged cells of a printed table
                row = [l1 if first1 else "", l2 if first2 else "", f"{i.id} {i.name}", shown_target(i, card.period, L.lang),
                       _actual(i, L), display.points(i.weight), display.points(i.points)]
                row += [_light(i.monitor, L)] if h1 else []
                row += [i.explanation.get(L.lang)]
                rows.append(row)
                first1 = first2 = False
        rows.append([_bold(f"{l1} {L.subtotal}"), "", "", "", "", _bold(display.points(w1)), _bold(display.points(p1))] + tail)
    if card.budget_row is not None:  # the money block's row, apart from the tree; the total includes it
        b = card.budget_row
        rows.append([_bold(b.name), "", "", b.target, _actual(b, L), display.points(b.weight), display.points(b.points)]
                    + ([_light(b.monitor, L)] if h1 else []) + [b.explanation.get(L.lang)])
    grade = grade_text(card, L) if card.grade is None else (card.grade_en if L.lang == "en" else card.grade)
    rows.append([_bold(L.grand_total), "", "", "", "", _bold(display.points(card.max_total)),
                 _bold(display.points(card.total))] + tail[1:] + [f"{L.grade}{L.colon}{grade}"])
    return md_table(head, align, rows)


def _lost(card: Scorecard, L: Labels) -> list[str]:
    if not card.lost:
        return [L.no_loss]
    measures = any(i.measure for i in card.lost) or card.period == "h1"
    head = ["#", L.col_name, L.col_lost, L.col_explain, L.col_reason] + ([L.col_measure] if measures else [])
    rows = []
    for n, i in enumerate(card.lost, 1):
        row = [n, row_label(i), display.points(i.lost), i.explanation.get(L.lang), i.reason or _bold(L.no_reason)]
        rows.append(row + ([i.measure or ""] if measures else []))
    return md_table(head, "rlrll" + ("l" if measures else ""), rows)


def _flags(card: Scorecard, L: Labels) -> list[str]:
    if not card.flagged:
        return [L.no_flags]
    return [f"- {_bold(row_label(i))}{L.colon}" + L.sep.join(inline(f.message.get(L.lang)) for f in i.flags)
            for i in card.flagged]


def _required(text: str | None, monitor: str, L: Labels) -> str:
    # red and yellow rows must give a reason and a measure; blue ones need not
    return text or (_bold(L.no_reason) if monitor in ("red", "yellow") else "")


def _monitoring(card: Scorecard, L: Labels) -> list[str]:
    counts = [f"{L.monitor[m]} {sum(i.monitor == m for i in card.rows)}" for m in L.monitor]  # the budget row's too
    out = [f"{L.monitoring}{L.colon}" + L.sep.join(counts), ""]
    off = [i for i in card.rows if i.monitor in ("red", "yellow", "blue")]
    if off:
        rows = [[row_label(i), _light(i.monitor, L), shown_target(i, card.period, L.lang), _actual(i, L),
                 _required(i.reason, i.monitor, L), _required(i.measure, i.monitor, L)]
                for i in sorted(off, key=lambda i: ("red", "yellow", "blue").index(i.monitor))]
        out += md_table([L.col_name, L.col_monitor, L.col_target, L.col_actual, L.col_reason, L.col_measure],
                      "llllll", rows)
    return out


def _budget(card: Scorecard, L: Labels) -> list[str]:
    b = card.budget
    rows = [[L.spent, display.amount(b.spent, L.wan, 2)], [L.budget, display.amount(b.budget, L.wan, 2)],
            [L.rate, display.amount(b.rate, "%", 2)]]
    if b.time_progress is not None:
        rows += [[L.time_progress, display.amount(b.time_progress, "%")], [L.progress, display.amount(b.progress, "%", 2)]]
    if b.status:
        rows.append([L.col_monitor, _light(b.status, L)])
    return md_table([L.item, L.value], "lr", rows)


def _inputs(card: Scorecard, L: Labels) -> list[str]:
    return inputs_table(card.inputs, L)


def inputs_table(files: list[InputFile], L: Labels) -> list[str]:
    """The input files with their role and sha256 (a scorecard's; a batch's rules)."""
    if not files:
        return [L.no_inputs]
    return md_table([L.col_role, L.col_file, "SHA-256"], "lll",
                    [[L.role[f.role], f.path, Markup(f"`{f.sha256}`")] for f in files])


def render(card: Scorecard, lang: str = "zh") -> str:
    L = labels(lang)
    parts = [[f"# {_title(card, L)}"], _summary(card, L), [f"## {L.h_table}"], _main_table(card, L)]
    blank = blank_amounts(card, L)
    if card.budget is not None:
        parts += [[f"## {L.h_budget}"], _budget(card, L)]
    elif blank:
        parts += [[f"## {L.h_budget}"], [blank]]
    if card.period == "h1":
        parts += [[f"## {L.h_monitoring}"], _monitoring(card, L)]
    parts += [[f"## {L.h_lost}"], _lost(card, L), [f"## {L.h_flags}"], _flags(card, L),
              [f"## {L.h_inputs}"], _inputs(card, L)]
    return "\n\n".join("\n".join(p) for p in parts) + "\n"
