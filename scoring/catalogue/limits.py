"""Catalogue: the input limits (scoring/limits.py) and values that cannot be true."""

MESSAGES = {
    "limits.file_too_big": ("文件过大：{size}，上限为 {limit}", "the file is too large: {size}, the limit is {limit}"),
    "limits.too_deep": ("嵌套过深：列表与映射超过 {limit} 层", "nested too deep: more than {limit} levels of lists and mappings"),
    "limits.too_many_aliases": ("别名（*引用）过多：超过 {limit} 个", "too many aliases (*references): more than {limit}"),
    "limits.too_many_values": ("内容过多：展开别名后超过 {limit} 个值（别名层层引用会成倍展开）",
                               "too much content: more than {limit} values once the aliases are expanded "
                               "(aliases of aliases multiply)"),
    "limits.string_too_long": ("文本过长：{length} 个字符，上限为 {limit}", "the text is too long: {length} characters, the limit is {limit}"),
    "limits.key_too_long": ("键「{key}」过长：{length} 个字符，上限为 {limit}", "the key '{key}' is too long: {length} characters, the limit is {limit}"),
    "limits.number_too_long": ("数字「{number}」超出范围：整数部分最多 {integer} 位，小数最多 {decimals} 位",
                               "the number '{number}' is out of range: at most {integer} digits before the point and {decimals} after"),
    "limits.number_not_finite": ("「{number}」不是有限的数", "'{number}' is not a finite number"),
    "limits.too_many_rules": ("规则过多：共 {count} 条，上限为 {limit} 条（规则引擎 durable_rules 在约 515 条以上不再返回）；这是第 {first} 条",
                              "too many rules: {count}, the limit is {limit} (the durable_rules engine stops returning from "
                              "about 515); this is rule {first}"),
    "limits.engine_failed": ("规则引擎 durable_rules 无法处理这套规则：{error}；可改用 --engine python（结果相同）",
                             "the durable_rules engine cannot handle these rules: {error}; use --engine python "
                             "(the same results)"),
    "limits.too_many_indicators": ("指标过多：{count} 个，上限为 {limit}", "too many indicators: {count}, the limit is {limit}"),
}
