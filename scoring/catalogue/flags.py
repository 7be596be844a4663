"""Messages of the scoring of a row: the flags a person must look at, and a row no rule (or two) can decide."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "flags.missing_actual": (
        "缺少实际值，按未达成计分",
        "no actual value: scored as not achieved"),
    "flags.equal_above_bound": (
        "目标写作 {target}，按「=」（下限）计分，实际 {actual} 高于目标仍得满分；名称含「{word}」，bare_targets.yaml 把这类指标读作上限：若目标本意是不超过，请在目标表写作 ≤",
        "the target is written {target} and = scores as a lower bound, so {actual}, above it, earns full points; the name has '{word}', which bare_targets.yaml reads as an upper bound: if the target means at most, write ≤ in the table"),
    "flags.equal_below_bound": (
        "目标写作 {target}，按「=」（下限）计分，实际 {actual} 低于目标而扣分；名称含「{word}」，bare_targets.yaml 把这类指标读作上限：若目标本意是不超过，请在目标表写作 ≤",
        "the target is written {target} and = scores as a lower bound, so {actual}, below it, loses points; the name has '{word}', which bare_targets.yaml reads as an upper bound: if the target means at most, write ≤ in the table"),
    "flags.no_reason": (
        "有扣分但未填写偏差原因",
        "points lost with no deviation reason"),
    "flags.over_achievement": (
        "超额完成（≥{at}% 目标），目标可能偏低，需人工判断",
        "over-achieved (≥{at}% of target): target possibly too low, needs a judgement"),
    "flags.points_out_of_band": (
        "评价人打分超出所选档次区间，已按该档默认比例计分",
        "the assessor's points fall outside the outcome's band: scored at the band default"),
    "flags.points_ignored": (
        "评价人打分未采用：本指标按公式计分",
        "the assessor's points were not used: this indicator is scored by formula"),
    "flags.points_need_outcome": (
        "评价人打分 {points} 未采用：本指标按评价结果计分，须在实际完成值写明 达成 / 部分达成 / 未达成（或所列评价词），打分须在该档区间内",
        "the assessor's points {points} were not used: this indicator is scored by its outcome, which must be written "
        "as its actual value (达成 / 部分达成 / 未达成, or a listed word), the points within that outcome's band"),
    "flags.hand_rate_differs": (
        "手填的值 {hand} 与按资金计算的 {money} 不一致",
        "the hand-entered value {hand} differs from {money} computed from the money"),
    "flags.target_fallback": (
        "半年指标值缺失，按全年指标值折算为 {target}",
        "no half-year target: derived from the annual one as {target}"),
    "flags.needs_measure": (
        "监控为{color}：须填写{missing}",
        "monitoring is {color}: {missing}"),
    "flags.color.red": ("红灯", "red"),
    "flags.color.yellow": ("黄灯", "yellow"),
    "flags.color.green": ("绿灯", "green"),
    "flags.color.blue": ("蓝灯", "blue"),
    "flags.missing_both": (
        "偏差原因和整改措施",
        "a deviation reason and a corrective measure are required"),
    "flags.missing_reason": (
        "偏差原因",
        "a deviation reason is required"),
    "flags.missing_measure": (
        "整改措施",
        "a corrective measure is required"),
    "flags.no_rule": (
        "指标 {id}「{name}」没有任何规则匹配（事实：{fact}）",
        "no rule matches indicator {id} '{name}' (fact: {fact})"),
    "flags.tie": (
        "指标 {id}「{name}」同时匹配优先级 {priority} 的多条规则：{rules}",
        "indicator {id} '{name}' matches several rules at priority {priority}: {rules}"),
    "flags.cannot_score": (
        "规则 {rule} 无法为指标 {id}「{name}」计分：{why}",
        "rule {rule} cannot score indicator {id} '{name}': {why}"),
}
