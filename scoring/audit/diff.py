"""Comparing two rule sets: what changed in the rules and settings themselves, and, on one unit's data,
which indicators' points, status or winning rule change."""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..evaluate import evaluate
from ..render.labels import labels
from ..rulebook.load import load_rules
from ..run import load_unit
from ..scorecard import Scorecard, ScoredIndicator
from .rule_edits import Edit, change_text, path_text, rule_edits, to_json


@dataclass
class Change:
    before: ScoredIndicator
    after: ScoredIndicator

    @property
    def delta(self) -> Decimal:
        return self.after.points - self.before.points


@dataclass
class RuleDiff:
    old: Scorecard
    new: Scorecard
    changes: list[Change]
    edits: list[Edit]

    @property
    def delta(self) -> Decimal:
        return self.new.total - self.old.total


def compare(old: Scorecard, new: Scorecard) -> list[Change]:
    """The indicators whose points, status, rule or weight differ between two scorecards of one unit."""
    after = {i.id: i for i in new.indicators}
    changes = []
    for b in old.indicators:
        a = after[b.id]
        if (a.points, a.status, a.rule.id, a.weight) != (b.points, b.status, b.rule.id, b.weight):
            changes.append(Change(b, a))
    return changes


def diff_rules(old_rules: str | Path, new_rules: str | Path, targets: str | Path, actuals: str | Path | None = None,
               period: str = "annual", engine: str | None = None) -> RuleDiff:
    targets = Path(targets)
    table, data, _ = load_unit(targets, actuals, period)
    old_book, new_book = load_rules(old_rules), load_rules(new_rules)
    old, new = evaluate(table, data, old_book, period, engine), evaluate(table, data, new_book, period, engine)
    return RuleDiff(old, new, compare(old, new), rule_edits(old_book, new_book, {i.rule.id for i in new.indicators}))


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


_KIND = {"added": ("新增", "added"), "removed": ("删除", "removed"), "moved": ("移到此文件", "moved here"),
         "changed": ("改动", "changed")}


def _render_edits(d: RuleDiff, en: bool) -> list[str]:
    if not d.edits:
        return ["rules and settings: no changes" if en else "规则与设置：无改动"]
    lines = ["rules and settings:" if en else "规则与设置的改动："]
    for e in d.edits:
        where = e.file + (f":{e.line}" if e.line else "")
        idle = ("  (scores none of this table's indicators)" if en else "（在本表上不为任何指标计分）") if e.scores is False else ""
        lines.append(f"  {e.name} ({where}) {_KIND[e.kind][1]}{idle}" if en else f"  {e.name}（{where}）{_KIND[e.kind][0]}{idle}")
        lines += [f"    {path_text(path)}: {change_text(b, a)}" for path, b, a in e.parts]
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
        "edits": [{"name": e.name, "change": e.kind, "file": e.file, "line": e.line, "scores": e.scores,
                   "parts": [{"path": path_text(p), "before": to_json(b), "after": to_json(a)} for p, b, a in e.parts]}
                  for e in d.edits],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
