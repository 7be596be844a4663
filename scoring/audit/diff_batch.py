"""What a rule change moves across a folder of units: each unit whose total or grade changes, and how many do.

The units and their actuals are found as `scoring batch` finds them (batch.find_jobs); each is scored under
both rule sets, one after another (a rule change is compared on a handful of units, not on thousands)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..actuals import load_actuals
from ..batch import find_jobs
from ..catalogue import say
from ..errors import Pos, ScoringError, display_path
from ..evaluate import evaluate
from ..rulebook.load import load_rules
from ..run import refuse_both
from ..scorecard import Scorecard
from ..table.load import load_targets
from .diff import edits_json, render_edits, total_text
from .rule_edits import Edit, rule_edits


@dataclass
class UnitDiff:
    targets: str  # as the user recognises it (display_path)
    name: str  # relative to the targets folder
    actuals: str
    old: Scorecard
    new: Scorecard

    @property
    def changed(self) -> bool:
        return (self.old.total, self.old.grade) != (self.new.total, self.new.grade)

    @property
    def unit(self) -> str:
        card = self.old  # a project table is named by its project, beside the unit that carries it out (as batch)
        return f"{card.project} · {card.unit}" if card.project else card.unit


@dataclass
class Unscored:
    """A unit whose files could not be read: said, as `scoring batch` does, without stopping the others."""

    name: str  # relative to the targets folder
    targets: str
    actuals: str
    error: ScoringError


@dataclass
class BatchDiff:
    period: str
    units: list[UnitDiff]
    edits: list[Edit]
    failed: list[Unscored]

    @property
    def moved(self) -> list[UnitDiff]:
        return [u for u in self.units if u.changed]


def actuals_folder(targets_dir: Path) -> Path:
    """targets/<year> → actuals/<year>, as a table in a targets folder has its actuals (run.actuals_for)."""
    parts = targets_dir.parts
    if "targets" not in parts:
        raise Pos(display_path(targets_dir)).fail("diff.batch_actuals")
    at = len(parts) - 1 - parts[::-1].index("targets")
    return Path(*parts[:at], "actuals", *parts[at + 1:])


def diff_folder(old_rules: str | Path, new_rules: str | Path, targets_dir: Path, actuals_dir: str | Path | None,
                period: str = "annual", engine: str | None = None) -> BatchDiff:
    """Every unit of the folder under both rule sets; a unit whose files cannot be read is kept as unscored."""
    actuals_dir = Path(actuals_dir) if actuals_dir is not None else actuals_folder(targets_dir)
    jobs = find_jobs(targets_dir, actuals_dir, Path("."), period)
    old_book, new_book = load_rules(old_rules), load_rules(new_rules)
    if not jobs:
        raise Pos(display_path(targets_dir)).fail("diff.batch_empty")
    units, failed = [], []
    for job in jobs:
        name, targets, actuals = job.targets.relative_to(targets_dir).as_posix(), display_path(job.targets), display_path(job.actuals)
        try:
            table = load_targets(job.targets)
            refuse_both(job.actuals, actuals, "batch.both_actuals")  # as batch: a yaml beside a workbook is not taken for the actuals
            data = load_actuals(job.actuals, table)
            old, new = (evaluate(table, data, book, period, engine) for book in (old_book, new_book))
        except ScoringError as e:  # this unit's, never the others'
            failed.append(Unscored(name, targets, actuals, e))
            continue
        units.append(UnitDiff(targets, name, actuals, old, new))
    scoring = {i.rule.id for u in units for i in u.new.rows}  # the budget row too
    return BatchDiff(period, units, rule_edits(old_book, new_book, scoring), failed)


def render_text(d: BatchDiff, lang: str = "zh") -> str:
    lines = render_edits(d.edits, lang, tables=len(d.units))
    lines += [say("diff.batch.unit", lang, unit=u.unit, file=u.name, change=total_text(u.old, u.new, lang))
              for u in d.moved]
    for u in d.failed:
        lines.append(say("diff.batch.failed", lang, file=u.name))
        lines += ["  " + line for line in u.error.render(lang).splitlines()]
    lines.append(say("diff.batch.count", lang, changed=len(d.moved), units=len(d.units)))
    return "\n".join(lines) + "\n"


def render_json(d: BatchDiff) -> str:
    def unit(u: UnitDiff) -> dict:
        return {"unit": u.unit, "targets": u.targets, "actuals": u.actuals,
                "total": {"before": float(u.old.total), "after": float(u.new.total),
                          "delta": float(u.new.total - u.old.total)},
                "grade": {"before": u.old.grade, "after": u.new.grade}}

    data = {"schema": 1, "period": d.period, "changed": bool(d.moved),
            "units": {"count": len(d.units), "changed": len(d.moved)},
            "moved": [unit(u) for u in d.moved],
            "failed": [{"targets": u.targets, "actuals": u.actuals, "error_zh": u.error.render("zh"),
                        "error_en": u.error.render("en")} for u in d.failed],
            "edits": edits_json(d.edits)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
