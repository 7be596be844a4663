"""Benchmarks of the product beside a plain-Python reference on the same machine (not a test).

    python bench/run.py [--units 10000] [--evaluations 10000] [--sample 200] [--rounds 3] [--jobs N]

Every figure that depends on the machine is printed beside a reference measured in the same run,
alternating with it, so a shared or busy machine shifts both and their ratio stays meaningful:

- throughput, per backend, on the bundled example (actuals keyed by name, as users write them) and
  on --sample generated units (keyed by id): indicators per second of `evaluate` in one warm
  process (facts, matching, points, Scorecard, and its formulas, explanations and flags read in
  one language, as an output reads them; the collector settled as in batch's workers: what is loaded
  is frozen, young garbage collected every 10,000 allocations), beside a reference loop over
  the same facts (a comparison, Decimal points to the cent, one explanation string; no engine);
  best of --rounds for each, in CPU seconds of the process, and the ratio;
- `scoring batch` over --units generated units with --jobs processes, beside parsing the same
  input files alone (ruamel's safe loader, the same number of processes): wall and CPU seconds
  (the CPU ratio is the steadier one while others share the machine);
- the cold start of `scoring evaluate` on the example (its JSON report to /dev/null per backend, and the
  scorecard it prints by default) and of `scoring --help` (best of 5);
- peak-memory and thread growth over --evaluations evaluations, each with its own engine.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import EXAMPLE, actuals_data, generate, load_targets, table_data  # noqa: E402
from scoring.actuals import Actuals, load_actuals  # noqa: E402
from scoring.collector import settle  # noqa: E402
from scoring.engine.backends import durable_available, make_matcher  # noqa: E402
from scoring.engine.facts import build_inputs  # noqa: E402
from scoring.evaluate import evaluate  # noqa: E402
from scoring.rulebook.load import load_rules  # noqa: E402
from scoring.table.model import TargetTable  # noqa: E402
from scoring.weighting import apportion  # noqa: E402

EXAMPLE_ACTUALS = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
CENT, ONE, ZERO = Decimal("0.01"), Decimal(1), Decimal(0)


def example_units(n: int):
    unit = (load_targets(EXAMPLE), load_actuals(EXAMPLE_ACTUALS))
    return [unit] * n


def generated_units(n: int):
    rng, base = random.Random(7), load_targets(EXAMPLE)
    out = []
    for i in range(n):
        data = table_data(base, f"合成单位{i:05d}", rng)
        out.append((TargetTable.model_validate(data), Actuals.model_validate(actuals_data(data, "annual", rng))))
    return out


# -- throughput ------------------------------------------------------------------------------------

def reference_facts(units, book) -> list[list[tuple[dict, Decimal]]]:
    """The reference loop's input: the same exact facts the product builds, with their weights."""
    out = []
    for table, actuals in units:
        weights = apportion(table, book.weights)
        out.append([(i.exact, weights[i.item.id]) for i in build_inputs(table, actuals, book, "annual")[0]])
    return out


def reference(facts) -> int:
    """Plain Python, no engine: compare, Decimal points to the cent, one explanation string per fact."""
    n = 0
    for unit in facts:
        for fact, weight in unit:
            actual, target = fact["actual"], fact["target"]
            if actual is None:
                share = ONE if fact["outcome"] == "达成" else ZERO
            elif target and actual < target:
                share = actual / target
            else:
                share = ONE
            points = (weight * share).quantize(CENT, rounding=ROUND_HALF_UP)
            fact["_text"] = f"{fact['name']}：完成 {actual} / 目标 {target}，得 {points}"
            n += 1
    return n


def written(card, lang: str = "zh") -> int:
    """Reads every row's formula, explanation and flags in one language, as every output does: a row's texts
    are written when first read (scorecard.Bilingual), so a scorecard nobody reads would cost less than
    one a user gets. The number of indicators."""
    for row in card.rows:
        row.formula.get(lang), row.explanation.get(lang), [f.message.get(lang) for f in row.flags]
    return len(card.indicators)


def product(units, book, matcher) -> int:
    return sum(written(evaluate(table, actuals, book, "annual", matcher=matcher)) for table, actuals in units)


def best_rate(run, rounds: int, cpu=time.process_time) -> float:
    # CPU time (of this process, and of the engine's child where it has one): on a shared machine, time
    # spent descheduled is not ours
    best = 0.0
    for _ in range(rounds):
        start = cpu()
        n = run()
        best = max(best, n / (cpu() - start))
    return best


def cpu_with_engine(matcher):
    """CPU seconds of this process and of the matcher's forked engine (durable_child.py): the engine's work
    is done there, while this process waits on the pipe, so its own CPU time alone leaves that out."""
    child = getattr(matcher, "_child", None)
    stat = Path(f"/proc/{child._pid}/stat") if child is not None and child._pid else None
    if stat is None or not stat.exists():
        return time.process_time
    ticks = os.sysconf("SC_CLK_TCK")

    def cpu() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
        return time.process_time() + (int(fields[11]) + int(fields[12])) / ticks  # utime, stime

    return cpu


def throughput(engine: str, units, book, rounds: int) -> tuple[float, float]:
    """(product, reference) indicators per second; the two alternate, best of `rounds` each."""
    facts = reference_facts(units, book)
    matcher = make_matcher(book.rules, engine)
    product(units[:2], book, matcher)  # warm: imports, caches
    settle()  # as a batch worker does once its rules and engine are loaded: they, and these units, are not rescanned
    ours = ref = 0.0
    for _ in range(rounds):
        ref = max(ref, best_rate(lambda: reference(facts), 1))
        ours = max(ours, best_rate(lambda: product(units, book, matcher), 1, cpu_with_engine(matcher)))
    matcher.close()
    return ours, ref


