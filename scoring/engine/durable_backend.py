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
from ..rulebook.fields import NUMERIC
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
    # the C encoder's text unless a number (or some text) looks like one; a float in exponent form always
    # has its sign (1e-05, 1e+16), and looking for that is a fraction of the regex's scan of every character
    if ("e-" not in text and "e+" not in text and "E-" not in text and "E+" not in text) or not _EXPONENT.search(text):
        return text
    quote = json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    parts = json.encoder._make_iterencode({}, _unencodable, quote, None, _positional, ": ", ", ", False, False, True)
    return "".join(parts(obj, 0))


_quote = json.encoder.encode_basestring  # a str as json.dumps(…, ensure_ascii=False) writes it (C)


def _plain_json(v) -> str:
    """A text or yes/no field's value as json.dumps writes it."""
    if type(v) is str:
        return _quote(v)
    if v is True or v is False:
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)  # none in the facts facts.py makes: whatever a caller gave


def _unencodable(obj):
    raise TypeError(f"{type(obj).__name__} is not JSON")


_FIXED_JSON = types.SimpleNamespace(dumps=_dumps, loads=json.loads)


# Matches of one rule reach its action together, up to this many per call: one Python callback per
# rule and batch instead of one per match (the callbacks were most of the time).
_CAP = 10_000
_MAX_MATCHES = 64
_FLUSH = {"fact": "flush", "id": "~flush"}


def _state(engine, result, facts):
    """The session handle of an assert, or durable's own exception for its result code (as its Ruleset reads it)."""
    if result[0] == 1:
        raise engine.MessageNotHandledException(facts)
    if result[0] == 2:
        raise engine.MessageObservedException(facts)
    return 0 if result[0] == 3 else result[1]


