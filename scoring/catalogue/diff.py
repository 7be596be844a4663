"""Catalogue: comparing two rule sets (scoring/audit/diff.py)."""

MESSAGES = {
    "diff.no_changes": ("无变化：每个指标的得分、状态和规则都不变", "no changes: every indicator keeps its points, status and rule"),
    "diff.rows_unchanged": ("每个指标的得分、状态和规则都不变；总分或等级有变化（见下）",
                            "every indicator keeps its points, status and rule; the total or the grade changes (below)"),
    "diff.rows_unchanged_budget": ("每个指标的得分、状态和规则都不变；预算执行有变化（见下）",
                                   "every indicator keeps its points, status and rule; the budget execution changes (below)"),
    "diff.row": ("得分 {before} → {after}（{delta}）  状态 {status}  规则 {rule}",
                 "points {before} → {after} ({delta})  status {status}  rule {rule}"),
    "diff.weight": ("分值 {before} → {after}", "weight {before} → {after}"),
    "diff.target": ("目标 {before} → {after}", "target {before} → {after}"),
    "diff.monitor": ("监控 {before} → {after}", "monitor {before} → {after}"),
    "diff.flags": ("标记 {change}", "flags {change}"),
    # the money block's execution against time (half-year): its progress (rate ÷ time elapsed) and colour
    "diff.budget": ("预算执行：执行进度 {progress}  监控 {status}", "budget execution: progress {progress}  monitor {status}"),
    "diff.total": ("总分 {before} → {after}（{delta}）；等级 {grade}", "total {before} → {after} ({delta}); grade {grade}"),
    # a list's item in a changed rule's path, counted from 1 as a reader counts (bands 第2项.share)
    "diff.item": ("第{n}项", "#{n}"),
    "diff.cannot_score": ("按 {rules} 的规则无法为此表计分，未能比较得分（错误见下）",
                          "the rules in {rules} cannot score this table, so no points were compared (errors below)"),
    "diff.stale_title": ("标题仍写 {numbers}，而改动后的规则已没有这些数字：标题（explain 和计分说明显示它）可能需要一并修改",
                         "the title still says {numbers}, which the edited rule no longer has: the title (which explain and the "
                         "scoring notes show) may need the same edit"),
    "diff.no_edits": ("规则与设置：无改动", "rules and settings: no changes"),
    "diff.edits": ("规则与设置的改动：", "rules and settings:"),
    "diff.edit": ("{name}（{where}）{kind}{idle}", "{name} ({where}) {kind}{idle}"),
    "diff.idle": ("（在本表上不为任何指标计分）", "  (scores none of this table's indicators)"),
    "diff.idle_tables": ("（在所比较的各表上不为任何指标计分）", "  (scores none of the compared tables' indicators)"),
    "diff.kind.added": ("新增", "added"),
    "diff.kind.removed": ("删除", "removed"),
    "diff.kind.moved": ("移到此文件", "moved here"),
    "diff.kind.changed": ("改动", "changed"),
    # a list compared as a set (vocabulary words, `op: [≤, <]`): the items added and removed, in the words above
    "diff.set.added": ("新增 {added}", "added {added}"),
    "diff.set.removed": ("删除 {removed}", "removed {removed}"),
    "diff.set.both": ("新增 {added}；删除 {removed}", "added {added}; removed {removed}"),
    # a folder of target tables (scoring/audit/diff_batch.py)
    "diff.batch.unit": ("{unit}（{file}）：{change}", "{unit} ({file}): {change}"),
    "diff.batch.failed": ("未能计分：{file}", "not scored: {file}"),
    "diff.batch.count": ("计分的 {units} 个单位中有 {changed} 个的总分或等级有变化",
                         "{changed} of {units} units scored change total or grade"),
    "diff.batch_actuals": ("无法由目标表目录推出实际值目录（路径中没有 targets）：请指定实际值目录",
                           "cannot tell the actuals folder from the targets folder (no targets in its path): give the actuals folder"),
    "diff.batch_empty": ("目录中没有目标表（*.yaml）", "no target tables (*.yaml) in this folder"),
}
