"""Where one evaluation spends its time: the top costs per indicator, from cProfile (not a test).

    python bench/profile.py [--engine python|durable] [--evaluations 50] [--top 25] [--generated] [--json] [--batch] [--phases]

Scores the bundled example (its actuals keyed by indicator name, as a user writes them) in one
warm process, --evaluations times, under cProfile; then prints each function's own time and its
cumulative time in µs per indicator, sorted by cumulative time, and where the evaluation ends
(facts, matching, scoring, Scorecard; with --json the report too). --generated scores generated
units (keyed by id) instead. --batch profiles a batch worker instead: --evaluations generated
units written to a temporary folder, each read from its files, scored and its JSON report written
(`scoring.batch._score`, as one worker process runs it), per indicator the same way, after the
CPU time of each of its phases per unit beside parsing the same two files alone (best of 3).
--phases times each phase of evaluate unprofiled instead, then a floor beside bench/run.py's reference
loop: the records alone, what any evaluation makes per row whatever it decides (the fact dict, its
IndicatorInput, the ScoredIndicator, one rounding, one explanation string).
For the cold start: `python -X importtime -m scoring --help 2>&1 | sort -t'|' -k2 -n | tail`.
"""
from __future__ import annotations

import sys
from pathlib import Path

# this file is named like the standard library's `profile`, which cProfile imports: keep bench/ last
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import gc  # noqa: E402
import pstats  # noqa: E402
import random  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from decimal import ROUND_HALF_UP, Decimal  # noqa: E402

from generate import EXAMPLE, actuals_data, generate, load_targets, table_data  # noqa: E402
from run import reference, reference_facts, written  # noqa: E402
from scoring import batch  # noqa: E402
from scoring.actuals import Actuals, load_actuals  # noqa: E402
from scoring.engine.backends import make_matcher  # noqa: E402
from scoring.engine.facts import IndicatorInput  # noqa: E402
from scoring.evaluate import evaluate  # noqa: E402
from scoring.render import json_report  # noqa: E402
from scoring.rulebook.load import load_rules  # noqa: E402
from scoring.scorecard import Bilingual, RuleRef, ScoredIndicator  # noqa: E402
from scoring.table.model import TargetTable  # noqa: E402


