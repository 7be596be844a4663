"""Catalogue: reading YAML input (scoring/yamlio.py) beyond the parser's own syntax errors."""

MESSAGES = {
    "input.quote_operator": ("YAML 把不加引号的「{text}」读作特殊符号：请加引号，写成 \"{text}\"",
                             "YAML reads an unquoted '{text}' as a special sign: quote it, \"{text}\""),
    "input.quote_bang": ("YAML 把以 ! 开头的「{text}」读作标签：请加引号，写成 \"{text}\"",
                         "YAML reads '{text}', which starts with !, as a tag: quote it, \"{text}\""),
    "input.control_character": ("这里有 YAML 不允许的控制字符 {code}：请删除它（文件可能已损坏，或从别处粘贴时带入）",
                                "a control character YAML does not allow, {code}, is here: delete it (the file may be "
                                "damaged, or it came in with pasted text)"),
    "input.tag": ("不支持的 YAML 标签「{tag}」：这里只读文本、数字、列表与映射；若是文本，请加引号",
                  "unsupported YAML tag '{tag}': only text, numbers, lists and mappings are read; quote it if it is text"),
}
