"""Catalogue: mistakes in a rules directory and its files beyond plain YAML (scoring/rulebook/)."""

MESSAGES = {
    # the directory (rulebook/load.py)
    "rulefile.no_directory": ("规则目录不存在", "rules directory not found"),
    "rulefile.is_a_file": ("这是一个文件，不是规则目录：请给出规则文件所在的目录（如 {folder}）",
                           "this is a file, not a rules directory: give the folder the rule files are in (such as {folder})"),
    "rulefile.missing_file": ("缺少此文件", "this file is missing"),
    "rulefile.not_yaml_suffix": ("规则目录只读以 .yaml 结尾的文件，此文件不会被读取：请改名为 {name}",
                                 "a rules directory reads only files ending in .yaml, so this one would be left out: rename it {name}"),
    "rulefile.no_rules": ("目录中没有任何规则文件", "no rule files in the directory"),
    "rulefile.duplicate_id": ("规则编号「{id}」重复，另见 {other}", "duplicate rule id '{id}', also at {other}"),
    "rulefile.method_shape": ("method 应为一个计分方法名（{known}）或「方法名: 参数」",
                              "method must be one method name ({known}) or 'name: parameters'"),
    "rulefile.unknown_method": ("未知的计分方法「{name}」；可用：{known}", "unknown scoring method '{name}'; known: {known}"),
    # a rule (rulebook/model.py)
    "rulefile.bad_rule_id": ("规则编号「{id}」只能用小写字母、数字、- 和 _", "rule id '{id}' may use only a-z, 0-9, - and _"),
    "rulefile.number_quoted": ("数字 {number} 加了引号，读作文本：请去掉引号，写作 {number}",
                               "the number {number} is quoted, so it reads as text: write {number} without the quotes"),
    "rulefile.template_malformed": ("说明模板格式错误：{error}", "malformed explanation template: {error}"),
    "rulefile.template_unknown_field": ("说明模板引用了未知字段「{{{field}}}」；可用：{known}",
                                        "the explanation template names an unknown field '{{{field}}}'; known: {known}"),
    # a rule's `when` (rulebook/conditions.py)
    "rulefile.when_not_mapping": ("条件应为映射（字段: 值）", "a condition must be a mapping (field: value)"),
    "rulefile.when_empty_conditions": ("「{key}」应为非空的条件列表", "'{key}' takes a non-empty list of conditions"),
    "rulefile.when_unknown_field": ("未知的条件字段「{key}」；可用字段：{known}", "unknown condition field '{key}'; known fields: {known}"),
    "rulefile.when_unknown_field_near": ("未知的条件字段「{key}」，是否指「{near}」？可用字段：{known}",
                                         "unknown condition field '{key}': did you mean '{near}'? Known fields: {known}"),
    "rulefile.when_empty_list": ("「{op}」应为非空列表", "'{op}' takes a non-empty list"),
    "rulefile.when_unknown_operator": ("未知的比较运算「{op}」；可用：{known}", "unknown operator '{op}'; known: {known}"),
    "rulefile.when_unknown_operator_near": ("未知的比较运算「{op}」，是否指「{near}」？可用：{known}",
                                            "unknown operator '{op}': did you mean '{near}'? Known: {known}"),
    "rulefile.when_not_numeric_field": ("「{field}」是数值字段：应与数字或另一个数值字段（{numeric}）比较，而不是「{value}」",
                                        "'{field}' is numeric: compare it with a number or another numeric field ({numeric}), "
                                        "not '{value}'"),
    "rulefile.when_number_spelled": ("「{field}」应与数字比较，「{value}」请写作 {meant}（半角数字，不带 %）",
                                     "'{field}' is compared with a number: write '{value}' as {meant} (half-width digits, no %)"),
    "rulefile.when_not_number": ("「{field}」应与数字比较", "'{field}' must be compared with a number"),
    "rulefile.when_not_numeric_op": ("「{field}」不是数值字段，只能用 eq、ne、in、not_in", "'{field}' is not numeric: only eq, ne, in and not_in apply"),
    "rulefile.when_not_bool": ("「{field}」应为 true 或 false", "'{field}' takes true or false"),
    "rulefile.when_not_text": ("「{field}」应与文本比较", "'{field}' must be compared with text"),
    "rulefile.when_value_spelled": ("「{field}」没有取值「{value}」：请写作「{meant}」", "'{field}' has no value '{value}': write '{meant}'"),
    "rulefile.when_wide_comma": ("「{value}」中的逗号是全角「，」，不分隔列表项：YAML 把它读成了一项，「{field}」永远不会等于它；"
                                 "若是多项，请用半角逗号分开，写作 [{meant}]",
                                 "the comma in '{value}' is the full-width '，', which does not separate list items: YAML "
                                 "read one item, which '{field}' never equals; if these are several items, separate them "
                                 "with half-width commas, [{meant}]"),
    "rulefile.when_no_such_value": ("「{field}」没有取值「{value}」；可用：{known}", "'{field}' has no value '{value}'; known: {known}"),
    # the settings files (rulebook/model.py)
    "rulefile.own_path_or_indicator": ("path 与 indicator 必须且只能给出一个", "give exactly one of path and indicator"),
    "rulefile.own_path_shape": ("path 应为 [一级指标, 二级指标]", "path must be [level 1, level 2]"),
    "rulefile.own_points_negative": ("分值不能为负", "points must not be negative"),
    "rulefile.level1_sum": ("一级指标分值合计 {sum}，应等于总分 {total}", "level-1 points add up to {sum}, not the total {total}"),
    "rulefile.no_grades": ("至少需要一个等级，最低的 min 为 0", "at least one grade is needed, the lowest with min 0"),
    "rulefile.grades_order": ("等级「{grade}」的 min {min} 高于上一档「{above}」的 min {above_min}：等级应按 min 从高到低排列且不重复",
                              "grade {grade} has min {min}, above the min {above_min} of the grade before it, {above}: "
                              "grades must be listed by min, descending, without repeats"),
    "rulefile.grades_same_min": ("等级「{grade}」的 min {min} 与上一档「{above}」相同：等级应按 min 从高到低排列且不重复",
                                 "grade {grade} has min {min}, as the grade before it, {above}, has: grades must be "
                                 "listed by min, descending, without repeats"),
    "rulefile.grade_twice": ("等级「{grade}」已在第 {line} 行列出：每个等级只写一次",
                             "grade {grade} is listed already at line {line}: each grade once"),
    "rulefile.grade_min_negative": ("等级「{grade}」的 min 为 {min}：总分不会低于 0，min 不能为负（最低等级的 min 应为 0）",
                                    "grade {grade} has min {min}: no total is below 0, so min cannot be negative "
                                    "(the lowest grade's min must be 0)"),
    "rulefile.lowest_grade_min": ("最低等级「{grade}」的 min 为 {min}，应为 0：否则低于 {min} 的总分没有等级",
                                  "the lowest grade, {grade}, has min {min}; it must be 0, or a total below {min} has no grade"),
    "rulefile.word_twice": ("词「{word}」同时属于「{first}」（第 {line} 行）和「{second}」",
                            "the word '{word}' is under both {first} (line {line}) and {second}"),
    "rulefile.status_bands_order": ("{key} 的「{status}」档 below {below} 低于上一档「{above}」的 below {above_below}：状态档应按 below 从小到大排列，最后一档不写 below",
                                    "{key}: the {status} band's below {below} is under the {above} band's before it, "
                                    "{above_below}: status bands must rise by below, the last with no below"),
    "rulefile.status_band_no_below": ("{key} 的「{status}」档没有 below：只有最后一档不写 below",
                                      "{key}: the {status} band has no below; only the last band has none"),
    "rulefile.status_band_last_below": ("{key} 的最后一档「{status}」写了 below {below}：最后一档不写 below，其余的值都归它",
                                        "{key}: the last band, {status}, has below {below}; the last band has none, "
                                        "it takes every value left"),
    "rulefile.status_bands_empty": ("{key} 至少需要一档（最后一档不写 below）", "{key} needs at least one band (the last with no below)"),
    "rulefile.template_field": ("说明模板中的「{field}」无效：只能写 {{字段}}，或加宽度如 {{字段:>8}}（< 左对齐、> 右对齐、^ 居中，宽度至多 99）",
                                "'{field}' in the explanation template is not allowed: write {{field}}, or with a width "
                                "such as {{field:>8}} (< left, > right, ^ centre, a width up to 99)"),
}
