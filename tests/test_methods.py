"""Every scoring method at its boundaries; zero targets never divide by zero; rounding is half-up."""
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.rulebook.methods import (
    Bands, Deduction, Full, InverseRatio, LinearDecline, MethodError, OutcomeBands, Ratio, Zero, compute, in_lang, points_for,
)

W = Decimal("5.00")
OUTCOME = OutcomeBands.model_validate({
    "达成": {"low": 80, "high": 100, "default": 100},
    "部分达成": {"low": 60, "high": 80, "default": 70},
    "未达成": {"low": 0, "high": 60, "default": 0},
})


def fact(actual=None, target=None, **kw):
    f = {"actual": None if actual is None else Decimal(str(actual)), "target": None if target is None else Decimal(str(target))}
    if f["actual"] is not None and f["target"]:
        f["ratio"] = f["actual"] / f["target"] * 100
    f.update(kw)
    return f


def share(method, f, weight=W, points=None):
    return compute(method, f, weight, points).share


def test_full_and_zero():
    assert share(Full(), fact()) == 1
    assert share(Zero(), fact()) == 0


@pytest.mark.parametrize("actual,expected", [
    (1000, Fraction(1)),            # met exactly
    (999, Fraction(999, 1000)),     # just below
    (1500, Fraction(1)),            # over-achievement earns no bonus
    (0, Fraction(0)),
])
def test_ratio(actual, expected):
    assert share(Ratio(), fact(actual, 1000)) == expected


def test_ratio_on_a_zero_target_is_an_error_not_a_division():
    with pytest.raises(MethodError):
        compute(Ratio(), fact(0, 0), W, None)


@pytest.mark.parametrize("actual,expected", [(100, 1), (90, 1), (200, Fraction(1, 2)), (0, 1)])
def test_inverse_ratio(actual, expected):
    assert share(InverseRatio(), fact(actual, 100)) == expected


@pytest.mark.parametrize("actual,expected", [(100, 1), (150, Fraction(1, 2)), (200, 0), (300, 0), (50, 1)])
def test_linear_decline_reaches_zero_at_twice_the_target(actual, expected):
    assert share(LinearDecline(), fact(actual, 100)) == expected


def test_deduction_per_point_above_with_floor():
    m = Deduction(per=Decimal(1), points=Decimal("0.5"))
    assert share(m, fact(103, 100)) == 1 - Fraction(3, 2) / 5  # 1.5 of 5 points deducted
    assert share(m, fact(100, 100)) == 1
    assert share(m, fact(120, 100)) == 0  # floored at 0, never negative
    floored = Deduction(per=Decimal(1), share=Decimal("0.1"), floor=Decimal("0.2"))
    assert share(floored, fact(150, 100)) == Fraction(1, 5)


def test_deduction_on_zero_target():
    m = Deduction(per=Decimal(1), share=Decimal("0.1"))
    assert share(m, fact(0, 0)) == 1
    assert share(m, fact(3, 0)) == Fraction(7, 10)


ADJUSTMENT = Bands.model_validate({"bands": [{"upto": 0, "share": 1}, {"upto": 10, "share": "2/3"}, {"upto": 20, "share": "1/3"}],
                                   "otherwise": 0})


@pytest.mark.parametrize("actual,expected", [
    (0, 1), (Decimal("0.01"), Fraction(2, 3)), (10, Fraction(2, 3)), (Decimal("10.01"), Fraction(1, 3)),
    (20, Fraction(1, 3)), (Decimal("20.01"), 0), (-5, 1),
])
def test_band_table_edges_are_inclusive(actual, expected):
    assert share(ADJUSTMENT, fact(actual, 0)) == expected


@pytest.mark.parametrize("outcome,points,expected,flagged", [
    ("达成", None, Fraction(1), False),
    ("部分达成", None, Fraction(7, 10), False),
    ("未达成", None, Fraction(0), False),
    ("达成", Decimal("4.00"), Fraction(4, 5), False),      # 80% is inside 达成 (inclusive)
    ("达成", Decimal("5.00"), Fraction(1), False),         # 100% is inside 达成
    ("达成", Decimal("3.99"), Fraction(1), True),          # 79.8%: outside 达成, default used, flagged
    ("部分达成", Decimal("3.00"), Fraction(3, 5), False),  # 60% is inside 部分达成
    ("部分达成", Decimal("4.00"), Fraction(7, 10), True),  # 80% belongs to 达成, not 部分达成
    ("未达成", Decimal("2.99"), Fraction(299, 500), False),
    ("未达成", Decimal("3.00"), Fraction(0), True),        # 60% is not 未达成
])
def test_outcome_bands(outcome, points, expected, flagged):
    result = compute(OUTCOME, fact(outcome=outcome), W, points)
    assert result.share == expected
    assert ("points_out_of_band" in result.flags) == flagged


