"""Messages of a project table's budget row (预算执行率) beside the target its table prints for it."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "budget_row.printed_met": (
        "{explanation}；原表目标 {target} 已达到，只作对照：本行按资金计分，得分 = 分值 × 执行率",
        "{explanation}; the table's target {target} is met and only compared: the row is scored from the money, "
        "points × rate"),
    "budget_row.printed_missed": (
        "{explanation}；原表目标 {target} 未达到，只作对照：本行按资金计分，得分 = 分值 × 执行率",
        "{explanation}; the table's target {target} is not met and only compared: the row is scored from the "
        "money, points × rate"),
}
