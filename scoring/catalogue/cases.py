"""Catalogue: the rule test cases and their run (scoring/audit/cases.py)."""

MESSAGES = {
    "cases.no_files": ("没有规则测试用例文件（*.yaml）", "no rule test case files (*.yaml)"),
    "cases.unknown_rule": ("规则「{rule}」不存在；可用：{known}", "no rule '{rule}'; known: {known}"),
    "cases.outcome": ("规则 {rule}，{points} 分，状态 {status}", "rule {rule}, {points} points, status {status}"),
    "cases.flags": ("标记 [{flags}]", "flags [{flags}]"),
    "cases.monitor": ("监控 {monitor}", "monitor {monitor}"),
    "cases.sep": ("；", "; "),
    "cases.failed": ("{where}: 失败: {title}", "{where}: FAIL: {title}"),
    "cases.expected": ("期望: {outcome}", "expected: {outcome}"),
    "cases.got": ("实际: {outcome}", "got: {outcome}"),
    "cases.named": ("{word}（{name}）", "{word} ({name})"),
    "cases.error": ("出错：{said}", "an error: {said}"),
    "cases.summary": ("{passed} 个通过，{failed} 个失败", "{passed} passed, {failed} failed"),
    "cases.uncovered": ("没有任何测试用例覆盖的规则：", "rules no test case exercises:"),
}
