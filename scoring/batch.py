"""Scoring many units at once: every target table in a folder with its actuals, across processes.

One unit's bad file never stops the others: its error is kept and reported in the summary. Each
worker process loads the rules and builds its engine once, then scores units one after another and
writes each unit's JSON report itself, so only a small summary row crosses between processes.
"""
from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .actuals import load_actuals
from .engine.backends import make_matcher, resolve_engine
from .errors import Pos, ScoringError, display_path
from .evaluate import evaluate
from .output import lang_tag, write_atomic
from .render import json_report
from .rulebook.load import RuleBook, load_rules
from .scorecard import BatchSummary, UnitRow
from .table.load import load_targets


@dataclass(frozen=True)
class _Job:
    targets: Path
    actuals: Path
    report: Path


def find_jobs(targets_dir: Path, actuals_dir: Path, out_dir: Path, period: str, lang: str = "zh") -> list[_Job]:
    """Every *.yaml under targets_dir, with actuals_dir/<same folder>/<name>.<period>.yaml (or .xlsx)."""
    if not targets_dir.is_dir():
        raise Pos(display_path(targets_dir)).error("目标表目录不存在", "targets folder not found")
    if not actuals_dir.is_dir():
        raise Pos(display_path(actuals_dir)).error("实际值目录不存在", "actuals folder not found")
    jobs = []
    for targets in sorted(targets_dir.rglob("*.yaml")):
        rel = targets.relative_to(targets_dir)
        actuals = actuals_dir / rel.parent / f"{targets.stem}.{period}.yaml"
        if not actuals.exists() and actuals.with_suffix(".xlsx").exists():
            actuals = actuals.with_suffix(".xlsx")  # a filled-in workbook (scoring template --format xlsx)
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


def _score(job: _Job) -> UnitRow:
    row = UnitRow(targets=display_path(job.targets), actuals=display_path(job.actuals))
    try:
        table = load_targets(job.targets)
        card = evaluate(table, load_actuals(job.actuals, table), _book, _period, matcher=_matcher)
        write_atomic(job.report, json_report.render(card, _lang))
    except ScoringError as e:
        try:
            job.report.unlink(missing_ok=True)  # an earlier run's report must not sit beside this failure
        except OSError:
            pass  # a folder we cannot change: its failure is already this unit's error
        return row.model_copy(update={"error_zh": e.render("zh"), "error_en": e.render("en")})
    return row.model_copy(update={
        # a project table is named by its project, beside the unit that carries it out
        "unit": f"{card.project} · {card.unit}" if card.project else card.unit,
        "total": card.total, "grade": card.grade, "grade_en": card.grade_en,
        "lost": card.max_total - card.total, "flags": sum(len(i.flags) for i in card.rows),  # the budget row's too
        "report": display_path(job.report),
    })


def _score_all(jobs: list[_Job], rules_dir: Path, engine: str, period: str, lang: str, workers: int) -> Iterator[UnitRow]:
    if workers <= 1 or len(jobs) <= 1:
        _init(str(rules_dir), engine, period, lang)
        yield from map(_score, jobs)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    chunk = max(1, min(64, len(jobs) // (workers * 8)))
    with context.Pool(workers, initializer=_init, initargs=(str(rules_dir), engine, period, lang)) as pool:
        yield from pool.imap_unordered(_score, jobs, chunksize=chunk)


def run_batch(targets_dir: str | Path, actuals_dir: str | Path, rules_dir: str | Path = "rules",
              period: str = "annual", jobs: int | None = None, out_dir: str | Path = "reports/batch",
              engine: str | None = None, progress: Callable[[int, int], None] | None = None,
              lang: str = "zh") -> BatchSummary:
    """Score every unit, writing each one's JSON report in `lang`; `progress(done, total)` is called as units finish."""
    load_rules(rules_dir)  # a broken rule book stops the batch here, once, with its located errors
    engine = resolve_engine(engine)
    todo = find_jobs(Path(targets_dir), Path(actuals_dir), Path(out_dir), period, lang)
    workers = jobs or os.cpu_count() or 1
    rows: list[UnitRow] = []
    for row in _score_all(todo, Path(rules_dir), engine, period, lang, workers):
        rows.append(row)
        if progress:
            progress(len(rows), len(todo))
    scored = sorted((r for r in rows if r.error_zh is None), key=lambda r: (-r.total, r.targets))
    failed = sorted((r for r in rows if r.error_zh is not None), key=lambda r: r.targets)
    return BatchSummary(period=period, scored=scored, failed=failed)
