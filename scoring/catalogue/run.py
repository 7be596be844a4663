"""Catalogue: finding a unit's input files (scoring/run.py)."""

MESSAGES = {
    "run.example_missing": ("未找到内置示例", "the bundled example was not found"),
    "run.rules_missing": ("未找到默认规则目录", "the default rules directory was not found"),
    "run.default_missing": ("{missing}（默认路径相对于当前目录）：请在 scoring 的检出目录（含 rules/、targets/ 的目录）中运行，或{how}",
                            "{missing} (default paths are relative to the current folder): run from the scoring checkout "
                            "(the folder with rules/ and targets/) or {how}"),
    "run.give_targets": ("指定目标表文件", "give a targets file"),
    "run.give_rules": ("用 --rules 指定规则目录", "give --rules"),
    "run.no_actuals": ("未找到与目标表和期间 {period} 对应的实际值文件；请用 --actuals 指定",
                       "no actuals file for these targets and period {period}; give one with --actuals"),
}
