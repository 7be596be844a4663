"""Catalogue: money that cannot be true (scoring/actuals.py, scoring/money.py, rules/plausibility.yaml money)."""

MESSAGES = {
    "money.negative": ("金额 {amount} 是负数，而执行数不会小于 0：请核对（退回的资金应从执行数中减去，不写负数）",
                       "the amount {amount} is negative, and money spent cannot be below 0: check it "
                       "(money returned is taken off the amount spent, not written as a negative)"),
    "money.looks_like_yuan": (
        "执行数合计 {spent} 万元，是预算数 {budget} 万元的 {times} 倍以上：像是以元填写的，而不是万元，请核对"
        "（阈值见 rules/plausibility.yaml 的 money.error_times）",
        "the amounts spent add up to {spent} (10,000 yuan), {times} times the budget of {budget} or more: they look "
        "like yuan, not 10,000 yuan; check them (threshold: money.error_times in rules/plausibility.yaml)"),
    "money.source_in_yuan": (
        "「{source}」的执行数 {amount} 像是以元填写的：除以 {factor} 为 {wan} 万元，各来源之和即与「{total}」相符；"
        "金额以万元填写，请核对（未作改动）",
        "the amount spent of '{source}', {amount}, looks like yuan: divided by {factor} it is {wan} (10,000 yuan), "
        "and the sources add up to '{total}'; amounts are in 10,000 yuan, check it (nothing was changed)"),
    "money.no_such_project": ("目标表中没有项目「{name}」", "no project '{name}' in the target table"),
    "money.no_such_project_near": ("目标表中没有项目「{name}」；是否指：{near}",
                                   "no project '{name}' in the target table; did you mean: {near}"),
    "money.project_twice": ("项目「{name}」的执行数重复填写（另见第 {line} 行「{key}」）",
                            "spending for project '{name}' is given twice (also as '{key}' at line {line})"),
    "money.spending_blank": (
        "已填写部分执行数，但以下执行数为空：{blank}。无法计算预算执行率：请逐项填写（没有支出的填 0）",
        "amounts spent are given for some items, but these are blank: {blank}. The execution rate cannot be "
        "computed: fill each in (0 where nothing was spent)"),
    "money.projects_missing": ("缺少项目执行数：{names}", "spending missing for: {names}"),
    "money.over_budget": (
        "执行率 {rate} 超过 100%，执行数高于预算数：如有追加预算请核对并说明",
        "the rate {rate} is above 100 %, more spent than budgeted: if the budget was increased, check it and say so"),
}
