"""Instructions per indicator of evaluate in a warm process, and of bench/run.py's reference loop (not a test).

    python bench/instructions.py [--engine python|durable] [--generated] [--evaluations 100]

Runs this file under `valgrind --tool=cachegrind --cache-sim=no` twice, with --evaluations evaluations and
with none (each after loading the rules, making the matcher, two warm-up evaluations and settling the
collector, as bench/run.py does), and prints the difference divided by the indicators, the forked engine
process (durable) included; then the same for the reference loop. Steadier than time on a shared machine:
the count does not move with the load. PYTHONHASHSEED=0 in both runs, or the difference of their start-ups
moves the result by ~1,000 an indicator. Needs valgrind (apt-get install valgrind).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]


def work(what: str, engine: str, generated: bool, n: int) -> None:
    """The measured process: `what` is evaluate or reference."""
    from run import example_units, generated_units, reference, reference_facts, written

    from scoring.collector import settle
    from scoring.engine.backends import make_matcher
    from scoring.evaluate import evaluate
    from scoring.rulebook.load import load_rules

    book = load_rules(HERE.parent / "rules")
    units = generated_units(100) if generated else example_units(100)
    if what == "reference":
        facts = reference_facts(units, book)
        reference(facts[:2])
        settle()
        for i in range(n):
            reference([facts[i % len(facts)]])
        return
    matcher = make_matcher(book.rules, engine)
    for table, actuals in units[:2]:
        written(evaluate(table, actuals, book, "annual", matcher=matcher))
    settle()
    for i in range(n):
        table, actuals = units[i % len(units)]
        written(evaluate(table, actuals, book, "annual", matcher=matcher))
    matcher.close()


def count(what: str, engine: str, generated: bool, n: int) -> int:
    """Instructions of every process of one run (the forked child writes its own file)."""
    with tempfile.TemporaryDirectory() as tmp:
        command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={tmp}/out.%p",
                   sys.executable, __file__, "--worker", what, "--engine", engine, "--evaluations", str(n)]
        subprocess.run(command + (["--generated"] if generated else []), check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
        total = 0
        for f in Path(tmp).glob("out.*"):
            total += next(int(line.split()[1]) for line in f.read_text().splitlines() if line.startswith("summary:"))
        return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["python", "durable"], default="python")
    parser.add_argument("--generated", action="store_true")
    parser.add_argument("--evaluations", type=int, default=100)
    parser.add_argument("--worker", choices=["evaluate", "reference"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        work(args.worker, args.engine, args.generated, args.evaluations)
        return
    indicators = 57 * args.evaluations  # the example's rows and every generated unit's, its budget row included
    for what in ("evaluate", "reference"):
        used = count(what, args.engine, args.generated, args.evaluations) - count(what, args.engine, args.generated, 0)
        label = f"{args.engine} evaluate" if what == "evaluate" else "reference loop"
        print(f"{label:<17} {'generated units' if args.generated else 'example, name keys'}: "
              f"{used // indicators:,} instructions per indicator", flush=True)


if __name__ == "__main__":
    main()
