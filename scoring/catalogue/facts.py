"""Catalogue: an actuals file read against its target table (scoring/engine/facts.py), each actual as its row's target asks."""

MESSAGES = {
    "facts.zero_budget": ("支出的全年预算数合计为 {budget} 万元（基本支出与各项目之和）：无法按资金计算预算执行率，请核对目标表的资金",
                          "the annual expenditure budget adds up to {budget} (basic and every project, 10k yuan): no "
                          "execution rate can be computed from the money; check the target table's funds"),
    "facts.actual_unreadable": ("无法识别的实际值「{actual}」：应为数字，可带单位（如 10712、10712人、98.6%），"
                                "或评价词（如 达成）{hint}",
                                "cannot read the actual '{actual}': expected a number, with or without its unit "
                                "(e.g. 10712, 10712人, 98.6%), or an evaluation word (e.g. 达成){hint}"),
    "facts.number_unreadable": ("无法识别的实际值「{actual}」：目标为 {target}，实际值应为数字，可带单位（如 {example}）{hint}",
                                "cannot read the actual '{actual}': the target is {target}, so the actual must be a number, "
                                "with or without its unit (e.g. {example}){hint}"),
    "facts.decimal_comma": ("；小数点应为「.」，是否指「{meant}」？", "; the decimal point is '.': did you mean '{meant}'?"),
    "facts.letter_for_digit": ("；其中的「{letter}」是字母，是否应为数字？", "; '{letter}' is a letter there: a digit meant?"),
    "facts.unit_differs": ("实际值文件的单位「{actual}」与目标表「{table}」不一致",
                           "the actuals are for '{actual}', the table for '{table}'"),
    "facts.year_differs": ("实际值文件年度 {actual} 与目标表年度 {table} 不一致", "the actuals are for {actual}, the table for {table}"),
    "facts.period_differs": ("实际值文件的期间为{actual}，本次计分的期间为{period}",
                             "the actuals are for the {actual}, this run is for the {period}"),
    "facts.period_words": ("{words}（{code}）", "{words} ({code})"),
    "facts.duplicate_id": ("指标编号 {id} 重复", "duplicate indicator id {id}"),
    "facts.wide_colon": ("「{key}」后的冒号是全角「：」，应为半角「:」，其后留一个空格：YAML 把这一行整个读成了指标名",
                         "the colon after '{key}' is the full-width '：': write the half-width ':' followed by a space; "
                         "YAML read the whole line as the indicator's name"),
    "facts.given_twice": ("指标 {id} 的实际值重复填写（另见第 {line} 行第 {column} 列「{key}」）",
                          "indicator {id} is given twice (also as '{key}' at line {line}, column {column})"),
    "facts.not_a_number": ("实际值「{actual}」应为数值（目标为 {target}）{hint}",
                           "the actual '{actual}' must be a number (the target is {target}){hint}"),
    "facts.has_operator": ("实际值「{actual}」不应带比较符号：写实际完成的数，如 {plain}",
                           "the actual '{actual}' must not carry an operator: write what was achieved, e.g. {plain}"),
    "facts.unit_mismatch": ("实际值单位「{unit}」与目标单位「{target_unit}」不一致{hint}：请按目标单位填写，如「{example}」",
                            "the actual's unit '{unit}' differs from the target's '{target_unit}'{hint}: write it in the "
                            "target's unit, e.g. '{example}'"),
    "facts.percent_against_unitless": (
        "实际值「{actual}」是百分数，而目标「{target}」没有单位：若目标指百分数，请在目标表中写作「{percent}」；若目标确是数，实际值也请不带 % 填写",
        "the actual '{actual}' is a percentage and the target '{target}' has no unit: if the target is a percentage, "
        "write it '{percent}' in the target table; if it really is a number, write the actual without %"),
    "facts.unit_inexact": ("（{written} 换算为{target_unit}不是有限小数，无法精确换算）",
                           " ({written} is no finite decimal in {target_unit}: it cannot be converted exactly)"),
    "facts.looks_like_fraction": (
        "实际值「{actual}」没有写 {unit}，而目标是 {target}：如指 {shown}{unit}，请写「{shown}{unit}」；"
        "如确为 {actual}{unit}，请写「{actual}{unit}」",
        "the actual '{actual}' has no {unit}, and the target is {target}: for {shown}{unit} write '{shown}{unit}'; "
        "if it really is {actual}{unit}, write '{actual}{unit}'"),
    "facts.qualitative": ("定性指标", "a qualitative indicator"),
    "facts.no_target": ("没有目标值的指标", "an indicator with no target"),
    "facts.not_a_word": ("{kind}的实际值应为评价词或 达成 / 部分达成 / 未达成，而不是「{actual}」",
                         "{kind}'s actual must be a word or 达成 / 部分达成 / 未达成, not '{actual}'"),
    "facts.word_without_outcome": (
        "评价词「{word}」无法判断达成程度：请写 达成 / 部分达成 / 未达成（新的评价词由审核人员加入 vocabulary.yaml）",
        "the word '{word}' says no outcome: write 达成 / 部分达成 / 未达成 (new words are added to vocabulary.yaml by the auditors)"),
    "facts.word_without_outcome_fits": (
        "评价词「{word}」无法判断达成程度：请写 达成 / 部分达成 / 未达成，或 {fits}（新的评价词由审核人员加入 vocabulary.yaml）",
        "the word '{word}' says no outcome: write 达成 / 部分达成 / 未达成, or {fits} "
        "(new words are added to vocabulary.yaml by the auditors)"),
    "facts.word_fit": ("{word}（{outcome}）", "{word} ({outcome})"),
}
