"""Indicators as people name them: exact ids first, loosely typed ids, names; suggestions nearest first."""
from scoring.table.names import closest, resolve

TABLE = [("A10", "甲指标"), ("A11", "乙指标"), ("A12", "丙指标"), ("A13", "丁指标"), ("P1", "预算执行率"), ("P01", "预算调整率")]


def test_an_exact_id_wins_over_one_typed_loosely():
    assert resolve("P01", TABLE) == ["P01"] and resolve("P1", TABLE) == ["P1"]
    assert resolve("p1", TABLE) == ["P1", "P01"]  # only loosely: both, which is ambiguous
    assert resolve("a010", TABLE) == ["A10"] and resolve("预算调整率", TABLE) == ["P01"]


def test_suggestions_are_nearest_first_then_in_table_order():
    assert closest("A1O", TABLE) == ["A10 甲指标", "A11 乙指标", "A12 丙指标"]
    assert closest("预算执行", TABLE)[0] == "P1 预算执行率"
    assert closest("完全无关的文字", TABLE) == []
