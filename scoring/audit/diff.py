"""What a rule change moves: two rule sets compared, on one unit's data, and said as text or JSON.

The rules and settings that changed (audit/rule_edits.py), then each indicator whose points, status, winning
rule, weight, target, half-year colour or flags change, and the budget line where its status or progress
against time does."""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..catalogue import say, text
from ..errors import ScoringError, display_path
from ..evaluate import evaluate
from ..render.labels import labels
from ..rulebook.load import load_rules
from ..run import load_unit
from ..scorecard import Budget, Scorecard, ScoredIndicator
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

    @property
    def budget_changed(self) -> bool:
        """Whether the budget line's status or progress against time moves (monitoring.yaml `time_progress`,
        `budget`), though no row need move."""
        return _budget_seen(self.old.budget) != _budget_seen(self.new.budget)

    @property
    def changed(self) -> bool:
        """Whether anything a reader sees moves: a row, the budget line, or the total or grade (a grades.yaml
        edit moves no row)."""
        return (bool(self.changes) or self.budget_changed
                or (self.old.total, self.old.grade) != (self.new.total, self.new.grade))


def _budget_seen(b: Budget | None) -> tuple:
    return (None, None) if b is None else (b.status, b.progress)


def _flags(i: ScoredIndicator) -> frozenset[str]:
    return frozenset(f.code for f in i.flags)


def _seen(i: ScoredIndicator) -> tuple:
    """What a reader sees of a row: a change in any of it lists the row."""
    return i.points, i.status, i.rule.id, i.weight, i.target, i.monitor, _flags(i)


def compare(old: Scorecard, new: Scorecard) -> list[Change]:
    """The rows whose points, status, rule, weight, target (as read: bare_targets.yaml, the half-year
    fallback), half-year colour or flags differ between two scorecards of one unit."""
    after = {i.id: i for i in new.rows}  # a project's budget row counts too
    return [Change(b, after[b.id]) for b in old.rows if _seen(b) != _seen(after[b.id])]


def diff_rules(old_rules: str | Path, new_rules: str | Path, targets: str | Path, actuals: str | Path | None = None,
               period: str = "annual", engine: str | None = None) -> RuleDiff:
    targets = Path(targets)
    table, data, _ = load_unit(targets, actuals, period)
    old_book, new_book = load_rules(old_rules), load_rules(new_rules)
    cards = []
    for rules, book in ((old_rules, old_book), (new_rules, new_book)):
        try:
            cards.append(evaluate(table, data, book, period, engine))
        except ScoringError as e:  # the auditor still wants to see what was edited to get here
            if not any(p.code in _RULES_FAIL for p in e.problems):
                raise  # the table's or the actuals' own mistake: said as itself, not blamed on the rules
            raise RulesCannotScore(e.problems, rules, rule_edits(old_book, new_book)) from None
    old, new = cards
    return RuleDiff(old, new, compare(old, new), rule_edits(old_book, new_book, {i.rule.id for i in new.rows}))


_RULES_FAIL = {"flags.no_rule", "flags.tie", "flags.cannot_score"}  # what a rule book's edit can make scoring say


class RulesCannotScore(ScoringError):
    """One side's rules cannot score the table (a row no rule scores, a tie): its errors, with the rule edits
    between the two sides, which the CLI prints before them."""

    def __init__(self, problems, rules: str | Path, edits: list[Edit]):
        super().__init__(problems)
        self.rules, self.edits = rules, edits

    def edits_json(self) -> str:
        """As render_json's document, with the side that cannot score and its errors instead of the rows."""
        errors = [{"code": p.code, "file": p.file, "line": p.line, "column": p.column, "message_zh": p.message("zh"),
                   "message_en": p.message("en")} for p in self.problems]  # both, as the folder diff's failures
        data = {"schema": 1, "changed": None, "cannot_score": {"rules": display_path(self.rules), "errors": errors},
                "edits": edits_json(self.edits)}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def edits_text(self, lang: str) -> str:
        return "\n".join(render_edits(self.edits, lang) + [say("diff.cannot_score", lang, rules=display_path(self.rules))]) + "\n"


def _signed(d: Decimal) -> str:
    return f"{d:+.2f}"


def render_text(d: RuleDiff, lang: str = "zh") -> str:
    status = labels(lang).status  # the reader's words, not the report's codes
    lines = render_edits(d.edits, lang)
    if not d.changed:
        lines.append(say("diff.no_changes", lang))
    elif not d.changes:
        moved = (d.old.total, d.old.grade) != (d.new.total, d.new.grade)
        lines.append(say("diff.rows_unchanged" if moved else "diff.rows_unchanged_budget", lang))
    for c in d.changes:
        b, a = c.before, c.after
        lines.append(f"{b.id} {b.name}")
        rule = _moved(b.rule.id, a.rule.id)
        lines.append("  " + say("diff.row", lang, before=b.points, after=a.points, delta=_signed(c.delta),
                                status=_moved(status[b.status], status[a.status]), rule=rule) + _also(b, a, lang))
    if d.budget_changed:
        lines.append(_budget_text(d.old.budget, d.new.budget, lang))
    lines.append(total_text(d.old, d.new, lang))
    return "\n".join(lines) + "\n"


