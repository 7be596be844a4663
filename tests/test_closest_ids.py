"""The ids suggested for one a table lacks are those of its group first, nearest number first: B05 suggests B04 (it
suggested D05, P05 and F05, whose digits matched, before it), and a mistyped P99 still suggests P09 (trial)."""
from __future__ import annotations

from scoring.table.names import closest

TABLE = [("D05", "甲"), ("P05", "乙"), ("P09", "丙"), ("P19", "丁"), ("F05", "戊"), ("B02", "己"), ("B04", "庚"),
         ("S01", "辛")]


def test_an_id_of_a_group_suggests_that_groups_nearest_ids():
    assert closest("B05", TABLE) == ["B04 庚", "B02 己", "D05 甲"]
    assert closest("S02", TABLE)[0] == "S01 辛"


def test_a_digit_typed_twice_still_finds_the_id_meant():
    assert closest("P99", TABLE)[0] == "P09 丙"


def test_a_name_still_finds_its_indicator():
    assert closest("庚", TABLE) == ["B04 庚"]
