"""Catalogue: what `scoring check RULES` finds beyond the schema (scoring/audit/lint.py)."""

MESSAGES = {
    "lint.stopped_short": (
        "检查在 {limit} 种规则组合后停止：规则 {rule} 与读取相同字段的另 {others} 条规则的阈值组合过多；"
        "其余组合中的冲突未检查。请合并阈值相近的规则，或分目录检查",
        "the check stopped after {limit} combinations of matching rules: rule {rule} and {others} other rules "
        "reading the same fields make too many; ties among the rest are not checked. Merge rules with nearby "
        "thresholds, or check them in separate folders"),
}
