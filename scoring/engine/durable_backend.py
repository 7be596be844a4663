"""The durable_rules matcher: compiles the rules into one Rete ruleset and asserts facts into it.

durable_rules keeps process-wide state and starts two never-ending timer threads per Host. Here a
Host subclass starts no threads (actions run inline on assert), every `match` uses a fresh session
id whose facts are deleted afterwards, and `close` frees the ruleset in the C module. These touch
private parts of durable_rules 2.0.28, which is pinned; tests cover that nothing leaks.

A crash inside durable_rules (a segfault our checks did not foresee) would kill the process with no
word: where it can, the engine runs in a forked child instead (durable_child.py), whose death is an error.
"""
from __future__ import annotations

import itertools
import json
import re
import types
from decimal import Decimal

from ..rulebook.conditions import And, Cmp, Condition, fields_of
from ..rulebook.model import CompiledRule
from .durable_child import Child, EngineError, can_isolate
from .facts import engine_fact
from .python_backend import PythonMatcher

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


def _durable():
    from durable import engine  # imported lazily: the Python backend must work without it

    engine.json = _FIXED_JSON  # the module's only use of json: facts and rulesets, in and out
    return engine


# durable_rules' JSON parser misreads a number in exponent form, which is how json.dumps writes
# floats below 1e-4 or from 1e16 (1e-05, 1e+16): it fails with code 204, or, among several facts,
# crashes the process. Such text is written out in positional form instead.
_EXPONENT = re.compile(r"\d[eE][+-]?\d")


def _positional(x: float) -> str:
    text = float.__repr__(x)
    if "e" not in text:
        return text
    text = format(Decimal(text), "f")
    return text if "." in text else text + ".0"


def _dumps(obj, ensure_ascii: bool = True, **_) -> str:
    text = json.dumps(obj, ensure_ascii=ensure_ascii)
    if not _EXPONENT.search(text):  # the C encoder's text unless a number (or some text) looks like one
        return text
    quote = json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    parts = json.encoder._make_iterencode({}, _unencodable, quote, None, _positional, ": ", ", ", False, False, True)
    return "".join(parts(obj, 0))


def _unencodable(obj):
    raise TypeError(f"{type(obj).__name__} is not JSON")


_FIXED_JSON = types.SimpleNamespace(dumps=_dumps, loads=json.loads)


# Matches of one rule reach its action together, up to this many per call: one Python callback per
# rule and batch instead of one per match (the callbacks were most of the time).
_CAP = 10_000
_MAX_MATCHES = 64
_FLUSH = {"fact": "flush", "id": "~flush"}


class DurableMatcher:
    name = "durable"
    view = "exact"  # the facts it is given (IndicatorInput.exact), made as the engine reads them in match

    def __init__(self, rules: list[CompiledRule], isolated: bool | None = None):
        """`isolated`: the engine in a forked child (durable_child.py); None: where the process can fork and
        no parent watches it already (batch's workers)."""
        self._closed = False
        self._child = None
        # facts carry only what the rules test: less JSON through the pipe and the C core for every fact
        self._fields = sorted(set().union(*(fields_of(r.condition) for r in rules)) | {"id", "fact"})
        if can_isolate() if isolated is None else isolated:
            self._child = Child(lambda: type(self)(rules, isolated=False))
            return
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
            definition[f"r{i}"] = {"all": [{"m": cond}], "cap": _CAP, "run": self._action(i)}
        # No catch-all rule for indicators (it fired for every fact): a batch with a fact no rule matches
        # raises instead, leaving the others' matches pending, and its session cannot be deleted until
        # another fact is asserted into it. This rule matches only that flush fact.
        definition["flush"] = {"all": [{"m": {"fact": _FLUSH["fact"]}}], "run": lambda c: None}
        try:
            self._host.set_rulesets({self._ruleset: definition})
        except Exception as e:  # e.g. code 108 past ~270 rules sharing one condition
            raise EngineError(f"durable_rules could not build the ruleset of {len(rules)} rules: {e}") from e
        # durable_rules crashes the process (SIGSEGV) when more than 64 rules match one fact (measured,
        # 2.0.28): with that many rules, count the matches first with the python matcher and refuse
        self._counter = PythonMatcher(rules) if len(rules) > _MAX_MATCHES else None

    def _action(self, index: int):
        hits = self._hits

        def action(c):
            matched = c.m if isinstance(c.m, list) else [c.m]
            hits.extend((m["id"], index) for m in matched)

        return action

    def match(self, facts: list[dict]) -> dict[str, list[int]]:
        """For each fact id, the indexes of every rule whose condition holds."""
        fields = self._fields
        cut = [engine_fact(f, fields) for f in facts]  # only the rules' fields: less JSON through the pipe
        return self._child.match(cut) if self._child is not None else self._match(cut)

    def _match(self, facts: list[dict]) -> dict[str, list[int]]:
        if self._counter is not None:
            most = max((len(v) for v in self._counter.match(facts).values()), default=0)
            if most > _MAX_MATCHES:
                raise EngineError(f"{most} rules match one indicator; durable_rules crashes above {_MAX_MATCHES}")
        sid = f"s{next(_ids)}"
        self._hits.clear()
        batch = facts  # cut to the rules' fields by match(), which made them
        for f in batch:
            f["sid"] = sid
        engine = _durable()
        try:
            try:
                state = self._host.assert_facts(self._ruleset, batch)
            except engine.MessageNotHandledException:  # some fact matches no rule: say which, below
                state = self._host.assert_fact(self._ruleset, dict(_FLUSH, sid=sid))
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
            out[fact_id].append(index)
        self._hits.clear()
        return {k: sorted(v) for k, v in out.items()}

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._child is not None:
            self._child.close()
            return
        ruleset = self._host._ruleset_directory.pop(self._ruleset, None)
        if ruleset is not None:
            self._host._ruleset_list.remove(ruleset)
            import durable_rules_engine

            durable_rules_engine.delete_ruleset(ruleset._handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
