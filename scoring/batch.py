"""Scoring many units at once: every target table in a folder with its actuals, across processes.

One unit's bad file never stops the others: its error is kept and reported in the summary. Each
worker process loads the rules and builds its engine once, then scores units one after another and
writes each unit's JSON report itself, so only a small summary row crosses between processes.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterator

from .actuals import load_actuals
from .collector import settle
from .engine.backends import make_matcher, resolve_engine
from .errors import Pos, ScoringError, display_path
from .limits import MAX_UNIT_SECONDS, shorten
from .evaluate import evaluate
from .lang_tag import lang_tag
from .output import write_atomic
from .render import json_report
from .rulebook.load import RuleBook, load_rules
from .run import input_files, refuse_both, rule_files, yaml_or_workbook
from .scorecard import BatchSummary, Scorecard, UnitRow, ranked
from .table.load import load_targets
from .xlsx.open import open_in_excel
from .xlsx.unread import UnreadCells
from .yamlio import without_positions


@dataclass(frozen=True)
class _Job:
    targets: Path
    actuals: Path
    report: Path


def find_jobs(targets_dir: Path, actuals_dir: Path, out_dir: Path, period: str, lang: str = "zh") -> list[_Job]:
    """Every *.yaml under targets_dir, with actuals_dir/<same folder>/<name>.<period>.yaml (or .xlsx)."""
    if not targets_dir.is_dir():
        raise Pos(display_path(targets_dir)).fail("batch.no_targets_folder")
    if not actuals_dir.is_dir():
        raise Pos(display_path(actuals_dir)).fail("batch.no_actuals_folder")
    jobs = []
    for targets in sorted(targets_dir.rglob("*.yaml")):
        rel = targets.relative_to(targets_dir)
        actuals = yaml_or_workbook(actuals_dir / rel.parent / f"{targets.stem}.{period}.yaml")
        jobs.append(_Job(targets, actuals,
                         out_dir / rel.parent / f"{targets.stem}-{period}{lang_tag(lang)}.json"))
    return jobs


# -- worker side -----------------------------------------------------------------------------------

_book: RuleBook | None = None
_matcher = None
_period = "annual"
_lang = "zh"


def _init(rules_dir: str, engine: str, period: str, lang: str) -> None:
    global _book, _matcher, _period, _lang
    _book, _period, _lang = load_rules(rules_dir), period, lang
    _matcher = make_matcher(_book.rules, engine)


def _card(job: _Job, row: UnitRow) -> Scorecard:
    table = load_targets(job.targets, row.targets)  # the row has each file's display_path: resolved once
    if not job.actuals.exists():  # neither NAME.<period>.yaml nor the workbook beside it: say both
        raise Pos(row.actuals).fail("batch.no_actuals", xlsx=display_path(job.actuals.with_suffix(".xlsx")))
    refuse_both(job.actuals, row.actuals, "batch.both_actuals")
    try:
        actuals = load_actuals(job.actuals, table, row.actuals)
    except UnreadCells as e:  # a workbook: its unreadable cells with the checks of the others
        raise e.checked(table, _book, _period) from None
    return evaluate(table, actuals, _book, _period, matcher=_matcher, inputs=input_files(job.targets, job.actuals, _book))


def _score(job: _Job) -> UnitRow:
    row = UnitRow(targets=display_path(job.targets), actuals=display_path(job.actuals))
    try:
        try:
            with without_positions():  # most units score: no need to know where each value was
                card = _card(job, row)
        except ScoringError:
            card = _card(job, row)  # read again with positions, to say where its problems are
        write_atomic(job.report, json_report.render(card, _lang))
    except Exception as e:  # any failure is this unit's, never the batch's
        if not isinstance(e, ScoringError):
            e = Pos(row.targets).fail("batch.unit_crashed", error=shorten(f"{type(e).__name__}: {e}"))
        return _failed(job, row, e)
    return row.model_copy(update={
        # a project table is named by its project, beside the unit that carries it out
        "unit": f"{card.project} · {card.unit}" if card.project else card.unit,
        "total": card.total, "max_total": card.max_total, "grade_basis": card.grade_basis, "grade": card.grade, "grade_en": card.grade_en,
        "lost": card.max_total - card.total, "flags": sum(len(i.flags) for i in card.rows),  # the budget row's too
        "report": display_path(job.report),
        **_open_in_excel(job.actuals),
    })


def _open_in_excel(actuals: Path) -> dict[str, str]:
    """The warning evaluate gives after its output, once for the unit: its workbook is open in Excel now, so
    changes not yet saved were not read."""
    where = open_in_excel(actuals)
    if where is None:
        return {}
    said = where.report("xlsx.open_in_excel", severity="warning")
    return {"warning_zh": said.render("zh"), "warning_en": said.render("en")}


def _failed(job: _Job, row: UnitRow, e: ScoringError) -> UnitRow:
    try:
        job.report.unlink(missing_ok=True)  # an earlier run's report must not sit beside this failure
    except OSError:
        pass  # a folder we cannot change: its failure is already this unit's error
    return row.model_copy(update={"error_zh": e.render("zh"), "error_en": e.render("en")})


def _work(conn, rules_dir: str, engine: str, period: str, lang: str) -> None:
    """A worker process: scores each chunk of jobs it is sent, one row back per job, until told to stop."""
    _init(rules_dir, engine, period, lang)
    settle()  # the rules and engine live as long as the worker
    while (chunk := conn.recv()) is not None:
        for job in chunk:
            conn.send(_score(job))


# -- parent side -----------------------------------------------------------------------------------

class _Worker:
    """A worker process, its end of the pipe, and the jobs sent to it that have no row yet."""

    def __init__(self, context, args: tuple):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.pending: list[_Job] = []
        self.since = time.monotonic()

    def send(self, chunk: list[_Job]) -> None:
        self.pending, self.since = list(chunk), time.monotonic()
        self.conn.send(chunk)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass


def _score_all(jobs: list[_Job], rules_dir: Path, engine: str, period: str, lang: str, workers: int) -> Iterator[UnitRow]:
    """Rows for every job, scored in worker processes (one even for --jobs 1): a worker that dies, by a
    crash inside the engine say, or takes longer than MAX_UNIT_SECONDS on one unit, costs only that
    unit, reported as its error; a new worker takes the rest."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    args = (str(rules_dir), engine, period, lang)
    todo = deque(jobs)
    chunk = max(1, min(64, len(jobs) // (workers * 8)))
    pool = [_Worker(context, args) for _ in range(min(workers, len(jobs)))]
    for w in pool:
        w.send([todo.popleft() for _ in range(min(chunk, len(todo)))])
    while any(w.pending for w in pool):
        busy = [w for w in pool if w.pending]
        wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=1)
        for w in busy:
            while w.pending and _readable(w.conn):
                try:
                    row = w.conn.recv()
                except (EOFError, OSError):
                    break
                w.pending.pop(0)
                w.since = time.monotonic()
                yield row
            late = time.monotonic() - w.since > MAX_UNIT_SECONDS
            if w.pending and (not w.process.is_alive() or late):
                if late:
                    w.process.kill()
                w.process.join()
                yield _lost(w.pending[0], w.process.exitcode, late)
                todo.extendleft(reversed(w.pending[1:]))
                w.conn.close()
                pool[pool.index(w)] = w = _Worker(context, args)
            if not w.pending and todo:
                w.send([todo.popleft() for _ in range(min(chunk, len(todo)))])
    for w in pool:
        w.stop()
        w.process.join(timeout=5)
        if w.process.is_alive():
            w.process.kill()


def _readable(conn) -> bool:
    try:
        return conn.poll()
    except (EOFError, OSError):
        return False


def _lost(job: _Job, exitcode: int | None, late: bool) -> UnitRow:
    """The row of a unit whose worker died on it, or was stopped for taking too long."""
    row = UnitRow(targets=display_path(job.targets), actuals=display_path(job.actuals))
    where = Pos(row.targets)
    if late:
        e = where.fail("batch.unit_timeout", seconds=MAX_UNIT_SECONDS)
    elif exitcode is not None and exitcode < 0:
        e = where.fail("batch.unit_killed", signal=-exitcode)
    else:
        e = where.fail("batch.unit_exited", status=exitcode)
    return _failed(job, row, e)


def run_batch(targets_dir: str | Path, actuals_dir: str | Path, rules_dir: str | Path = "rules",
              period: str = "annual", jobs: int | None = None, out_dir: str | Path = "reports/batch",
              engine: str | None = None, progress: Callable[[int, int], None] | None = None,
              lang: str = "zh") -> BatchSummary:
    """Score every unit, writing each one's JSON report in `lang`; `progress(done, total)` is called as units finish."""
    book = load_rules(rules_dir)  # a broken rule book stops the batch here, once, with its located errors
    engine = resolve_engine(engine)
    todo = find_jobs(Path(targets_dir), Path(actuals_dir), Path(out_dir), period, lang)
    workers = jobs or os.cpu_count() or 1
    rows: list[UnitRow] = []
    for row in _score_all(todo, Path(rules_dir), engine, period, lang, workers):
        rows.append(row)
        if progress:
            progress(len(rows), len(todo))
    scored = ranked([r for r in rows if r.error_zh is None])
    failed = sorted((r for r in rows if r.error_zh is not None), key=lambda r: r.targets)
    return BatchSummary(period=period, scored=scored, failed=failed, rules=rule_files(book))
