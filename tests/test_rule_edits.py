"""An auditor changes a rule file and the score changes, with no code change."""
from decimal import Decimal

from helpers import FIXTURES, MINI_TARGETS, copy_rules, edit, score


def _row(card, ident):
    return next(i for i in card.indicators if i.id == ident)


def test_moving_the_qualitative_band_edges_from_80_60_to_80_50(tmp_path):
    actuals = tmp_path / "a.yaml"
    actuals.write_text((FIXTURES / "mini.annual.yaml").read_text(encoding="utf-8").replace(
        "D01: 基本健全", "D01: {actual: 部分达成, points: 5.5, reason: 制度未覆盖全部业务}"), encoding="utf-8")
    before = _row(score(actuals=actuals), "D01")
    assert before.points == Decimal("7.00")  # 55% is outside 60–80: band default, flagged
    assert "points_out_of_band" in [f.code for f in before.flags]

    rules = copy_rules(tmp_path)
    edit(rules / "qualitative.yaml", "部分达成: {low: 60,", "部分达成: {low: 50,")
    edit(rules / "qualitative.yaml", "未达成: {low: 0, high: 60,", "未达成: {low: 0, high: 50,")
    after = _row(score(actuals=actuals, rules=rules), "D01")
    assert after.points == Decimal("5.50") and not after.flags


def test_changing_a_level1_weight(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "weights.yaml", "  决策: 10", "  决策: 15")
    edit(rules / "weights.yaml", "  履职: 40", "  履职: 35")
    card = score(rules=rules)
    assert _row(card, "D01").weight == Decimal("15.00")
    assert _row(card, "F01").weight == Decimal("35.00")
    assert card.total == sum(i.points for i in card.indicators)


def test_giving_a_group_its_own_points(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "weights.yaml", "own: []", "own:\n  - {indicator: P02, points: 8}")
    card = score(rules=rules)
    assert _row(card, "P02").weight == Decimal("8.00")
    assert [_row(card, i).weight for i in ("P01", "P03", "P04")] == [Decimal("4.00")] * 3


def test_switching_the_upper_bound_convention(tmp_path):
    assert _row(score(), "P03").points == Decimal("4.55")  # (a) 5 × 100 ÷ 110
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", "\n    method: inverse_ratio", "\n    method: linear_decline")
    assert _row(score(rules=rules), "P03").points == Decimal("4.50")  # (b) 5 × (1 − 10 ÷ 100)
    edit(rules / "upper_bound.yaml", "\n    method: linear_decline", "\n    method: {deduction: {per: 1, points: 0.3}}")
    assert _row(score(rules=rules), "P03").points == Decimal("2.00")  # (c) 10 points over × 0.3


def test_an_empty_group_takes_no_points_and_its_siblings_share_them():
    card = score(targets=MINI_TARGETS)
    assert _row(card, "B01").weight == Decimal("20.00")  # 生态效益 has no indicators
