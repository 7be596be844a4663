"""Synthetic workloads shaped like the bundled example: N units, each a target table with actuals.

    python bench/generate.py --units 100 --out /tmp/work [--broken 1] [--seed 1]

writes /tmp/work/targets/uNNNNN.yaml and /tmp/work/actuals/uNNNNN.{annual,h1}.yaml. Targets are
the 2025 example's indicators with their numbers varied; actuals fall around the targets (some
missed, some over-achieved, some qualitative rows partly achieved, now and then one missing). With
--broken K, K units get an actuals file that cannot be read, to show a batch carries on.
Files are written as JSON, which is YAML, to keep generation fast.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scoring.table.load import load_targets  # noqa: E402
from scoring.table.model import TargetTable  # noqa: E402
from scoring.table.values import TargetValue, format_number  # noqa: E402

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def _vary(value: TargetValue, rng: random.Random) -> str:
    if value.kind != "number" or value.unit == "%" or value.number == 0:
        return str(value)
    return f"{value.op}{max(1, int(value.number * Decimal(rng.uniform(0.5, 2.0))))}{value.unit}"


def _actual(value: TargetValue, rng: random.Random) -> str | None:
    if rng.random() < 0.01:
        return None
    if value.kind == "word":
        return rng.choices(["达成", value.word, "部分达成", "未达成"], [50, 35, 12, 3])[0]
    if value.kind != "number":
        return None
    if value.number == 0:
        return f"{rng.choice([0, 0, 0, 1.5, 4, 12])}%"
    factor = Decimal(str(round(rng.triangular(0.8, 1.3, 1.02), 3)))
    n = value.number * factor
    if value.op in ("≤", "<"):
        n = value.number * Decimal(str(round(rng.uniform(0.8, 1.1), 3)))
    return f"{format_number(round(n, 1) if value.unit == '%' else Decimal(round(n)))}{value.unit}"


def table_data(table: TargetTable, unit: str, rng: random.Random) -> dict:
    data = table.model_dump(mode="json", exclude={"indicators"})
    data["unit"]["name"] = unit
    data["indicators"] = [
        {"level1": s.level1, "groups": [
            {"level2": g.level2, "items": [
                {"id": i.id, "name": i.name, "half_year": _vary(i.half_year.value, rng), "annual": _vary(i.annual.value, rng),
                 **({"key_work": i.key_work} if i.key_work else {}), **({"project": i.project} if i.project else {})}
                for i in g.items]} for g in s.groups]}
        for s in table.indicators]
    return data


def actuals_data(table: dict, period: str, rng: random.Random) -> dict:
    from scoring.table.values import parse_value

    indicators = {}
    for section in table["indicators"]:
        for group in section["groups"]:
            for item in group["items"]:
                target = parse_value(item["annual" if period == "annual" else "half_year"])
                actual = _actual(target, rng)
                if actual is not None:
                    indicators[item["id"]] = {"actual": actual, "reason": "示例偏差原因"} if rng.random() < 0.5 else actual
    share = 1 if period == "annual" else 0.5
    exp = table["funds"]["expenditure"]
    return {
        "unit": table["unit"]["name"], "year": table["year"], "period": period, "illustrative": True,
        "indicators": indicators,
        "spending": {"basic": round(float(exp["basic"]["annual"]) * share * rng.uniform(0.9, 1.0), 2),
                     "projects": {p["name"]: round(float(p["annual"]) * share * rng.uniform(0.85, 1.0), 2)
                                  for p in exp["projects"]}},
    }


def generate(units: int, out: Path, broken: int = 0, seed: int = 1) -> None:
    rng = random.Random(seed)
    base = load_targets(EXAMPLE)
    (out / "targets").mkdir(parents=True, exist_ok=True)
    (out / "actuals").mkdir(parents=True, exist_ok=True)
    for n in range(1, units + 1):
        name = f"u{n:05d}"
        table = table_data(base, f"合成单位{n:05d}", rng)
        (out / "targets" / f"{name}.yaml").write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
        for period in ("annual", "h1"):
            text = json.dumps(actuals_data(table, period, rng), ensure_ascii=False)
            if n <= broken:
                text = text.replace('"period"', '"period": [', 1)  # a syntax error a person might make
            (out / "actuals" / f"{name}.{period}.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--out", required=True)
    parser.add_argument("--broken", type=int, default=0, help="how many units get an unreadable actuals file")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.units, Path(args.out), args.broken, args.seed)
    print(f"{args.units} units in {args.out}")


if __name__ == "__main__":
    main()
