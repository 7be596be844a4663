"""The fast JSON writer gives exactly the bytes of json.dumps(ensure_ascii=False, indent=2)."""
import json

from hypothesis import given, strategies as st

from scoring.render.json_text import dumps

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text())
_VALUES = st.recursive(_SCALARS, lambda sub: st.one_of(
    st.lists(sub, max_size=4), st.dictionaries(st.text(max_size=5), sub, max_size=4),
    st.tuples(sub, sub)), max_leaves=20)


@given(_VALUES)
def test_the_writer_matches_json_dumps(value):
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_keys_that_are_not_text_are_left_to_json_dumps():
    value = {1: [True, None], "汉字": {"\n": 1.5}}
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)
