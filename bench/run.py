"""Benchmarks of the engine backends (not part of the test suite).

    python bench/run.py [--units 10000] [--evaluations 10000] [--jobs N]

Prints, for each backend: indicators scored per second in one process (facts built, rules matched,
points and explanations produced), the wall time of `scoring batch` over --units generated units
with all cores, the growth of peak resident memory and of threads over --evaluations evaluations
in one process, and the CLI's cold-start wall time on the bundled example; then the durable ÷
python throughput ratio. Last, two floors that no change to our code can go below: each backend's
matching alone (facts already built, no points or text), and reading the batch's YAML files alone
(ruamel's C parser composing every targets and actuals file, divided over the jobs).
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import actuals_data, generate, table_data, load_targets, EXAMPLE  # noqa: E402
from scoring.actuals import Actuals  # noqa: E402
from scoring.engine.backends import durable_available, make_matcher  # noqa: E402
from scoring.engine.facts import build_inputs  # noqa: E402
from scoring.evaluate import evaluate  # noqa: E402
from scoring.rulebook.load import load_rules  # noqa: E402
from scoring.table.model import TargetTable  # noqa: E402


def _units(n: int):
    rng = random.Random(7)
    base = load_targets(EXAMPLE)
    out = []
    for i in range(n):
        data = table_data(base, f"合成单位{i:05d}", rng)
        out.append((TargetTable.model_validate(data), Actuals.model_validate(actuals_data(data, "annual", rng))))
    return out


def throughput(engine: str, units, book) -> float:
    matcher = make_matcher(book.rules, engine)
    indicators = 0
    start = time.perf_counter()
    for table, actuals in units:
        indicators += len(evaluate(table, actuals, book, "annual", matcher=matcher).indicators)
    elapsed = time.perf_counter() - start
    matcher.close()
    return indicators / elapsed


def match_rate(engine: str, units, book) -> float:
    """Facts matched per second by the backend alone: the ceiling of `throughput`."""
    facts = [[i.fact for i in build_inputs(table, actuals, book, "annual")[0]] for table, actuals in units]
    matcher = make_matcher(book.rules, engine)
    start = time.perf_counter()
    for unit in facts:
        matcher.match(unit)
    elapsed = time.perf_counter() - start
    matcher.close()
    return sum(map(len, facts)) / elapsed


def read_floor(work: Path, jobs: int) -> float:
    """Seconds the batch needs just to parse its YAML inputs, spread perfectly over `jobs` processes."""
    from ruamel.yaml import YAML

    files = sorted((work / "targets").rglob("*.yaml")) + sorted((work / "actuals").rglob("*.annual.yaml"))
    start = time.perf_counter()
    for f in files:
        try:
            YAML(typ="safe").compose(f.read_text(encoding="utf-8"))
        except Exception:
            pass  # the deliberately broken unit
    return (time.perf_counter() - start) / jobs


def memory(engine: str, units, book, evaluations: int) -> tuple[float, int]:
    """Peak RSS growth in MB and thread growth over `evaluations` evaluations, each with its own engine."""
    evaluate(*units[0], book, "annual", engine=engine)  # warm up: imports, caches
    threads, before = threading.active_count(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for i in range(evaluations):
        table, actuals = units[i % len(units)]
        evaluate(table, actuals, book, "annual", engine=engine)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (after - before) / 1024, threading.active_count() - threads


def batch_wall(engine: str, work: Path, jobs: int) -> tuple[float, int]:
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "scoring", "batch", str(work / "targets"), str(work / "actuals"),
                        "--out", str(work / f"out-{engine}"), "--jobs", str(jobs), "--engine", engine],
                       capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - start, r.returncode


def cold_start(engine: str, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "scoring", "evaluate", "--format", "json", "--out", os.devnull,
                        "--engine", engine], capture_output=True, cwd=ROOT, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=10000, help="units for the batch wall time")
    parser.add_argument("--evaluations", type=int, default=10000, help="evaluations for the memory check")
    parser.add_argument("--sample", type=int, default=200, help="in-memory units for the throughput")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    engines = ["durable", "python"] if durable_available() else ["python"]
    book = load_rules(ROOT / "rules")
    units = _units(args.sample)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(args.units, work, broken=1)
        floor = read_floor(work, args.jobs)
        rows = {}
        for engine in engines:
            rows[engine] = {
                "rate": throughput(engine, units, book),
                "batch": batch_wall(engine, work, args.jobs),
                "memory": memory(engine, units, book, args.evaluations),
                "cold": cold_start(engine),
                "match": match_rate(engine, units, book),
            }
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; batch: {args.units} units "
          f"({args.units * 57} indicators, 1 broken) with {args.jobs} jobs; memory: {args.evaluations} evaluations")
    print(f"{'backend':<8} {'indicators/s':>13} {'batch wall s':>13} {'peak RSS +MB':>13} {'threads +':>10} {'cold start s':>13}")
    for engine, r in rows.items():
        (wall, code), (mb, threads) = r["batch"], r["memory"]
        print(f"{engine:<8} {r['rate']:>13,.0f} {wall:>13.1f} {mb:>13.1f} {threads:>10d} {r['cold']:>13.2f}"
              + ("" if code in (0, 1) else f"  (batch exit {code})"))
    if len(rows) == 2:
        print(f"durable ÷ python throughput: {rows['durable']['rate'] / rows['python']['rate']:.2f}")
    print("floors: " + "; ".join(f"{e} matching alone {r['match']:,.0f} facts/s" for e, r in rows.items())
          + f"; parsing the batch's YAML alone {floor:.1f} s with {args.jobs} jobs")


if __name__ == "__main__":
    main()
