"""Reading one cell as its person meant it: numbers as typed, percent cells as shown, the rest refused."""
from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from scoring.table.values import format_number
from scoring.xlsx import cells

typed = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=4, allow_nan=False, allow_infinity=False)


@given(typed)
def test_a_number_reads_as_typed(d):
    assert cells.shown_text(float(d)) == format_number(d)  # never 98.59999999999999 for 98.6


@given(typed)
def test_a_percent_cell_reads_as_it_shows(d):
    assert cells.shown_text(float(d / 100), "0.00%") == format_number(d) + "%"


@pytest.mark.parametrize("fmt, percent", [("0%", True), ("0.00%", True), ('0"%"', False), ("0\\%", False),
                                           ("General", False), ('[Red]0.0%', True)])
def test_only_a_format_that_scales_by_100_makes_a_percent(fmt, percent):
    assert cells.shows_percent(fmt) is percent


@pytest.mark.parametrize("value, code", [(True, "xlsx.cell_boolean"), (datetime.datetime(2025, 5, 6), "xlsx.cell_date"),
                                         ("#DIV/0!", "xlsx.cell_error")])
def test_values_no_one_meant_are_refused(value, code):
    with pytest.raises(cells.CellError) as e:
        cells.shown_text(value)
    assert e.value.code == code


def test_a_formula_without_its_result_is_refused_and_one_with_it_is_read():
    with pytest.raises(cells.CellError) as e:
        cells.shown_text(None, formula=True)
    assert e.value.code == "xlsx.cell_formula_uncomputed"
    assert cells.shown_text(0.968, "0.0%", formula=True) == "96.8%"


@pytest.mark.parametrize("text, amount", [("1,234.5", Decimal("1234.5")), ("１２３万元", Decimal(123)), (" 18.6 ", Decimal("18.6")),
                                          ("18.6万", Decimal("18.6")),
                                          ("/", None), ("", None)])
def test_amounts_in_wan_yuan(text, amount):
    assert cells.amount(text) == amount


@pytest.mark.parametrize("text, code", [("27812000元", "xlsx.amount_in_yuan"), ("≥5", "xlsx.amount_unreadable"),
                                        ("五万", "xlsx.amount_unreadable"), ("12人", "xlsx.amount_unreadable")])
def test_amounts_that_are_not_wan_yuan_are_refused(text, code):
    with pytest.raises(cells.CellError) as e:
        cells.amount(text)
    assert e.value.code == code


def test_points_as_numbers_or_with_fen():
    assert (cells.points(2.5), cells.points("２.5分"), cells.points(None)) == (Decimal("2.5"), Decimal("2.5"), None)
    with pytest.raises(cells.CellError):
        cells.points("-1")


def test_a_percent_cell_showing_above_150_percent_is_asked_about_not_guessed():
    with pytest.raises(cells.CellError) as e:
        cells.meant_text(98.6, "0.00%")  # 98.6 typed into a percent cell: it shows 9860%
    assert e.value.code == "xlsx.percent_doubtful"
    assert e.value.args_ == {"shown": "9860%", "meant": "98.6%", "fraction": "0.986"}
    assert cells.meant_text(1.5, "0%") == "150%" and cells.meant_text(0.986, "0.00%") == "98.6%"
    assert cells.meant_text("9860%", "0.00%") == "9860%"  # typed as text, with its sign: meant
    assert cells.meant_text(98.6) == "98.6"  # no percent format, no doubt


def test_a_large_percent_target_allows_large_percent_cells():
    ceiling = cells.percent_ceiling([Decimal(200)])  # ≥200%: 250 % is a plausible result
    assert ceiling == 300 and cells.meant_text(2.5, "0%", ceiling=ceiling) == "250%"
    with pytest.raises(cells.CellError):
        cells.meant_text(98.6, "0.00%", ceiling=ceiling)
    assert cells.percent_ceiling([Decimal(95)]) == cells.PERCENT_CEILING


def test_a_number_beyond_the_input_limits_is_refused_not_a_crash():
    for reader in (cells.meant_text, cells.amount, cells.plain_text):
        with pytest.raises(cells.CellError) as e:
            reader(1e300)
        assert e.value.code == "limits.number_too_long"
