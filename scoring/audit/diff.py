"""Comparing two rule sets: what changed in the rules and settings themselves, and, on one unit's data,
which indicators' points, status or winning rule change."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from decimal import Decimal
from pathlib import Path

from ..evaluate import evaluate
from ..render.labels import labels
from ..rulebook.load import RuleBook, load_rules
from ..run import load_unit
from ..scorecard import Scorecard, ScoredIndicator


@dataclass
class Change:
    before: ScoredIndicator
    after: ScoredIndicator

    @property
    def delta(self) -> Decimal:
        return self.after.points - self.before.points


@dataclass
class Edit:
    """One rule added, removed or changed (`parts`: dotted path, before, after), or a settings file changed."""

    name: str  # a rule id, or a settings file such as weights.yaml
    kind: str  # added | removed | changed
    where: str  # file:line of the rule (the new one, or the old one when removed)
    parts: list[tuple[str, Any, Any]]


@dataclass
class RuleDiff:
    old: Scorecard
    new: Scorecard
    changes: list[Change]
    edits: list[Edit]

    @property
    def delta(self) -> Decimal:
        return self.new.total - self.old.total


def compare(old: Scorecard, new: Scorecard) -> RuleDiff:
    after = {i.id: i for i in new.indicators}
    changes = []
    for b in old.indicators:
        a = after[b.id]
        if (a.points, a.status, a.rule.id, a.weight) != (b.points, b.status, b.rule.id, b.weight):
            changes.append(Change(b, a))
    return RuleDiff(old, new, changes, [])


_RULE_PARTS = {"title", "when", "priority", "method", "explain", "over_achievement", "hand_tolerance", "monitor"}
_SETTINGS = (("weights.yaml", "weights"), ("grades.yaml", "grades"), ("vocabulary.yaml", "vocabulary"),
             ("monitoring.yaml", "monitoring"))


def _leaves(data: Any, path: str = "") -> dict[str, Any]:
    """Nested data as {dotted path: leaf}, so a change reads `method.outcome_bands.部分达成.low: 60 → 50`."""
    if isinstance(data, dict) and data:
        return {k: v for key, value in data.items() for k, v in _leaves(value, f"{path}.{key}" if path else str(key)).items()}
    if isinstance(data, list) and data:
        return {k: v for i, value in enumerate(data) for k, v in _leaves(value, f"{path}.{i}" if path else str(i)).items()}
    return {path: data}


def _parts(before: Any, after: Any) -> list[tuple[str, Any, Any]]:
    b, a = _leaves(before), _leaves(after)
    return [(k, b.get(k), a.get(k)) for k in sorted(b.keys() | a.keys()) if b.get(k) != a.get(k)]


def rule_edits(old: RuleBook, new: RuleBook) -> list[Edit]:
    """Rules added, removed or changed (by id), then settings files whose content changed, in file order."""
    before, after = {r.id: r for r in old.rules}, {r.id: r for r in new.rules}

    def dump(r) -> dict:
        return {**r.rule.model_dump(mode="json", include=_RULE_PARTS), "monitor": r.monitor}

    edits = []
    for r in new.rules:
        if r.id not in before:
            edits.append(Edit(r.id, "added", f"{r.file}:{r.line}", []))
        elif parts := _parts(dump(before[r.id]), dump(r)):
            edits.append(Edit(r.id, "changed", f"{r.file}:{r.line}", parts))
    edits += [Edit(r.id, "removed", f"{r.file}:{r.line}", []) for r in old.rules if r.id not in after]
    for name, attr in _SETTINGS:
        if parts := _parts(getattr(old, attr).model_dump(mode="json"), getattr(new, attr).model_dump(mode="json")):
            edits.append(Edit(name, "changed", name, parts))
    return edits


def diff_rules(old_rules: str | Path, new_rules: str | Path, targets: str | Path, actuals: str | Path | None = None,
               period: str = "annual", engine: str | None = None) -> RuleDiff:
    targets = Path(targets)
    table, data, _ = load_unit(targets, actuals, period)
    old_book, new_book = load_rules(old_rules), load_rules(new_rules)
    d = compare(evaluate(table, data, old_book, period, engine), evaluate(table, data, new_book, period, engine))
    d.edits = rule_edits(old_book, new_book)
    return d


def _signed(d: Decimal) -> str:
    return f"{d:+.2f}"


def render_text(d: RuleDiff, lang: str = "zh") -> str:
    en = lang == "en"
    status = labels(lang).status  # the reader's words, not the report's codes
    lines = _render_edits(d, en)
    if not d.changes:
        lines.append("no changes: every indicator keeps its points, status and rule" if en
                     else "无变化：每个指标的得分、状态和规则都不变")
    for c in d.changes:
        b, a = c.before, c.after
        lines.append(f"{b.id} {b.name}")
        rule = b.rule.id if a.rule.id == b.rule.id else f"{b.rule.id} → {a.rule.id}"
        weight = "" if a.weight == b.weight else (f"  weight {b.weight} → {a.weight}" if en else f"  权重 {b.weight} → {a.weight}")
        if en:
            lines.append(f"  points {b.points} → {a.points} ({_signed(c.delta)})  status {status[b.status]} → {status[a.status]}  rule {rule}{weight}")
        else:
            lines.append(f"  得分 {b.points} → {a.points}（{_signed(c.delta)}）  状态 {status[b.status]} → {status[a.status]}  规则 {rule}{weight}")
    o, n = d.old, d.new
    if en:
        lines.append(f"total {o.total} → {n.total} ({_signed(d.delta)}); grade {o.grade_en} → {n.grade_en}")
    else:
        lines.append(f"总分 {o.total} → {n.total}（{_signed(d.delta)}）；等级 {o.grade} → {n.grade}")
    return "\n".join(lines) + "\n"


_KIND = {"added": ("新增", "added"), "removed": ("删除", "removed"), "changed": ("改动", "changed")}


def _shown(v: Any) -> str:
    return "—" if v is None else json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v


def _render_edits(d: RuleDiff, en: bool) -> list[str]:
    if not d.edits:
        return ["rules and settings: no changes" if en else "规则与设置：无改动"]
    scoring = {i.rule.id for i in d.new.indicators}
    lines = ["rules and settings:" if en else "规则与设置的改动："]
    for e in d.edits:
        idle = e.kind != "removed" and e.where != e.name and e.name not in scoring
        note = ("  (scores none of this table's indicators)" if en else "（在本表上不为任何指标计分）") if idle else ""
        where = (" " if not en else "") if e.where == e.name else (f" ({e.where})" if en else f"（{e.where}）")
        lines.append(f"  {e.name}{where} {_KIND[e.kind][en]}{note}" if en else f"  {e.name}{where}{_KIND[e.kind][en]}{note}")
        lines += [f"    {path}: {_shown(b)} → {_shown(a)}" for path, b, a in e.parts]
    return lines


def _row(i: ScoredIndicator) -> dict:
    return {"points": float(i.points), "weight": float(i.weight), "status": i.status,
            "rule": {"id": i.rule.id, "file": i.rule.file, "line": i.rule.line}}


def render_json(d: RuleDiff) -> str:
    data = {
        "schema": 1,
        "unit": d.old.unit, "year": d.old.year, "period": d.old.period,
        "changed": bool(d.changes),
        "total": {"before": float(d.old.total), "after": float(d.new.total), "delta": float(d.delta)},
        "grade": {"before": d.old.grade, "after": d.new.grade},
        "indicators": [{"id": c.before.id, "name": c.before.name, "before": _row(c.before), "after": _row(c.after),
                        "delta": float(c.delta)} for c in d.changes],
        "edits": [{"name": e.name, "change": e.kind, "where": e.where,
                   "parts": [{"path": p, "before": b, "after": a} for p, b, a in e.parts]} for e in d.edits],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
