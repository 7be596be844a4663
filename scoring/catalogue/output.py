"""Catalogue: writing output files (scoring/output.py)."""

MESSAGES = {
    "output.is_folder": ("这是一个目录：请给出文件名", "this is a folder: give a file name"),
    "output.open_in_excel": ("工作簿正在 Excel 中打开（旁边有锁定文件 {lock}），未写入：请先在 Excel 中关闭它再运行；"
                             "若并未打开，删去该锁定文件",
                             "the workbook is open in Excel (the lock file {lock} is beside it), so it was not written: "
                             "close it in Excel and run again; if it is not open, delete the lock file"),
    "output.cannot_write": ("无法写入：{reason}", "cannot write: {reason}"),
    "output.no_folder": ("文件夹 {folder} 不存在：请先创建，或检查路径是否写错",
                         "the folder {folder} does not exist: create it first, or check the path for a typo"),
}
