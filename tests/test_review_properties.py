"""Invariants of `scoring audit`: agreement is a difference under 0.005, and every larger one is a finding."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings, strategies as st

from helpers import RULES
from scoring.review.audit import audit_form
from scoring.review.form import ClaimedForm, ClaimedRow
from scoring.rulebook.load import load_rules

BOOK = load_rules(RULES)
POINT_CODES = {"above_weight", "missed_full", "met_docked", "actual_percent_used", "rounded_down", "rounded_up",
               "points_differ"}


def _audit(actual: Decimal, target: str, claimed: Decimal | None):
    row = ClaimedRow(level1="产出指标", level2="质量指标", name="合格率", target=target, actual=f"{actual}%",
                     weight=Decimal(20), points=claimed, reason="见说明")
    return audit_form(ClaimedForm(indicators=[row], source="<memory>"), BOOK, "python")


@settings(max_examples=60, deadline=None)
@given(actual=st.integers(0, 1300).map(lambda n: Decimal(n) / 10), op=st.sampled_from(["≥", "≤"]),
       cents=st.integers(-400, 400), under=st.integers(-4, 4))
def test_a_cent_apart_is_a_finding_and_under_half_a_cent_is_not(actual, op, cents, under):
    target = f"{op}95%"
    rescored = _audit(actual, target, None).rows[0].points
    claimed = rescored + Decimal(cents) / 100
    audit = _audit(actual, target, claimed)
    row = audit.rows[0]
    codes = {f.code for f in row.findings}
    assert bool(codes & POINT_CODES) == (cents != 0)
    assert len(codes & POINT_CODES) <= 1  # one explanation per difference
    assert row.points == rescored and audit.at_stake == abs(claimed - rescored) and audit.total == rescored
    close = _audit(actual, target, rescored + Decimal(under) / 1000)  # at most 0.004 apart
    assert not {f.code for f in close.rows[0].findings} & POINT_CODES
