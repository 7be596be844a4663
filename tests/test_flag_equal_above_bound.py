"""A control rate printed `=100%` is scored as a lower bound by the shipped rules, so going over it earns full
points: the row is flagged for a person to look at, its points unchanged."""
from __future__ import annotations

from decimal import Decimal

from helpers import ROOT, RULES
from scoring.run import score_files

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
BUNDLED = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"


def _row(tmp_path, line, ident):
    text = BUNDLED.read_text(encoding="utf-8")
    assert "  在职人员控制率: {actual: 100%}\n" in text
    actuals = tmp_path / "a.yaml"
    actuals.write_text(text.replace("  在职人员控制率: {actual: 100%}\n", line), encoding="utf-8")
    card = score_files(EXAMPLE, actuals, RULES, "annual", "python")
    return next(r for r in card.rows if r.id == ident)


def test_an_upper_bound_name_over_its_equal_target_is_flagged_and_keeps_its_points(tmp_path):
    row = _row(tmp_path, "  在职人员控制率: {actual: 115%}\n", "P22")
    assert (row.target, row.points, row.lost) == ("=100%", row.weight, Decimal(0))
    assert [f.code for f in row.flags] == ["equal_above_bound"]
    assert "115%" in row.flags[0].message.en and "'控制率'" in row.flags[0].message.en


def test_at_or_under_the_target_or_with_another_name_there_is_no_flag(tmp_path):
    assert _row(tmp_path, "  在职人员控制率: {actual: 100%}\n", "P22").flags == []
    assert _row(tmp_path, "  在职人员控制率: {actual: 99%}\n", "P22").flags[0].code != "equal_above_bound"
    card = score_files(EXAMPLE, BUNDLED, RULES, "annual", "python")
    assert not any(f.code == "equal_above_bound" for r in card.rows for f in r.flags)  # 支付进度符合率 =100% and the rest
