"""Catalogue: writing output files (scoring/output.py)."""

MESSAGES = {
    "output.is_folder": ("这是一个目录：请给出文件名", "this is a folder: give a file name"),
    "output.cannot_write": ("无法写入：{reason}", "cannot write: {reason}"),
    "output.no_folder": ("文件夹 {folder} 不存在：请先创建，或检查路径是否写错",
                         "the folder {folder} does not exist: create it first, or check the path for a typo"),
}
