"""Which rules hold on each sample fact, found per group of rules that read the same fields, not rule by fact.

A rule's truth on a fact depends only on the *class* of each field it reads: for a number, where it falls
among the numbers its rules compare that field with (below the first, equal to it, between it and the
next …); for text or a flag, the value if the rules name it, else "some other value"; for two numbers
compared with each other, which is larger. Rules are grouped by the fields they read, and a group is
evaluated once per combination of classes it meets, not once per fact: 380 rules `target: {gt: i}` meet
761 classes of the target, whatever operators, actuals and money go with them.

A sample is one shape, one money state and one pick (lint_samples.py), and every combination of the three.
Each part is first reduced to its entries that differ for some group; the combinations of the reduced
parts are then enumerated, each distinct set of matching rules once, within a bound of work (`LIMIT`).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterator

from ..engine.python_backend import compile_condition
from ..rulebook.fields import NUMERIC
from ..rulebook.model import CompiledRule
from .lint_samples import MONEY_FIELDS, NEUTRAL, SHAPE_FIELDS, Parts, class_of_number, constants, sign

SHAPE, MONEY, PICK = 0, 1, 2
PART_OF = {**{f: SHAPE for f in SHAPE_FIELDS}, **{f: MONEY for f in MONEY_FIELDS}, **{f: PICK for f in NEUTRAL}}
# Work allowed, in units of about 0.1 µs measured on the parts' costs: a rule evaluated on a fact 7, a part's
# entry read 50, a rule noted in a set of matching rules 1. 380 rules `target: {gt: i}` take 5.1 M, about
# 0.5 s; past LIMIT (about a second) the check says it stopped short.
EVALUATED, READ = 7, 50
LIMIT = 10_000_000
_SOME_OTHER = object()  # the class of a text value no rule of the group names


def _classifier(field: str, values: set, raw: bool) -> Callable:
    """The class of a value of `field` under comparisons with `values` (see the module docstring)."""
    if raw:  # compared with a field of another part: kept whole, so the comparison can be made
        return lambda v: v
    if field in NUMERIC and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        bounds = sorted(values)
        return lambda v: class_of_number(bounds, v)
    return lambda v: v if v is None or v in values else _SOME_OTHER


class _Group:
    """Rules reading the same fields: their matching rules for each combination of classes met."""

    def __init__(self, indexes: list[int], rules: list[CompiledRule]):
        k = constants(rules)
        literals, refs, fields = k.literals, k.refs, sorted(k.fields)
        self.indexes, self.tests = indexes, [compile_condition(r.condition) for r in rules]
        self.parts = tuple(sorted({PART_OF[f] for f in fields}))
        across = {f for a, b in refs if PART_OF[a] != PART_OF[b] for f in (a, b)}
        self._project = {}
        for part in self.parts:
            mine = [f for f in fields if PART_OF[f] == part]
            classes = [(f, _classifier(f, literals.get(f, set()), f in across)) for f in mine]
            pairs = [(a, b) for a, b in sorted(refs) if PART_OF[a] == PART_OF[b] == part]
            self._project[part] = self._projector(classes, pairs)
        self._results: dict[tuple, int] = {}  # classes of each part read -> id of the matching rules
        self._ids: dict[tuple, int] = {}
        self.matched: list[tuple[int, ...]] = []  # by id

    @staticmethod
    def _projector(classes, pairs):
        def project(entry: dict) -> tuple:
            return (tuple([c(entry.get(f)) for f, c in classes])
                    + tuple([sign(entry.get(a), entry.get(b)) for a, b in pairs]))
        return project

    def project(self, part: int, entry: dict):
        return self._project[part](entry) if part in self._project else None

    def result(self, key: tuple, fact: Callable[[], dict], work: list[int]) -> int:
        """The id of the rules that hold for this combination of the parts' classes; `fact` makes one such fact.
        The rules evaluated are added to work[0]."""
        found = self._results.get(key)
        if found is None:
            work[0] += EVALUATED * len(self.indexes)
            whole = fact()
            matched = tuple([i for i, test in zip(self.indexes, self.tests) if test(whole)])
            found = self._results[key] = self._ids.setdefault(matched, len(self._ids))
            if found == len(self.matched):
                self.matched.append(matched)
        return found


def _groups(rules: list[CompiledRule]) -> list[_Group]:
    by_fields: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(rules):
        k = constants([r])
        by_fields[(tuple(sorted(k.fields)), tuple(sorted(k.refs)))].append(i)
    return [_Group(ix, [rules[i] for i in ix]) for _, ix in sorted(by_fields.items())]


class Sampler:
    """The matching rules of every sample fact, or of any fact (`match`), from the groups' results."""

    def __init__(self, rules: list[CompiledRule], parts: Parts, limit: int = LIMIT):
        self.parts, self.limit = parts, limit
        self.groups = _groups(rules)
        self.capped = False  # True when the enumeration stopped at `limit`
        self.work = [0]

    def widest(self) -> tuple[int, int]:
        """The first rule of the group that met the most combinations, and how many rules are beside it."""
        g = max(self.groups, key=lambda g: (len(g._results), -g.indexes[0]))
        return g.indexes[0], len(g.indexes) - 1

    def match(self, fact: dict) -> tuple[int, ...]:
        """The indexes of the rules that hold on one whole fact."""
        out: tuple = ()
        for g in self.groups:
            key = tuple(g.project(p, fact) for p in g.parts)
            out += g.matched[g.result(key, lambda: fact, self.work)]
        return out

    def __iter__(self) -> Iterator[tuple[Callable[[], dict], tuple[int, ...]]]:
        """(a function making the fact, the indexes of the rules that hold on it), one per distinct set."""
        p = self.parts
        lists = (p.shapes, p.money, [{**NEUTRAL, **x} for x in p.picks])  # a pick as the fact has it
        first = [{}, p.money[0] if p.money else {}, lists[PICK][0] if p.picks else {}]  # the shape: below
        pure = [[g for g in self.groups if g.parts in ((part,), ())] if part == SHAPE else
                [g for g in self.groups if g.parts == (part,)] for part in (SHAPE, MONEY, PICK)]
        mixed = [g for g in self.groups if len(g.parts) > 1]
        every = pure[SHAPE] + pure[MONEY] + pure[PICK] + mixed  # in the order of a sample's ids

        work = self.work

        def reduce(part: int) -> dict[tuple, tuple[tuple, dict]] | None:
            """Entries of one part that differ for some group: (ids of the pure groups, classes for the mixed);
            None past the limit."""
            out: dict = {}
            for entry in lists[part]:
                work[0] += READ
                if work[0] >= self.limit:
                    return None
                if not out and part == SHAPE:
                    first[SHAPE] = entry
                reps = list(first)
                reps[part] = entry
                make = (lambda reps=reps: Parts.fact(*reps))
                ids = tuple(g.result((g.project(part, entry),) if g.parts else (), make, work) for g in pure[part])
                classes = tuple(g.project(part, entry) for g in mixed)
                out.setdefault((ids, classes), entry)
            return out

        shapes = reduce(SHAPE)
        money = reduce(MONEY) if shapes is not None else None
        picks = reduce(PICK) if money is not None else None
        if picks is None:
            self.capped = True
            return
        by_classes: dict[tuple, dict] = {}
        seen: set = set()
        for (s_ids, s_classes), s in shapes.items():
            effects = by_classes.get(s_classes)
            if effects is None:  # what money and picks add to shapes of these classes, computed once
                effects = by_classes[s_classes] = {}
                for (m_ids, m_classes), m in money.items():
                    for (x_ids, x_classes), x in picks.items():
                        if work[0] >= self.limit:
                            self.capped = True
                            return
                        make = (lambda s=s, m=m, x=x: Parts.fact(s, m, x))
                        mix = tuple(g.result(tuple((s_classes, m_classes, x_classes)[part][gi] for part in g.parts), make,
                                             work) for gi, g in enumerate(mixed))
                        effects.setdefault((m_ids, x_ids, mix), (m, x))
            for (m_ids, x_ids, mix), (m, x) in effects.items():
                key = (s_ids, m_ids, x_ids, mix)
                if key in seen:
                    continue
                if work[0] >= self.limit:
                    self.capped = True
                    return
                seen.add(key)
                matched = sum([g.matched[i] for g, i in zip(every, s_ids + m_ids + x_ids + mix)], ())
                work[0] += len(matched)
                yield (lambda s=s, m=m, x=x: Parts.fact(s, m, x)), matched
