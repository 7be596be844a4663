"""`scoring audit` as a library call: review a form or a folder, write the report, return the exit status.

Exit status: 0 nothing found (advisories alone find no fault), 1 findings, 2 bad input (a single form that
cannot be read raises its located error; in a folder, or a workbook of several forms, unreadable forms are
listed and make the status 2 once all are done).
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Callable, TextIO

from ..catalogue import text as message
from ..errors import Pos, display_path
from ..out_name import refuse_a_file
from ..output import user_file, user_folder, write_atomic
from ..stdout import tell
from ..rulebook.load import load_rules
from ..run import rules_or_default
from ..table.load import load_targets
from .folder import audit_folder, audit_many, audit_one, reviewer
from .report import FolderAudit, FormAudit

FORMATS = ("table", "json", "markdown", "xlsx")
SUMMARY = "summary"  # a folder's summary workbook beside its marked copies, summary.xlsx


def audit_path(path: str | Path | list, rules: str | Path | None = None, engine: str | None = None,
               progress: Callable[[int, int], None] | None = None,
               targets: str | Path | None = None) -> FormAudit | FolderAudit:
    """A form, a folder, or a list of them (several: summed up as a folder is); `targets`: the approved target
    table every form is compared with (one table for all of them)."""
    book = load_rules(rules_or_default(rules))
    table = load_targets(targets) if targets is not None else None
    shown = display_path(targets) if targets is not None else None
    if isinstance(path, (list, tuple)):
        if len(path) != 1:
            return audit_many(path, reviewer(book, engine, table, shown), progress)
        path = path[0]
    if Path(path).is_dir():
        return audit_folder(path, book, engine, progress, table, shown)
    return audit_one(path, reviewer(book, engine, table, shown))


def status(result: FormAudit | FolderAudit) -> int:
    if isinstance(result, FolderAudit):
        if result.unreadable:
            return 2
        return 1 if any(not a.clean for a in result.forms) else 0
    return 0 if result.clean else 1


def run_audit(path, rules=None, fmt: str = "table", out=None, engine=None, lang: str = "zh",
              progress=None, stdout: TextIO | None = None, color: bool = False, all_rows: bool = False,
              targets=None) -> int:
    """all_rows: the terminal table lists the rows that agree too (otherwise it counts them)."""
    stdout = stdout or sys.stdout
    if fmt == "xlsx" and not out:
        raise Pos("--out").fail("review.xlsx_needs_out")
    named = path if isinstance(path, (list, tuple)) else [path]
    same = next((p for p in named if out and str(out) != "-" and Path(out).resolve() == Path(p).resolve()), None)
    if same is not None:  # the unit's form (or folder of forms) is never overwritten
        raise Pos(display_path(out)).fail("review.out_is_folder" if Path(same).is_dir() else "review.out_is_source")
    many = len(named) > 1 or Path(named[0]).is_dir()
    if fmt == "xlsx" and many:  # each form's marked copy goes into a folder
        refuse_a_file(out, "audit", "cli.out_holds_audit")
    result = audit_path(path, rules, engine, progress, targets)
    if fmt == "xlsx":
        _write_xlsx(result, Path(out), lang, stdout)
    else:
        text = render(result, fmt, lang, color=color and not out, all_rows=all_rows,
                      in_full=len(named) == 1 and Path(named[0]).is_file())
        if out and str(out) != "-":
            write_atomic(out, text, named=True)
            tell(message("review.wrote", path=display_path(out)), lang, stdout)
        else:
            stdout.write(text)
    return status(result)


def render(result: FormAudit | FolderAudit, fmt: str, lang: str, color: bool = False, all_rows: bool = False,
           in_full: bool = False) -> str:
    """The report as text; in colour (and as wide as the terminal) for a terminal. in_full: a workbook of several
    forms, each of which cannot be reviewed on its own, so each is printed whole before their summary (the
    JSON folder document lists them; its readers key on that schema)."""
    from . import render_json, render_markdown, render_terminal

    if in_full and isinstance(result, FolderAudit) and fmt != "json":
        return "\n".join([render(a, fmt, lang, color, all_rows) for a in result.forms] + [render(result, fmt, lang, color)])

    if fmt in ("json", "markdown"):
        module = render_json if fmt == "json" else render_markdown
        return module.render_folder(result, lang) if isinstance(result, FolderAudit) else module.render(result, lang)
    width = min(render_terminal.WIDTH, shutil.get_terminal_size((render_terminal.WIDTH, 24)).columns) if color \
        else render_terminal.WIDTH
    if isinstance(result, FolderAudit):
        return render_terminal.render_folder(result, lang, color=color, width=width)
    return render_terminal.render(result, lang, color=color, width=width, all_rows=all_rows)


def _write_xlsx(result, out: Path, lang: str, stdout) -> None:
    """One form: its marked copy at `out`; a folder: each readable form's copy inside the folder `out`."""
    from .render_xlsx import write_marked

    if isinstance(result, FormAudit):
        write_marked(result, user_file(out), lang)
        tell(message("review.wrote", path=display_path(out)), lang, stdout)
        return
    from ..xlsx.summary_book import audit_book

    user_folder(out)  # the folder may be new; the forms' subfolders inside it are ours
    taken: set[str] = set()
    copies = []
    for a in sorted(result.forms, key=lambda a: a.source):
        try:  # the form's place inside the folder, so a/f.xlsx and b/f.xlsx do not overwrite each other
            rel = Path(a.source).relative_to(result.folder or ".")
        except ValueError:
            rel = Path(Path(a.source).name)
        copies.append((a, out / marked_name(rel, taken)))
    # named as a copy is, after them, so a form's own summary.xlsx keeps its name; written first, so a summary
    # open in Excel (refused, exit 2) leaves no copy written without it
    summary = out / marked_name(Path(SUMMARY), taken)
    write_atomic(summary, audit_book(result, lang))
    for a, target in copies:
        write_marked(a, target, lang)
        tell(message("review.wrote", path=display_path(target)), lang, stdout)
    tell(message("review.wrote", path=display_path(summary)), lang, stdout)
    stdout.write(render(result, "table", lang))


def marked_name(rel: Path, taken: set[str]) -> Path:
    """Where a folder's form gets its marked copy: f.xlsx keeps its name, f.xls and f.txt become f.xls.xlsx
    and f.txt.xlsx, so forms sharing a stem keep a copy each; a name already taken gets .2, .3 …"""
    name = rel if rel.suffix.lower() == ".xlsx" else rel.with_name(rel.name + ".xlsx")
    n = 1
    while name.as_posix().lower() in taken:  # lower: a folder on Windows or macOS ignores case
        n += 1
        name = rel.with_name(f"{rel.name}.{n}.xlsx")
    taken.add(name.as_posix().lower())
    return name
