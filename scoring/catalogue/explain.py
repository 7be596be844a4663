"""Catalogue: the trace of one indicator's score (scoring/audit/explain.py)."""

MESSAGES = {
    "explain.money_block": ("资金：全年执行数 ÷ 全年预算数", "the money: spent ÷ annual budget"),
    "explain.heading": ("{id} {name}（{level1} / {level2}）", "{id} {name} ({level1} / {level2})"),
    "explain.target": ("目标: {target}（{source}）", "target: {target} ({source})"),
    "explain.actual": ("实际: {actual}", "actual: {actual}"),
    "explain.fact": ("交给规则引擎的事实：", "fact given to the engine:"),
    "explain.matched": ("条件成立的规则（按优先级从高到低）：", "rules whose conditions matched (highest priority first):"),
    "explain.rule": ("优先级 {priority}  {id}  {where}  {title}", "priority {priority}  {id}  {where}  {title}"),
    "explain.wins": ("胜出", "wins"),
    "explain.wins_highest": ("{id} 胜出：优先级最高（{priority}）；其余为 {others}",
                             "{id} wins: it has the highest priority ({priority}); the others have {others}"),
    "explain.wins_only": ("{id} 胜出：唯一匹配的规则", "{id} wins: the only rule that matched"),
    "explain.method": ("计分方法: {method} {params}", "method: {method} {params}"),
    "explain.formula": ("计算式: {formula}", "formula: {formula}"),
    "explain.rounding": ("舍入（四舍五入到 0.01）: {rounding}", "rounding (half-up to 0.01): {rounding}"),
    "explain.weight": ("权重: {weight}", "weight: {weight}"),
    "explain.points": ("得分: {points}（扣 {lost}）  状态: {status}", "points: {points} (lost {lost})  status: {status}"),
    "explain.monitor": ("监控: {light}", "monitor: {light}"),
    "explain.explanation": ("说明: {text}", "explanation: {text}"),
    "explain.flags": ("标记：", "flags:"),
    "explain.no_flags": ("标记：无", "flags: none"),
}
