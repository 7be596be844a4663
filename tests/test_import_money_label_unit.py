"""A money label that prints its unit with 人民币 (项目资金（人民币元）, 项目资金（元，人民币）) says the money is in 元,
as 项目资金（元） does: the amounts are converted to 万元 and a comment says so."""
from __future__ import annotations

import pytest

from helpers import FIXTURES
from scoring.table.importer import import_table
from scoring.table.model import TargetTable
from scoring.yamlio import parse_yaml, validate

TARGET = FIXTURES / "project-target-export.txt"  # 金额单位：万元 (line 2), 项目资金（万元）, 年度资金总额 180 | 200


@pytest.mark.parametrize("label", ["项目资金（人民币元）", "项目资金（元，人民币）", "项目资金(元)", "项目资金（元）"])
def test_a_label_in_yuan_converts_the_money(label):
    text = TARGET.read_text(encoding="utf-8")
    assert "金额单位：万元" in text and "项目资金（万元）" in text and "\t180\t200\t" in text
    text = text.replace("\t金额单位：万元", "\t").replace("项目资金（万元）", label).replace("\t180\t200\t", "\t1800000\t2000000\t")
    out = import_table(text, "t.txt", [])
    total = validate(parse_yaml(out, "t.yaml"), TargetTable).project.funds[0]
    assert (str(total.initial), str(total.annual)) == ("180", "200") and "÷ 10000" in out
