"""Catalogue: writing to standard output (scoring/stdout.py)."""

MESSAGES = {
    "stdout.closed": ("标准输出已关闭，无处写出结果：请去掉关闭输出的重定向（>&-），或用 --out 写入文件",
                      "standard output is closed, there is nowhere to write: drop the redirection that closed it "
                      "(>&-), or write to a file with --out"),
    "stdout.failed": ("无法写入标准输出：{reason}；输出不完整，请勿使用", "cannot write standard output: {reason}; "
                      "what was written is incomplete, do not use it"),
    # check, explain and diff have no --out: the way out is named for the commands that have one
    "stdout.encoding": ("标准输出的编码 {encoding} 无法显示中文：请设置 PYTHONIOENCODING=utf-8 或使用 UTF-8 终端，"
                        "或（evaluate、audit、template、import）用 --out / -o 写入文件",
                        "standard output's encoding {encoding} cannot show Chinese: set PYTHONIOENCODING=utf-8 or use a "
                        "UTF-8 terminal, or write to a file with --out / -o (evaluate, audit, template, import)"),
}
