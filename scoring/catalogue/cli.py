"""Catalogue: the `scoring` command's own words (scoring/cli.py)."""

MESSAGES = {
    "cli.wrote": ("已写入 {path}", "wrote {path}"),
    "cli.jobs_positive": ("--jobs 应为正整数", "--jobs must be a positive number"),
    "cli.targets_only_for_rules": ("--targets 只用于检查规则目录", "--targets applies only to a rules directory"),
    "cli.counts": ("{errors} 个错误，{warnings} 个警告", "{errors} errors, {warnings} warnings"),
    "cli.progress": ("计分", "scoring"),
    "cli.option": ("（{option}）", " ({option})"),  # the option that gives what a library message asks for
    "cli.description": ("绩效自评计分", "budget-performance self-evaluation scoring"),
    "cli.help.import": ("导入公开的目标表文本", "import a published target table"),
    "cli.help.check": ("检查目标表或规则目录", "check a target table or a rules directory"),
    "cli.help.rules": ("规则文件的测试", "rule file tests"),
    "cli.help.rules_test": ("运行 DIR/tests/*.yaml 中的规则测试", "run the rule tests in DIR/tests"),
    "cli.help.explain": ("一个指标的完整计分过程", "the full trace of one indicator"),
    "cli.help.diff": ("比较两套规则的计分结果", "compare the scores under two rule sets"),
    "cli.help.evaluate": ("计分并输出记分卡", "score and print the scorecard"),
    "cli.help.batch": ("批量计分", "score every unit in a folder"),
    "cli.help.template": ("生成待填写的实际值文件", "write an actuals file to fill in"),
    # argparse's messages: the English is argparse's own (printed as it is), the Chinese replaces it
    "cli.usage.invalid_choice": ("无效的取值「{value}」（可选：{choices}）", "invalid choice: '{value}' (choose from {choices})"),
    "cli.usage.required": ("缺少参数：{names}", "the following arguments are required: {names}"),
    "cli.usage.unrecognized": ("无法识别的参数：{names}", "unrecognized arguments: {names}"),
    "cli.usage.not_int": ("应为整数，而不是「{value}」", "invalid int value: '{value}'"),
    "cli.usage.one_value": ("需要一个值", "expected one argument"),
    "cli.usage.argument": ("参数 {name}：", "argument {name}: "),
}
