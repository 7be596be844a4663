"""Catalogue: finding a unit's input files (scoring/run.py)."""

# The library says what to give, never a command-line option: `scoring` adds its option (cli._OPTIONS).
MESSAGES = {
    "run.no_example": ("未找到内置示例{here}，或{how}", "the bundled example was not found{here} or {how}"),
    "run.no_rules": ("未找到默认规则目录{here}，或{how}", "the default rules directory was not found{here} or {how}"),
    "run.here": ("（默认路径相对于当前目录）：请在 scoring 的检出目录（含 rules/、targets/ 的目录）中运行",
                 " (default paths are relative to the current folder): run from the scoring checkout "
                 "(the folder with rules/ and targets/)"),
    "run.give_targets": ("指定目标表文件", "give a targets file"),
    "run.give_rules": ("指定规则目录", "give a rules directory"),
    # {xlsx} is the workbook's path: the table's own folder is said only where the files were looked for in it
    "run.no_actuals": ("未找到与目标表和期间 {period} 对应的实际值文件，也没有填好的工作簿 {xlsx}：请指定实际值文件",
                       "no actuals file for these targets and period {period}, nor the filled-in workbook {xlsx}: "
                       "give an actuals file"),
    "run.both_actuals": ("实际值文件 {yaml} 和填好的工作簿 {xlsx} 都在，不知道该用哪一个：请删去或移走不用的那个，或指定实际值文件",
                         "both the actuals file {yaml} and the filled-in workbook {xlsx} are there, and which one to use "
                         "cannot be told: remove or move the one not meant, or give the actuals file"),
    "run.no_actuals_beside": ("目标表旁边没有期间 {period} 的实际值文件，也没有填好的工作簿 {xlsx}：请指定实际值文件",
                              "no actuals file for period {period} beside the targets, nor the filled-in workbook "
                              "{xlsx}: give an actuals file"),
}
