"""Messages of `scoring audit`: reading a filled-in form, the findings about it, and its report."""

MESSAGES = {
    "review.help": ("复核单位填好的自评表", "review filled-in self-evaluation forms"),
    # -- reading the form -----------------------------------------------------------------------
    "review.no_file": ("文件不存在", "file not found"),
    "review.unknown_format": ("无法识别的文件类型：应为 {suffixes}", "unknown kind of file: expected {suffixes}"),
    # the reading library's own words (English) only as a detail, marked as its words
    "review.unreadable_sheet": ("无法读取此工作表：其内容已损坏或无法解码（读取程序库的原文：{reason}）",
                                "cannot read this sheet: its contents are damaged or cannot be decoded "
                                "(the reading library says: {reason})"),
    "review.sheet_too_big": ("工作表过大：{rows} 行 × {columns} 列，超过 {limit} 个单元格", "the sheet is too large: "
                             "{rows} {rows:row|rows} × {columns} {columns:column|columns}, more than {limit} cells"),
    "review.no_form_sheet": ("没有一张工作表含绩效指标表头（三级指标 … 得分）；工作表：{sheets}",
                             "no sheet has an indicator header (indicator name … points); sheets: {sheets}"),
    "review.no_header": ("未找到绩效指标表头行：应有一行含 {expected} 等列", "no indicator header row found: "
                         "expected a row with the columns {expected}"),
    "review.header_incomplete": ("绩效指标表头缺少列：{missing}；此行找到的是 {found}",
                                 "the indicator header lacks the columns {missing}; this row has {found}"),
    "review.half_year_form": ("这是半年绩效运行监控表（此列为「{label}」，无自评等级），不是年度自评表：scoring audit "
                              "复核年度自评表（evaluate --format xlsx 所写的即是）；半年监控表的得分可用 "
                              "scoring evaluate --period h1 核对",
                              "this is a half-year monitoring form (this column is '{label}', it has no grade), not "
                              "the annual self-evaluation form: scoring audit reviews the annual form (as evaluate "
                              "--format xlsx writes it); check a half-year form's points with scoring evaluate --period h1"),
    "review.text_quote_unclosed": ("此行有一个以英文双引号开头的单元格，引号直到文件末尾都没有闭合：请检查这一行的引号",
                                   "a cell on this line opens a double quote that is never closed before the end of "
                                   "the file: check this line's quotes"),
    "review.text_unreadable": ("无法按制表符分隔文本读取此行（读取程序库的原文：{reason}）",
                               "cannot read this line as tab-separated text (the reading library says: {reason})"),
    "review.kind_not_read": ("{kind} 文件不作为自评表读取：请在 Excel 或 WPS 中另存为 .xlsx（或制表符分隔的文本 .txt）",
                             "a {kind} file is not read as a form: save it as .xlsx (or as tab-separated text, .txt) "
                             "in Excel or WPS"),
    "review.targets_not_form": ("这是目标表，不是自评表：scoring audit 复核单位填好的自评表（目标表供 scoring check、"
                                "evaluate 使用）", "this is a target table, not a self-evaluation form: scoring audit "
                                "reviews a filled-in form (a target table is for scoring check and evaluate)"),
    "review.not_a_number": ("应为数字，而不是「{found}」", "expected a number, found '{found}'"),
    "review.actuals_workbook": ("这是填报实际值的工作簿（scoring template 生成），不是自评表，还没有得分：请用 scoring evaluate --actuals 计分，再复核它写出的自评表",
                                "this is a workbook of actuals to fill in (made by scoring template), not a self-evaluation form, and has no points yet: score it with scoring evaluate --actuals, then review the form it writes"),
    "review.another_table": ("表中 {rows} 行指标没有一行在目标表 {targets}（{approved} 行）中：这张自评表不是按该目标表填写的，请核对所给的目标表",
                             "none of the form's {rows} indicator rows is in the target table {targets} ({approved} rows): the form was not filled in from it; check the table given"),
    "review.negative_points": ("分值和得分不能为负数，这里是「{found}」", "points cannot be negative, found '{found}'"),
    "review.no_money_rows": ("资金表头下没有资金行", "no money rows under the money header"),
    "review.no_rows": ("表头下没有任何绩效指标行", "no indicator rows under the header"),
    "review.row_without_name": ("这一行有指标值或分数，但没有三级指标名称", "this row has values but no indicator name"),

    # -- why a row could not be scored again ----------------------------------------------------
    "review.unreadable_target": ("指标值「{target}」无法计分，不予猜测：{reason}",
                                 "the target '{target}' cannot be scored and is not guessed: {reason}"),
    "review.unreadable_actual": ("实际完成值「{actual}」无法读取：{reason}", "the actual '{actual}' cannot be read: {reason}"),
    "review.cannot_score": ("此行无法复核计分：{reason}", "this row cannot be scored again: {reason}"),
    "review.target_one_percent": ("指标值「{target}」没有单位，而实际值「{actual}」是百分数：若指 100%，请写「100%」；不予猜测",
                                  "the target '{target}' has no unit and the actual '{actual}' is a percentage: "
                                  "if it means 100%, write '100%'; not guessed"),
    "review.no_weight": ("未填写分值，无法复核", "the row's points cell is blank, so it cannot be scored again"),

    # -- a row's actual, points and reason ------------------------------------------------------
    "review.claimed_blank": ("未填写得分；复核得分 {points}", "the points cell is blank; scored again: {points}"),
    "review.claimed_unreadable": ("得分写作「{found}」，不是数字，未计入所报之和；复核得分 {points}",
                                  "the points claimed are written '{found}', not a number, and left out of the "
                                  "claimed sum; scored again: {points}"),
    "review.claimed_unreadable_bare": ("得分写作「{found}」，不是数字，未计入所报之和",
                                       "the points claimed are written '{found}', not a number, and left out of "
                                       "the claimed sum"),
    "review.operator_in_actual": ("实际完成值「{actual}」带有比较符号：实际值应是一个数，按 {read} 复核",
                                  "the actual '{actual}' carries an operator: an actual is a figure; scored as {read}"),
    "review.no_actual": ("未填写实际完成值，按未达成计 0 分", "the actual is blank or says it was not reported: scored as not achieved, 0"),
    "review.no_reason": ("扣分 {lost} 分，但未填写偏差原因", "{lost} points lost with no deviation reason"),
    "review.no_reason_column": ("扣分 {lost} 分，表中没有偏差原因一栏：须另附扣分原因",
                                "{lost} points lost, and the form has no column for a deviation reason: one must be given with it"),
    "review.above_weight": ("得分 {claimed} 超过分值 {weight}", "the claimed {claimed} exceeds the row's points {weight}"),
    "review.missed_full": ("未达到指标值却给满分 {claimed}；应得 {points}",
                           "target missed but full points {claimed} claimed; should be {points}"),
    "review.met_docked": ("已达到指标值却扣分：得分 {claimed}，应得满分 {weight}",
                          "target met but points deducted: {claimed} claimed, full {weight} due"),
    "review.actual_percent_used": ("得分 {claimed} 是 分值 {weight} × 实际值 {actual}；应按 实际值 ÷ 指标值（{target}）计，得 {points}",
                                   "the claimed {claimed} is the points {weight} × the actual {actual}; it should be "
                                   "actual ÷ target ({target}): {points}"),
    "review.rounded_down": ("得分 {claimed} 是把 {points} 向下取整；分数应保留两位小数",
                            "the claimed {claimed} is {points} rounded down; points keep 2 decimals"),
    "review.rounded_up": ("得分 {claimed} 是把 {points} 向上取整；分数应保留两位小数",
                          "the claimed {claimed} is {points} rounded up; points keep 2 decimals"),
    "review.points_differ": ("得分 {claimed} 与复核得分 {points} 不符", "the claimed {claimed} differs from {points} scored again"),
    "review.qualitative_out_of_band": ("定性指标评为「{outcome}」，其得分区间为 {low}–{high} 分，所报 {claimed} 分超出区间；按该档默认计 {points}",
                                       "a qualitative row assessed '{outcome}' scores {low}–{high}; the claimed {claimed} "
                                       "is outside the band: scored at the band default {points}"),

    # -- the money block ------------------------------------------------------------------------
    "review.unreadable_rate": ("执行率「{rate}」不是百分数", "the execution rate '{rate}' is not a percentage"),
    "review.rate_ambiguous": ("执行率「{rate}」没有 %：可能是 {rate}% 也可能是 {percent}，不予猜测；请写明 %",
                              "the execution rate '{rate}' has no %: it could be {rate}% or {percent}; not guessed, write the %"),
    "review.rate_rounded": ("执行率写作 {stated}，按资金计算为 {rate}：执行率被取整", "the execution rate is written {stated}, "
                            "the money gives {rate}: the rate was rounded"),
    "review.budget_rate_mismatch": ("执行率写作 {stated}，按资金计算为 {rate}（全年执行数 {spent} ÷ 全年预算数 {annual}）",
                                    "the execution rate is written {stated}, the money gives {rate} "
                                    "(spent {spent} ÷ annual budget {annual})"),
    "review.budget_in_subrow": ("资金总额一行为空或为 0，资金填在分项行中：按分项合计（全年预算数 {annual}，全年执行数 {spent}）复核",
                                "the total money row is empty or 0 while the money is in the rows below: scored from "
                                "their sum (annual budget {annual}, spent {spent})"),
    "review.budget_zero": ("全年预算数为 0、负数或空白，无法计算执行率；预算执行率一行未复核",
                           "the annual budget is 0, negative or blank: no execution rate; the budget row is not scored again"),
    "review.amounts_in_yuan": ("金额 {amount} 在「{unit}」表头下，疑为按元填写", "the amount {amount} under a {unit} heading looks like yuan"),
    "review.amount_in_yuan": ("「{source}」的金额 {amount} 像是以元填写的：除以 10,000 为 {wan} 万元，各分项之和即与「{total}」的 {total_amount} 相符",
                              "the amount {amount} of '{source}' looks like yuan: divided by 10,000 it is {wan} (10,000 yuan), and the "
                              "parts then add up to the {total_amount} of '{total}'"),
    "review.money_parts_mismatch": ("资金总额 {total} 不等于其下各分项之和 {parts}", "the money total {total} is not the sum {parts} of its parts"),

    # -- the form as a whole --------------------------------------------------------------------
    "review.total_mismatch": ("总分写作 {total}，各行得分之和为 {rows}", "the total is written {total}; the rows add up to {rows}"),
    "review.total_blank": ("总分一栏未填写（各行所报之和为 {rows}）", "the total is not written (the claimed rows add up to {rows})"),
    "review.weights_not_100": ("各行分值合计 {weights}，不是 {full}", "the rows' points add up to {weights}, not {full}"),
    "review.total_weight_mismatch": ("总分一行的分值写作 {cell}，各行分值之和为 {weights}",
                                     "the total row's points cell says {cell}; the rows' points add up to {weights}"),
    "review.level_points_mismatch": ("一级指标「{level1}」标明 {points} 分，其下各行分值之和为 {weights}",
                                     "level 1 '{level1}' is labelled {points} points; its rows' points add up to {weights}"),
    "review.grade_mismatch": ("自评等级写作{written}，总分 {total} 的等级应为{grade}",
                              "the grade is written {written}; a total of {total} is graded {grade}"),
    # a grade as a message quotes it: a written one in English with its English name where it is one
    "review.grade_quoted": ("「{written}」", "'{written}'"),
    "review.grade_with_name": ("「{written}」（{name}）", "'{written}' ({name})"),

    # -- the form against its approved target table (audit --targets) ---------------------------
    "review.weight_changed": ("分值写作 {written}，核定的目标表为 {approved}：按核定分值复核",
                              "the row's points are written {written}, the approved table gives {approved}: "
                              "scored again with the approved points"),
    "review.target_changed": ("指标值写作「{written}」，核定的目标表为「{approved}」：按核定指标值复核",
                              "the target is written '{written}', the approved table has '{approved}': "
                              "scored again against the approved target"),
    "review.row_missing": ("核定的目标表中的指标「{name}」（分值 {weight}）不在表中：复核总分按 0 分计",
                           "the approved table's indicator '{name}' ({weight} points) is not on the form: "
                           "it counts 0 in the rescored total"),
    "review.row_extra": ("指标「{name}」不在核定的目标表中：不计入复核总分",
                         "the indicator '{name}' is not in the approved table: not counted in the rescored total"),
    "review.row_extra_near": ("指标「{name}」不在核定的目标表中，不计入复核总分；表中相近的有：{near}",
                              "the indicator '{name}' is not in the approved table and is not counted in the "
                              "rescored total; the nearest in the table: {near}"),
    "review.row_moved": ("此行位于「{written}」下，核定的目标表中在「{approved}」下",
                         "the row stands under '{written}'; the approved table has it under '{approved}'"),
    "review.name_changed": ("名称写作「{written}」，核定的目标表为「{approved}」",
                            "the name is written '{written}', the approved table has '{approved}'"),
    "review.year_changed": ("年度写作 {written}，核定的目标表为 {approved} 年度",
                            "the year is written {written}, the approved table is for {approved}"),
    "review.blank": ("空白", "blank"),

    # -- each finding code's short label (scoring/review/codes.py; every code has one, tests/test_finding_labels.py)
    "review.label_budget_rate_mismatch": ("执行率不符", "rate ≠ money"),
    "review.label_rate_rounded": ("执行率取整", "rate rounded"),
    "review.label_rate_ambiguous": ("执行率未写 %", "rate without %"),
    "review.label_unreadable_rate": ("执行率无法读取", "unreadable rate"),
    "review.label_missed_full": ("未达标给满分", "full points for a miss"),
    "review.label_met_docked": ("达标仍扣分", "met but docked"),
    "review.label_actual_percent_used": ("误乘实际值", "points × actual %"),
    "review.label_rounded_down": ("得分向下取整", "rounded down"),
    "review.label_rounded_up": ("得分向上取整", "rounded up"),
    "review.label_points_differ": ("得分不符", "points differ"),
    "review.label_above_weight": ("得分超过分值", "above the row's points"),
    "review.label_qualitative_out_of_band": ("定性得分超出区间", "outside its band"),
    "review.label_no_reason": ("缺偏差原因", "no deviation reason"),
    "review.label_claimed_blank": ("未填得分", "nothing claimed"),
    "review.label_claimed_unreadable": ("得分不是数字", "points not a number"),
    "review.label_no_actual": ("未填实际值", "no actual"),
    "review.label_assessor_scored": ("评价人打分", "assessor's points"),
    "review.label_operator_in_actual": ("实际值带比较符号", "operator in the actual"),
    "review.label_over_achievement": ("超额完成", "over-achievement"),
    "review.label_over_budget": ("超预算执行", "spent over budget"),
    "review.label_unreadable_target": ("指标值无法读取", "unreadable target"),
    "review.label_unreadable_actual": ("实际值无法读取", "unreadable actual"),
    "review.label_target_one_percent": ("指标值 1 无单位", "target 1 without %"),
    "review.label_cannot_score": ("无法计分", "cannot be scored"),
    "review.label_no_weight": ("未填分值", "no row points"),
    "review.label_budget_in_subrow": ("资金填在分项行", "money in the rows below"),
    "review.label_budget_zero": ("预算数为 0", "no budget"),
    "review.label_amounts_in_yuan": ("疑按元填写", "amounts in yuan"),
    "review.label_money_parts_mismatch": ("资金分项合计不符", "parts ≠ total"),
    "review.label_total_mismatch": ("总分不符", "total ≠ the rows"),
    "review.label_total_blank": ("未填总分", "total left blank"),
    "review.label_weights_not_100": ("分值合计不符", "points ≠ full mark"),
    "review.label_total_weight_mismatch": ("总分行分值不符", "total row's points"),
    "review.label_level_points_mismatch": ("一级分值不符", "level-1 points"),
    "review.label_grade_mismatch": ("自评等级不符", "grade differs"),
    "review.label_weight_changed": ("分值与核定不符", "points ≠ approved"),
    "review.label_target_changed": ("指标值与核定不符", "target ≠ approved"),
    "review.label_row_missing": ("缺核定指标", "approved row missing"),
    "review.label_row_extra": ("核定表外指标", "row not approved"),
    "review.label_row_moved": ("指标位置不符", "row moved"),
    "review.label_name_changed": ("名称与核定不符", "name ≠ approved"),
    "review.label_year_changed": ("年度与核定不符", "year ≠ approved"),
    # a finding as a person reads it: its label, then what it says; where a table shows another cell, its own first
    "review.labelled": ("【{label}】{message}", "{label}: {message}"),
    "review.at_cell": ("{cell} {finding}", "{cell} {finding}"),

    # -- the report -------------------------------------------------------------------------------
    "review.col_cell": ("单元格", "Cell"),
    "review.col_row": ("指标", "Indicator"),
    "review.col_weight": ("分值", "Points"),
    "review.col_claimed": ("所报", "Claimed"),
    "review.col_points": ("复核", "Rescored"),
    "review.col_difference": ("差额", "Difference"),
    "review.col_findings": ("发现", "Findings"),
    "review.col_form": ("自评表", "Form"),
    "review.col_code": ("代码", "Code"),
    "review.col_kind": ("问题", "Finding"),
    "review.col_count": ("次数", "Count"),
    "review.col_error": ("错误", "Error"),
    "review.col_at_stake": ("涉及分值", "At stake"),
    "review.col_total": ("复核总分", "Rescored total"),
    "review.col_claimed_total": ("所报总分", "Claimed total"),
    "review.col_rank": ("序号", "Rank"),
    "review.col_grade_written": ("所报等级", "Grade written"),
    "review.col_grade": ("复核等级", "Rescored grade"),
    "review.title": ("自评表复核：{name}", "Review of the self-evaluation: {name}"),
    "review.summary_claimed": ("所报总分 {claimed}（各行所报之和 {rows}）", "claimed total {claimed} (the claimed rows add up to {rows})"),
    "review.summary_total": ("复核总分 {total} / {full}，等级{grade}", "rescored total {total} / {full}, grade {grade}"),
    "review.summary_stake": ("涉及分值 {at_stake}；发现 {count} 处", "points at stake {at_stake}; {count} {count:finding|findings}"),
    "review.summary_targets": ("对照核定的目标表 {targets}：按核定的分值与指标值复核",
                               "against the approved table {targets}: scored with the approved points and targets"),
    "review.summary_as_written": ("按表中所填的分值与指标值复核则为 {total}",
                                  "with the form's own points and targets it would be {total}"),
    "review.summary_stake_notes": ("涉及分值 {at_stake}；发现 {count} 处，另有提示 {notes} 处（不算问题）",
                                   "points at stake {at_stake}; {count} {count:finding|findings}, and {notes} {notes:advisory|advisories} (no mistake)"),
    "review.unscored_note": ("{count} 行无法复核，复核总分按其所报得分计入", "{count} {count:row|rows} cannot be scored again: "
                             "the rescored total counts their claimed points"),
    "review.unweighted_note": ("{count} 行未填分值，其所报得分不计入复核总分（计入涉及分值）",
                               "{count} {count:row has|rows have} no points written: {count:its|their} claimed points "
                               "are not in the rescored total (they are at stake)"),
    "review.grade_written": ("表中自评等级{grade}", "grade written on the form: {grade}"),
    "review.clean": ("未发现问题：每行得分与复核一致", "nothing found: every row agrees with its rescoring"),
    "review.h_rows": ("逐行复核（有问题的行在前）", "Row by row (rows with findings first)"),
    "review.rows_agree": ("{count} 行与复核一致，未逐行列出（--all 列出全部行）",
                          "{count} {count:row|rows} {count:agrees|agree} with {count:its|their} rescoring, not listed (--all lists every row)"),
    "review.h_form": ("整表", "The form as a whole"),
    "review.h_codes": ("各类问题次数", "Findings by code"),
    "review.folder_title": ("自评表复核汇总", "Review of the self-evaluations"),
    "review.h_forms": ("各表按涉及分值排序", "Forms ranked by points at stake"),
    # a form unreadable, or refused (another table's form against --targets)
    "review.h_unreadable": ("未能复核的自评表", "Forms that could not be reviewed"),
    "review.folder_summary": ("复核 {forms} 份自评表：{flagged} 份有问题，{clean} 份无问题，{unreadable} 份无法读取",
                              "{forms} {forms:form|forms} reviewed: {flagged} with findings, {clean} clean, {unreadable} unreadable"),
    "review.progress": ("复核", "reviewing"),
    "review.how": ("{rule}：{formula}", "{rule}: {formula}"),
    "review.wrote": ("已写入 {path}", "wrote {path}"),
    "review.out_is_source": ("--out 与要复核的自评表是同一个文件：请另给文件名，原表不会被改写",
                             "--out is the form under review: give another name; the form itself is never overwritten"),
    "review.out_is_folder": ("--out 与要复核的自评表是同一个文件夹：请另给文件夹，原表不会被改写",
                             "--out is the folder under review: give another folder; the forms in it are never "
                             "overwritten"),
    "review.out_not_folder": ("复核多张自评表时，每张表的批注副本写入 --out 所指的文件夹：请给出文件夹，而不是工作簿文件名",
                              "reviewing several forms, each one's marked copy goes into the folder --out names: give a "
                              "folder, not a workbook's name"),
    "review.xlsx_needs_out": ("--format xlsx 需要 --out 指定文件（或目录）", "--format xlsx needs --out (a file, or a folder)"),
    "review.sheet_title": ("复核", "Review"),
}
