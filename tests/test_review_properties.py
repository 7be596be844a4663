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
    if claimed < 0:  # a form's points are never negative: the same distance above instead
        claimed = rescored - Decimal(cents) / 100
    audit = _audit(actual, target, claimed)
    row = audit.rows[0]
    codes = {f.code for f in row.findings}
    assert bool(codes & POINT_CODES) == (cents != 0)
    assert len(codes & POINT_CODES) <= 1  # one explanation per difference
    assert row.points == rescored and audit.at_stake == abs(claimed - rescored) and audit.total == rescored
    close = _audit(actual, target, abs(rescored + Decimal(under) / 1000))  # at most 0.004 apart
    assert not {f.code for f in close.rows[0].findings} & POINT_CODES


CELLS = st.sampled_from([
    "", "", "", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "总分",
    "年初预算数", "全年预算数", "全年执行数", "执行率", "自评等级", "项目名称", "产出指标(50分)", "其中：财政拨款",
    "≥95%", "93%", "≥500人", "520人", "健全", "基本健全", "=0%", "/", "10", "19.58", "0", "abc", "100%", "0.8",
    "≤100%", "95%左右", "≥266米", "1", "未填报", "优", "-3", "1e5",
])


HEADER = ["绩效指标", "一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
MONEY = ["项目资金（万元）", "", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "", "得分"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELLS, max_size=11), max_size=8), st.lists(st.lists(CELLS, max_size=11), max_size=10),
       st.booleans())
def test_any_text_form_reads_or_fails_with_a_located_error_and_audits_without_a_crash(above, below, money):
    rows = ([MONEY] if money else []) + above + [HEADER] + below
    from scoring.errors import ScoringError
    from scoring.review.layout import read_grid
    from scoring.review.read_text import text_grid

    grid = text_grid("\n".join("\t".join(r) for r in rows), "fuzz.txt")
    try:
        form = read_grid(grid)
    except ScoringError as e:
        assert all(p.file.startswith("fuzz.txt") and p.code.startswith("review.") for p in e.problems)
        return
    audit = audit_form(form, BOOK, "python")
    assert audit.at_stake >= 0 and len(audit.rows) >= len(form.indicators)
