"""How long the rule lint (`scoring check RULES`) takes with N extra threshold rules, in one process (not a test):

    python bench/lint_many_rules.py [N ...] [--when '{target: {gt: %d}}'] [--priority same|distinct] [--profile]

Each extra rule is `when: WHEN % i` (i = 1..N), method full, beside the shipped rules; priority 1 for all
(`same`: they tie, so every tie is a finding) or i (`distinct`: each shadows the ones below). Prints the
seconds `lint_rules` takes, wall and CPU (on a shared machine the CPU time is the steadier), and how many
errors and warnings it found; --profile prints the top of cProfile.
"""
from __future__ import annotations

import sys
from pathlib import Path

# bench/profile.py shadows the standard library's `profile`, which cProfile imports: bench/ off the path
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import pstats  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from scoring.audit.lint import lint_rules  # noqa: E402


def write_rules(folder: Path, n: int, when: str, priority: str = "same") -> Path:
    """The shipped rules plus N extra ones in extra.yaml; returns the rules folder."""
    rules = folder / "rules"
    shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("tests", "README.md"))
    lines = ["title: extra", "rules:"]
    for i in range(1, n + 1):
        lines += [f"  - id: extra-{i}", f"    title: t{i}", "    when: " + when.replace("%d", str(i)),
                  f"    priority: {1 if priority == 'same' else i}", "    method: full", "    explain: x"]
    if n:
        (rules / "extra.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rules


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("counts", nargs="*", type=int, default=[50, 100, 380])
    parser.add_argument("--when", default="{target: {gt: %d}}")
    parser.add_argument("--priority", choices=("same", "distinct"), default="same")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    for n in args.counts:
        with tempfile.TemporaryDirectory() as tmp:
            rules = write_rules(Path(tmp), n, args.when, args.priority)
            profiler = cProfile.Profile() if args.profile else None
            start, cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            problems = lint_rules(rules)
            if profiler:
                profiler.disable()
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            errors = sum(p.severity == "error" for p in problems)
            print(f"{n} extra rules ({args.when}, priority {args.priority}): {seconds:.2f} s wall, {cpu:.2f} s CPU, "
                  f"{errors} errors, {len(problems) - errors} warnings")
            if profiler:
                pstats.Stats(profiler).sort_stats("cumtime").print_stats(25)


if __name__ == "__main__":
    main()
