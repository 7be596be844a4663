"""Catalogue: what `scoring check RULES` finds beyond the schema (scoring/audit/lint.py)."""

MESSAGES = {
    "lint.tie": (
        "规则 {rule} 与 {others} 优先级同为 {priority}，且可同时匹配同一指标（例如：{example}）；为这样的指标计分时将报错。请调整优先级或条件",
        "rule {rule} and {others} share priority {priority} and can match the same indicator (e.g. {example}); "
        "scoring such an indicator would fail. Change a priority or a condition"),
    "lint.more_rules": ("另 {count} 条规则", "{count} more {count:rule|rules}"),
    "lint.never_matches": ("规则 {rule} 的条件在任何代表性事实上都不成立，可能永远不会匹配",
                           "rule {rule}'s condition holds on no representative fact: it may never match"),
    "lint.never_wins_under": (
        "规则 {rule}（优先级 {priority}）永远不会胜出：凡它匹配的指标，更高优先级的规则也匹配：{over}",
        "rule {rule} (priority {priority}) can never win: wherever it matches, a higher-priority rule matches too: {over}"),
    "lint.never_wins": ("规则 {rule}（优先级 {priority}）永远不会胜出：凡它匹配的指标，总有更高优先级的规则匹配",
                        "rule {rule} (priority {priority}) can never win: wherever it matches, some higher-priority rule matches"),
    "lint.ranked": ("{rule}，优先级 {priority}", "{rule}, priority {priority}"),
    "lint.cannot_score": ("规则 {rule} 胜出却无法为 {count} 个指标计分：{rows}（{case}）：{reason}",
                          "rule {rule} wins but cannot score {count} {count:indicator|indicators}: {rows} ({case}): {reason}"),
    "lint.row": ("{id}「{name}」", "{id} '{name}'"),
    "lint.more_rows": ("另 {count} 个", "{count} more"),
    "lint.case_actual": ("如{period}实际值为「{actual}」时，这是检查设想的值", "e.g. with the {period} actual {actual}, a value the check tries"),
    "lint.case_no_actual": ("如{period}未填实际值时", "e.g. with no {period} actual"),
    "lint.ex_name": ("「{name}」", "'{name}'"),
    "lint.ex_target": ("目标 {target}", "target {target}"),
    "lint.ex_no_target": ("没有目标值", "no target"),
    "lint.ex_actual": ("实际 {actual}", "actual {actual}"),
    "lint.ex_no_actual": ("未填实际值", "no actual"),
    "lint.gap": ("指标 {id}「{name}」（{period}）在某些实际值下没有任何规则计分（例如事实为：{fact}）",
                 "no rule scores indicator {id} '{name}' ({period}) with some actuals (e.g. the fact: {fact})"),
    "lint.period_annual": ("全年", "annual"),
    "lint.period_h1": ("半年", "h1"),
    # {table}: the unit of a department table, the project of a project table
    "lint.scores_none": ("规则 {rule} 不为目标表 {table} 的任何指标计分",
                         "rule {rule} scores none of the indicators of the table of {table}"),
    "lint.scores_none_because": ("规则 {rule} 不为目标表 {table} 的任何指标计分：{why}",
                                 "rule {rule} scores none of the indicators of the table of {table}: {why}"),
    "lint.not_in_table": ("{field}「{value}」不在该表中", "{field} '{value}' is not in the table"),
    "lint.not_in_table_near": ("{field}「{value}」不在该表中（是否指：{near}）",
                               "{field} '{value}' is not in the table (did you mean: {near})"),
    "lint.and_then": ("{before}；{after}", "{before}; {after}"),
    "lint.stopped_short": (
        "检查在 {limit} 种规则组合后停止：规则 {rule} 与读取相同字段的另 {others} 条规则的阈值组合过多；"
        "其余组合中的冲突未检查。请合并阈值相近的规则，或分目录检查",
        "the check stopped after {limit} combinations of matching rules: rule {rule} and {others} other {others:rule|rules} "
        "reading the same fields make too many; ties among the rest are not checked. Merge rules with nearby "
        "thresholds, or check them in separate folders"),
}
