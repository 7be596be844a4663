"""How long `scoring check RULES` takes with N extra rules beside the shipped ones (not a test):

    python bench/check_rules.py [N ...] [--when '{name: 指标%d}']

Each extra rule is `when: WHEN % i`, priority 1, method full; the default picks one indicator by name.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("counts", nargs="*", type=int, default=[50, 100, 300])
    parser.add_argument("--when", default="{name: 指标%d}")
    args = parser.parse_args()
    for n in args.counts:
        with tempfile.TemporaryDirectory() as tmp:
            rules = Path(tmp) / "rules"
            shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("tests", "README.md"))
            lines = ["title: extra", "rules:"]
            for i in range(n):
                lines += [f"  - id: extra-{i}", f"    title: t{i}", "    when: " + args.when % i, "    priority: 1",
                          "    method: full", "    explain: x"]
            (rules / "extra.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
            start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
            r = subprocess.run([sys.executable, "-m", "scoring", "check", str(rules), "--lang", "en"],
                               capture_output=True, text=True, cwd=ROOT)
            last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr.strip()[-80:]
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            print(f"{n} extra rules: {time.perf_counter() - start:.2f} s wall, {cpu:.2f} s CPU ({last})")


if __name__ == "__main__":
    main()
