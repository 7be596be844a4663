"""Catalogue: writing output files (scoring/output.py)."""

MESSAGES = {
    "output.is_folder": ("这是一个目录：请给出文件名", "this is a folder: give a file name"),
    "output.cannot_write": ("无法写入：{reason}", "cannot write: {reason}"),
}
