"""Instructions per indicator of evaluate in a warm process, and of bench/run.py's reference loop (not a test).

    python bench/instructions.py [--engine python|durable] [--generated] [--evaluations 100]
                                 [--phase all|facts|budget|match|score|each] [--layouts 1]

Runs this file under `valgrind --tool=cachegrind --cache-sim=no` twice, with --evaluations evaluations and
with none (each after loading the rules, making the matcher, two warm-up evaluations and settling the
collector, as bench/run.py does), and prints the difference divided by the indicators, the forked engine
process (durable) included; then the same for the reference loop, and the ratio. Steadier than time on a
shared machine: the count does not move with the load. PYTHONHASHSEED=0 in both runs, or the difference of
their start-ups moves the result by ~1,000 an indicator; --layouts N measures N memory layouts
and reports the medians (layout_padding). Needs valgrind (apt-get install valgrind).

--phase measures one phase of evaluate alone, its input made beforehand in both runs (so it cancels out):
facts (engine/facts.py build_inputs: the records, names resolved, actuals parsed), budget (the budget row
and the weights), match (decide: the matcher and the winner of each row), score (score_row.score_one of
every decision, its texts read as an output reads them); all is evaluate end to end (the default), each
measures every phase and evaluate and prints what the phases leave (the Scorecard, totals, the loop).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]


PHASES = ("facts", "budget", "match", "score")


def layout_padding(layout: int) -> dict[str, str]:
    """Environment variables that move where the interpreter's small objects lie (layout 0: none). CPython finds
    a type's attribute through a cache indexed by the name's address, so where the names lie decides which lookups
    collide there and walk the type's bases instead: the same commit measured from three folders read
    129,827–131,993 an indicator, and the reference loop 12,390–14,548 (9.5–11.0 %); 0, 7, 23 and 61 such
    variables moved the reference loop to 12,682, 12,518, 9,957 and 12,536. One large variable moves nothing
    (malloc places it apart). --layouts N reports the median of N layouts."""
    return {f"SCORING_BENCH_PAD{j}": "x" * (j % 40 + 1) for j in range(layout * 13)}


def work(what: str, engine: str, generated: bool, n: int, phase: str = "all") -> None:
    """The measured process: `what` is evaluate or reference; `phase` the part of evaluate run (see above)."""
    from run import example_units, generated_units, reference, reference_facts, written

    from scoring.collector import settle
    from scoring.engine.backends import make_matcher
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
    run = _phase(phase, units, book, matcher, written)
    for i in range(2):
        run(i)
    settle()
    for i in range(n):
        run(i % len(units))
    matcher.close()


def _phase(phase: str, units: list, book, matcher, written):
    """A function of a unit's index running `phase` on it, with what the phases before it make already made."""
    from scoring.budget_row import with_budget_row
    from scoring.decide import decide
    from scoring.engine.facts import build_inputs
    from scoring.evaluate import evaluate
    from scoring.score_row import score_one

    if phase == "all":
        return lambda i: written(evaluate(*units[i], book, "annual", matcher=matcher))
    facts = [build_inputs(*u, book, "annual") for u in units]
    if phase == "facts":
        return lambda i: build_inputs(*units[i], book, "annual")
    rows = [with_budget_row(*u, book, "annual", *f) for u, f in zip(units, facts)]
    if phase == "budget":
        return lambda i: with_budget_row(*units[i], book, "annual", *facts[i])
    if phase == "match":
        return lambda i: decide(rows[i][0], book, None, matcher)
    decided = [decide(r[0], book, None, matcher) for r in rows]

    def score(i: int) -> None:
        weights = rows[i][1]
        for d in decided[i]:
            row = score_one(d, weights[d.input.exact["id"]], book, "annual")
            row.formula.get("zh"), row.explanation.get("zh"), [f.message.get("zh") for f in row.flags]  # as written()

    return score


def count(what: str, engine: str, generated: bool, n: int, phase: str, layout: int = 0) -> int:
    """Instructions of every process of one run (the forked child writes its own file), in memory layout
    `layout` (layout_padding)."""
    with tempfile.TemporaryDirectory() as tmp:
        command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={tmp}/out.%p",
                   sys.executable, __file__, "--worker", what, "--engine", engine, "--evaluations", str(n),
                   "--phase", phase]
        subprocess.run(command + (["--generated"] if generated else []), check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": "0", **layout_padding(layout)})
        total = 0
        for f in Path(tmp).glob("out.*"):
            total += next(int(line.split()[1]) for line in f.read_text().splitlines() if line.startswith("summary:"))
        return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["python", "durable"], default="python")
    parser.add_argument("--generated", action="store_true")
    parser.add_argument("--evaluations", type=int, default=100)
    parser.add_argument("--phase", choices=["all", *PHASES, "each"], default="all")
    parser.add_argument("--layouts", type=int, default=1, help="memory layouts measured, their median reported")
    parser.add_argument("--worker", choices=["evaluate", "reference"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        work(args.worker, args.engine, args.generated, args.evaluations, args.phase)
        return
    indicators = 57 * args.evaluations  # the example's rows and every generated unit's, its budget row included
    workload = "generated units" if args.generated else "example, name keys"

    def per_indicator(what: str, phase: str, layout: int) -> int:
        n, generated = args.evaluations, args.generated
        return (count(what, args.engine, generated, n, phase, layout)
                - count(what, args.engine, generated, 0, phase, layout)) // indicators

    def each_layout(what: str, phase: str) -> int:
        """The median over the layouts, each printed where there are several."""
        counts = [per_indicator(what, phase, layout) for layout in range(args.layouts)]
        if args.layouts > 1:
            print(f"{'':<17} {what} {phase}, each layout: {', '.join(f'{c:,}' for c in counts)}", flush=True)
        return statistics.median_low(counts)

    found = {}
    for phase in (*PHASES, "all") if args.phase == "each" else (args.phase,):
        found[phase] = each_layout("evaluate", phase)
        label = f"{args.engine} evaluate" if phase == "all" else f"  {phase}"
        print(f"{label:<17} {workload}: {found[phase]:,} instructions per indicator", flush=True)
    if args.phase == "each":
        print(f"{'  the rest':<17} {workload}: {found['all'] - sum(found[p] for p in PHASES):,} instructions per indicator"
              " (evaluate less its phases)")
    if "all" in found:
        reference = each_layout("reference", "all")
        print(f"{'reference loop':<17} {workload}: {reference:,} instructions per indicator")
        print(f"{'ratio':<17} reference / evaluate: {reference / found['all']:.1%}"
              + (f" (medians of {args.layouts} layouts)" if args.layouts > 1 else ""))


if __name__ == "__main__":
    main()
