"""The closed vocabulary of fact fields that rule conditions and explanations may name."""
from __future__ import annotations

from ..actuals import PERIODS
from ..table.values import OPS, UNITS
from .methods import OUTCOMES

# field -> (type, Chinese description). Types: "str", "num", "bool".
FACT_FIELDS: dict[str, tuple[str, str]] = {
    "id": ("str", "指标编号"),
    "level1": ("str", "一级指标"),
    "level2": ("str", "二级指标"),
    "name": ("str", "三级指标名称"),
    "key_work": ("str", "重点工作（履职指标）"),
    "project": ("str", "对应项目"),
    "period": ("str", "期间：annual 全年 / h1 半年"),
    "form": ("str", "指标值形式：number 数值 / word 定性 / none 无目标"),
    "op": ("str", "运算符：= ≥ ≤ > <"),
    "target": ("num", "目标值（数值，单位见 unit）"),
    "unit": ("str", "单位，如 % 人 个"),
    "target_word": ("str", "定性目标词，如 健全"),
    "has_actual": ("bool", "是否填报了实际值"),
    "actual": ("num", "实际值（与目标同单位）"),
    "actual_word": ("str", "定性实际值，如 基本健全"),
    "outcome": ("str", "定性评价结果：达成 / 部分达成 / 未达成"),
    "has_points": ("bool", "评价人是否自行打分"),
    "ratio": ("num", "完成率：实际值 ÷ 目标值 × 100（目标为 0 时不存在）"),
    "has_money": ("bool", "是否填报了资金执行数"),
    "money_rate": ("num", "按资金计算的预算执行率 %：执行数 ÷ 全年预算数 × 100"),
    "target_fallback": ("bool", "半年目标缺失，按全年目标折算"),
}

NUMERIC = {k for k, (t, _) in FACT_FIELDS.items() if t == "num"}

# Text fields whose values come from a closed list: a rule naming any other value could never match,
# so it is a typo to report, not a condition to keep. "" is what a fact carries when there is none
# (no operator on a word target, a number without unit, no qualitative outcome).
FIELD_VALUES: dict[str, tuple[str, ...]] = {
    "period": PERIODS,
    "form": ("number", "word", "none"),
    "op": OPS + ("",),
    "unit": UNITS + ("",),
    "outcome": OUTCOMES + ("",),
}

# Names an explanation template may use besides the fact fields: what the scoring method computed.
RESULT_FIELDS: dict[str, str] = {
    "weight": "权重分",
    "points": "得分",
    "lost": "扣分",
    "fraction": "得分比例 %",
    "formula": "计算式",
    "band": "所在档次",
    "deducted": "扣减分",
    "target_text": "目标值原文",
    "actual_text": "实际值原文",
    "ratio_text": "完成率（文字）",
    "money_text": "资金执行情况（文字）",
}