def total_text(o: Scorecard, n: Scorecard, lang: str) -> str:
    """`总分 96.97 → 96.82（-0.15）；等级 优`: a unit's total and grade under the two rule sets."""
    grade = (lambda card: card.grade_en or "—") if lang == "en" else (lambda card: card.grade or "—")
    return say("diff.total", lang, before=o.total, after=n.total, delta=_signed(n.total - o.total),
               grade=_moved(grade(o), grade(n)))


def _also(b: ScoredIndicator, a: ScoredIndicator, lang: str) -> str:
    """The row's weight, target, half-year colour and flags, each where it changes."""
    out = ""
    colour = _colour(lang)
    for key, before, after in (("diff.weight", b.weight, a.weight), ("diff.target", b.target, a.target),
                               ("diff.monitor", colour(b.monitor), colour(a.monitor))):
        if before != after:
            out += "  " + say(key, lang, before=before, after=after)
    if _flags(b) != _flags(a):
        out += "  " + say("diff.flags", lang, change=change_text(_flags(b), _flags(a), lang))
    return out


def _colour(lang: str):
    words = labels(lang).monitor
    return lambda c: "—" if c is None else words[c]


def _budget_text(b: Budget | None, a: Budget | None, lang: str) -> str:
    colour = _colour(lang)

    def progress(x: Budget | None) -> str:
        return "—" if x is None or x.progress is None else f"{x.progress:.2f}%"

    return say("diff.budget", lang, progress=_moved(progress(b), progress(a)),
               status=_moved(colour(b and b.status), colour(a and a.status)))


def _moved(before: str, after: str) -> str:
    """`before → after`, or the one value where nothing moved (状态 部分达成, not 部分达成 → 部分达成)."""
    return before if before == after else f"{before} → {after}"


_KIND = {"added": text("diff.kind.added"), "removed": text("diff.kind.removed"), "moved": text("diff.kind.moved"),
         "changed": text("diff.kind.changed")}


def render_edits(edits: list[Edit], lang: str, tables: int = 1) -> list[str]:
    """The rule edits; a rule that wins nothing is said of the one table compared, or of all `tables`."""
    if not edits:
        return [say("diff.no_edits", lang)]
    lines = [say("diff.edits", lang)]
    for e in edits:
        where = e.file + (f":{e.line}" if e.line else "")
        idle = text("diff.idle" if tables == 1 else "diff.idle_tables") if e.scores is False else ""
        lines.append("  " + say("diff.edit", lang, name=e.name, where=where, kind=_KIND[e.kind], idle=idle))
        lines += [f"    {path_text(path, lang)}: {change_text(b, a, lang)}" for path, b, a in e.parts]
        if e.stale_title:
            lines.append("    " + say("diff.stale_title", lang, numbers=list(e.stale_title)))
    return lines


def _row(i: ScoredIndicator) -> dict:
    return {"points": float(i.points), "weight": float(i.weight), "target": i.target, "status": i.status,
            "monitor": i.monitor, "flags": sorted(_flags(i)),
            "rule": {"id": i.rule.id, "file": i.rule.file, "line": i.rule.line}}


def _budget(b: Budget | None) -> dict | None:
    def number(x: Decimal | None) -> float | None:
        return None if x is None else float(x)

    return None if b is None else {"rate": number(b.rate), "time_progress": number(b.time_progress),
                                   "progress": number(b.progress), "status": b.status}


def render_json(d: RuleDiff) -> str:
    data = {
        "schema": 1,
        "unit": d.old.unit, "year": d.old.year, "period": d.old.period,
        "changed": d.changed,
        "total": {"before": float(d.old.total), "after": float(d.new.total), "delta": float(d.delta)},
        "grade": {"before": d.old.grade, "after": d.new.grade},
        "budget": None if d.old.budget is None and d.new.budget is None else
        {"before": _budget(d.old.budget), "after": _budget(d.new.budget), "changed": d.budget_changed},
        "indicators": [{"id": c.before.id, "name": c.before.name, "before": _row(c.before), "after": _row(c.after),
                        "delta": float(c.delta)} for c in d.changes],
        "edits": edits_json(d.edits),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def edits_json(edits: list[Edit]) -> list[dict]:
    return [{"name": e.name, "change": e.kind, "file": e.file, "line": e.line, "scores": e.scores,
             "parts": [{"path": path_text(p), "before": to_json(b), "after": to_json(a)} for p, b, a in e.parts],
             "stale_title": list(e.stale_title)}
            for e in edits]
