"""The durable_rules matcher: compiles the rules into one Rete ruleset and asserts facts into it.

durable_rules keeps process-wide state and starts two never-ending timer threads per Host. Here a
Host subclass starts no threads (actions run inline on assert), every `match` uses a fresh session
id whose facts are deleted afterwards, and `close` frees the ruleset in the C module. These touch
private parts of durable_rules 2.0.28, which is pinned; tests cover that nothing leaks.
"""
from __future__ import annotations

import itertools

from ..rulebook.conditions import And, Cmp, Condition
from ..rulebook.model import CompiledRule

_ids = itertools.count()
_DURABLE = {"ne": "$neq", "gt": "$gt", "gte": "$gte", "lt": "$lt", "lte": "$lte"}


def to_durable(cond: Condition) -> dict:
    """The condition in durable_rules' JSON ruleset form."""
    if isinstance(cond, Cmp):
        operand = {"$m": cond.value} if cond.ref else cond.value
        if cond.op == "eq":
            return {cond.field: operand} if not cond.ref else {"$eq": {cond.field: operand}}
        return {_DURABLE[cond.op]: {cond.field: operand}}
    if not cond.items:
        return {"fact": "indicator"}
    parts = [to_durable(c) for c in cond.items]
    if len(parts) == 1:
        return parts[0]
    return {"$and" if isinstance(cond, And) else "$or": parts}


class EngineError(RuntimeError):
    """durable_rules failed or an action raised; never swallowed."""


def _durable():
    from durable import engine  # imported lazily: the Python backend must work without it

    return engine


class DurableMatcher:
    name = "durable"

    def __init__(self, rules: list[CompiledRule]):
        engine = _durable()

        class QuietHost(engine.Host):
            def _run(self):  # no dispatch/timer threads: every action runs inline on assert
                pass

        self._host = QuietHost()
        self._ruleset = f"scoring_{next(_ids)}"
        self._hits: list[tuple[str, int]] = []
        definition = {}
        for i, rule in enumerate(rules):
            cond = {"$and": [{"fact": "indicator"}, to_durable(rule.condition)]}
            definition[f"r{i}"] = {"all": [{"m": cond}], "run": self._action(i)}
        # a catch-all rule keeps a batch assert from failing on facts no rule matches
        definition["none"] = {"all": [{"m": {"fact": "indicator"}}], "run": self._action(-1)}
        self._host.set_rulesets({self._ruleset: definition})
        self._closed = False

    def _action(self, index: int):
        hits = self._hits

        def action(c):
            hits.append((c.m["id"], index))

        return action

    def match(self, facts: list[dict]) -> dict[str, list[int]]:
        sid = f"s{next(_ids)}"
        self._hits.clear()
        try:
            state = self._host.assert_facts(self._ruleset, [dict(f, sid=sid) for f in facts])
        except Exception as e:  # durable reports bare codes; say what we were doing
            raise EngineError(f"durable_rules failed while matching: {e!r}") from e
        finally:
            try:
                self._host.delete_state(self._ruleset, sid)
            except Exception:
                pass
        if isinstance(state, dict) and "exception" in state:
            raise EngineError(f"a rule action raised: {state['exception']}")
        out: dict[str, list[int]] = {f["id"]: [] for f in facts}
        for fact_id, index in self._hits:
            if index >= 0:
                out[fact_id].append(index)
        self._hits.clear()
        return {k: sorted(v) for k, v in out.items()}

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        ruleset = self._host._ruleset_directory.pop(self._ruleset, None)
        if ruleset is not None:
            self._host._ruleset_list.remove(ruleset)
            import durable_rules_engine

            durable_rules_engine.delete_ruleset(ruleset._handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
