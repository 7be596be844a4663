"""Invariants over generated actuals: rows add up, points stay within weights, backends agree."""
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import MINI_TARGETS, RULES
from scoring.actuals import Actuals
from scoring.engine.backends import durable_available
from scoring.evaluate import evaluate
from scoring.render.json_report import render
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets

TABLE = load_targets(MINI_TARGETS)
BOOK = load_rules(RULES)

pct = st.decimals(min_value=-50, max_value=300, places=1).map(lambda d: f"{d}%")
maybe = lambda s: st.one_of(st.none(), s)  # noqa: E731
money = st.decimals(min_value=0, max_value=200, places=2)
actual_sets = st.fixed_dictionaries({
    "D01": maybe(st.sampled_from(["健全", "基本健全", "不健全", "达成", "部分达成", "未达成"])),
    "P01": maybe(pct), "P02": maybe(pct), "P03": maybe(pct), "P04": maybe(pct),
    "F01": maybe(st.integers(min_value=0, max_value=3000).map(lambda n: f"{n}人")),
    "B01": maybe(st.sampled_from(["保障到位", "部分达成", "未达成"])),
    "S01": maybe(pct),
})


def _actuals(values, basic, project, with_money):
    data = {"unit": "测试单位", "year": 2025, "period": "annual",
            "indicators": {k: {"actual": v} for k, v in values.items() if v is not None}}
    if with_money:
        data["spending"] = {"basic": basic, "projects": {"项目甲": project}}
    return Actuals.model_validate(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=actual_sets, basic=money, project=money, with_money=st.booleans())
def test_rows_add_up_points_stay_in_bounds_and_backends_agree(values, basic, project, with_money):
    actuals = _actuals(values, basic, project, with_money)
    card = evaluate(TABLE, actuals, BOOK, "annual", engine="python")
    assert card.total == sum(i.points for i in card.indicators)
    assert sum(i.weight for i in card.indicators) == Decimal(100)
    for row in card.indicators:
        assert 0 <= row.points <= row.weight
        assert row.points == row.points.quantize(Decimal("0.01"))
        assert (row.status == "missing") == (values.get(row.id) is None and row.id != "P02" or
                                              row.id == "P02" and values["P02"] is None and not with_money)
    assert card.grade == BOOK.grades.grade_for(card.total).grade
    if durable_available():
        assert render(evaluate(TABLE, actuals, BOOK, "annual", engine="durable")) == render(card)
