"""Messages about target tables and their scoring: both kinds, per-row 分值, the budget row, the money."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "table.budget_row_no_weight": (
        "预算执行率行「{row}」没有分值，weights.yaml 也没有部门整体表预算执行率行的默认分值：请写上 weight",
        "the budget row '{row}' has no points, and weights.yaml has no default for a department table's budget row: give it a weight"),
    "table.department_has_project": (
        "部门整体目标表不应有 project（项目信息）；项目支出表请写 kind: project",
        "a department table has no project; for a project table write kind: project"),
    "table.department_needs_funds": (
        "部门整体目标表需要 funds（部门整体资金）",
        "a department table needs funds"),
    "table.funds_sum_annual": (
        "「{source}」的全年预算数",
        "the annual budget of '{source}'"),
    "table.funds_sum_initial": (
        "「{source}」的年初预算数",
        "the initial budget of '{source}'"),
    "table.negative_points": (
        "分值不能为负",
        "points must not be negative"),
    "table.points_not_number": (
        "分值应为数字（如 10 或 10分），这里是「{found}」；没有分值的行请留空",
        "the points (分值) must be a number, such as 10 or 10分, found '{found}'; leave the cell empty for a row without points"),
    "table.no_budget_row": (
        "项目支出表没有预算执行率行（budget_row）：预算执行率不计分，总分满分不足 100",
        "the project table has no budget row (budget_row): budget execution is not scored, and the full mark falls short of 100"),
    "table.no_project_weights": (
        "本项目支出表各行没有分值，而 weights.yaml 没有 project（项目支出表的默认分值）：请为每行写上分值，或在 weights.yaml 中加上 project",
        "this project table gives no points per row and weights.yaml has no `project` defaults: give every row its points, or add `project` to weights.yaml"),
    "table.project_funds_empty": (
        "项目资金至少要有「年度资金总额」一行",
        "the project's funds need at least their first row, the total"),
    "table.project_has_funds": (
        "项目支出目标表的资金写在 project.funds 下，不用 funds",
        "a project table gives its money under project.funds, not funds"),
    "table.project_needs_project": (
        "项目支出目标表需要 project（项目名称、主管部门、实施单位、项目资金）",
        "a project table needs project (name, department, implementer, funds)"),
    "table.project_weights_sum": (
        "project 的一级指标分值与 budget_row 合计 {sum}，应等于总分 {total}",
        "project: level-1 points and budget_row add up to {sum}, not the total {total}"),
    "table.spent_parts_differ": (
        "各来源的全年执行数合计 {parts} 万元，与「{source}」的执行数 {total} 万元不符：请核对资金",
        "the amounts spent by source add up to {parts}, not the {total} spent of '{source}': check the money"),
    "table.spent_parts_blank": (
        "已填写部分来源的全年执行数，但「{blank}」的执行数为空，「{source}」也未填：无法计算预算执行率。"
        "请填写「{blank}」（没有支出填 0），或填写「{source}」的执行数",
        "amounts spent are given for some sources, but '{blank}' is blank and so is '{source}': the execution rate "
        "cannot be computed. Fill in '{blank}' (0 where nothing was spent), or the amount spent of '{source}'"),
    "table.stated_rate_not_percent": (
        "手填执行率「{text}」应为百分数，如 98.5%",
        "the stated rate '{text}' must be a percentage, e.g. 98.5%"),
    "table.unknown_fund_source": (
        "项目资金中没有「{name}」这一行；目标表的资金行为：{known}",
        "the project's funds have no row '{name}'; the table's funds rows are: {known}"),
    "table.weight_missing": (
        "「{row}」没有分值，而本表其余 {n} 行都写了分值：请补上它的分值（一张表要么每行都有分值，要么都没有）",
        "'{row}' has no points while {n} other {n:row has its|rows have theirs}: give it its points (a table gives points on every row or on none)"),
    "table.weight_stray": (
        "「{row}」写了分值，而本表其余 {n} 行都没有：删去它，或为每一行写上分值（一张表要么每行都有分值，要么都没有）",
        "'{row}' has points while the other {n} {n:row has|rows have} none: remove them, or give every row its points (a table gives points on every row or on none)"),
    "table.zero_budget": (
        "「{source}」的全年预算数为 0：无法计算预算执行率，请核对资金（执行数可能写在了其他行）",
        "the annual budget of '{source}' is 0: no execution rate can be computed; check the money (the amounts may be in another row)"),
    "table.assessor_points_invalid": (
        "评价人打分 {points} 不在 0 至分值 {weight} 之间，无法采用",
        "the assessor's points {points} are not between 0 and the weight {weight}: they cannot be used"),
    "table.assessor_points_missing": (
        "评价人未打分：此行按评价人打分计分，请填写 0 至分值 {weight} 之间的分数",
        "the assessor has given no points: this row is scored by them; give points between 0 and the weight {weight}"),
    "table.assessor_scored_blank": (
        "实际值未填写，得分为评价人打分{why}",
        "no actual value: the points are the assessor's{why}"),
    "table.assessor_reason": (
        "（理由：{reason}）",
        " (reason: {reason})"),
    "table.assessor_no_reason": (
        "，但未写理由：请在 reason 中写明",
        ", but no reason is given: write it under reason"),
    "table.assessor_no_target": (
        "没有目标值：得分由评价人判断",
        "no target: the points are the assessor's judgement"),
    "table.converted": (
        "{original} = {converted}",
        "{original} = {converted}"),
    "table.with_conversion": (
        "换算：{conversion}；{formula}",
        "converted: {conversion}; {formula}"),
    "table.bare_by_word": (
        "名称含「{word}」",
        "its name contains '{word}'"),
    "table.bare_otherwise": (
        "其余无运算符的数值目标一律读作 {op}",
        "every other bare number target reads as {op}"),
    "table.bare_target_read": (
        "目标「{text}」没有运算符，按 bare_targets.yaml 读作 {read}（{why}）",
        "the target '{text}' has no operator: read as {read} by bare_targets.yaml ({why})"),
    "table.target_without_percent": (
        "指标 {id}「{name}」的{which}「{text}」没有单位，按数 {number} 计分，任何高于它的比率都得满分：若指百分数，请写作 {percent}；若指数量，请写上单位（如 1个）",
        "indicator {id} '{name}': the {which} '{text}' has no unit and is scored as the number {number}, so any rate above it earns full points: if it means a percentage, write {percent}; if a count, write its unit (1个)"),
    "table.equal_on_upper_bound": (
        "指标 {id}「{name}」的{which}「{text}」写明了「=」，按下限计分：低于它扣分，高于它不扣；名称含「{word}」，bare_targets.yaml 把这类指标读作上限：若本意是不超过，请写作 {suggest}",
        "indicator {id} '{name}': the {which} '{text}' is written with =, which scores as a lower bound: points are lost below it, none above; the name has '{word}', which bare_targets.yaml reads as an upper bound: if it means at most, write {suggest}"),
    "table.bare_target_check": (
        "指标 {id}「{name}」的{which}「{text}」没有运算符，按 bare_targets.yaml 读作 {read}（{why}）；如不是此意，请写上运算符",
        "indicator {id} '{name}': the {which} '{text}' has no operator and is read as {read} by bare_targets.yaml ({why}); "
        "if that is not what it means, write the operator"),
    "table.bare_target_check_h1": (
        "指标 {id}「{name}」的全年指标值「{text}」没有运算符，按 bare_targets.yaml 读作 {read}（{why}）；"
        "半年指标值未设，半年监控按 {half} 计分（全年 × {factor}）；如不是此意，请写上运算符",
        "indicator {id} '{name}': the annual target '{text}' has no operator and is read as {read} by bare_targets.yaml "
        "({why}); no half-year target: at mid-year it is scored as {half} (annual × {factor}); "
        "if that is not what it means, write the operator"),
    "table.rules_not_found": (
        "当前目录下没有规则目录 rules：依赖规则的检查（按规则的分值、无运算符指标值的读法、分值合计）未做；请指定规则目录",
        "no rules folder in the current folder: the checks that need the rules (their weights, how bare targets "
        "read, the per-row points' total) were not made; give the rules directory"),
    "table.which_annual": (
        "全年指标值",
        "annual target"),
    "table.which_half": (
        "半年指标值",
        "half-year target"),
    "table.title_project_annual": (
        "项目支出绩效自评记分卡",
        "project expenditure self-evaluation scorecard"),
    "table.title_project_h1": (
        "项目绩效运行监控记分卡",
        "project half-year monitoring scorecard"),
    "table.md_title_project_annual": (
        "{unit} {year} 年度项目支出绩效自评表",
        "{unit}: {year} project expenditure self-evaluation scorecard"),
    "table.md_title_project_h1": (
        "{unit} {year} 年度项目绩效运行监控表（半年）",
        "{unit}: {year} project half-year monitoring scorecard"),
    "table.grade_on_share": (
        "{grade}（各行分值合计 {max}，不是 {full}：按 {total} ÷ {max} × {full} = {basis} 评定）",
        "{grade} (the rows' points add up to {max}, not {full}: graded on {total} ÷ {max} × {full} = {basis})"),
    "table.project_label": (
        "项目",
        "Project"),
    "table.repeated_group": (
        "「{label}」再次出现（第 {line} 行已有）：两处的指标按同一组计分，分值不重复计算",
        "'{label}' appears again (first at line {line}): the rows of both are scored as one group, its points counted once"),
    "table.points_not_full": (
        "本表各行分值合计 {sum}（{parts}），不是满分 {full}：记分卡显示「得分 / {sum}」，等级按 得分 ÷ {sum} × {full} 评定",
        "the rows' points add up to {sum} ({parts}), not the full mark {full}: the scorecard shows the total out of {sum} "
        "and grades total ÷ {sum} × {full}"),
    "table.import_self_evaluation": (
        "这是绩效自评表（表头有实际完成值和得分列），不是绩效目标表：请导入其目标表；复核这张自评表请用 scoring audit {file}",
        "this is a performance self-evaluation form (its header has actual and points columns), not a target "
        "table: import its target table instead; to review this form use scoring audit {file}"),
    "table.import_unplaced": (
        "无法放置这一行「{text}」：它不在{kind}的任何部分中",
        "cannot place the row '{text}': it falls in no part of a {kind}"),
    "table.import_kind_target": (
        "项目支出绩效目标表",
        "project target table"),
    "table.import_kind_form": (
        "项目支出绩效自评表",
        "project self-evaluation form"),
    "table.import_money_label": (
        "项目资金行没有名称（应为 年度资金总额、财政拨款、上年结转资金、其他资金 等）",
        "a row of the project's money has no label (such as the total, the fiscal grant, last year's carry-over)"),
    "table.import_money_amount": (
        "金额「{text}」不是数字：请只写数字，金额单位写在「金额单位」或资金标签中（如 项目资金（万元））",
        "the amount '{text}' is no number: write the number alone, and its unit as 金额单位 or in the money label "
        "(such as 项目资金（万元）)"),
    "table.import_money_unit_unknown": (
        "金额单位「{unit}」无法换算为万元（应为 元、千元、万元 或 亿元）",
        "the money unit '{unit}' cannot be converted to 10k yuan (expected 元, 千元, 万元 or 亿元)"),
    "table.import_money_unit_differs": (
        "金额单位「{unit}」与第{line}行写的「{other}」不一致：无法确定金额的单位，请改正其中一处",
        "the money unit '{unit}' differs from '{other}' written at line {line}: which unit the amounts are in cannot "
        "be told; correct one of them"),
    "table.import_money_converted": (
        "第{line}行：金额单位：{unit}；各项金额{how}，换算为万元（精确换算，未舍入）",
        "line {line}: amounts in {unit}; each amount {how} into 10k yuan (exactly, not rounded)"),
    "table.import_money_divided": (
        "已 ÷ {factor}",
        "was divided by {factor}"),
    "table.import_money_multiplied": (
        "已 × {factor}",
        "was multiplied by {factor}"),
    "table.import_unit_from_reporting": (
        "第{line}行：表中没有写明单位的行，单位取自{label}「{unit}」",
        "line {line}: no row of the table names the unit; it is the {label} '{unit}'"),
    "table.import_year_differs": (
        "这里写的是 {year} 年度，而第{line}行写的是 {other} 年度：无法确定是哪一年的表，请改正其中一处",
        "this says the year {year}, but line {line} says {other}: which year the table is for cannot be told; "
        "correct one of them"),
    "table.import_sum_rows": (
        "第{line}行：「{label}」的分值 {printed} 等于各三级指标分值之和（不含预算执行率行）",
        "line {line}: the '{label}' row's points, {printed}, are the sum of the indicators' points (the budget row not included)"),
    "table.import_sum_with_budget": (
        "第{line}行：「{label}」的分值 {printed} 等于各三级指标分值与预算执行率行分值 {budget} 之和（含预算执行率行）",
        "line {line}: the '{label}' row's points, {printed}, are the sum of the indicators' points and the budget row's "
        "{budget} (the budget row included)"),
    "table.import_sum_no_points": (
        "第{line}行：「{label}」的分值印为 {printed}；本表各三级指标没有分值，此数未用：计分时各行分值按规则文件（weights.yaml）分配",
        "line {line}: the '{label}' row's points read {printed}; the table's indicators have no points of their own, so "
        "it is not used: scoring splits the points by the rule file (weights.yaml)"),
    "table.import_sum_points_no_budget": (
        "「{label}」的分值印为 {printed}，而各三级指标分值合计 {rows}（预算执行率行没有分值）：按各行分值计分",
        "the '{label}' row's points read {printed}, but the indicators' points add up to {rows} (the budget "
        "row has no points): the rows' points are used"),
    "table.import_sum_points": (
        "「{label}」的分值印为 {printed}，而各三级指标分值合计 {rows}（不含预算执行率行），含预算执行率行为 {with_budget}：按各行分值计分",
        "the '{label}' row's points read {printed}, but the indicators' points add up to {rows} (the budget "
        "row not included), {with_budget} with it: the rows' points are used"),
    "table.import_line_note": (
        "第{line}行：{said}",
        "line {line}: {said}"),
    "table.import_budget_target": (
        "第{line}行：原表{name}的指标值为「{target}」，记作 target，只作显示和对照；预算执行率行按资金计分（执行数 ÷ 全年预算数），不按此值",
        "line {line}: the table's target for {name} is '{target}', kept as target, shown and compared only; the "
        "budget row is scored from the money (amount spent ÷ annual budget), not against it"),
    "table.import_budget_points_differ": (
        "「{name}」的分值印为 {points}，而资金总额行印的分值是 {total}：无法确定预算执行率行的分值，请改正其中一处",
        "the points of '{name}' read {points}, but the total row of the money prints {total}: the budget row's points "
        "cannot be told; correct one of them"),
    "table.import_vague_target": (
        "指标值「{text}」是约数或用汉字写的数量：既不能按数字计分，也不是定性词；请改写为 运算符+数字+单位（如 ≥50%、≥30人）"
        "或定性词（如 达成预期指标）",
        "the target '{text}' is an approximate or spelled-out quantity: it can be scored neither as a number nor as a "
        "qualitative word; write it as operator, number and unit (such as ≥50%, ≥30人) or as a qualitative word (such as 达成预期指标)"),
    "table.import_no_level1": (
        "这一行之前没有印出一级指标",
        "no level-1 indicator is printed before this row"),
    "table.import_no_year": (
        "找不到年度（如「（2025年度）」）",
        "no year found (such as (2025年度))"),
    "table.import_no_name": (
        "找不到「项目名称」",
        "no project name row found"),
    "table.import_no_implementer": (
        "找不到「实施单位」",
        "no implementing unit found"),
    "table.import_no_funds": (
        "找不到项目资金（「全年预算数」表头及其下各行）",
        "no project money found (a header with the annual budget column, and its rows)"),
    "table.import_no_indicators": (
        "找不到绩效指标（「三级指标」表头）",
        "no indicators found (no level-3 header)"),
    "table.import_level1_points": (
        "第{line}行：一级指标印为「{label}」，而其下各行分值合计 {summed}（不是 {printed}）：按各行分值计分",
        "line {line}: the level-1 label reads '{label}' but its rows' points add up to {summed} (not {printed}): "
        "the rows' points are used"),
    "table.import_header": (
        "{title} · {name} · {year}年度",
        "{title} · {name} · {year}"),
    "table.import_header_source_target": (
        "由 `scoring import` 从 {file}（项目支出绩效目标表）生成：{count} 个三级指标及各行分值；金额单位：万元。实际完成值与执行数写在实际值文件中（`scoring template` 生成）。",
        "made by `scoring import` from {file} (a project target table): {count} {count:indicator with its|indicators with their} "
        "points; amounts in 10k yuan. Actual values and amounts spent go in the actuals file (made by `scoring template`)."),
    "table.import_header_source_form": (
        "由 `scoring import` 从 {file} 生成：{count} 个三级指标及各行分值；金额单位：万元。实际完成值与执行数不导入（写在实际值文件中）。",
        "made by `scoring import` from {file}: {count} {count:indicator with its|indicators with their} points; amounts in 10k yuan. "
        "Actual values and amounts spent are not imported (they go in the actuals file)."),
    "table.import_header_note": (
        "指标值按原表照录并加双引号；修改后请运行 `scoring check` 检查。",
        "targets are copied as printed, in double quotes; run `scoring check` after editing."),
    "table.template_budget_row": (
        "{name}（分值 {weight}）：按来源填写全年执行数（万元），可只填总额；stated_rate 为表上手填的执行率，只作核对，得分按资金计算",
        "{name} ({weight} points): the amounts spent by source, in 10k yuan (the total alone will do); stated_rate is the "
        "rate the form writes by hand, only compared: the points come from the money"),
    "table.template_budget_row_h1": (
        "{name}（分值 {weight}）：按来源填写截至 6 月 30 日的累计执行数（万元），可只填总额；stated_rate 为表上手填的执行率，只作核对，得分按资金计算",
        "{name} ({weight} points): the amounts spent to 30 June by source, in 10k yuan (the total alone will do); stated_rate "
        "is the rate the form writes by hand, only compared: the points come from the money"),
    "table.template_fund": (
        "全年预算数 {amount} 万元",
        "annual budget {amount} (10k yuan)"),
    "table.budget_row_in_tree": (
        "指标 {id}「{name}」是资金块的预算执行率行：请移到 budget_row（写上它的分值），它将按资金计分，而不是按手填比率",
        "indicator {id} '{name}' is the money block's budget execution row: move it to budget_row (with its points) "
        "to have it scored from the money, not from a hand-written rate"),
    "table.sum_differs": (
        "{what}印为 {printed}，但合计为 {total}{why}",
        "{what} is printed as {printed} but adds up to {total}{why}"),
    "table.sum_rounded": (
        "（相差 {diff}，印出的是合计四舍五入后的数）",
        " (difference {diff}: the printed figure is the rounded sum)"),
    "table.sum_difference": (
        "（相差 {diff}）",
        " (difference {diff})"),
    "table.actuals_not_targets": (
        "这是实际值文件（有 period，indicators 按指标编号填写），不是目标表：请把它作为实际值文件传入",
        "this is an actuals file (it has a period, and indicators keyed by id), not a target table: give it as the actuals"),
    "table.targets_not_actuals": (
        "这是目标表（有 funds，indicators 为指标树），不是实际值文件：请把它作为目标表传入，另给实际值文件",
        "this is a target table (it has funds, and an indicator tree), not an actuals file: give it as the targets, "
        "and the actuals file as the actuals"),
    "table.own_points_misfit": (
        "{what}：指定分值合计 {fixed}，与上级分值 {total} 不符",
        "{what}: own points add up to {fixed}, which does not fit the parent's {total}"),
    "table.weights_lack_level1": (
        "weights.yaml 没有一级指标「{name}」的分值",
        "weights.yaml gives no points for level 1 '{name}'"),
    "table.level1_not_in_table": (
        "目标表中没有一级指标「{name}」，其分值无处分配",
        "the target table has no level 1 '{name}': its points go nowhere"),
    "table.own_group_unknown": (
        "目标表中没有二级指标 {path}",
        "no level-2 group {path} in the target table"),
    "table.own_indicator_unknown": (
        "目标表中没有指标 {id}",
        "no indicator {id} in the target table"),
    "table.own_group_empty": (
        "二级指标「{level2}」没有三级指标，不能分配分值",
        "group '{level2}' has no indicators and cannot take points"),
    "table.sum_projects_half": (
        "项目支出的半年计划执行数",
        "the half-year plan of the project expenditure"),
    "table.sum_projects_annual": (
        "项目支出的全年预算数",
        "the annual budget of the project expenditure"),
    "table.sum_income": (
        "收入的资金总额",
        "the income total"),
    "table.sum_income_source": (
        "收入「{name}」",
        "income '{name}'"),
    "table.sum_income_spending": (
        "收入的资金总额（应等于基本支出加项目支出的全年预算数）",
        "the income total (which should equal the basic plus the project expenditure, annual)"),
    "table.half_above_annual": (
        "「{name}」的半年计划执行数 {half} 大于全年预算数 {annual}",
        "'{name}': the half-year plan {half} exceeds the annual budget {annual}"),
    "table.project_without_indicator": (
        "资金项目「{name}」（全年预算 {annual} 万元）没有对应的履职指标",
        "funded project '{name}' ({annual} 10k yuan a year) has no key-work indicator naming it"),
    "table.unknown_project": (
        "指标 {id}「{name}」的对应项目「{project}」不是资金中列出的项目",
        "indicator {id} '{name}' names project '{project}', which is not among the funded projects"),
    "table.duplicate_id": (
        "指标编号「{id}」重复（第{line}行已经用过）",
        "duplicate indicator id '{id}' (already used at line {line})"),
    "table.duplicate_name": (
        "三级指标「{name}」有 {count} 行同名：{rows}；填报实际值时这几行须以编号为键，以名称为键无法确定是哪一行（计分时报「名称不唯一」）",
        "indicator name '{name}' is shared by {count} rows: {rows}; their actuals must be keyed by id: keyed by the name, "
        "evaluate cannot tell which row is meant ('ambiguous')"),
    "table.duplicate_name_row": (
        "{id}（第{line}行）",
        "{id} (line {line})"),
    "table.target_pair": (
        "指标 {id}「{name}」的半年指标值「{half}」与全年指标值「{annual}」",
        "indicator {id} '{name}': half-year target '{half}' and annual target '{annual}'"),
    "table.pair_kinds": (
        "{pair}一个是数值一个是定性词，无法比较",
        "{pair}: one is a number, the other a word; they cannot be compared"),
    "table.pair_units": (
        "{pair}单位不同，无法比较",
        "{pair} have different units and cannot be compared"),
    "table.pair_directions": (
        "{pair}方向相反（一个是下限，一个是上限）",
        "{pair} point opposite ways (one a lower, the other an upper bound)"),
    "table.pair_operators": (
        "{pair}运算符不同，请确认",
        "{pair} use different operators; please confirm"),
    "table.goal_amount_unmatched": (
        "年度目标中的「{quoted}」对应不到任何资金项目",
        "the annual goals' amount '{quoted}' matches no funded project"),
    "table.goal_amount_differs": (
        "年度目标中的「{quoted}」与资金项目「{project}」的全年预算数 {annual} 万元不一致（相差 {diff} 万元）",
        "the annual goals' amount '{quoted}' differs from the annual budget of project '{project}', {annual} "
        "10k yuan (by {diff})"),
    "table.goal_amounts_total": (
        "年度目标所列金额合计 {named} 万元，项目支出全年预算合计 {budgeted} 万元（相差 {diff} 万元）",
        "the amounts in the annual goals add up to {named} 10k yuan, the projects' annual budgets to "
        "{budgeted} (difference {diff})"),
    "table.unreadable_value": (
        "无法识别的指标值「{text}」：应为 运算符+数字+单位（如 ≥10647人、=100%）或定性词（如 健全）",
        "cannot read the value '{text}': expected operator, number and unit (e.g. ≥10647人, =100%) "
        "or a qualitative word"),
    "table.name_ambiguous": (
        "指标「{key}」名称不唯一（{ids}），请用编号",
        "indicator '{key}' is ambiguous ({ids}): use its id"),
    "table.name_unknown_near": (
        "指标「{key}」在目标表中不存在；是否指：{near}",
        "indicator '{key}' is not in the target table; did you mean: {near}"),
    "table.name_unknown_range": (
        "指标「{key}」在目标表中不存在；表中指标编号：{ranges}",
        "indicator '{key}' is not in the target table; its ids: {ranges}"),
    "table.dept_spaces_removed": (
        "第{line}行：名称「{raw}」里的空格是导出时断行留下的；读作「{text}」",
        "line {line}: the spaces in the name '{raw}' are where the export broke the cell's lines; read as '{text}'"),
    "table.dept_no_level2_yet": (
        "一级指标「{level1}」下还没有二级指标",
        "no level-2 indicator yet under level 1 '{level1}'"),
    "table.dept_level_unknown": (
        "「{text}」的层级无法确定",
        "cannot tell which level '{text}' is"),
    "table.dept_no_level1_before": (
        "二级指标「{text}」之前没有一级指标",
        "no level-1 indicator before level 2 '{text}'"),
    "table.dept_levels_from_middle": (
        "第{lines}行没有一级、二级指标单元格：读作第{line}行印出的一级「{level1}」、二级「{level2}」（合并单元格的文字印在了整块的中间一行）",
        "lines {lines} have no level cells: read as the level 1 '{level1}' and level 2 '{level2}' printed on line {line} "
        "(a merged cell's text was printed in the middle row of its block)"),
    "table.dept_one_value": (
        "第{line}行：只印出一个指标值「{value}」；半年和全年指标值都读作「{value}」",
        "line {line}: only one target value '{value}' is printed; both the half-year and the annual target read as '{value}'"),
    "table.dept_no_value": (
        "第{line}行：没有印出指标值；半年和全年都读作无目标值",
        "line {line}: no target value is printed; both periods read as having no target"),
    "table.dept_after_break": (
        "第{line}行：分页后没有二级指标单元格；读作跨页的合并单元格，仍属上一二级「{level2}」（第{first}行起）",
        "line {line}: no level-2 cell after the page break; read as a merged cell across the pages, still in the level 2 "
        "'{level2}' above (from line {first})"),
    "table.dept_name_in_level_column": (
        "第{line}行：没有一级、二级指标单元格，名称印在了第{col}列（层级所在的列）；读作上一二级「{level2}」（第{first}行起）的三级指标",
        "line {line}: no level cells, and the name is printed in column {col} (where the levels are); read as a level-3 "
        "indicator of the level 2 '{level2}' above (from line {first})"),
    "table.dept_unplaced": (
        "无法放置第{line}行「{shown}」：{why}",
        "cannot place line {line} '{shown}': {why}"),
    "table.dept_unknown_label": (
        "不是已知的栏目，也不在资金或指标部分中",
        "not a known label, nor inside the funds or indicators"),
    "table.dept_preamble": (
        "表头部分只应有标题和年度",
        "the top of the form should hold only the title and the year"),
    "table.dept_income_row": (
        "收入行应有一个名称和一个金额",
        "an income row should have one name and one amount"),
    "table.dept_spending_row": (
        "支出行应有一个名称和一到两个金额（半年计划执行数、全年预算数）",
        "an expenditure row should have one name and one or two amounts (half-year, annual)"),
    "table.dept_one_amount": (
        "第{line}行：只印出一个金额 {amount}，读作全年预算数，半年计划执行数空缺",
        "line {line}: only one amount {amount} is printed; read as the annual budget, the half-year plan left blank"),
    "table.dept_one_amount_converted": (
        "第{line}行：只印出一个金额 {amount} 万元（原表印为 {printed} {unit}），读作全年预算数，半年计划执行数空缺",
        "line {line}: only one amount, {amount} in 10k yuan (printed as {printed} {unit}), is printed; read as the annual "
        "budget, the half-year plan left blank"),
    "table.dept_row_shifted": (
        "第{line}行：整行错位（名称在第{col}列，而不是第{expected}列）；按「名称、半年计划执行数、全年预算数」的顺序读作支出「{name}」",
        "line {line}: the row is shifted (its name in column {col}, not {expected}); read in the order name, half-year "
        "plan, annual budget as the expenditure '{name}'"),
    "table.dept_project_guessed": (
        "重点工作「{key_work}」（第{lines}行）的对应项目单元格为空；按重点工作和三级指标名称与项目名称的相似度（{score}）读作资金项目「{project}」",
        "the project cell of key work '{key_work}' (lines {lines}) is empty; read as the funded project '{project}' by "
        "the likeness of the key work's and its indicators' names to the project's ({score})"),
    "table.dept_project_none": (
        "重点工作「{key_work}」（第{lines}行）的对应项目单元格为空；没有名称相近的资金项目，对应项目留空",
        "the project cell of key work '{key_work}' (lines {lines}) is empty; no funded project has a like name, so "
        "it stays empty"),
    "table.dept_empty_group": (
        "第{line}行：二级指标「{level2}」下没有三级指标，保留为空组",
        "line {line}: level 2 '{level2}' has no level-3 indicators; kept as an empty group"),
    "table.dept_block_without_levels": (
        "无法放置第{line}行「{name}」：所在的块里没有印出一级、二级指标",
        "cannot place line {line} '{name}': its block never prints a level 1 or level 2"),
    "table.dept_no_year": (
        "找不到年度（如「2025年度」）",
        "no year found (such as 2025)"),
    "table.dept_no_unit": (
        "找不到「单位名称」",
        "no unit name row found"),
    "table.dept_no_income_total": (
        "找不到收入的「资金总额」",
        "no income total found"),
    "table.dept_no_basic": (
        "找不到「基本支出」",
        "no basic expenditure row found"),
    "table.dept_no_projects": (
        "找不到「项目支出」",
        "no project expenditure row found"),
    "table.dept_no_indicators": (
        "找不到指标（「三级指标」表头）",
        "no indicators found (no level-3 header)"),
    "table.dept_header_source": (
        "由 `scoring import` 从 {file} 生成：{count} 个三级指标；金额单位：万元。",
        "made by `scoring import` from {file}: {count} {count:indicator|indicators}; amounts in 10k yuan."),
    "table.dept_header_lines": (
        "以「第N行」开头的注释是导入程序对原表中受损行的读法（N 为原文件的行号），请对照原表核对。",
        "comments that start with a line number are the importer's reading of a damaged row of the original "
        "(the number is its line in the original file): check them against it."),
    "table.rule_file_not_targets": (
        "这是规则文件，不是目标表：规则文件不单独检查，请检查它所在的整个规则目录",
        "this is a rule file, not a target table: rule files are checked as a whole folder, give its folder"),
}
