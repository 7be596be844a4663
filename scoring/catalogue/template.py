"""Catalogue: the comments of the actuals file to fill in (scoring/template.py).

The English quotes the Chinese words a reader must type (达成 …, 万元): they are values, not prose."""

MESSAGES = {
    "template.header": (
        "# 实际值填报模板：{unit} {year} 年度{period_name}\n"
        "# 按本模板填写后即可计分：scoring evaluate 目标表 --actuals 本文件{period_arg}\n"
        "#\n"
        "# 各项说明：\n"
        "#   unit / year / period  单位、年度、期间（annual 全年自评，h1 半年运行监控），须与目标表一致，请勿修改\n"
        "#   illustrative          是否为虚构的示例数据；正式填报保持 false\n"
        "#   indicators            每个三级指标一项，以指标编号为键（注释中是指标名称、所属一级 / 二级指标和{target_name}）：\n"
        "#     actual    实际值。数值指标填数字和单位，如 10690人、98.6%；\n"
        "#               定性指标填 达成 / 部分达成 / 未达成，或注释中列出的评价词；\n"
        "#               留空表示未填报：按未达成计 0 分，并在记分卡上标记\n"
        "#     points    评价人打分（仅定性指标，可留空）：须在所选档次的分值区间内\n"
        "#     evidence  佐证材料：文件名或简要说明\n"
        "#     reason    偏差原因：未达到目标、有扣分时必须填写\n"
        "#     measure   整改措施{measure_note}\n",
        "# Actuals to fill in: {unit}, {year}, {period_name}\n"
        "# Once filled in, score it with: scoring evaluate TARGETS --actuals THIS_FILE{period_arg}\n"
        "#\n"
        "# The keys:\n"
        "#   unit / year / period  unit, year and period (annual: full-year self-evaluation; h1: half-year monitoring);\n"
        "#                         they must match the target table: do not change them\n"
        "#   illustrative          whether the data are made up for a demonstration; keep false for a real evaluation\n"
        "#   indicators            one entry per level-3 indicator, keyed by its id (the comment gives its name,\n"
        "#                         its level-1 / level-2 indicators and the {target_name}):\n"
        "#     actual    the actual value: for a number, the number with its unit, e.g. 10690人, 98.6%;\n"
        "#               for a qualitative indicator, 达成 / 部分达成 / 未达成 (achieved / partly / not achieved)\n"
        "#               or one of the evaluation words listed in the comment;\n"
        "#               left empty it counts as not reported: 0 points, flagged on the scorecard\n"
        "#     points    the assessor's points (qualitative indicators only, optional): within the chosen outcome's band\n"
        "#     evidence  supporting documents: file names or a short note\n"
        "#     reason    the reason for a deviation: required wherever points are lost\n"
        "#     measure   the corrective measure{measure_note}\n",
    ),
    # the money block's keys: a department table's spending, a project table's budget row
    "template.keys_spending": (
        "#   spending              资金执行数（万元），用于按资金重新计算预算执行率：\n"
        "#     basic     基本支出执行数\n"
        "#     projects  各项目执行数，按项目名称填写{spending_note}\n"
        "#               没有支出的填 0；全部留空表示尚未填报（不计算预算执行率，该指标按未填报计）\n",
        "#   spending              money spent (万元, 10,000 yuan), to recompute the budget execution rate:\n"
        "#     basic     basic expenditure spent\n"
        "#     projects  each project's spending, by project name{spending_note}\n"
        "#               0 where nothing was spent; all left empty means not yet reported: no rate\n"
        "#               is computed (the indicator counts as not reported)\n"),
    "template.keys_budget_row": (
        "#   budget_row            预算执行率一行：按资金计分\n"
        "#     executed     执行数（万元），按资金来源填写{spending_note}；可只填总额\n"
        "#     stated_rate  表上手填的执行率（可留空）：只作核对，得分按资金计算\n"
        "#     reason       偏差原因：执行率未达到时必须填写\n",
        "#   budget_row            the budget execution row, scored from the money:\n"
        "#     executed     the amounts spent (万元, 10,000 yuan) by source of funds{spending_note}; the total alone will do\n"
        "#     stated_rate  the rate the form writes by hand (optional): only compared, the points come from the money\n"
        "#     reason       the reason for a deviation: required where the rate falls short\n"),
    # the goals block's key: what was achieved against the year's overall goals (the form's 实际完成情况)
    "template.keys_goals": (
        "#   goals_achieved        年度总体目标的实际完成情况（可留空）：写入自评表「年度总体目标」的实际完成情况栏，不计分；\n"
        "#                         多行文字写作 goals_achieved: | ，下面各行缩进两格\n",
        "#   goals_achieved        what was achieved against the year's overall goals (optional): written into the form's\n"
        "#                         goals block beside the expected goals, not scored; for several lines write\n"
        "#                         goals_achieved: | and indent the lines below it by two spaces\n"),
    "template.goals_expected": ("年度总体目标（预期目标）：{text}", "the year's overall goals (expected): {text}"),
    "template.period_name.annual": ("绩效自评（全年）", "full-year self-evaluation"),
    "template.period_name.h1": ("半年绩效运行监控（截至 6 月 30 日）", "half-year monitoring (to 30 June)"),
    "template.target_name.annual": ("全年指标值", "annual target"),
    "template.target_name.h1": ("半年指标值", "half-year target"),
    "template.measure_note.annual": ("（可留空）", " (optional)"),
    "template.measure_note.h1": ("：监控为红灯、黄灯的指标必须填写",
                                 ": required for indicators whose light is red or yellow"),
    "template.spending_note.h1": ("；填截至 6 月 30 日的累计数", "; totals to 30 June"),
    "template.annual_target": ("全年指标值：{text}", "annual target: {text}"),
    "template.half_target": ("半年指标值：{text}", "half-year target: {text}"),
    "template.half_missing": ("半年指标值：未设（全年指标值 {text}）", "half-year target: none (annual target {text})"),
    "template.half_annual": ("半年指标值：未设（用全年指标值 {text}）", "half-year target: none (the annual target {text} is used)"),
    "template.half_scaled": ("半年指标值：未设（按全年指标值 {text} × {factor} 折算）",
                             "half-year target: none (scaled from the annual target: {text} × {factor})"),
    "template.scored": ("按此计分：{scored}", "scored as {scored}"),
    "template.choices": ("可填：达成 / 部分达成 / 未达成", "write 达成 / 部分达成 / 未达成"),
    "template.words": ("，或评价词 ", ", or an evaluation word: "),
    "template.word": ("{word}（{outcome}）", "{word} ({outcome})"),
    "template.number": ("填实际数值", "the actual number"),
    "template.unit": ("，单位：{unit}", ", unit: {unit}"),
    "template.none": ("无目标值，按评价结果计分：填 达成 / 部分达成 / 未达成 或评价词；留空按未填报计 0 分",
                      "no target, scored by assessment: write 达成 / 部分达成 / 未达成 or an evaluation word; "
                      "left empty it scores 0 as not reported"),
    "template.path": ("（{level1} / {level2}）", " ({level1} / {level2})"),
    "template.key_work": ("重点工作：{text}", "key work: {text}"),
    "template.project": ("对应项目：{text}", "project: {text}"),
    "template.sep": ("；", "; "),
    "template.money": ("{amount} 万元", "{amount} 万元"),
    "template.no_money": ("未列", "not listed"),
    "template.budget": ("全年预算 {annual}；半年计划 {half}", "annual budget {annual}; half-year plan {half}"),
    "template.basic": ("基本支出：{note}", "basic expenditure: {note}"),
}
