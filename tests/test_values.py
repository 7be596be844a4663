"""The target-value grammar: every spelling real tables use, its errors, and round trips."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.table.values import (
    NO_TARGET_TEXTS, OPS, UNITS, TargetSyntaxError, TargetValue, format_value, parse_value,
)


def number(op: str, value: str, unit: str = "") -> TargetValue:
    return TargetValue(kind="number", op=op, number=Decimal(value), unit=unit)


@pytest.mark.parametrize("text, expected", [
    # the forms in the seed
    ("=0%", number("=", "0", "%")),
    ("=100%", number("=", "100", "%")),
    ("=50%", number("=", "50", "%")),
    ("≤100%", number("≤", "100", "%")),
    ("≤0%", number("≤", "0", "%")),
    ("≥99%", number("≥", "99", "%")),
    ("≥10647人", number("≥", "10647", "人")),
    ("≥520个", number("≥", "520", "个")),
    # strict bounds
    (">5次", number(">", "5", "次")),
    ("<3天", number("<", "3", "天")),
    # ASCII spellings
    (">=100%", number("≥", "100", "%")),
    ("<=20万元", number("≤", "20", "万元")),
    # full-width forms
    ("＞5％", number(">", "5", "%")),
    ("＝100％", number("=", "100", "%")),
    ("≥９９％", number("≥", "99", "%")),
    # thousands separators and decimals
    ("≥10,647人", number("≥", "10647", "人")),
    ("≥1,234,567.5元", number("≥", "1234567.5", "元")),
    ("≥99.5%", number("≥", "99.5", "%")),
    ("≤1.50万元", number("≤", "1.5", "万元")),
    # units, the longer spelling winning (万亩 is not 万 + 亩, 万元 not 万 + 元)
    ("≥30户", number("≥", "30", "户")),
    ("≥12篇", number("≥", "12", "篇")),
    ("≥200亩", number("≥", "200", "亩")),
    ("≥3万亩", number("≥", "3", "万亩")),
    ("≤500元", number("≤", "500", "元")),
    ("≥2人次", number("≥", "2", "人次")),
    # no operator means equality; no unit is a bare number
    ("100%", number("=", "100", "%")),
    ("=7", number("=", "7", "")),
    # spaces from the export
    ("≥ 10647 人", number("≥", "10647", "人")),
])
def test_numbers(text, expected):
    assert parse_value(text) == expected


@pytest.mark.parametrize("word", ["健全", "合理", "明确", "科学", "规范", "合规", "完善", "公开", "有效", "保障到位", "增加"])
def test_qualitative_words(word):
    assert parse_value(word) == TargetValue(kind="word", word=word)


@pytest.mark.parametrize("text", ["/", "", "  ", None, "-", "—", "无", "不适用", "／"])
def test_no_target(text):
    assert parse_value(text) == TargetValue(kind="none")
    assert format_value(parse_value(text)) == "/"


@pytest.mark.parametrize("text", ["≥10647人民", "≥abc", "=1.2.3%", "≥10,64人", "约100%", "≥", "100 % 以下以上"])
def test_unreadable_values_are_errors_that_quote_the_text(text):
    with pytest.raises(TargetSyntaxError) as e:
        parse_value(text)
    assert f"「{text}」" in e.value.zh
    assert f"'{text}'" in e.value.en


def test_canonical_text():
    assert format_value(parse_value(">=1,000.50万元")) == "≥1000.5万元"
    assert format_value(parse_value("＝100％")) == "=100%"
    assert format_value(parse_value("100")) == "=100"


# -- properties -------------------------------------------------------------------------------------

# Words: CJK ideographs, which NFKC leaves alone and which carry no digits or operators; not the words
# that mean "no target" (Hypothesis also draws string constants from the source, such as 不适用).
words = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=8).filter(
    lambda w: w not in NO_TARGET_TEXTS)
numbers = st.decimals(min_value=-10**9, max_value=10**9, places=4, allow_nan=False, allow_infinity=False)
values = st.one_of(
    st.builds(lambda op, n, unit: TargetValue(kind="number", op=op, number=n, unit=unit),
              st.sampled_from(OPS), numbers, st.sampled_from(("",) + UNITS)),
    st.builds(lambda w: TargetValue(kind="word", word=w), words),
    st.just(TargetValue(kind="none")),
)


@given(values)
def test_every_printed_value_parses_back_to_itself(value):
    assert parse_value(format_value(value)) == value


@given(values)
def test_printed_text_survives_a_round_trip(value):
    text = format_value(value)
    assert format_value(parse_value(text)) == text


@given(st.sampled_from(OPS), numbers, st.sampled_from(("",) + UNITS))
def test_other_spellings_mean_the_same_value(op, n, unit):
    value = TargetValue(kind="number", op=op, number=n, unit=unit)
    ascii_op = {"≥": ">=", "≤": "<="}.get(op, op)
    spelled = f"{ascii_op} {n:,f} {unit}".replace("%", "％")
    assert parse_value(spelled) == value
