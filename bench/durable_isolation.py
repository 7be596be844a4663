"""What matching in a forked child costs `scoring evaluate` (not a test; see engine/durable_backend.py):

    python bench/durable_isolation.py [--rounds 7]

Prints, warm (best of 50), making a durable matcher for the shipped rules and one match of the bundled
example, in process and with the engine in a forked child,
and the command's cold start, `scoring evaluate --format json --out -` on the example, wall and CPU,
best of --rounds alternating runs: isolated (the default), in process, and with the python engine.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scoring.actuals import load_actuals  # noqa: E402
from scoring.engine.durable_backend import DurableMatcher  # noqa: E402
from scoring.engine.facts import build_inputs  # noqa: E402
from scoring.rulebook.load import load_rules  # noqa: E402
from scoring.table.load import load_targets  # noqa: E402

TARGETS = ROOT / "targets/2025/jiangning-social-insurance.yaml"
ACTUALS = ROOT / "actuals/2025/jiangning-social-insurance.annual.yaml"
# the command, with isolation switched off for the comparison
IN_PROCESS = ("import sys, scoring.engine.durable_backend as d; d.can_isolate = lambda: False; "
              "from scoring.cli import main; sys.exit(main())")


def warm_match() -> None:
    book = load_rules(ROOT / "rules")
    facts = [i.fact for i in build_inputs(load_targets(TARGETS), load_actuals(ACTUALS), book, "annual")[0]]
    for isolated in (False, True):
        made = matched = float("inf")
        for _ in range(50):
            start = time.perf_counter()
            matcher = DurableMatcher(book.rules, isolated=isolated)
            between = time.perf_counter()
            matcher.match(facts)
            end = time.perf_counter()
            matcher.close()
            made, matched = min(made, between - start), min(matched, end - between)
        where = "engine in a forked child" if isolated else "in process"
        print(f"{where}: matcher made in {made * 1000:.2f} ms, one match of {len(facts)} facts {matched * 1000:.2f} ms")


def cold(rounds: int) -> None:
    args = ["evaluate", "--format", "json", "--out", "-"]
    ways = {"durable, isolated": [sys.executable, "-m", "scoring", *args],
            "durable, in process": [sys.executable, "-c", IN_PROCESS, *args],
            "python engine": [sys.executable, "-m", "scoring", *args, "--engine", "python"]}
    best = {k: (float("inf"), float("inf")) for k in ways}
    for _ in range(rounds):
        for name, cmd in ways.items():
            before = os.times()
            start = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
            wall = time.perf_counter() - start
            after = os.times()
            cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    for name, (wall, cpu) in best.items():
        print(f"cold start, {name}: {wall:.3f} s wall / {cpu:.3f} s CPU (best of {rounds})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    warm_match()
    cold(args.rounds)


if __name__ == "__main__":
    main()
