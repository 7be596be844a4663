"""Catalogue: the scoring methods (scoring/rulebook/methods.py): parameters, formulas, facts they cannot score."""

MESSAGES = {
    # parameters, as a rule file writes them
    "methods.share_not_bool": ("应为 0 到 1 之间的比例，如 0.5 或 2/3", "expected a share from 0 to 1, such as 0.5 or 2/3"),
    "methods.not_a_share": ("「{value}」不是比例：应为 0 到 1 之间的数，如 0.5 或 2/3",
                            "'{value}' is not a share: expected a number from 0 to 1, such as 0.5 or 2/3"),
    "methods.share_range": ("比例「{value}」应在 0 到 1 之间", "the share '{value}' must be between 0 and 1"),
    "methods.deduction_amount": ("points（每单位扣分）与 share（每单位扣减的分值比例）必须且只能给出一个",
                                 "give exactly one of points (points per unit) and share (share of the weight per unit)"),
    "methods.per_positive": ("per 应大于 0", "per must be greater than 0"),
    "methods.deduction_positive": ("每单位扣减的 points 或 share 应大于 0：负数会加分而不是扣分",
                                   "the points or share deducted per unit must be greater than 0: a negative one would add points"),
    "methods.ratio_against_target": ("of: ratio 已是完成率（实际值 ÷ 目标值 × 100），此方法会再与目标值相比，等于除了两次：请写 of: actual；按完成率分档请用 bands",
                                     "of: ratio is the completion rate already (actual ÷ target × 100), and this method compares it with the target again, dividing twice: write of: actual; to score by bands of the completion rate, use bands"),
    "methods.bands_empty": ("bands 至少要有一档；所有情形同一比例请用 full、zero，或只写一档", "bands needs at least one band; for one share in every case use full or zero, or a single band"),
    "methods.bands_order": ("bands 应按 upto 从小到大排列且不重复", "bands must be listed by upto, ascending, without repeats"),
    "methods.outcome_band_order": ("应满足 0 ≤ low ≤ default ≤ high ≤ 100（low = high 即固定比例）",
                                   "expected 0 ≤ low ≤ default ≤ high ≤ 100 (low = high is a fixed share)"),
    # a fact a method cannot score
    "methods.no_value": ("缺少 {source} 的值，无法计分", "no value for {source}: cannot score"),
    "methods.no_target": ("该指标没有数值目标，此方法无法计分", "the indicator has no numeric target: this method cannot score it"),
    "methods.rate_against_unitless": ("按资金计算的执行率是百分数，而目标 {target} 没有 %，不能相比：若目标指 100%，请在目标表写作 =100%",
                                      "the execution rate from the money is a percentage and the target {target} has no %, so they cannot be compared: if the target means 100%, write =100% in the table"),
    "methods.target_not_positive": ("目标值为 {target}，此方法需要大于 0 的目标（零目标请用 bands 或 deduction）",
                                    "the target is {target}: this method needs a target above 0 (use bands or deduction "
                                    "for zero targets)"),
    "methods.no_outcome": ("没有定性评价结果（达成 / 部分达成 / 未达成），无法分档计分",
                           "no qualitative outcome (达成 / 部分达成 / 未达成): cannot score by bands"),
    # each method as a reader is told it (scoring/render/labels.py method_label), as rules/README.md describes it;
    # every method of METHODS has one (tests/test_method_labels.py)
    "methods.label_full": ("满分", "full marks"),
    "methods.label_zero": ("零分", "no points"),
    "methods.label_ratio": ("按比例计分", "proportional"),
    "methods.label_inverse_ratio": ("反比例计分", "inverse proportion"),
    "methods.label_linear_decline": ("线性递减计分", "linear decline"),
    "methods.label_deduction": ("按单位扣分", "deduction per unit"),
    "methods.label_bands": ("分档计分", "by bands"),
    "methods.label_outcome_bands": ("定性分档计分", "qualitative bands"),
    "methods.label_assessor": ("评价人打分", "assessor's points"),
    # the label with the name a rule file writes, so an auditor finds the rule: 分档计分（bands）
    "methods.named": ("{label}（{name}）", "{label} ({name})"),
    # the formulas a scorecard prints
    "methods.full_marks": ("满分", "full marks"),
    "methods.then": ("{step}：{share}", "{step}: {share}"),
    "methods.deduction": ("{side} {step}{amount}，扣 {lost}", "{side} {step}{amount}: minus {lost}"),
    "methods.above": ("超出", "above by"),
    "methods.below": ("不足", "below by"),
    "methods.points": ("{points} 分", "{points} points"),
    "methods.achieved": ("达成", "achieved"),
    "methods.partly_achieved": ("部分达成", "partly achieved"),
    "methods.not_achieved": ("未达成", "not achieved"),
    "methods.outcome_span": ("{outcome} {span}", "{outcome} {span}"),
    "methods.within_band": ("{given}，在「{band}」区间内", "{given}, within '{band}'"),
    "methods.outside_band": ("{given}超出「{band}」区间，按默认 {default} 计", "{given} fall outside '{band}': scored at the default {default}"),
    "methods.band_default": ("「{band}」默认 {default}", "'{band}' default {default}"),
    "methods.assessor_points": ("评价人打分 {points} 分（分值的 {share}）", "the assessor's {points} points ({share} of the weight)"),
}