@pytest.mark.parametrize("weight,points,zh,en", [
    ("1.25", "1.1", "评价人打分 1.10 分（分值的 88%）超出「部分达成 60–80%」区间，按默认 70% 计",
     "the assessor's 1.10 points (88% of the weight) fall outside 'partly achieved 60–80%': scored at the default 70%"),
    ("3.33", "2.5", "评价人打分 2.50 分（分值的 75.08%），在「部分达成 60–80%」区间内",
     "the assessor's 2.50 points (75.08% of the weight), within 'partly achieved 60–80%'"),
])
def test_outcome_formula_gives_the_assessors_points_as_a_share_of_the_weight(weight, points, zh, en):
    # the band is in % of the weight: raw points next to it read as if 1.1 were compared with 60–80
    assert both(compute(OUTCOME, fact(outcome="部分达成"), Decimal(weight), Decimal(points)).formula) == (zh, en)


def test_points_round_half_up_to_cents():
    assert points_for(Decimal("1.25"), Fraction(1, 2))[0] == Decimal("0.63")
    assert points_for(Decimal("5.00"), Fraction(2, 3))[0] == Decimal("3.33")
    assert points_for(Decimal("1.67"), Fraction(1, 2))[0] == Decimal("0.84")  # 0.835 -> 0.84, not banker's 0.84/0.83


weights = st.integers(min_value=0, max_value=10000).map(lambda c: Decimal(c) / 100)
amounts = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)
positive = st.decimals(min_value=Decimal("0.01"), max_value=10**7, places=2, allow_nan=False, allow_infinity=False)
methods = st.sampled_from([Full(), Zero(), Ratio(), InverseRatio(), LinearDecline(),
                           Deduction(per=Decimal(1), points=Decimal("0.5")), ADJUSTMENT])


@given(method=methods, weight=weights, actual=amounts, target=positive)
def test_points_stay_between_zero_and_the_weight(method, weight, actual, target):
    result = compute(method, fact(actual, target), weight, None)
    points, _ = points_for(weight, result.share)
    assert 0 <= points <= weight


@given(weight=weights, a=amounts, b=amounts, target=positive)
def test_lower_bound_points_never_fall_as_the_actual_rises(weight, a, b, target):
    low, high = sorted((a, b))
    p_low = points_for(weight, compute(Ratio(), fact(low, target), weight, None).share)[0]
    p_high = points_for(weight, compute(Ratio(), fact(high, target), weight, None).share)[0]
    assert p_low <= p_high


@given(outcome=st.sampled_from(["达成", "部分达成", "未达成"]), weight=weights.filter(lambda w: w > 0),
       points=st.integers(min_value=0, max_value=10000).map(lambda c: Decimal(c) / 100))
def test_qualitative_points_never_exceed_the_weight(outcome, weight, points):
    result = compute(OUTCOME, fact(outcome=outcome), weight, points)
    assert 0 <= points_for(weight, result.share)[0] <= weight


def both(words) -> tuple[str, str]:
    return in_lang(words, "zh"), in_lang(words, "en")


CJK = __import__("re").compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.mark.parametrize("method,f,points", [
    (Full(), fact(), None),
    (Zero(), fact(), None),
    (Ratio(), fact(90, 100), None),
    (InverseRatio(), fact(110, 100), None),
    (LinearDecline(), fact(90, 100), None),
    (LinearDecline(), fact(110, 100), None),
    (Deduction(per=Decimal(1), points=Decimal("0.5")), fact(103, 100), None),
    (Deduction(direction="below", per=Decimal(1), share=Decimal("0.1")), fact(97, 100), None),
    (ADJUSTMENT, fact(5, 0), None),
    (ADJUSTMENT, fact(25, 0), None),
    (OUTCOME, fact(outcome="部分达成"), None),
    (OUTCOME, fact(outcome="部分达成"), Decimal("3.50")),
    (OUTCOME, fact(outcome="部分达成"), Decimal("4.50")),
])
def test_english_formulas_and_bands_have_no_chinese(method, f, points):
    # with --lang en the formula and the {band} of an explanation are read by people who read no Chinese
    result = compute(method, f, W, points)
    zh, en = both(result.formula)
    assert zh and en and not CJK.search(en), en
    assert not CJK.search(in_lang(result.band, "en")), result.band


def test_formulas_show_the_values_with_their_units():
    # 99.6319 ÷ 100 hides whether that is 人 or %; every method shows the unit the table uses
    assert in_lang(compute(Ratio(), fact(980, 1000, unit="人"), W, None).formula, "zh") == "min(1, 980人 ÷ 1000人) = 98%"
    assert in_lang(compute(InverseRatio(), fact(110, 100, unit="%"), W, None).formula, "en") == "min(1, 100% ÷ 110%) = 90.91%"
    assert in_lang(compute(Ratio(of="money_rate"), fact(0, 100, unit="%", money_rate=Decimal("99.5")), W, None).formula, "zh") \
        == "min(1, 99.5% ÷ 100%) = 99.5%"
    assert in_lang(compute(Deduction(per=Decimal(1), points=Decimal("0.5")), fact(103, 100, unit="%"), W, None).formula, "zh") \
        == "超出 3% ÷ 1% × 0.5 分，扣 30%"
