"""The rule check's shortcut is exact: evaluating each group of rules once per class of values it can tell
apart gives the same sets of matching rules as evaluating every rule on every sampled fact."""
from __future__ import annotations

import itertools
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring.audit import lint_samples
from scoring.audit.lint_match import Sampler
from scoring.audit.lint_samples import Parts, constants, parts
from scoring.engine.python_backend import holds
from scoring.rulebook.conditions import And, Cmp, Or

NUMBERS = st.sampled_from([0.0, 1.0, 50.0, 99.5, 100.0])
ATOMS = st.one_of(
    st.builds(Cmp, st.sampled_from(["target", "actual", "ratio", "money_rate"]),
              st.sampled_from(["eq", "ne", "gt", "gte", "lt", "lte"]), NUMBERS),
    st.builds(lambda f, op, g: Cmp(f, op, g, True), st.sampled_from(["actual", "ratio"]),
              st.sampled_from(["gt", "gte", "lt", "eq"]), st.sampled_from(["target", "money_rate"])),
    st.builds(Cmp, st.just("name"), st.sampled_from(["eq", "ne"]), st.sampled_from(["甲", "乙"])),
    st.builds(Cmp, st.sampled_from(["has_actual", "has_money", "has_points"]), st.just("eq"), st.booleans()),
    st.builds(Cmp, st.just("form"), st.just("eq"), st.sampled_from(["number", "word", "none"])),
    st.builds(Cmp, st.just("op"), st.sampled_from(["eq", "ne"]), st.sampled_from(["≥", "<"])),
)
CONDITIONS = st.recursive(ATOMS, lambda inner: st.builds(lambda c, items: c(tuple(items)), st.sampled_from([And, Or]),
                                                          st.lists(inner, min_size=1, max_size=3)), max_leaves=4)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CONDITIONS, min_size=1, max_size=5))
def test_the_sets_of_matching_rules_are_those_of_every_rule_on_every_fact(conditions):
    rules = [SimpleNamespace(condition=c, priority=i % 2, id=f"r{i}") for i, c in enumerate(conditions)]
    k = constants(rules)
    every = parts(rules, None, k)
    keep, lint_samples._distinct_targets = lint_samples._distinct_targets, lambda targets, _: targets
    try:  # every target sampled, not only those that differ for some rule
        every.shapes = list(every.shapes)
    finally:
        lint_samples._distinct_targets = keep
    brute = {frozenset(i for i, r in enumerate(rules) if holds(r.condition, Parts.fact(s, m, x)))
             for s, m, x in itertools.product(every.shapes, every.money, every.picks)}
    again = parts(rules, None, k)
    found = [frozenset(indexes) for _, indexes in Sampler(rules, again)]
    assert len(found) == len(set(found))  # each set once
    assert set(found) == brute
