"""durable_rules call styles measured with our own rules and facts (not a test).

    python bench/durable_modes.py [--units 100]

Matches the facts of --units generated units against the shipped rules in each way durable_rules
offers, and prints µs per fact (best of 3) and actions fired per fact: assert_facts (every
matching rule fires) with and without a catch-all rule, with full facts or facts cut to the fields
the rules use, with one action per match or per rule (`cap`); and post_batch (events: only the first
matching rule fires, so two rules matching one indicator would go unseen). The matcher in
scoring/engine/durable_backend.py uses the fastest style that still sees every match.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import generated_units  # noqa: E402
from scoring.engine.durable_backend import to_durable  # noqa: E402
from scoring.engine.facts import build_inputs  # noqa: E402
from scoring.rulebook.conditions import fields_of  # noqa: E402
from scoring.rulebook.load import load_rules  # noqa: E402

_ids = itertools.count()


def measure(host_class, rules, facts, catch_all: bool, cut: bool, cap: int, call: str) -> tuple[float, float]:
    """(µs per fact, actions fired per fact) for one way of calling durable_rules."""
    host, name, fired = host_class(), f"modes{next(_ids)}", [0]
    used = set().union(*(fields_of(r.condition) for r in rules)) | {"id", "fact"}

    def action(c):
        fired[0] += len(c.m) if isinstance(c.m, list) else 1

    extra = {"cap": cap} if cap else {}
    definition = {f"r{i}": {"all": [{"m": {"$and": [{"fact": "indicator"}, to_durable(r.condition)]}}], "run": action, **extra}
                  for i, r in enumerate(rules)}
    if catch_all:
        definition["none"] = {"all": [{"m": {"fact": "indicator"}}], "run": action, **extra}
    host.set_rulesets({name: definition})
    send = getattr(host, call)
    best = float("inf")
    for _ in range(3):
        fired[0] = 0
        start = time.process_time()
        for unit in facts:
            sid = f"s{next(_ids)}"
            send(name, [dict({k: v for k, v in f.items() if k in used} if cut else f, sid=sid) for f in unit])
            host.delete_state(name, sid)
        best = min(best, time.process_time() - start)
    n = sum(map(len, facts))
    return best / n * 1e6, fired[0] / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100)
    args = parser.parse_args()
    from durable import engine

    class QuietHost(engine.Host):
        def _run(self):  # no timer threads
            pass

    book = load_rules(ROOT / "rules")
    facts = [[i.fact for i in build_inputs(t, a, book, "annual")[0]] for t, a in generated_units(args.units)]
    print(f"{len(book.rules)} rules, {sum(map(len, facts))} facts in {args.units} units; CPU µs per fact, best of 3")
    print(f"{'call':<13} {'catch-all':<10} {'facts':<6} {'actions':<9} {'µs/fact':>8} {'fired/fact':>11}")
    for call, catch_all, cut, cap in (("assert_facts", True, False, 0), ("assert_facts", False, False, 0),
                                      ("assert_facts", False, True, 0), ("assert_facts", True, True, 10_000),
                                      ("assert_facts", False, True, 10_000), ("post_batch", False, True, 0),
                                      ("post_batch", False, True, 10_000)):
        us, fired = measure(QuietHost, book.rules, facts, catch_all, cut, cap, call)
        print(f"{call:<13} {'yes' if catch_all else 'no':<10} {'cut' if cut else 'full':<6} "
              f"{'per rule' if cap else 'per match':<9} {us:>8.1f} {fired:>11.2f}")


if __name__ == "__main__":
    main()
