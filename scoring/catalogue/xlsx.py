"""Messages of the Excel workbooks: the fill-in workbook, reading it back, the 自评表 form, importing tables."""

MESSAGES = {
    # -- the fill-in workbook ------------------------------------------------------------------------
    "xlsx.sheet_indicators": ("指标", "Indicators"),
    "xlsx.sheet_money": ("资金", "Money"),
    "xlsx.sheet_meta": ("填报信息", "About"),
    "xlsx.template_title": ("实际值填报表：{unit} {year} 年度{period}", "Actuals to fill in: {unit}, {year}, {period}"),
    "xlsx.period_annual": ("绩效自评（全年）", "full-year self-evaluation"),
    "xlsx.period_h1": ("半年绩效运行监控（截至 6 月 30 日）", "half-year monitoring (to 30 June)"),
    "xlsx.template_help": (
        "填写黄色单元格；灰色单元格（指标、目标值、分值）已锁定（工作表保护，无密码）。每个表头单元格的批注说明该列填什么。"
        "读取时按隐藏的编号列和指标名称对应各行，不按位置。填好后计分：scoring evaluate 目标表 --actuals 本文件{period_arg}",
        "Fill in the yellow cells; the grey ones (indicators, targets, points) are locked (sheet protection, no password). "
        "The note on each header cell says what goes in its column. Rows are matched by the hidden id column and the "
        "indicator's name, not by position. Then score it: scoring evaluate TARGETS --actuals THIS_FILE{period_arg}"),
    "xlsx.list_title": ("不在列表中的词", "A word not in the list"),
    "xlsx.list_error": ("请从列表中选择评价词；其他词须已列入 rules/vocabulary.yaml，计分时会再次检查",
                        "Pick a word from the list; any other word must be in rules/vocabulary.yaml, and is checked again when scoring"),
    "xlsx.money_title": ("资金执行数（万元）：{unit} {year} 年度", "Money spent (10,000 yuan): {unit}, {year}"),
    "xlsx.money_help_annual": (
        "在黄色单元格填写全年执行数（万元），用于按资金重新计算预算执行率；没有支出的请填 0，金额全部留空表示尚未填报（不计算预算执行率）。",
        "Fill in the yellow cells with the year's spending (10,000 yuan); the budget execution rate is recomputed from them. "
        "Fill in 0 where nothing was spent: with every amount blank the money is not reported yet (no rate)."),
    "xlsx.money_help_h1": (
        "在黄色单元格填写截至 6 月 30 日的累计执行数（万元），用于按资金重新计算预算执行率；没有支出的请填 0，金额全部留空表示尚未填报（不计算预算执行率）。",
        "Fill in the yellow cells with the spending to 30 June (10,000 yuan); the budget execution rate is recomputed from them. "
        "Fill in 0 where nothing was spent: with every amount blank the money is not reported yet (no rate)."),
    "xlsx.basic": ("基本支出", "Basic expenditure"),
    "xlsx.meta_help": ("本表供程序核对单位、年度和期间，请勿修改", "The program checks the unit, year and period here: do not change them"),
    "xlsx.col_id": ("编号", "ID"),
    "xlsx.col_level1": ("一级指标", "Level 1"),
    "xlsx.col_level2": ("二级指标", "Level 2"),
    "xlsx.col_name": ("三级指标", "Level-3 indicator"),
    "xlsx.col_annual": ("年度指标值", "Annual target"),
    "xlsx.col_half": ("半年指标值", "Half-year target"),
    "xlsx.col_weight": ("分值", "Points"),
    "xlsx.col_scored": ("按此计分", "Scored as"),
    "xlsx.col_actual": ("实际完成值", "Actual"),
    "xlsx.col_points": ("评价人打分", "Assessor's points"),
    "xlsx.col_reason": ("偏差原因", "Deviation reason"),
    "xlsx.col_measure": ("改进措施", "Corrective measure"),
    "xlsx.col_evidence": ("佐证材料", "Evidence"),
    "xlsx.col_item": ("支出项目", "Expenditure"),
    "xlsx.col_budget": ("全年预算数（万元）", "Annual budget (10,000 yuan)"),
    "xlsx.col_plan": ("半年计划执行数（万元）", "Half-year plan (10,000 yuan)"),
    "xlsx.col_spent": ("执行数（万元）", "Spent (10,000 yuan)"),
    "xlsx.col_source": ("资金来源", "Source of funds"),
    "xlsx.col_initial": ("年初预算数（万元）", "Budget at the start of the year (10,000 yuan)"),
    "xlsx.note_source": ("项目资金的来源（锁定）：第一行是年度资金总额，其余是其中各项", "The source of the project's money (locked): the first row is the total, the others its parts"),
    "xlsx.note_initial": ("年初预算数（万元），按目标表照录（锁定）", "The budget at the start of the year (10,000 yuan), as in the target table (locked)"),
    "xlsx.col_stated": ("执行率（手填）", "Execution rate (as stated)"),
    "xlsx.note_stated": ("表上手填的执行率（可留空）：只用来核对，计分按执行数 ÷ 全年预算数重新计算。本行的偏差原因、改进措施、佐证材料也填在年度资金总额这一行",
                         "The execution rate as the form states it (optional): only compared, the score is recomputed from spent ÷ budget. "
                         "The budget row's reason, measure and evidence also go on this total row"),
    "xlsx.note_id": ("指标编号（隐藏列）：读取时按编号和名称找到指标；请勿修改",
                     "The indicator's id (a hidden column): rows are matched by it and by the name; do not change it"),
    "xlsx.note_level1": ("一级指标（锁定）", "The level-1 indicator (locked)"),
    "xlsx.note_level2": ("二级指标（锁定）", "The level-2 indicator (locked)"),
    "xlsx.note_name": ("三级指标名称（锁定），与目标表一致；读取时用来核对行",
                       "The indicator's name (locked), as in the target table; used to match the row"),
    "xlsx.note_scored": ("计分时对照的目标（锁定）：目标表未写比较符号时按 rules/bare_targets.yaml 补上，"
                         "如「100%」按「=100%」，成本类「7.5万元」按「≤7.5 万元」；半年未设指标值时用全年指标值，"
                         "非百分比的下限目标（如「≥12公里」）按 rules/monitoring.yaml 的比例折算；实际完成值与之比较",
                         "The target as scoring reads it (locked): where the table writes no comparison, rules/bare_targets.yaml "
                         "supplies it, so 100% is =100% and a cost's 7.5万元 is ≤7.5 万元; at mid-year without a half-year "
                         "target the annual one is used, a lower bound other than a percentage (≥12公里, say) scaled by "
                         "rules/monitoring.yaml's share; "
                         "the actual is compared with it"),
    "xlsx.note_annual": ("全年指标值，按目标表照录（锁定）", "The annual target, as the table writes it (locked)"),
    "xlsx.note_half": ("半年指标值，按目标表照录（锁定）；未设（/）时按全年指标值计分，见「按此计分」",
                       "The half-year target, as the table writes it (locked); where there is none (/), the annual one "
                       "is scored, as \"Scored as\" shows"),
    "xlsx.note_weight": ("本指标的分值（锁定），按 rules/weights.yaml 分配", "The indicator's points (locked), as rules/weights.yaml shares them"),
    "xlsx.note_weight_table": ("本指标的分值（锁定），按目标表各行的分值照录", "The indicator's points (locked), as the target table gives them"),
    "xlsx.note_actual": (
        "实际完成值。数值指标填数字，可带目标的单位（如 {count} 或 {count_unit}）；百分比指标连同百分号填写，如 98.6%"
        "（单元格为百分比格式，不带 % 可能存为 9860%）；定性指标从下拉列表中选 {outcomes} 或评价词。留空按未填报计 0 分",
        "The actual value. For a number, the number, with the target's unit or without ({count} or {count_unit}); "
        "for a percentage, type it with its sign, as 98.6% (the cell is formatted as a percentage: without the % it "
        "may be stored as 9860 %); for a qualitative indicator, pick {outcomes} or an evaluation word from the list. "
        "Left blank it counts as not reported: 0 points"),
    "xlsx.note_points": ("评价人打分（仅定性指标，可留空）：须在所选档次的分值区间内",
                         "The assessor's points (qualitative indicators only, optional): within the chosen outcome's band"),
    "xlsx.note_reason": ("偏差原因：未达到目标、有扣分时必须填写", "The reason for a deviation: required wherever points are lost"),
    "xlsx.note_measure": ("改进措施：半年监控为红灯、黄灯的指标必须填写", "The corrective measure: required at mid-year for red and yellow rows"),
    "xlsx.note_evidence": ("佐证材料：文件名或简要说明", "Supporting documents: file names or a short note"),
    "xlsx.note_item": ("基本支出或项目名称（锁定），与目标表一致", "Basic expenditure or a project's name (locked), as in the target table"),
    "xlsx.note_budget": ("全年预算数（万元），按目标表照录（锁定）", "The annual budget (10,000 yuan), as in the target table (locked)"),
    "xlsx.note_plan": ("半年计划执行数（万元），按目标表照录（锁定）", "The half-year plan (10,000 yuan), as in the target table (locked)"),
    "xlsx.note_spent": ("执行数（万元）：填数字；留空表示尚未填报，此时不计算预算执行率",
                        "Money spent (10,000 yuan): a number; blank means not yet reported, and no execution rate is computed"),
    "xlsx.goals_expected": ("年度总体目标（预期目标）", "The year's overall goals (expected)"),
    "xlsx.goals_achieved": ("年度总体目标实际完成情况", "Achieved against the year's overall goals"),
    "xlsx.note_goals_achieved": (
        "在下方黄色单元格写年度总体目标的实际完成情况（可留空）：原样写入自评表「年度总体目标」的实际完成情况栏，不计分；"
        "单元格内换行按 Alt+Enter",
        "Write below, in the yellow cell, what was achieved against the year's overall goals (optional): it goes into "
        "the form's goals block as written and is not scored; Alt+Enter starts a new line in the cell"),
    "xlsx.workbook_to_terminal": ("工作簿不能显示在终端上：请用 -o / --out 指定 .xlsx 文件",
                                  "a workbook cannot be shown on a terminal: give an .xlsx file with -o / --out"),
    # -- reading a filled workbook ----------------------------------------------------------------------
    # the workbooks' font: 宋体 (SimSun) is on every Chinese Windows and in WPS; Calibri has no Chinese
    "xlsx.font": ("宋体", "Calibri"),
    "xlsx.cannot_open": ("无法读取工作簿：文件已损坏，或不是 {kind} 工作簿", "cannot read the workbook: the file is damaged or not a {kind} workbook"),
    "xlsx.open_in_excel": ("工作簿似乎正在 Excel 中打开（旁边有 ~$ 开头的锁定文件）：读到的是上次保存的内容，未保存的修改不在其中",
                           "the workbook seems open in Excel (a ~$ lock file is beside it): what was read is what was "
                           "last saved; changes not yet saved are not in it"),
    "xlsx.lock_file": ("这是 Excel 打开工作簿时在旁边留下的锁定文件（~$ 开头），不是工作簿：请改用 {real}"
                       "（它若仍在 Excel 中打开，请先保存）",
                       "this is Excel's lock file, left beside a workbook while it is open (its name starts with ~$), "
                       "not a workbook: use {real} (save it first if it is still open in Excel)"),
    "xlsx.password_protected": ("工作簿设有打开密码：请单位提供无密码的版本",
                                "the workbook has a password to open it: ask the unit for a copy without a password"),
    "xlsx.html_not_workbook": ("这是网页（HTML）文件，不是 {kind} 工作簿：请在 Excel 中另存为 .xlsx",
                               "this is a web page (HTML) file, not an Excel workbook, though named {kind}: "
                               "save it as .xlsx in Excel"),
    "xlsx.too_big_unpacked": ("工作簿解压后有 {size}，超过上限 {limit}", "the workbook unpacks to {size}, more than the limit of {limit}"),
    "xlsx.actuals_not_xlsx": (
        "实际值工作簿按 .xlsx 读取，{suffix} 文件不读（它不保存百分比等单元格格式，95% 会被读成 0.95）："
        "请在 WPS 或 Excel 中「另存为」Excel 工作簿（*.xlsx）后再计分",
        "actuals workbooks are read as .xlsx; a {suffix} file is not (it keeps no cell formats such as percentages, "
        "so 95% would read as 0.95): save it as an Excel workbook (*.xlsx) in WPS or Excel, then score it"),
    "xlsx.needs_table": ("读取 .xlsx 实际值需要它的目标表（按编号和名称核对各行）",
                         "reading actuals from .xlsx needs their target table (rows are matched by id and name)"),
    "xlsx.no_sheet": ("工作簿中没有「{sheet}」工作表（现有：{found}）：请使用 scoring template --format xlsx 生成的填报表",
                      "the workbook has no sheet '{sheet}' (it has: {found}): use a workbook made by scoring template --format xlsx"),
    "xlsx.sheet_renamed": ("工作簿中没有「{sheet}」工作表，也没有表头与它相同的工作表（现有：{found}）：若改过它的名字，请改回「{sheet}」",
                           "the workbook has no sheet '{sheet}', nor one with its header (it has: {found}): if it was "
                           "renamed, rename it back to '{sheet}'"),
    "xlsx.sheets_alike": ("工作簿中没有「{sheet}」工作表，而 {alike} 的表头都与它相同：请把填好的那一张改回「{sheet}」",
                          "the workbook has no sheet '{sheet}', and {alike} all have its header: rename the one "
                          "filled in back to '{sheet}'"),
    "xlsx.no_header": ("找不到表头行：没有一行同时含有「{labels}」", "no header row found: no row holds all of '{labels}'"),
    "xlsx.column_twice": ("「{label}」列出现两次（另见 {other}）", "the column '{label}' appears twice (also at {other})"),
    "xlsx.meta_missing": ("填报信息中缺少「{key}」", "'{key}' is missing from the sheet about the file"),
    "xlsx.meta_bad": ("「{key}」的值「{value}」无法读取：应为 {expected}", "cannot read '{value}' for '{key}': expected {expected}"),
    "xlsx.cell_formula_uncomputed": (
        "公式没有保存计算结果（文件不是由 Excel、WPS 或 LibreOffice 保存的）：请打开并保存一次，或直接填写数值",
        "the formula has no saved result (the file was not saved by Excel, WPS or LibreOffice): open and save it once, or type the value"),
    "xlsx.cell_boolean": ("单元格是逻辑值 {value}，不是实际值：请填写数字或文字", "the cell holds the truth value {value}: write a number or a word"),
    "xlsx.cell_date": ("单元格是日期（{value}）：Excel 把输入读成了日期；请把单元格设为「文本」后重新填写",
                       "the cell holds a date ({value}): Excel took what was typed for a date; format the cell as text and type it again"),
    "xlsx.percent_doubtful": (
        "单元格为百分比格式，显示为 {shown}：是指 {meant} 吗？如是，请填写 {fraction}（显示为 {meant}），或以文本填写「{meant}」；"
        "确为 {shown} 时请以文本填写「{shown}」",
        "the cell is formatted as a percentage and shows {shown}: was {meant} meant? If so, enter {fraction} (shown as {meant}) "
        "or type '{meant}' as text; if {shown} is right, type '{shown}' as text"),
    "xlsx.cell_error": ("单元格是错误值 {value}：请填写数值", "the cell holds the error {value}: write a value"),
    "xlsx.amount_unreadable": ("「{text}」无法读作金额（万元）：请填写数字，如 1234.5", "cannot read '{text}' as an amount in units of 10,000 yuan: write a number such as 1234.5"),
    "xlsx.amount_in_yuan": ("金额「{text}」以元为单位，而本列为万元：如指 {wan} 万元，请填写 {wan}",
                            "the amount '{text}' is in yuan while this column is in units of 10,000 yuan: for {wan} of those, write {wan}"),
    "xlsx.points_unreadable": ("评价人打分「{text}」不是数字：请填写如 1.5 的分数", "the assessor's points '{text}' are not a number: write one such as 1.5"),
    "xlsx.row_unmatched": ("这一行（「{name}」）与目标表中的任何指标都不对应：请核对名称，或删除这一行",
                           "this row ('{name}') matches no indicator of the target table: check the name, or delete the row"),
    "xlsx.row_id_name_differ": ("编号 {id} 在目标表中是「{expected}」，而这一行写的是「{name}」：请核对是否改动了名称或编号",
                                "id {id} is '{expected}' in the target table, but this row says '{name}': check whether the name or the id was changed"),
    "xlsx.merged_value": ("这个合并单元格跨了 {rows} 行：几个指标不能共用一个实际值或得分，请取消合并，为每行分别填写",
                          "this merged cell spans {rows} rows: several indicators cannot share one actual or points; unmerge it and fill in each row"),
    "xlsx.row_twice": ("指标 {id}「{name}」已在 {other} 填写", "indicator {id} '{name}' is already filled in at {other}"),
    "xlsx.money_unmatched": ("「{name}」不是目标表中的资金行（基本支出、项目或资金来源）：请核对名称",
                             "'{name}' is no money row of the target table (basic expenditure, a project or a source of funds): check the name"),
    "xlsx.money_twice": ("「{name}」已在 {other} 填写", "'{name}' is already filled in at {other}"),
    "xlsx.import_formula_uncomputed": ("公式没有保存计算结果：请在 Excel 中打开并保存后再导入",
                                       "the formula has no saved result: open the file in Excel, save it, then import it"),
    "xlsx.cited": ("{rows}（{cells}）", "{rows} ({cells})"),
    "xlsx.sheet_row": ("第{rows}行", "row {rows}"),
    "xlsx.sheet_rows": ("第{rows}行", "rows {rows}"),  # a range: 第12–15行, rows 12–15
    "xlsx.import_merged_target": ("合并单元格 {cells} 的指标值「{value}」读作第{first}–{last}行每一行的指标值",
                                  "the target '{value}' of the merged cells {cells} is read as the target of each of rows {first}–{last}"),
    # -- the 自评表 form ------------------------------------------------------------------------------
    "xlsx.form_sheet": ("自评表", "Self-evaluation"),
    "xlsx.form_weights_note": ("注：目标表未列各行分值，本表分值按规则文件 weights.yaml 分配",
                               "Note: the target table gives no points per row; these are shared out by the rule file weights.yaml"),
    "xlsx.page_of": ("第 &P 页，共 &N 页", "Page &P of &N"),  # Excel's codes for the page and the pages
    "xlsx.form_explain_sheet": ("计分说明", "How each row was scored"),
    "xlsx.form_title_annual": ("部门整体支出绩效自评表", "Department-wide expenditure performance self-evaluation"),
    "xlsx.form_title_h1": ("部门整体绩效运行监控表（半年）", "Department-wide performance monitoring (half-year)"),
    "xlsx.form_title_project": ("项目支出绩效自评表", "Project expenditure performance self-evaluation"),
    "xlsx.form_title_project_h1": ("项目支出绩效运行监控表（半年）", "Project expenditure performance monitoring (half-year)"),
    "xlsx.form_project": ("项目名称", "Project"),
    "xlsx.form_department": ("主管部门", "Department in charge"),
    "xlsx.form_implementer": ("实施单位", "Implemented by"),
    "xlsx.form_money_project_funds": ("项目资金（万元）", "Project funds (10,000 yuan)"),
    "xlsx.form_year": ("（{year}年度）", "({year})"),
    "xlsx.form_unit": ("单位名称", "Unit"),
    "xlsx.form_illustrative": ("示例数据（虚构），不是真实的自评", "ILLUSTRATIVE DATA (made up): not a real self-evaluation"),
    "xlsx.form_money": ("部门资金（万元）", "Funds (10,000 yuan)"),
    "xlsx.form_money_total": ("年度资金总额", "Total"),
    "xlsx.form_money_basic": ("其中：基本支出", "of which: basic expenditure"),
    "xlsx.form_money_part": ("其中：{name}", "of which: {name}"),
    "xlsx.form_money_project": ("项目：{name}", "project: {name}"),
    "xlsx.form_budget_start": ("年初预算数", "Budget at the start of the year"),
    "xlsx.form_budget_year": ("全年预算数", "Budget for the year"),
    "xlsx.form_spent": ("全年执行数", "Spent in the year"),
    "xlsx.form_spent_h1": ("截至6月30日执行数", "Spent to 30 June"),
    "xlsx.form_plan_h1": ("半年计划数", "Half-year plan"),
    "xlsx.form_weight": ("分值", "Points"),
    "xlsx.form_rate": ("执行率", "Execution rate"),
    "xlsx.form_score": ("得分", "Score"),
    "xlsx.form_goals": ("年度总体目标", "Goals for the year"),
    "xlsx.form_expected": ("预期目标", "Expected"),
    "xlsx.form_achieved": ("实际完成情况", "Achieved"),
    "xlsx.form_indicators": ("绩效指标", "Indicators"),
    "xlsx.form_target": ("年度指标值", "Annual target"),
    "xlsx.form_target_h1": ("半年指标值", "Half-year target"),
    # the points on a line of their own: a spreadsheet would break 满意度（10分） inside its brackets
    "xlsx.form_level1": ("{name}\n（{points}分）", "{name}\n({points} points)"),
    "xlsx.form_deviation": ("偏差原因分析及改进措施", "Deviation: reason and corrective measure"),
    "xlsx.form_reason": ("原因：{text}", "reason: {text}"),
    "xlsx.form_measure": ("措施：{text}", "measure: {text}"),
    "xlsx.form_not_reported": ("未填报", "not reported"),
    "xlsx.form_total": ("总分", "Total"),
    "xlsx.form_grade": ("自评等级", "Grade"),
    "xlsx.form_total_h1": ("半年监控得分（按半年指标值计，供参考；半年不评定等级）",
                           "Half-year monitoring score (against the half-year targets, for reference; no grade at mid-year)"),
    "xlsx.form_legend": ("监控颜色", "Monitoring colours"),
    "xlsx.form_legend_red": ("红：严重滞后", "red: far behind"),
    "xlsx.form_legend_yellow": ("黄：滞后", "yellow: behind"),
    "xlsx.form_legend_green": ("绿：正常", "green: on track"),
    "xlsx.form_legend_blue": ("蓝：超前（目标可能偏低）", "blue: ahead (the target may be too low)"),
    "xlsx.form_legend_note": (
        "下限指标按实际完成值 ÷ 半年指标值，上限和零目标指标按是否在限内，定性指标按达成程度，预算按执行率 ÷ 时间进度"
        "（执行率格的颜色）；阈值按计分规则的监控设置。红、黄行须写明偏差原因和改进措施。",
        "Lower-bound indicators by actual ÷ half-year target, upper-bound and zero targets by whether they are within "
        "the bound, qualitative ones by how far they were achieved, the budget by execution rate ÷ time progress (the "
        "colour of the rate cell); the thresholds are the scoring rules' monitoring settings. Red and yellow rows need "
        "a deviation reason and a corrective measure."),
    "xlsx.form_rule": ("规则", "Rule"),
    "xlsx.form_method": ("方法", "Method"),
    "xlsx.form_formula": ("公式", "Formula"),
    "xlsx.form_explanation": ("说明", "Explanation"),
    "xlsx.form_formula_rounding": ("{formula}；{rounding}", "{formula}; {rounding}"),
    "xlsx.form_flags": ("需要关注", "To look at"),
}