def workload(generated: bool, n: int):
    """(table, actuals) pairs to score: the example n times, or n generated units."""
    if not generated:
        unit = (load_targets(EXAMPLE), load_actuals(ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"))
        return [unit] * n
    rng, base = random.Random(7), load_targets(EXAMPLE)
    out = []
    for i in range(n):
        data = table_data(base, f"合成单位{i:05d}", rng)
        out.append((TargetTable.model_validate(data), Actuals.model_validate(actuals_data(data, "annual", rng))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["python", "durable"], default="python")
    parser.add_argument("--evaluations", type=int, default=50)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--generated", action="store_true")
    parser.add_argument("--json", action="store_true", help="also render each Scorecard as the JSON report")
    parser.add_argument("--batch", action="store_true", help="a batch worker: read files, score, write reports")
    parser.add_argument("--phases", action="store_true", help="CPU µs per indicator of each phase of evaluate, unprofiled")
    args = parser.parse_args()
    if args.batch:
        with tempfile.TemporaryDirectory() as tmp:
            report(args, *batch_worker(Path(tmp), args))
        return

    book = load_rules(ROOT / "rules")
    units = workload(args.generated, args.evaluations)
    matcher = make_matcher(book.rules, args.engine)
    if args.phases:
        evaluate_phases(units, book, matcher)
        matcher.close()
        return

    def run() -> int:
        n = 0
        for table, actuals in units:
            card = evaluate(table, actuals, book, "annual", matcher=matcher)
            if args.json:
                json_report.render(card)
            n += written(card)
        return n

    report(args, *measure(run))
    matcher.close()


def evaluate_phases(units, book, matcher) -> None:
    """CPU µs per indicator of each phase of `evaluate` (each run alone over every unit, best of 5), then
    evaluate end to end and with its texts read, as bench/run.py measures it."""
    from scoring.budget_row import with_budget_row
    from scoring.decide import decide
    from scoring.engine.facts import build_inputs
    from scoring.score_row import score_one

    def best(run) -> float:
        times = []
        for _ in range(5):
            gc.collect()  # each run starts from the same heap: the earlier runs' garbage is not its cost
            start = time.process_time()
            run()
            times.append(time.process_time() - start)
        return min(times)

    n = sum(len(list(t.rows())) for t, _ in units)
    facts = [build_inputs(t, a, book, "annual") for t, a in units]
    rows = [with_budget_row(t, a, book, "annual", f, m) for (t, a), (f, m) in zip(units, facts)]
    decided = [decide(f, book, None, matcher) for f, _, _ in rows]
    # each phase keeps one unit's results at a time, as evaluate does: keeping 300 units' rows alive made
    # the collector's passes, not the phase, the largest cost
    phases = {
        "facts": lambda: _each(units, lambda t, a: build_inputs(t, a, book, "annual")),
        "budget row, weights": lambda: _each(zip(units, facts), lambda u, f: with_budget_row(*u, book, "annual", *f)),
        "matching": lambda: _each(rows, lambda f, _w, _r: decide(f, book, None, matcher)),
        "scoring the rows": lambda: _each(zip(decided, rows), lambda ds, r: [score_one(d, r[1][d.input.item.id], book, "annual")
                                                                           for d in ds]),
        "the rows, texts read": lambda: _each(zip(decided, rows), lambda ds, r: [_read(score_one(d, r[1][d.input.item.id], book,
                                                                                                 "annual")) for d in ds]),
        "evaluate": lambda: _each(units, lambda t, a: evaluate(t, a, book, "annual", matcher=matcher)),
        "evaluate, texts read": lambda: _each(units, lambda t, a: written(evaluate(t, a, book, "annual", matcher=matcher))),
    }
    facts_ref = reference_facts(units, book)
    phases["the records alone"] = lambda: [_records(f) for f, _, _ in rows]
    phases["reference loop"] = lambda: reference(facts_ref)
    print(f"{matcher.name}, {n} indicators in {len(units)} evaluations; CPU µs per indicator, best of 5")
    for label, run in phases.items():
        print(f"  {label:<22} {best(run) / n * 1e6:7.1f}")
    print("  (the records alone: what any evaluation makes per row, however it decides and scores: the fact dict,\n"
          "   its IndicatorInput, the ScoredIndicator, one rounding and one explanation; a floor beside the reference)")


_CENT, _ONE = Decimal("0.01"), Decimal(1)
_REF = RuleRef(id="r", title=Bilingual(zh="t", en="t"), file="f", line=1)


def _records(inputs) -> list:
    out = []
    for inp in inputs:
        item, target = inp.item, inp.target
        exact = dict(inp.exact)  # the 21 fact fields, as make_input writes them
        IndicatorInput(inp.section, inp.group, item, target, inp.target_source, inp.entry, inp.actual, exact)
        points = (_ONE * _ONE).quantize(_CENT, rounding=ROUND_HALF_UP)
        text = "{name}：{points}".format_map({"name": item.name, "points": points})
        out.append(ScoredIndicator(
            id=item.id, level1=inp.section.level1, level2=inp.group.level2, name=item.name, key_work=item.key_work,
            project=item.project, target="", target_source="annual", actual=None, outcome=None, weight=_ONE,
            points=points, lost=_ONE - points, status="met", monitor=None, rule=_REF, method="m",
            formula=Bilingual(zh="", en=""), rounding="", explanation=Bilingual.later(lambda lang, t=text: t),
            flags=[], reason=None, measure=None, evidence=None))
    return out


def _each(items, work) -> None:
    for item in items:
        work(*item)


def _read(row):
    """A row's texts read in one language, as an output reads them (they are written on first read)."""
    return row.formula.get("zh"), row.explanation.get("zh"), [f.message.get("zh") for f in row.flags]


def batch_worker(work: Path, args) -> tuple[cProfile.Profile, int, float]:
    """A worker's loop over generated units' files, as `scoring batch` runs it in each process."""
    generate(args.evaluations, work)
    batch._init(str(ROOT / "rules"), args.engine, "annual", "zh")
    runs = iter(range(3))

    def run() -> int:
        # each run writes into a new folder, as a batch does: replacing a file costs more (ext4 flushes it)
        jobs = jobs_of(work, f"out{next(runs)}")
        rows = [batch._score(job) for job in jobs]
        assert all(r.error_zh is None for r in rows), [r.error_en for r in rows if r.error_en][:1]
        return 57 * len(rows)

    phases(jobs_of(work, "phases"))
    return measure(run)


def jobs_of(work: Path, out: str):
    return batch.find_jobs(work / "targets", work / "actuals", work / out, "annual")


def phases(jobs) -> None:
    """CPU ms per unit of each phase of a batch worker, beside parsing its two files alone; best of 3."""
    from ruamel.yaml import YAML

    from scoring.actuals import load_actuals
    from scoring.output import write_atomic
    from scoring.table.load import load_targets
    from scoring.yamlio import without_positions

    best: dict[str, float] = {}
    for n in range(3):
        spent = dict.fromkeys(["parse alone", "targets", "actuals", "evaluate", "JSON", "write"], 0.0)
        for job in jobs:
            marks = [time.process_time()]
            for f in (job.targets, job.actuals):
                YAML(typ="safe").load(f.read_text(encoding="utf-8"))
            marks.append(time.process_time())
            with without_positions():
                table = load_targets(job.targets)
                marks.append(time.process_time())
                actuals = load_actuals(job.actuals, table)
                marks.append(time.process_time())
                card = evaluate(table, actuals, batch._book, "annual", matcher=batch._matcher)
                marks.append(time.process_time())
            text = json_report.render(card, "zh")
            marks.append(time.process_time())
            write_atomic(job.report.with_name(f"{n}-{job.report.name}"), text)
            marks.append(time.process_time())
            for key, start, end in zip(spent, marks, marks[1:]):
                spent[key] += end - start
        for key, value in spent.items():
            best[key] = min(best.get(key, value), value)
    ms = {k: v / len(jobs) * 1e3 for k, v in best.items()}
    ours = sum(v for k, v in ms.items() if k != "parse alone")
    print("CPU ms per unit: " + ", ".join(f"{k} {v:.2f}" for k, v in ms.items())
          + f"; the worker's phases {ours:.2f} = {ours / ms['parse alone']:.2f} × parsing alone")


def measure(run) -> tuple[cProfile.Profile, int, float]:
    """(profile, indicators, unprofiled seconds): run once to warm up, once timed, once profiled."""
    run()  # warm: imports, caches
    start = time.process_time()
    indicators = run()
    plain = time.process_time() - start
    prof = cProfile.Profile()
    prof.enable()
    run()
    prof.disable()
    return prof, indicators, plain


def report(args, prof: cProfile.Profile, indicators: int, plain: float) -> None:
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_, calls, own, cum, _) in stats.stats.items():
        where = f"{Path(file).name}:{line}:{func}" if line else func
        rows.append((cum, own, calls, where))
    rows.sort(reverse=True)
    us = 1e6 / indicators
    what = ("batch worker, generated units' files" if args.batch else
            "generated units" if args.generated else "bundled example (name keys)")
    print(f"{args.engine}, {what}: {indicators} indicators in {args.evaluations} evaluations"
          f"{' + JSON' if args.json else ''}; unprofiled {plain / indicators * 1e6:.1f} µs CPU per indicator "
          f"({indicators / plain:,.0f}/s)")
    print(f"{'cum µs/ind':>10} {'own µs/ind':>10} {'calls/ind':>9}  function")
    for cum, own, calls, where in rows[:args.top]:
        print(f"{cum * us:>10.1f} {own * us:>10.1f} {calls / indicators:>9.1f}  {where}")
    print("\nby own time:")
    rows.sort(key=lambda r: -r[1])
    for cum, own, calls, where in rows[:args.top]:
        print(f"{cum * us:>10.1f} {own * us:>10.1f} {calls / indicators:>9.1f}  {where}")


if __name__ == "__main__":
    main()
