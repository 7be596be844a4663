"""Indicators as people name them: exact ids first, loosely typed ids, names; suggestions nearest first."""
from hypothesis import given, strategies as st

from scoring.table.names import NameIndex, closest, resolve

TABLE = [("A10", "甲指标"), ("A11", "乙指标"), ("A12", "丙指标"), ("A13", "丁指标"), ("P1", "预算执行率"), ("P01", "预算调整率")]


def test_an_exact_id_wins_over_one_typed_loosely():
    assert resolve("P01", TABLE) == ["P01"] and resolve("P1", TABLE) == ["P1"]
    assert resolve("p1", TABLE) == ["P1", "P01"]  # only loosely: both, which is ambiguous
    assert resolve("a010", TABLE) == ["A10"] and resolve("预算调整率", TABLE) == ["P01"]


def test_suggestions_are_nearest_first_then_in_table_order():
    assert closest("A1O", TABLE) == ["A10 甲指标", "A11 乙指标", "A12 丙指标"]
    assert closest("预算执行", TABLE)[0] == "P1 预算执行率"
    assert closest("完全无关的文字", TABLE) == []


def _resolve_by_scanning(key, indicators):
    """The definition the index must keep: exact id, else width-folded id, else loose id, else normalised name,
    in table order."""
    import unicodedata

    from scoring.table.names import loose_id
    from scoring.table.values import normalise_text

    ids = [i for i, _ in indicators]
    if key in ids:
        return [key]
    if unicodedata.normalize("NFKC", key).strip() in ids:
        return [unicodedata.normalize("NFKC", key).strip()]
    return [i for i in ids if loose_id(i) == loose_id(key)] or [i for i, n in indicators if normalise_text(n) == normalise_text(key)]


_IDS = st.sampled_from(["P1", "P01", "p1", "A10", "a010", "B2", "B02 ", "C3", "Ｐ０１", "Ｃ３ "])
_NAMES = st.sampled_from(["预算执行率", "预算执行率 ", "预算 执行率", "满意度", "ＡＢＣ", "ABC", "覆盖率"])


@given(st.lists(st.tuples(_IDS, _NAMES), min_size=1, max_size=8), st.one_of(_IDS, _NAMES))
def test_the_index_resolves_as_a_scan_of_the_table_would(indicators, key):
    assert NameIndex(indicators).resolve(key) == _resolve_by_scanning(key, indicators)


def test_an_id_typed_in_full_width_is_the_id_unless_that_is_ambiguous():
    assert resolve("Ｐ０１", TABLE) == ["P01"] and resolve("Ａ１０", TABLE) == ["A10"]
    assert resolve("ｐ１", TABLE) == ["P1", "P01"]  # as p1: both, which is ambiguous
