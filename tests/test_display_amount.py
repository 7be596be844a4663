"""display.amount with places: the rounded number written in full, as the format writes it, whatever its size."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, strategies as st

from scoring import display


@given(st.integers(-10**12, 10**12), st.integers(-3, 12), st.integers(0, 9))
def test_amount_to_places_is_the_rounded_number_with_its_separators(digits, exponent, places):
    number = Decimal(digits).scaleb(-exponent)
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert display.amount(number, "", places) == f"{rounded:,.{places}f}"


def test_a_rate_rounded_to_more_places_than_str_writes_in_full():
    assert display.amount(Decimal("0.00000001"), "%", 7) == "0.0000000%"  # str() would write 0E-7
    assert display.amount(Decimal("999.995"), "%", 2) == "1,000.00%"
