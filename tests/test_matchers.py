"""The Python matcher's pre-selection and closures decide exactly as the condition tree says."""
import operator

from hypothesis import given, settings, strategies as st

from helpers import requires_durable

from scoring.engine.python_backend import PythonMatcher
from scoring.rulebook.conditions import And, Cmp, Or


_OPS = {"eq": operator.eq, "ne": operator.ne, "gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le}


def _spec(cond, fact) -> bool:
    """The condition tree read literally: a comparison with a missing value is false."""
    if isinstance(cond, Cmp):
        left = fact.get(cond.field)
        right = fact.get(cond.value) if cond.ref else cond.value
        if left is None or right is None:
            return False
        return _OPS[cond.op](left, right)
    results = [_spec(c, fact) for c in cond.items]
    return all(results) if isinstance(cond, And) else any(results)


_NUMBERS = (None, -1.0, 0.0, 50.0, 99.5, 100.0, 120.0)  # each side of the bounds the conditions name
_WORDS = {"form": ("number", "word", "none"), "op": ("", "=", "≥", "≤", ">", "<"), "unit": ("", "%", "人"),
          "has_actual": (False, True), "has_money": (False, True), "outcome": ("", "达成", "部分达成", "未达成"),
          "name": ("预算执行率", "满意度")}


def _facts() -> list[dict]:
    """Every (target, actual, ratio) of _NUMBERS (None: the field missing), each with discrete fields drawn at
    random (seeded): every example's rules meet every boundary of every number on the same 343 facts. With the
    drawn rules' And and Or added, 50 examples caught 25 of 30 planted matcher bugs (6 bugs, 5 seeds) where 300
    examples of a dozen drawn facts caught 19, in about half the time."""
    import itertools
    import random

    draw, facts = random.Random(13), []
    for target, actual, ratio in itertools.product(_NUMBERS, repeat=3):
        fact = {k: draw.choice(v) for k, v in _WORDS.items()}
        fact.update({k: v for k, v in (("target", target), ("actual", actual), ("ratio", ratio)) if v is not None})
        facts.append({**fact, "id": f"F{len(facts)}"})
    return facts


FACTS = _facts()
_NUMBER_LEAF = st.one_of(
    st.builds(Cmp, st.sampled_from(["target", "actual", "ratio"]), st.sampled_from(["eq", "ne", "gt", "gte", "lt", "lte"]),
              st.sampled_from([0.0, 100.0])),
    st.builds(Cmp, st.sampled_from(["actual", "ratio"]), st.sampled_from(["gt", "gte", "lt", "lte"]), st.just("target"),
              st.just(True)),
)
_LEAF = st.one_of(
    st.builds(Cmp, st.just("form"), st.sampled_from(["eq", "ne"]), st.sampled_from(["number", "word", "none"])),
    st.builds(Cmp, st.just("op"), st.sampled_from(["eq", "ne"]), st.sampled_from(["", "=", "≥", ">"])),
    st.builds(Cmp, st.just("unit"), st.sampled_from(["eq", "ne"]), st.sampled_from(["", "%"])),
    st.builds(Cmp, st.sampled_from(["has_actual", "has_money"]), st.sampled_from(["eq", "ne"]), st.booleans()),
    st.builds(Cmp, st.just("outcome"), st.sampled_from(["eq", "ne"]), st.sampled_from(["", "达成", "未达成"])),
    st.builds(Cmp, st.just("name"), st.sampled_from(["eq", "ne"]), st.just("满意度")),
    *[_NUMBER_LEAF] * 3,  # what the pre-selection leaves open: the closures' share of the tests
)
_COND = st.recursive(_LEAF, lambda sub: st.one_of(
    st.builds(And, st.lists(sub, max_size=3).map(tuple)), st.builds(Or, st.lists(sub, min_size=1, max_size=3).map(tuple))),
    max_leaves=8)


class _Rule:
    def __init__(self, condition):
        self.condition = condition


@settings(max_examples=50, deadline=None)
@given(st.lists(_COND, min_size=1, max_size=12))
def test_every_rule_the_tree_says_holds_is_matched_and_no_other(conditions):
    drawn = len(conditions)
    conditions += [And(tuple(conditions)), Or(tuple(conditions))]  # and every one of them, or any: long And, Or
    matched = PythonMatcher([_Rule(c) for c in conditions]).match(FACTS)
    wrong = [(f, matched[f["id"]]) for f in FACTS if matched[f["id"]] != _holding(conditions[:drawn], f)]
    assert not wrong, wrong[0]


def _holding(drawn: list, fact) -> list[int]:
    """The indexes of the drawn conditions that hold on the fact, then of their And and their Or: those two read
    from the drawn ones' results, as _spec would find them (it read every drawn tree twice more)."""
    held = [_spec(c, fact) for c in drawn]
    return [i for i, h in enumerate(held) if h] + [len(drawn)] * all(held) + [len(drawn) + 1] * any(held)


@requires_durable
def test_durable_reports_a_fact_no_rule_matches_and_stays_usable():
    from scoring.engine.durable_backend import DurableMatcher

    rules = [_Rule(Cmp("form", "eq", "number")), _Rule(And((Cmp("form", "eq", "number"), Cmp("actual", "gte", "target", True))))]
    facts = [{"fact": "indicator", "id": "A", "form": "number", "actual": 2.0, "target": 1.0},
             {"fact": "indicator", "id": "B", "form": "word"},
             {"fact": "indicator", "id": "C", "form": "number", "actual": 1.0, "target": 2.0}]
    with DurableMatcher(rules) as matcher:
        for _ in range(3):  # the session of a batch with an unmatched fact is flushed and deleted
            assert matcher.match(facts) == {"A": [0, 1], "B": [], "C": [0]}
            assert matcher.match(facts[:1]) == {"A": [0, 1]}


def test_exact_numbers_are_compared_as_the_floats_durable_rules_is_given():
    """The Python matcher reads a fact's exact record (Decimals, None where a number is missing): it must
    decide as durable_rules does on the floats, so 99.99999999999999999999 ≥ 100 holds in both."""
    import itertools
    from decimal import Decimal

    near = (Decimal("99.99999999999999999999"), Decimal("100"), Decimal("100.00000000000000000001"), Decimal("0.1"), None)
    ops = ("eq", "ne", "gt", "gte", "lt", "lte")
    conditions = [Cmp("ratio", op, 100.0) for op in ops] + [Cmp("ratio", "eq", 0.1)] + \
                 [Cmp("ratio", op, "target", True) for op in ops]
    exact = [{"id": f"E{i}", "ratio": r, "target": t} for i, (r, t) in enumerate(itertools.product(near, repeat=2))]
    floats = [{k: float(v) if isinstance(v, Decimal) else v for k, v in f.items() if v is not None} for f in exact]
    matcher = PythonMatcher([_Rule(c) for c in conditions])
    assert matcher.match(exact) == matcher.match(floats)
    below = matcher.match(exact)["E1"]  # ratio 99.99999999999999999999 against target 100
    assert 3 in below and 0 in below and 12 in below  # ≥ 100, = 100, and = target, as floats say
    assert 6 in matcher.match(exact)[f"E{3 * 5 + 4}"]  # 0.1 = 0.1: equal as floats as well
