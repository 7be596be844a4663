"""Messages about target tables, both languages (moves into scoring/catalogue/table.py when that lands)."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "table.weight_missing": ("「{row}」没有分值，而本表其余 {n} 行都写了分值：请补上它的分值（一张表要么每行都有分值，要么都没有）",
                             "'{row}' has no points (分值) while {n} other rows have theirs: give it its points "
                             "(a table gives points on every row or on none)"),
    "table.weight_stray": ("「{row}」写了分值，而本表其余 {n} 行都没有：删去它，或为每一行写上分值（一张表要么每行都有分值，要么都没有）",
                           "'{row}' has points (分值) while the other {n} rows have none: remove them, or give every row "
                           "its points (a table gives points on every row or on none)"),
    "table.no_project_weights": ("本项目支出表各行没有分值，而 weights.yaml 没有 project（项目支出表的默认分值）：请为每行写上分值，或在 weights.yaml 中加上 project",
                                 "this project table gives no points per row and weights.yaml has no `project` defaults: "
                                 "give every row its points, or add `project` to weights.yaml"),
    "table.budget_row_no_weight": ("预算执行率行「{row}」没有分值，weights.yaml 也没有部门整体表预算执行率行的默认分值：请写上 weight",
                                   "the budget row '{row}' has no points, and weights.yaml has no default for a department "
                                   "table's budget row: give it a weight"),
    "table.unknown_fund_source": ("项目资金中没有「{name}」这一行；目标表的资金行为：{known}",
                                  "the project's funds have no row '{name}'; the table's funds rows are: {known_en}"),
    "table.spent_parts_differ": ("各来源的全年执行数合计 {parts} 万元，与「{source}」的执行数 {total} 万元不符：请核对资金",
                                 "the sources' 全年执行数 add up to {parts} 万元, not the {total} 万元 of '{source}': check the money"),
    "table.zero_budget": ("「{source}」的全年预算数为 0：无法计算预算执行率，请核对资金（执行数可能写在了其他行）",
                          "the annual budget of '{source}' is 0: no execution rate can be computed; check the money "
                          "(the amounts may be in another row)"),
    "table.stated_rate_not_percent": ("手填执行率「{text}」应为百分数，如 98.5%", "the stated rate '{text}' must be a percentage, e.g. 98.5%"),
    "table.funds_sum_annual": ("「{source}」的全年预算数", "the annual budget of '{source}'"),
    "table.funds_sum_initial": ("「{source}」的年初预算数", "the initial budget of '{source}'"),
    "table.no_budget_row": ("项目支出表没有预算执行率行（budget_row）：预算执行率不计分，总分满分不足 100",
                            "the project table has no budget row (budget_row): budget execution is not scored, "
                            "and the full mark falls short of 100"),
}


def say2(code: str, **args) -> tuple[str, str]:
    zh, en = MESSAGES[code]
    return zh.format(**args), en.format(**args)
