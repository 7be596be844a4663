"""Catalogue: the summary workbooks of `scoring batch` and `scoring audit DIR` (scoring/xlsx/summary_book.py)."""

MESSAGES = {
    # sheet names (Excel takes at most 31 characters, none of \ / * ? : [ ])
    "summary_book.sheet_units": ("计分汇总", "Units"),
    "summary_book.sheet_failed": ("未能计分", "Not scored"),
    "summary_book.sheet_warnings": ("警告", "Warnings"),
    "summary_book.sheet_rules": ("规则文件", "Rule files"),
    "summary_book.sheet_forms": ("复核汇总", "Forms"),
    "summary_book.sheet_unreadable": ("未能复核", "Not reviewed"),
    "summary_book.sheet_codes": ("问题次数", "Findings by code"),
    # column headers the other summaries do not have: they print total / max and 优（按 94.53 分评定） in one cell
    "summary_book.col_targets": ("目标表", "Targets"),
    "summary_book.col_actuals": ("实际值", "Actuals"),
    "summary_book.col_max": ("满分", "Max"),
    "summary_book.col_graded_on": ("评级所依分数", "Graded on"),
}