# What an action's message says, read from its text: decoding every matched fact with json.loads to take its
# id was a third of the child's work (27,000 instructions an indicator). A message is {"r3": [{"m": {fact}}, …]}
# (or one {"m": …}); "id" followed by a colon is only ever a key, a fact's: inside a JSON string every quote is
# escaped, and after a string value comes , or }.
_ACTION = re.compile(r'\{\s*"([^"\\]*)"')
_FACT_ID = re.compile(r'"id"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _unescaped(token: str) -> str:
    """A JSON string's text, its escapes (\\", \\u4e00 …) read."""
    return json.loads(f'"{token}"')


def _noted(c) -> None:
    """Every rule's action, as the ruleset names it: its matches are read where the actions are run (_hits)."""


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
        self._plain = tuple(f for f in self._fields if f not in NUMERIC and f != "fact")
        self._numbers = tuple(f for f in self._fields if f in NUMERIC)
        self._plain_keys = tuple((k, f"{_quote(k)}: ") for k in self._plain)  # each key as _json writes it
        self._number_keys = tuple((k, f"{_quote(k)}: ") for k in self._numbers)
        # durable_rules crashes the process (SIGSEGV) when more than 64 rules match one fact (measured,
        # 2.0.28): with that many rules, count the matches first with the python matcher and refuse
        self._counter = PythonMatcher(rules) if len(rules) > _MAX_MATCHES else None
        if can_isolate() if isolated is None else isolated:
            self._child = Child(lambda: type(self)(rules, isolated=False))
            return
        engine = _durable()

        class QuietHost(engine.Host):
            def _run(self):  # no dispatch/timer threads: every action runs inline on assert
                pass

        self._host = QuietHost()
        self._ruleset = f"scoring_{next(_ids)}"
        definition = {}
        for i, rule in enumerate(rules):
            cond = {"$and": [{"fact": "indicator"}, to_durable(rule.condition)]}
            definition[f"r{i}"] = {"all": [{"m": cond}], "cap": _CAP, "run": _noted}
        # No catch-all rule for indicators (it fired for every fact): a batch with a fact no rule matches
        # raises instead, leaving the others' matches pending, and its session cannot be deleted until
        # another fact is asserted into it. This rule matches only that flush fact.
        definition["flush"] = {"all": [{"m": {"fact": _FLUSH["fact"]}}], "run": lambda c: None}
        try:
            self._host.set_rulesets({self._ruleset: definition})
        except Exception as e:  # e.g. code 108 past ~270 rules sharing one condition
            raise EngineError(f"durable_rules could not build the ruleset of {len(rules)} rules: {e}") from e
        self._handle = self._host.get_ruleset(self._ruleset)._handle
        self._index = {f"r{i}": i for i in range(len(rules))}  # an action's name: its rule's index

    def match(self, facts: list[dict]) -> dict[str, list[int]]:
        """For each fact id, the indexes of every rule whose condition holds."""
        sid = f"s{next(_ids)}"
        if self._counter is not None:  # rare (more than _MAX_MATCHES rules): the facts as the engine reads them
            cut = [engine_fact(f, self._fields) for f in facts]
            most = max((len(v) for v in self._counter.match(cut).values()), default=0)
            if most > _MAX_MATCHES:
                raise EngineError(f"{most} rules match one indicator; durable_rules crashes above {_MAX_MATCHES}")
        # the facts as the engine's C core reads them, written once here: the child hands the text on as it is
        line = f"{sid}\t{self._json(facts, sid)}"
        out: dict[str, list[int]] = {f["id"]: [] for f in facts}
        for fact_id, index in self._child.match(line) if self._child is not None else self._match(line):
            out[fact_id].append(index)
        for found in out.values():
            if len(found) > 1:
                found.sort()
        return out

    def _json(self, facts: list[dict], sid: str) -> str:
        """The facts cut to the rules' fields (engine_fact) with the session id, as _dumps writes them (their order
        free: the engine reads the fields by name), each fact written field by field with its keys' text made
        once: json's encoder, which encodes every key again for every fact, took ~22,000 instructions an
        indicator."""
        tail = f'"fact": "indicator", "sid": {_quote(sid)}}}'
        plain, numbers = self._plain_keys, self._number_keys
        written = []
        for exact in facts:
            parts = ["{"]
            for k, key in plain:
                if (v := exact.get(k)) is not None:
                    parts += key, _plain_json(v), ", "
            for k, key in numbers:
                if (v := exact.get(k)) is not None:
                    parts += key, _positional(float(v)), ", "  # as _dumps writes a float: never in exponent form
            parts.append(tail)
            written.append("".join(parts))
        return f"[{', '.join(written)}]"

    def match_line(self, line: str) -> list[tuple[str, int]]:
        """match_line for a batch `match` wrote (the session id, a tab, the facts' JSON): in the child."""
        return self._match(line)

    def _match(self, line: str) -> list[tuple[str, int]]:
        """(fact id, rule index) of every match. The C core is driven here as durable's Host.assert_facts
        drives it, without what that adds for actions that post or change state (ours only note the match):
        no decoding and encoding of the facts again, no Closure and Content objects per match."""
        sid, facts = line.split("\t", 1)
        import durable_rules_engine as core

        engine = _durable()
        handle = self._handle
        try:
            try:
                state = _state(engine, core.assert_facts(handle, facts), facts)
            except engine.MessageNotHandledException:  # some fact matches no rule: decide says which, below
                state = _state(engine, core.assert_fact(handle, _dumps(dict(_FLUSH, sid=sid))), facts)
        except Exception as e:  # durable reports bare codes; say what we were doing
            self._delete(sid)
            raise EngineError(f"durable_rules failed while matching: {e!r}") from e
        try:
            hits = self._hits(core, handle, state)
        except Exception as e:
            # the session is left in the engine: deleting one whose matches are still pending crashes it
            raise EngineError(f"durable_rules failed while matching: {e!r}") from e
        self._delete(sid)
        return hits

    def _delete(self, sid: str) -> None:
        try:
            self._host.delete_state(self._ruleset, sid)
        except Exception:
            pass

    def _hits(self, core, handle, state) -> list[tuple[str, int]]:
        """The matches of every action the engine has pending for the session `state`, each completed in turn."""
        hits: list[tuple[str, int]] = []
        started = core.start_action_for_state(handle, state)
        if not started:
            return hits
        session, message = started[0], started[1]
        while message:
            name = _ACTION.match(message).group(1)  # one action a message, named first (as durable reads it)
            if name != "flush":
                index = self._index[name]
                hits.extend((_unescaped(i) if "\\" in i else i, index) for i in _FACT_ID.findall(message))
            core.update_state(handle, session)  # the session as it came: no action changes it
            message = core.complete_and_start_action(handle, state)
        return hits

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
