"""The review as Markdown: the summary, the rows with findings first, the form's own findings; and a folder's."""
from __future__ import annotations

from decimal import Decimal

from .. import display
from ..catalogue import say
from .codes import label, labelled, located
from .render_terminal import counted, grades, how, notes, summary_lines, titles
from .report import FolderAudit, FormAudit


def _p(d: Decimal | None) -> str:
    return "—" if d is None else display.points(d)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _row(cells) -> str:
    return "| " + " | ".join(_cell(str(c)) for c in cells) + " |"


def render(a: FormAudit, lang: str = "zh") -> str:
    out = [f"# {say('review.title', lang, name=a.name or a.title or a.source)}", "", f"`{a.source}`", "",
           *[f"- {line}" for line in summary_lines(a, lang)], ""]
    out += [line for note in notes(a, lang) for line in (note, "")]
    out += [f"## {say('review.h_rows', lang)}", ""]
    T = titles(lang)
    cols = [T[c] for c in ("cell", "row", "weight", "claimed", "points", "difference", "findings")]
    out += [_row(cols), "|---|---|---:|---:|---:|---:|---|"]
    for r in a.flagged_first():
        found = "\n".join(located(f, lang, r.cell) for f in r.findings) or "—"
        if r.findings and r.formula:
            found += f"\n{how(r, lang)}"
        diff = "—" if r.difference is None else ("+" if r.difference > 0 else "") + display.points(r.difference)
        out.append(_row([r.cell.ref if r.cell else "", r.name, _p(r.weight), _p(r.claimed), _p(r.points), diff, found]))
    out.append("")
    if a.findings:
        out += [f"## {say('review.h_form', lang)}", ""]
        out += [f"- {labelled(f, lang)}" + (f" ({f.cell.ref})" if f.cell else "") for f in a.findings]
        out.append("")
    if a.clean:
        out += [say("review.clean", lang), ""]
    if a.all_findings():
        out += _codes(a.codes(), lang)
    return "\n".join(out)


def _codes(counts, lang: str) -> list[str]:
    """The count table: each code's label, the code itself (as JSON has it), and how often it was found."""
    T = titles(lang)
    out = [f"## {say('review.h_codes', lang)}", "", _row([T["kind"], T["code"], T["count"]]), "|---|---|---:|"]
    out += [_row([label(c, lang), f"`{c}`", n]) for c, n in counted(counts)]
    return out + [""]


def render_folder(s: FolderAudit, lang: str = "zh") -> str:
    flagged = sum(not a.clean for a in s.forms)
    out = [f"# {say('review.folder_title', lang)}", ""] + ([f"`{s.folder}`", ""] if s.folder else [])
    out += [say("review.folder_summary", lang, forms=len(s.forms) + len(s.unreadable), flagged=flagged,
                clean=len(s.forms) - flagged, unreadable=len(s.unreadable)), ""]
    T = titles(lang)
    if s.forms:  # every form unreadable: no empty ranking
        cols = [T[c] for c in ("rank", "form", "at_stake", "claimed_total", "total", "grade_written", "grade", "findings")]
        out += [f"## {say('review.h_forms', lang)}", "", _row(cols), "|---:|---|---:|---:|---:|---|---|---:|"]
        for i, a in enumerate(s.forms, 1):
            out.append(_row([i, f"{a.name}\n`{a.source}`" if a.name else f"`{a.source}`", _p(a.at_stake), _p(a.claimed_total), _p(a.total), *grades(a, lang), len(a.problems())]))
        out.append("")
    if s.codes():
        out += _codes(s.codes(), lang)
    if s.unreadable:
        out += [f"## {say('review.h_unreadable', lang)}", "", _row([T["form"], T["error"]]),
                "|---|---|"]
        out += [_row([u.source, u.error.get(lang)]) for u in s.unreadable]
        out.append("")
    return "\n".join(out)
