"""Catalogue: the rule test cases and their run (scoring/audit/cases.py)."""

MESSAGES = {
    "cases.no_files": ("没有规则测试用例文件（*.yaml）", "no rule test case files (*.yaml)"),
    "cases.unknown_flag": ("没有标记「{flag}」；可用：{known}", "no flag '{flag}'; known: {known}"),
    "cases.annual_h1_only": ("annual（全年指标值）只用于 period: h1 的用例：全年用例的目标写在 target", "annual (the annual target) is for period: h1 cases only: an annual case's target is its target"),
    "cases.monitor_h1_only": ("expect.monitor（监控颜色）只用于 period: h1 的用例：全年不监控", "expect.monitor (the monitoring colour) is for period: h1 cases only: the annual evaluation has no colours"),
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
    "cases.uncovered": ("没有任何测试用例期望的规则：", "rules no test case expects:"),
}
