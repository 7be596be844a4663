"""The full trace of one indicator's score: its fact, every rule that matched, the winner and why,
the method and formula with the rounding, the points and the flags. It runs the same code as
`scoring evaluate` (build_inputs, apportion, decide, score_one) for the one indicator."""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..engine.facts import IndicatorInput, build_inputs
from ..errors import Pos, display_path
from ..evaluate import Decision, decide, score_checked
from ..render.labels import labels
from ..rulebook.load import load_rules
from ..rulebook.methods import method_name
from ..run import load_unit, rules_or_default
from ..scorecard import ScoredIndicator
from ..table.names import resolve, unresolved
from ..weighting import apportion


@dataclass
class Trace:
    input: IndicatorInput
    decision: Decision
    weight: Decimal
    row: ScoredIndicator
    engine: str


def explain(indicator: str, targets: str | Path, actuals: str | Path | None = None, rules: str | Path | None = None,
            period: str = "annual", engine: str | None = "python") -> Trace:
    targets = Path(targets)
    table, data, _ = load_unit(targets, actuals, period)
    book = load_rules(rules_or_default(rules))
    inputs, _ = build_inputs(table, data, book, period)
    inp = _find(indicator, inputs, display_path(targets))

    weight = apportion(table, book.weights)[inp.item.id]
    (decision,) = decide([inp], book, engine)
    return Trace(inp, decision, weight, score_checked(decision, weight, book, period), engine or "default")


def _find(indicator: str, inputs: list, where: str):
    """The indicator by id (p3 finds P03) or unique name; else an error that suggests the nearest ones."""
    indicators = [(i.item.id, i.item.name) for i in inputs]
    ids = resolve(indicator, indicators)
    if len(ids) != 1:
        raise Pos(where).error(*unresolved(indicator, ids, indicators))
    return next(i for i in inputs if i.item.id == ids[0])


def _params(method) -> str:
    data = method.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False) if data else ""


def _fmt(v) -> str:
    if isinstance(v, float):
        return format(v, "g")
    return str(v)


def render(t: Trace, lang: str = "zh") -> str:
    en = lang == "en"
    lab = labels(lang)  # codes (status, target source, monitor) in the reader's words
    inp, d, row = t.input, t.decision, t.row
    L = []
    L.append(f"{row.id} {row.name}（{row.level1} / {row.level2}）" if not en else f"{row.id} {row.name} ({row.level1} / {row.level2})")
    source = lab.target_source[row.target_source]
    L.append(f"target: {row.target} ({source})" if en else f"目标: {row.target}（{source}）")
    L.append(("actual" if en else "实际") + f": {row.actual or '—'}" + (f" → {row.outcome}" if row.outcome else ""))
    L.append("")
    L.append("fact given to the engine:" if en else "交给规则引擎的事实：")
    for k, v in inp.fact.items():
        if k != "fact":
            L.append(f"  {k} = {_fmt(v)}")
    L.append("")
    L.append("rules whose conditions matched (highest priority first):" if en else "条件成立的规则（按优先级从高到低）：")
    for r in d.matched:
        mark = "  ← " + ("wins" if en else "胜出") if r is d.winner else ""
        L.append(f"  {'priority' if en else '优先级'} {r.priority:>4}  {r.id}  {r.file}:{r.line}  {r.rule.title}{mark}")
    w = d.winner
    others = [r for r in d.matched if r is not w]
    if others:
        why = (f"{w.id} wins: it has the highest priority ({w.priority}); the others have "
               + ", ".join(f"{r.id} {r.priority}" for r in others)) if en else \
            (f"{w.id} 胜出：优先级最高（{w.priority}）；其余为 " + "、".join(f"{r.id} {r.priority}" for r in others))
    else:
        why = f"{w.id} wins: the only rule that matched" if en else f"{w.id} 胜出：唯一匹配的规则"
    L.append(why)
    L.append("")
    L.append(("method" if en else "计分方法") + f": {method_name(w.method)} {_params(w.method)}".rstrip())
    L.append(("formula" if en else "计算式") + f": {row.formula.get(lang)}")
    L.append(("rounding (half-up to 0.01)" if en else "舍入（四舍五入到 0.01）") + f": {row.rounding}")
    L.append(("weight" if en else "权重") + f": {row.weight}")
    L.append(("points" if en else "得分") + (f": {row.points} (lost {row.lost})  " if en else f": {row.points}（扣 {row.lost}）  ")
             + ("status" if en else "状态") + f": {lab.status[row.status]}"
             + (f"  {'monitor' if en else '监控'}: {lab.monitor[row.monitor]}" if row.monitor else ""))
    L.append(("explanation" if en else "说明") + f": {row.explanation.en if en else row.explanation.zh}")
    if row.flags:
        L.append("flags:" if en else "标记：")
        for f in row.flags:
            L.append(f"  {f.code}: {f.message.en if en else f.message.zh}")
    else:
        L.append("flags: none" if en else "标记：无")
    return "\n".join(L) + "\n"