# -- batch -----------------------------------------------------------------------------------------

def _parse(path: str) -> None:
    from ruamel.yaml import YAML

    try:
        YAML(typ="safe").load(Path(path).read_text(encoding="utf-8"))
    except Exception:
        pass  # the deliberately broken unit


def _children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def parse_wall(work: Path, jobs: int) -> tuple[float, float]:
    """(wall, CPU) seconds to parse the batch's input files alone, with `jobs` processes."""
    files = [str(f) for f in sorted((work / "targets").rglob("*.yaml")) + sorted((work / "actuals").rglob("*.annual.yaml"))]
    start, cpu = time.perf_counter(), _children_cpu()
    pool = multiprocessing.get_context("fork").Pool(jobs)
    for _ in pool.imap_unordered(_parse, files, chunksize=64):
        pass
    pool.close()
    pool.join()  # waited for, so their CPU time is counted
    return time.perf_counter() - start, _children_cpu() - cpu


def batch_wall(engine: str, work: Path, jobs: int) -> tuple[float, float, int]:
    """(wall, CPU, exit status) of `scoring batch`; the CPU time includes its worker processes."""
    start, cpu = time.perf_counter(), _children_cpu()
    r = subprocess.run([sys.executable, "-m", "scoring", "batch", str(work / "targets"), str(work / "actuals"),
                        "--out", str(work / f"out-{engine}"), "--jobs", str(jobs), "--engine", engine],
                       capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - start, _children_cpu() - cpu, r.returncode


# -- cold start, memory ----------------------------------------------------------------------------

def cold_start(args: list[str], runs: int = 5) -> tuple[float, float]:
    """(wall, CPU) seconds of one `scoring` command, best of `runs` each, after a first run that writes the
    bytecode caches, as a user's Python does (a sandbox's PYTHONDONTWRITEBYTECODE=1 would have every run
    compile the product's modules again: +0.1 s)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "scoring", *args]
    subprocess.run(command, capture_output=True, cwd=ROOT, check=True, env=env)
    wall = cpu = float("inf")
    for _ in range(runs):
        start, used = time.perf_counter(), _children_cpu()
        subprocess.run(command, capture_output=True, cwd=ROOT, check=True, env=env)
        wall, cpu = min(wall, time.perf_counter() - start), min(cpu, _children_cpu() - used)
    return wall, cpu


def memory(engine: str, units, book, evaluations: int) -> tuple[float, int]:
    """Peak RSS growth in MB and thread growth over `evaluations` evaluations, each with its own engine."""
    evaluate(*units[0], book, "annual", engine=engine)  # warm up: imports, caches
    threads, before = threading.active_count(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for i in range(evaluations):
        table, actuals = units[i % len(units)]
        evaluate(table, actuals, book, "annual", engine=engine)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (after - before) / 1024, threading.active_count() - threads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=10000, help="units for the batch (0: skip)")
    parser.add_argument("--evaluations", type=int, default=10000, help="evaluations for the memory check (0: skip)")
    parser.add_argument("--sample", type=int, default=200, help="in-memory units for the throughput (0: skip)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of reference and product")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    engines = ["python", "durable"] if durable_available() else ["python"]
    book = load_rules(ROOT / "rules")
    workloads = {"example, name keys": example_units(args.sample), "generated units": generated_units(max(1, args.sample))}
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores (load average {os.getloadavg()[0]:.1f}); "
          f"throughput: best of {args.rounds} alternating rounds, {args.sample} evaluations per round")
    print(f"{'backend':<8} {'workload':<20} {'indicators/s':>13} {'reference/s':>12} {'ratio':>7}")
    for engine in engines if args.sample else []:
        for label, units in workloads.items():
            ours, ref = throughput(engine, units, book, args.rounds)
            print(f"{engine:<8} {label:<20} {ours:>13,.0f} {ref:>12,.0f} {ours / ref:>7.1%}", flush=True)

    help_s, cold_s = cold_start(["--help"]), {e: cold_start(["evaluate", "--format", "json", "--out", os.devnull,
                                                              "--engine", e]) for e in engines}
    card_s = cold_start(["evaluate", "--engine", "python"])  # the default output: the scorecard, here to a pipe
    print("cold start, best of 5, wall / CPU: --help {:.2f} / {:.2f} s; ".format(*help_s)
          + "; ".join(f"evaluate --engine {e} {w:.2f} / {c:.2f} s" for e, (w, c) in cold_s.items())
          + "; evaluate --engine python, the scorecard {:.2f} / {:.2f} s".format(*card_s))

    if args.evaluations:
        sample = workloads["generated units"]
        for engine in engines:
            mb, threads = memory(engine, sample, book, args.evaluations)
            print(f"{engine}: {args.evaluations} evaluations, each with its own engine: peak RSS +{mb:.1f} MB, threads +{threads}",
                  flush=True)

    if args.units:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            generate(args.units, work, broken=1)
            print(f"batch: {args.units} units ({args.units * 57:,} indicators, 1 broken), {args.jobs} jobs", flush=True)
            for engine in engines:
                parse, parse_cpu = parse_wall(work, args.jobs)
                wall, cpu, code = batch_wall(engine, work, args.jobs)
                print(f"{engine:<8} scoring batch {wall:.1f} s wall, {cpu:.1f} s CPU; parsing its input files alone "
                      f"{parse:.1f} s wall, {parse_cpu:.1f} s CPU; ratio {wall / parse:.2f} wall, {cpu / parse_cpu:.2f} CPU"
                      + ("" if code in (0, 1) else f"  (batch exit {code})"), flush=True)


if __name__ == "__main__":
    main()
