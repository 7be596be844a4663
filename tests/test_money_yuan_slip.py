"""A project's one source of money spent written in 元 among sources in 万元: besides the sum that does not hold,
the source is named with the factor that makes it hold (×10000), and nothing is scored from the money."""
from __future__ import annotations

from decimal import Decimal

import pytest

from helpers import ROOT, run_cli
from scoring.money import yuan_slip

TARGETS = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"
GIVEN = "{年度资金总额: 188, 本年财政拨款: 170, 上年结转资金: 18, 其他资金: 0}"


def _actuals(tmp_path, executed: str):
    text = ACTUALS.read_text(encoding="utf-8")
    assert GIVEN in text
    path = tmp_path / "slip.annual.yaml"
    path.write_text(text.replace(GIVEN, executed), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang, said", [
    ("zh", "警告: 「本年财政拨款」的执行数 1700000 像是以元填写的：除以 10000 为 170 万元，各来源之和即与「年度资金总额」相符"),
    ("en", "warning: the amount spent of '本年财政拨款', 1700000, looks like yuan: divided by 10000 it is 170 (10,000 yuan)"),
])
def test_a_source_in_yuan_is_named(tmp_path, lang, said):
    path = _actuals(tmp_path, "{年度资金总额: 188, 本年财政拨款: 1700000, 上年结转资金: 18, 其他资金: 0}")
    code, out, err = run_cli(["evaluate", TARGETS, "--actuals", path, "--lang", lang])
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert any("1700018" in line for line in lines)  # the sum that does not hold is still said
    slip = [line for line in lines if said in line]
    assert len(slip) == 1 and slip[0].startswith(f"{path}:20:"), err


def test_the_total_in_yuan_is_named(tmp_path):
    path = _actuals(tmp_path, "{年度资金总额: 1880000, 本年财政拨款: 170, 上年结转资金: 18, 其他资金: 0}")
    code, _, err = run_cli(["evaluate", TARGETS, "--actuals", path, "--lang", "zh"])
    assert code == 2
    assert "「年度资金总额」的执行数 1880000 像是以元填写的：除以 10000 为 188 万元" in err


def test_a_difference_no_factor_explains_is_only_the_sum(tmp_path):
    path = _actuals(tmp_path, "{年度资金总额: 188, 本年财政拨款: 171, 上年结转资金: 18, 其他资金: 0}")
    code, _, err = run_cli(["evaluate", TARGETS, "--actuals", path, "--lang", "zh"])
    assert code == 2 and "像是以元填写" not in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("amounts, slipped", [
    (["188", "1700000", "18", "0"], 1),
    (["1880000", "170", "18", "0"], 0),
    (["123.46", "1234567.89", "0"], 1),  # 元 with fen: within half of 0.01 万元 of the others
    (["188", "170", "18", "0.003"], None),  # a tiny amount that would also close the sum is no 元 slip
    (["188", "171", "18", "0"], None),
    (["20000", "10000", "10000"], None),  # adds up already
    (["10001", "10000", "10000"], None),  # either amount would do: no guess
])
def test_yuan_slip(amounts, slipped):
    total, *parts = [Decimal(a) for a in amounts]
    assert yuan_slip(total, parts) == slipped
