"""The JSON report: a stable, documented schema (see README, "JSON report"); byte-identical for equal inputs."""
from __future__ import annotations

from decimal import Decimal

from ..catalogue import say
from ..scorecard import Scorecard, ScoredIndicator
from . import json_text

SCHEMA_VERSION = 1


def _n(d: Decimal | None):
    # points carry 2 decimals; as floats they print in their shortest exact form (73.58, 1.0)
    return None if d is None else float(d)


def to_dict(card: Scorecard, lang: str = "zh") -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "kind": card.kind,
        "unit": card.unit,
        "project": card.project,
        "year": card.year,
        "period": card.period,
        "illustrative": card.illustrative,
        "total": _n(card.total),
        "max_total": _n(card.max_total),
        "grade": card.grade if lang != "en" else card.grade_en,
        "grade_basis": _n(card.grade_basis),
        "budget": None if card.budget is None else {
            "spent": _n(card.budget.spent), "budget": _n(card.budget.budget), "rate": _n(card.budget.rate),
            "time_progress": _n(card.budget.time_progress), "progress": _n(card.budget.progress),
            "status": card.budget.status,
        },
        "budget_blank": None if card.budget_blank is None else {
            "basic": card.budget_blank.basic, "projects": card.budget_blank.projects,
        },
        "budget_row": None if card.budget_row is None else _row(card.budget_row, lang),
        "indicators": [_row(i, lang) for i in card.indicators],
        "inputs": [{"role": f.role, "path": f.path, "sha256": f.sha256} for f in card.inputs],
    }


def _row(i: ScoredIndicator, lang: str) -> dict:
    return {
        "id": i.id,
        "path": [i.level1, i.level2],
        "name": i.name,
        "key_work": i.key_work,
        "project": i.project,
        "target": i.target,
        "target_source": i.target_source,
        "actual": i.actual,
        "outcome": i.outcome,
        "weight": _n(i.weight),
        "points": _n(i.points),
        "lost": _n(i.lost),
        "status": i.status,
        "monitor": i.monitor,
        "rule": {"id": i.rule.id, "file": i.rule.file, "line": i.rule.line},
        "method": i.method,
        "formula": i.formula.get(lang) + say("render.sep", lang) + i.rounding,
        "explanation": i.explanation.get(lang),
        "flags": [{"code": f.code, "message": f.message.get(lang)} for f in i.flags],
        "reason": i.reason,
        "measure": i.measure,
        "evidence": i.evidence,
    }


def render(card: Scorecard, lang: str = "zh") -> str:
    return json_text.dumps(to_dict(card, lang)) + "\n"
