"""Invariants over generated tables, both kinds, repeated groups and per-row 分值 included:
total ≤ max_total, every row 0 ≤ points ≤ weight, and the rows add up to the total."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import RULES
from scoring.actuals import Actuals
from scoring.evaluate import evaluate
from scoring.rulebook.load import load_rules
from scoring.table.model import TargetTable
from scoring.table.points import weight_problems

BOOK = load_rules(RULES)
DEPARTMENT_L1 = ["决策", "过程", "履职", "效益", "满意度"]
PROJECT_L1 = ["产出指标", "效益指标", "满意度指标"]

# (target, actuals that fit it)
TARGETS = {
    "≥100人": st.integers(0, 200).map(lambda n: f"{n}人"),
    "≥95%": st.integers(0, 120).map(lambda n: f"{n}%"),
    "≤5%": st.integers(0, 20).map(lambda n: f"{n}%"),
    "3%": st.integers(0, 9).map(lambda n: f"{n}%"),  # a bare control rate when named 调整率
    "=0%": st.integers(0, 5).map(lambda n: f"{n}%"),
    "健全": st.sampled_from(["健全", "基本健全", "不健全"]),
    "/": st.sampled_from(["达成", "部分达成", "未达成"]),
}
NAMES = ["参保人数", "预算调整率", "满意率", "制度健全性", "覆盖率"]
cents = st.integers(0, 3000).map(lambda c: Decimal(c) / 100)


@st.composite
def tables(draw):
    kind = draw(st.sampled_from(["department", "project"]))
    own = kind == "project" and draw(st.booleans())
    pool = DEPARTMENT_L1 if kind == "department" else PROJECT_L1
    # every 一级 at least once, some twice (rows grouped by 年度目标 repeat 产出 under each goal)
    order = pool + draw(st.lists(st.sampled_from(pool), max_size=3))
    order = draw(st.permutations(order))
    sections, actuals, n = [], {}, 0
    for level1 in order:
        groups = []
        for level2 in draw(st.lists(st.sampled_from(["数量", "质量", "时效"]), min_size=1, max_size=3)):
            items = []
            for _ in range(draw(st.integers(1, 3))):
                n += 1
                target = draw(st.sampled_from(sorted(TARGETS)))
                item = {"id": f"X{n:02d}", "name": draw(st.sampled_from(NAMES)), "annual": target}
                if own:
                    item["weight"] = draw(cents)
                items.append(item)
                actual = draw(st.one_of(st.none(), TARGETS[target]))
                if actual is not None:
                    actuals[item["id"]] = {"actual": actual}
            groups.append({"level2": level2, "items": items})
        sections.append({"level1": level1, "groups": groups})
    data = {"kind": kind, "year": 2025, "unit": {"name": "生成单位"}, "indicators": sections}
    spent = draw(st.one_of(st.none(), st.integers(0, 150).map(Decimal)))
    if kind == "department":
        data["funds"] = {"income": {"total": 100, "sources": []},
                         "expenditure": {"basic": {"annual": 100}, "projects_total": {"annual": 0}, "projects": []}}
        money = {"spending": {"basic": spent, "projects": {}}} if spent is not None else {}
    else:
        data["project"] = {"name": "生成项目", "funds": [{"source": "年度资金总额", "annual": 100}]}
        data["budget_row"] = {"name": "资金执行率", **({"weight": draw(cents)} if own else {})}
        money = {"budget_row": {"executed": {"年度资金总额": spent}}} if spent is not None else {}
    table = TargetTable.model_validate(data)
    assert not weight_problems(table)
    return table, Actuals.model_validate({"unit": "生成单位", "year": 2025, "period": "annual",
                                          "indicators": actuals, **money})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=tables())
def test_no_total_above_its_max_and_rows_add_up(case):
    table, actuals = case
    card = evaluate(table, actuals, BOOK, "annual", engine="python")
    rows = card.indicators + ([card.budget_row] if card.budget_row else [])
    assert len(card.indicators) == sum(1 for _ in table.rows())
    for row in rows:
        assert 0 <= row.points <= row.weight
    assert card.total == sum(r.points for r in rows)
    assert card.max_total == sum(r.weight for r in rows)
    assert card.total <= card.max_total
    if all(i.weight is None for _, _, i in table.rows()):
        assert card.max_total == 100  # repeated groups never take their points twice
