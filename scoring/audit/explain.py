"""The full trace of one indicator's score, as `scoring explain` prints it.

Its fact, every rule that matched, the winner and why, the method and formula with the rounding, the points
and the flags. It runs the same code as `scoring evaluate` (build_inputs, apportion, decide, score_one) for
the one indicator."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import display
from ..catalogue import say, text
from ..budget_row import BUDGET_ROW_ID, as_printed, with_budget_row
from ..engine.facts import IndicatorInput, build_inputs, written
from ..errors import Pos, display_path
from ..decide import Decision, decide
from ..score_row import score_checked
from ..render.labels import labels
from ..rulebook.load import load_rules
from ..actuals import load_actuals
from ..run import locate_actuals, rules_or_default
from ..scorecard import ScoredIndicator
from ..table.load import load_targets
from ..table.names import closest, loose_id, resolve, unresolved_text, wide_folded
from .method_text import method_line


@dataclass
class Trace:
    input: IndicatorInput
    decision: Decision
    weight: Decimal
    row: ScoredIndicator
    engine: str
    read_as: str = ""  # the id typed when it is not the indicator's (O2 for O02): said above the trace


def explain(indicator: str, targets: str | Path, actuals: str | Path | None = None, rules: str | Path | None = None,
            period: str = "annual", engine: str | None = "python") -> Trace:
    targets = Path(targets)
    table = load_targets(targets)
    rows = [(item.id, item.name) for _, _, item in table.rows()]
    if table.budget_row is not None:
        rows.append((BUDGET_ROW_ID, table.budget_row.name))  # by id or name, as with_budget_row adds it
    where = display_path(targets)
    ident = _find(indicator, rows, where, table.budget_row is not None)  # before the actuals: an unknown id needs none
    data = load_actuals(locate_actuals(targets, actuals, period), table)
    book = load_rules(rules_or_default(rules))
    inputs, money = build_inputs(table, data, book, period)
    inputs, weights, _ = with_budget_row(table, data, book, period, inputs, money)
    inp = next(i for i in inputs if i.item.id == ident)

    weight = weights[inp.item.id]
    (decision,) = decide([inp], book, engine)
    row = score_checked(decision, weight, book, period)
    if row.id == BUDGET_ROW_ID:  # as the scorecard shows it: beside the target the table prints
        row = as_printed(row, inp, table, period)
    return Trace(inp, decision, weight, row, engine or "default", _read_as(indicator, ident))


def _read_as(indicator: str, ident: str) -> str:
    """`indicator` when it named `ident` only as an id typed loosely (O2, o02 for O02): read as actuals keyed O2
    are, but said, so an auditor does not take O2 for an id of the table. By name, or in full width, nothing."""
    if wide_folded(indicator) == ident or loose_id(indicator) != loose_id(ident):  # the id itself, or by name
        return ""
    return indicator


def _find(indicator: str, indicators: list[tuple[str, str]], where: str, project: bool = False) -> str:
    """The id of the indicator named by id (p3 finds P03) or unique name; else an error that suggests the
    nearest ones. On a project table the budget row is named by its name: its id (budget_row) is internal."""
    ids = resolve(indicator, indicators)
    if len(ids) == 1:
        return ids[0]
    said = unresolved_text(indicator, ids, indicators, suggest=False)  # a coded problem, as every other bad input
    if not ids:
        near = [n[len(BUDGET_ROW_ID) + 1:] if n.startswith(BUDGET_ROW_ID + " ") else n for n in closest(indicator, indicators)]
        if near:
            said = text("table.name_unknown_near", key=indicator, near=near)
        elif project:  # the ids as the table has them (O01 … S01 is no range), and how to name the budget row
            said = text("explain.unknown_on_project", key=indicator, budget=dict(indicators)[BUDGET_ROW_ID],
                        ids=[i for i, _ in indicators if i != BUDGET_ROW_ID])
    raise Pos(where).fail(said.code, **dict(said.args))


def render(t: Trace, lang: str = "zh") -> str:
    lab = labels(lang)  # codes (status, target source, monitor) in the reader's words
    inp, d, row = t.input, t.decision, t.row
    level1, level2 = row.level1, row.level2
    if row.id == BUDGET_ROW_ID:  # kept out of the indicator tree: named by the block it is computed from
        level1, level2 = say("render.h_budget", lang), say("explain.money_block", lang)
    L = [say("explain.read_as", lang, key=t.read_as, id=row.id, name=row.name)] if t.read_as else []
    L += [say("explain.heading", lang, id=row.id, name=row.name, level1=level1, level2=level2),
         say("explain.target", lang, target=row.target, source=lab.target_source[row.target_source]),
         say("explain.actual", lang, actual=row.actual or "—") + (f" → {row.outcome}" if row.outcome else "")]
    if row.id == BUDGET_ROW_ID and inp.actual is not None:  # the hand-written rate: shown, said to be no fact
        L.append(say("explain.stated_rate", lang, rate=display.value(inp.actual, False)))
    L += ["", say("explain.fact", lang)]
    for k, v in inp.fact.items():
        if k != "fact":
            L.append(f"  {k} = {written(v)}")
    L += ["", say("explain.matched", lang)]
    for r in d.matched:
        mark = "  ← " + say("explain.wins", lang) if r is d.winner else ""
        L.append("  " + say("explain.rule", lang, priority=f"{r.priority:>4}", id=r.id, where=f"{r.file}:{r.line}",
                            title=r.rule.title.get(lang)) + mark)
    w = d.winner
    others = [text("explain.other", id=r.id, priority=r.priority) for r in d.matched if r is not w]
    if others:
        L.append(say("explain.wins_highest", lang, id=w.id, priority=w.priority, others=others))
    else:
        L.append(say("explain.wins_only", lang, id=w.id))
    L.append("")
    L.append(method_line(w.method, inp.fact.get("unit") or "", lang))
    L.append(say("explain.formula", lang, formula=row.formula.get(lang)))
    L.append(say("explain.rounding", lang, rounding=row.rounding))
    L.append(say("explain.weight", lang, weight=row.weight))
    L.append(say("explain.points", lang, points=row.points, lost=row.lost, status=lab.status[row.status])
             + ("  " + say("explain.monitor", lang, light=lab.monitor[row.monitor]) if row.monitor else ""))
    L.append(say("explain.explanation", lang, text=row.explanation.get(lang)))
    if row.flags:
        L.append(say("explain.flags", lang))
        L += [say("explain.flag", lang, message=f.message.get(lang), code=f.code) for f in row.flags]
    else:
        L.append(say("explain.no_flags", lang))
    return "\n".join(L) + "\n"
