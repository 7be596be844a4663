"""Catalogue: reading YAML input files (scoring/yamlio.py): the file, its syntax, its values, its schema."""

MESSAGES = {
    # the file
    "input.not_found": ("文件不存在", "file not found"),
    "input.is_directory": ("这是一个目录，需要文件", "this is a directory, expected a file"),
    "input.unreadable": ("无法读取文件：{reason}", "cannot read file: {reason}"),
    "input.encoding": ("无法识别文件编码：这里的字节既不是 UTF-8 也不是 GB18030，请另存为 UTF-8",
                       "unreadable encoding: the bytes here are neither UTF-8 nor GB18030; save the file as UTF-8"),
    "input.empty_file": ("文件为空", "the file is empty"),
    # its syntax: the parser's commonest complaints, in the user's words with the usual cause
    "input.syntax": ("YAML 语法错误：{cause}", "YAML syntax error: {cause}"),
    "input.syntax.tab": ("不能用 Tab（制表符）缩进，请把这里的 Tab 改成空格", "YAML cannot be indented with a Tab: replace the Tab here with spaces"),
    "input.syntax.cannot_start": ("「{char}」不能作为值的开头：请给值加引号", "a value cannot start with '{char}': quote the value"),
    "input.syntax.colon_in_value": ("此处不能出现「键: 值」：值中含有「: 」时请给值加引号；也可能是上一行缺少冒号、引号未闭合或缩进不对",
                                    "a 'key: value' cannot stand here: quote a value that contains ': '; or a colon is "
                                    "missing on the line above, a quote is not closed, or the indentation is wrong"),
    "input.syntax.no_colon": ("缺少冒号：应写成「键: 值」（可能在上一行）", "a colon is missing: write it as 'key: value', perhaps on the line above"),
    "input.syntax.wide_colon": ("键后的冒号是全角「：」，应为半角「:」，其后留一个空格（如「名称: 值」）",
                                "the colon after the key is the full-width '：': write the half-width ':' followed by a space "
                                "('name: value')"),
    "input.wide_colon_in_flow": ("「{typed}」中的冒号是全角「：」，YAML 把它整个读成了一个键：应为半角「:」，其后留一个空格，写作「{meant}」",
                                 "the colon in '{typed}' is the full-width '：', so YAML read it all as one key: write the "
                                 "half-width ':' followed by a space, '{meant}'"),
    "input.invisible_space": ("这里是一个{name}（{code}），YAML 不把它当作空格：请改成半角空格（缩进只能用半角空格）",
                              "there is a {name} ({code}) here, which YAML does not take for a space: type a half-width "
                              "space instead (indent with half-width spaces only)"),
    "input.invisible_zero_width": ("这里有一个看不见的{name}（{code}），YAML 把它当作文字：请删除它",
                                   "there is an invisible {name} ({code}) here, which YAML takes for text: delete it"),
    "input.char.wide_space": ("全角空格", "full-width space"),
    "input.char.no_break_space": ("不换行空格", "no-break space"),
    "input.char.zero_width_space": ("零宽空格", "zero-width space"),
    "input.char.byte_order_mark": ("字节顺序标记 BOM", "byte order mark"),
    "input.colon_space": ("「{typed}」的冒号后没有空格，YAML 把它读成了一整段文字：请在冒号后留一个空格，写作「{meant}」",
                          "'{typed}' has no space after its colon, so YAML reads it as one piece of text: put a space "
                          "after the colon, '{meant}'"),
    "input.syntax.quote_colon": ("{{…}} 中的值「{typed}」含有冒号，YAML 读不出：请给值加引号，写作 \"{typed}\"",
                                 "the value '{typed}' inside {{…}} holds a colon, which YAML cannot read there: quote the "
                                 "value, \"{typed}\""),
    "input.syntax.no_key": ("缺少键，或缩进与上文不一致", "a key is missing, or the indentation differs from the lines above"),
    "input.syntax.no_dash": ("列表项应以「- 」开头，或缩进与上文不一致",
                             "a list item must start with '- ', or the indentation differs from the lines above"),
    "input.syntax.open_brace": ("{{…}} 中缺少逗号或右花括号「}}」", "a {{…}} mapping lacks a comma or its closing brace"),
    "input.syntax.open_bracket": ("[…] 中缺少逗号或右方括号「]」", "a […] list lacks a comma or its closing bracket"),
    "input.syntax.unexpected_end": ("文件意外结束：可能有引号或括号没有闭合", "the file ends too early: perhaps a quote or bracket is not closed"),
    "input.syntax.indentation": ("缩进与上文不一致", "the indentation differs from the lines above"),
    "input.syntax.block_scalar": ("YAML 语法错误：「{char}」开始一段多行文本，后面不能直接写「{after}」；比较符号请加引号（如 \">=\"），或写作 ≥、≤",
                                  "YAML syntax error: '{char}' starts a multi-line text and cannot be followed by "
                                  "'{after}': quote the operator (\">=\") or write ≥ or ≤"),
    "input.syntax.parser": ("{problem}（解析器原文）", "{problem}"),
    # its values
    "input.key_not_scalar": ("键必须是简单文本", "a key must be a plain scalar"),
    "input.duplicate_key": ("重复的键「{key}」", "duplicate key '{key}'"),
    "input.bad_number": ("不支持的数值「{text}」", "unsupported number '{text}'"),
    # its schema (what pydantic found, by its error type)
    "input.missing": ("缺少必填项「{field}」", "missing required key '{field}'"),
    "input.unknown_key": ("未知的键「{field}」{hint}", "unknown key '{field}'{hint}"),
    "input.unknown_key_near": ("，是否指「{near}」？此处可用的键：{known}", ": did you mean '{near}'? The keys here: {known}"),
    "input.unknown_key_known": ("；此处可用的键：{known}", "; the keys here: {known}"),
    "input.unknown_key_comma": ("未知的键「{field}」：若是千位分隔符，{{…}} 中的逗号会把数值拆开，请给值加引号，如 \"10,712人\"",
                                "unknown key '{field}': if that is a thousands separator, a comma inside {{…}} splits the "
                                "number; quote the value, as in \"10,712人\""),
    "input.expected_text": ("应为文本，而这里是{found}", "expected text, found {found}"),
    "input.expected_integer": ("应为整数，而这里是{found}", "expected a whole number, found {found}"),
    "input.expected_bool": ("应为 true 或 false，而这里是{found}", "expected true or false, found {found}"),
    "input.expected_number": ("应为数字，而这里是{found}", "expected a number, found {found}"),
    "input.expected_finite": ("应为有限的数，而这里是{found}", "expected a finite number, found {found}"),
    "input.expected_list": ("应为列表，而这里是{found}", "expected a list, found {found}"),
    "input.expected_mapping": ("应为映射（键: 值），而这里是{found}", "expected a mapping (key: value), found {found}"),
    "input.at_least": ("应不小于 {ge}，而这里是{found}", "must be at least {ge}, found {found}"),
    "input.greater_than": ("应大于 {gt}，而这里是{found}", "must be greater than {gt}, found {found}"),
    "input.at_most": ("应不大于 {le}，而这里是{found}", "must be at most {le}, found {found}"),
    "input.empty_text": ("不能为空", "must not be empty"),
    # what a value of the wrong type was, as the messages above say it
    "input.found_value": ("「{value}」", "'{value}'"),
    "input.found_list": ("一个列表", "a list"),
    "input.found_mapping": ("一个映射", "a mapping"),
    "input.found_nothing": ("空值", "nothing (null)"),
    "input.invalid_choice": ("取值「{found}」无效，应为：{expected}", "invalid value '{found}', expected: {expected}"),
    "input.invalid_choice_spelled": ("取值「{found}」无效：请写作「{meant}」（可用：{expected}）",
                                     "invalid value '{found}': write '{meant}' (one of {expected})"),
    "input.invalid": ("取值无效：{detail}", "invalid value: {detail}"),
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
