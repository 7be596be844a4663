"""Catalogue: the `scoring` command's own words (scoring/cli.py)."""

MESSAGES = {
    "cli.example_used": ("没有指定目标表，所以用的是内置示例；请指定实际值所属单位的目标表："
                         "scoring evaluate 目标表.yaml --actuals 实际值文件",
                         "no target table was given, so the bundled example was used; give the table the actuals are "
                         "for: scoring evaluate TABLE.yaml --actuals FILE"),
    "cli.template_exists": ("文件已存在：模板不会覆盖已有文件（其中可能已填好实际值）；请另选文件名，或先删除它",
                            "the file exists: a template never overwrites one (it may hold filled-in actuals); give "
                            "another name, or delete it first"),
    "cli.import_exists": ("文件已存在：导入不会覆盖已有的目标表（其中可能有手工修改）；请另选文件名，或先删除它",
                          "the file exists: an import never overwrites a target table (it may hold edits made by hand); "
                          "give another name, or delete it first"),
    "cli.out_suffix_unwritable": ("scoring {command} 不写 {suffix} 文件，它写的文件以 {suffixes} 结尾：请换一个文件名",
                                  "scoring {command} writes no {suffix} file, only files ending in {suffixes}: give another name"),
    "cli.out_suffix_contradicts": ("文件名以 {suffix} 结尾，是 {implied} 格式，而 --format 为 {given}：请用以 {expected} 结尾的文件名，"
                                   "或改为 --format {implied}（不写 --format 时按扩展名选定格式）",
                                   "the name ends in {suffix}, the {implied} format, but --format is {given}: give a name ending in "
                                   "{expected}, or --format {implied} (without --format the extension chooses it)"),
    "cli.out_names_a_file": ("scoring {command} 的 --out 是存放{holds}的文件夹，而这是文件名（以 {suffix} 结尾）：请给出文件夹名",
                             "scoring {command} --out names the folder for {holds}, and this is a file's name (ending in "
                             "{suffix}): give a folder"),
    "cli.out_holds_batch": ("各单位报告和汇总（summary-<期间>.json 和 .md）",
                            "the units' reports and the summary (summary-<period>.json and .md)"),
    "cli.out_holds_audit": ("每张自评表的批注副本", "each form's marked copy"),
    "cli.wrote": ("已写入 {path}", "wrote {path}"),
    "cli.jobs_positive": ("--jobs 应为正整数", "--jobs must be a positive number"),
    "cli.targets_only_for_rules": ("--targets 只用于检查规则目录", "--targets applies only to a rules directory"),
    "cli.summary_not_shown": ("标准输出无法显示汇总；汇总已写入 {path}",
                              "standard output cannot show the summary; it is written to {path}"),
    "cli.counts": ("{errors} 个错误，{warnings} 个警告", "errors: {errors}, warnings: {warnings}"),
    "cli.progress": ("计分", "scoring"),
    "cli.option": ("（{option}）", " ({option})"),  # the option that gives what a library message asks for
    "cli.description": ("绩效自评计分", "budget-performance self-evaluation scoring"),
    "cli.help.import": ("导入公开的目标表（文本或工作簿）", "import a published target table (text or workbook)"),
    "cli.help.check": ("检查目标表或规则目录", "check a target table or a rules directory"),
    "cli.help.rules": ("规则文件的测试", "rule file tests"),
    "cli.help.rules_test": ("运行 DIR/tests/*.yaml 中的规则测试", "run the rule tests in DIR/tests"),
    "cli.help.explain": ("一个指标的完整计分过程", "the full trace of one indicator"),
    "cli.help.diff": ("比较两套规则的计分结果", "compare the scores under two rule sets"),
    "cli.help.evaluate": ("计分并输出记分卡", "score and print the scorecard"),
    "cli.help.batch": ("批量计分", "score every unit in a folder"),
    "cli.help.template": ("生成待填写的实际值文件", "write an actuals file to fill in"),
    # the command line's help (argparse's own words too)
    "cli.usage_prefix": ("用法：", "usage: "),
    "cli.positionals": ("位置参数", "positional arguments"),
    "cli.optionals": ("选项", "options"),
    "cli.arg.help": ("显示此帮助并退出", "show this help message and exit"),
    "cli.arg.lang_top": ("消息的语言（默认 zh，或 $SCORING_LANG）", "language of messages (default zh, or $SCORING_LANG)"),
    "cli.arg.lang": ("消息的语言", "language of messages"),
    "cli.arg.import_text": ("公开的目标表：制表符分隔的文本，或工作簿（.xlsx、.xls、.ods）",
                            "the published table: tab-separated text, or a workbook (.xlsx, .xls, .ods)"),
    "cli.arg.import_out": ("要写入的 YAML 文件（默认：标准输出）", "YAML file to write (default: standard output)"),
    "cli.arg.check_path": ("目标表（YAML）或规则目录", "a target table (YAML), or a rules directory"),
    "cli.arg.check_targets": ("仅用于规则目录：同时找出这张目标表中没有规则计分的指标",
                              "rules directory only: also look for gaps on this target table"),
    "cli.arg.check_rules": ("仅用于目标表：解读其不带运算符的数值目标的规则（默认：rules，如存在）",
                            "target table only: the rules that read its bare targets (default: rules, if present)"),
    "cli.arg.rules": ("规则目录（默认：当前目录下的 rules）", "rules directory (default: rules in the current folder)"),
    "cli.arg.indicator": ("指标编号或唯一的指标名称", "indicator id or unique name"),
    "cli.arg.targets_or_example": ("目标表（默认：内置的 2025 年示例）", "target table (default: the bundled 2025 example)"),
    "cli.arg.actuals": ("实际值文件：YAML，或填好的填报工作簿 .xlsx（默认：actuals/<year>/<unit>.<period>.yaml，"
                        "没有时为同名的 .xlsx）",
                        "actuals file: YAML, or the filled-in workbook .xlsx (default: "
                        "actuals/<year>/<unit>.<period>.yaml, or the .xlsx of that name where there is none)"),
    "cli.arg.diff_targets": ("目标表（默认：内置的 2025 年示例），或目标表目录：逐个单位比较总分与等级",
                             "target table (default: the bundled 2025 example), or a folder of them: each unit's total and grade compared"),
    "cli.arg.diff_actuals": ("实际值文件：YAML 或填好的 .xlsx（默认：actuals/<year>/<unit>.<period>.yaml，没有时为同名的 .xlsx）；目标表为目录时为实际值目录"
                             "（默认：路径中 targets 换为 actuals，如 targets/2025 → actuals/2025）",
                             "actuals file: YAML or a filled-in .xlsx (default: actuals/<year>/<unit>.<period>.yaml, or its .xlsx); for a folder of target tables, the "
                             "actuals folder (default: its path with targets as actuals, targets/2025 → actuals/2025)"),
    "cli.arg.period": ("期间：annual 全年，h1 上半年（默认：annual）", "period: annual, or h1 the first half (default: annual)"),
    "cli.arg.format": ("输出格式", "output format"),
    "cli.arg.format_from_out": ("输出格式（默认：按 --out 文件的扩展名，.json、.md、.xlsx、.txt；否则 table）",
                                "output format (default: from the --out file's extension, .json, .md, .xlsx, .txt; else table)"),
    "cli.arg.engine_python": ("规则引擎（默认：python）", "rule engine (default: python)"),
    "cli.arg.engine": ("规则引擎（默认：可导入时用 durable）", "rule engine (default: durable where it imports)"),
    "cli.arg.old_rules": ("修改前的规则目录", "the rules directory before the change"),
    "cli.arg.new_rules": ("修改后的规则目录", "the rules directory after the change"),
    "cli.arg.evaluate_out": ("输出文件；json/markdown/xlsx 默认写入 reports/<year>/<unit>-<period>.<ext>"
                             "（--lang en 时为 .en.<ext>）；- 表示标准输出",
                             "output file; json/markdown/xlsx default to reports/<year>/<unit>-<period>.<ext> "
                             "(.en.<ext> with --lang en); - for stdout"),
    "cli.arg.targets_dir": ("目标表所在目录（*.yaml，含子目录）", "folder of target tables (*.yaml, searched recursively)"),
    "cli.arg.actuals_dir": ("实际值所在目录：<相同子目录>/<name>.<period>.yaml（或 .xlsx）",
                            "folder of actuals: <same subfolder>/<name>.<period>.yaml (or .xlsx)"),
    "cli.arg.jobs": ("工作进程数（默认：每个核一个）", "worker processes (default: one per core)"),
    "cli.arg.batch_out": ("报告与汇总所在目录（默认：reports/batch）", "folder for the reports and the summary (default: reports/batch)"),
    "cli.arg.audit_path": ("一份自评表（.xlsx、.xls、.txt、.yaml）或一个自评表目录；可列出多个，汇总如一个目录",
                           "a form (.xlsx, .xls, .txt, .yaml) or a folder of forms; several are summed up as a folder is"),
    "cli.arg.audit_out": ("输出文件（目录中各表的 xlsx 副本则为一个目录）；默认：标准输出",
                          "output file (a folder for xlsx copies of a folder's forms); default standard output"),
    "cli.arg.audit_all": ("一致的行也逐行列出（默认：只计数）", "list the rows that agree too (default: counted)"),
    "cli.arg.audit_targets": ("核定的绩效目标表（YAML）：逐行核对分值、指标值、行的位置与缺增，并按核定分值复核；目录中的各表均对照这一张",
                              "the approved target table (YAML): each row's points, target and place checked, rows "
                              "missing or added found, and every row scored with the approved points; a folder's "
                              "forms all against this one table"),
    "cli.arg.template_targets": ("目标表（YAML）", "target table (YAML)"),
    "cli.arg.template_rules": ("其词表给出定性评价用词的规则目录（默认：当前目录下的 rules）",
                               "rules directory whose vocabulary lists the qualitative words (default: rules in the current folder)"),
    "cli.arg.template_format": ("yaml，或待填写的 Excel 工作簿（需要 -o）；默认按 -o 文件的扩展名，否则 yaml",
                                "yaml, or an Excel workbook to fill in (needs -o); default: from the -o file's extension, else yaml"),
    "cli.arg.template_out": ("要写入的文件（默认：标准输出）", "file to write (default: standard output)"),
    # argparse's messages: the English is argparse's own (printed as it is), the Chinese replaces it
    "cli.usage.invalid_choice": ("无效的取值「{value}」（可选：{choices}）", "invalid choice: '{value}' (choose from {choices})"),
    "cli.usage.required": ("缺少参数：{names}", "the following arguments are required: {names}"),
    "cli.usage.unrecognized": ("无法识别的参数：{names}", "unrecognized arguments: {names}"),
    "cli.usage.not_int": ("应为整数，而不是「{value}」", "invalid int value: '{value}'"),
    "cli.usage.one_value": ("需要一个值", "expected one argument"),
    "cli.usage.argument": ("参数 {name}：", "argument {name}: "),
}
