"""Catalogue: one unit's failure in `scoring batch` (scoring/batch.py), reported as its line of the summary."""

MESSAGES = {
    "batch.no_targets_folder": ("目标表目录不存在", "targets folder not found"),
    "batch.both_actuals": ("实际值文件 {yaml} 和填好的工作簿 {xlsx} 都在，不知道该用哪一个：请删去或移走不用的那个",
                           "both the actuals file {yaml} and the filled-in workbook {xlsx} are there, and which one to use "
                           "cannot be told: remove or move the one not meant"),
    "batch.no_actuals": ("没有这个单位的实际值文件，也没有填好的工作簿 {xlsx}", "no actuals file for this unit, nor the filled-in workbook {xlsx}"),
    "batch.no_actuals_folder": ("实际值目录不存在", "actuals folder not found"),
    "batch.unit_crashed": ("计分时出现内部错误（{error}）：该单位未计分，其他单位照常计分；请把此文件交给维护人员",
                           "an internal error while scoring ({error}): this unit is not scored, the others are; "
                           "please pass its files to the maintainers"),
    "batch.unit_killed": ("计分进程在该单位上异常终止（信号 {signal}）：该单位未计分，其他单位照常计分；请把此文件交给维护人员",
                          "the scoring process died on this unit (signal {signal}): it is not scored, the others are; "
                          "please pass its files to the maintainers"),
    "batch.unit_exited": ("计分进程在该单位上退出（状态 {status}）：该单位未计分，其他单位照常计分",
                          "the scoring process exited on this unit (status {status}): it is not scored, the others are"),
    "batch.unit_timeout": ("该单位计分超过 {seconds} 秒，已停止：该单位未计分，其他单位照常计分",
                           "scoring this unit took more than {seconds} s and was stopped: it is not scored, the others are"),
}
