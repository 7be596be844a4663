"""The Python matcher's pre-selection and closures decide exactly as the condition tree says."""
from hypothesis import given, settings, strategies as st

from helpers import requires_durable

from scoring.engine.python_backend import PythonMatcher
from scoring.rulebook.conditions import And, Cmp, Or


def _spec(cond, fact) -> bool:
    """The condition tree read literally: a comparison with a missing value is false."""
    if isinstance(cond, Cmp):
        left = fact.get(cond.field)
        right = fact.get(cond.value) if cond.ref else cond.value
        if left is None or right is None:
            return False
        return {"eq": left == right, "ne": left != right, "gt": left > right, "gte": left >= right,
                "lt": left < right, "lte": left <= right}[cond.op]
    results = [_spec(c, fact) for c in cond.items]
    return all(results) if isinstance(cond, And) else any(results)


_NUMS = st.sampled_from([None, -1.0, 0.0, 50.0, 99.5, 100.0, 120.0])
_FACT = st.fixed_dictionaries({
    "form": st.sampled_from(["number", "word", "none"]), "op": st.sampled_from(["", "=", "≥", "≤", ">", "<"]),
    "unit": st.sampled_from(["", "%", "人"]), "has_actual": st.booleans(), "has_money": st.booleans(),
    "outcome": st.sampled_from(["", "达成", "部分达成", "未达成"]), "name": st.sampled_from(["预算执行率", "满意度"]),
    "target": _NUMS, "actual": _NUMS, "ratio": _NUMS,
})
_LEAF = st.one_of(
    st.builds(Cmp, st.just("form"), st.sampled_from(["eq", "ne"]), st.sampled_from(["number", "word", "none"])),
    st.builds(Cmp, st.just("op"), st.sampled_from(["eq", "ne"]), st.sampled_from(["", "=", "≥", ">"])),
    st.builds(Cmp, st.just("unit"), st.sampled_from(["eq", "ne"]), st.sampled_from(["", "%"])),
    st.builds(Cmp, st.sampled_from(["has_actual", "has_money"]), st.sampled_from(["eq", "ne"]), st.booleans()),
    st.builds(Cmp, st.just("outcome"), st.sampled_from(["eq", "ne"]), st.sampled_from(["", "达成", "未达成"])),
    st.builds(Cmp, st.just("name"), st.sampled_from(["eq", "ne"]), st.just("满意度")),
    st.builds(Cmp, st.sampled_from(["target", "actual", "ratio"]), st.sampled_from(["eq", "ne", "gt", "gte", "lt", "lte"]),
              st.sampled_from([0.0, 100.0])),
    st.builds(Cmp, st.sampled_from(["actual", "ratio"]), st.sampled_from(["gt", "gte", "lt", "lte"]), st.just("target"),
              st.just(True)),
)
_COND = st.recursive(_LEAF, lambda sub: st.one_of(
    st.builds(And, st.lists(sub, max_size=3).map(tuple)), st.builds(Or, st.lists(sub, min_size=1, max_size=3).map(tuple))),
    max_leaves=8)


class _Rule:
    def __init__(self, condition):
        self.condition = condition


@settings(max_examples=300)
@given(st.lists(_COND, min_size=1, max_size=6), st.lists(_FACT, min_size=1, max_size=12))
def test_every_rule_the_tree_says_holds_is_matched_and_no_other(conditions, facts):
    facts = [{**{k: v for k, v in f.items() if v is not None}, "id": f"F{n}"} for n, f in enumerate(facts)]
    matched = PythonMatcher([_Rule(c) for c in conditions]).match(facts)
    assert matched == {f["id"]: [i for i, c in enumerate(conditions) if _spec(c, f)] for f in facts}


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
