"""A blank actuals file (实际值填报模板) for a target table and period, with every key explained."""
from __future__ import annotations

import json
import re
from decimal import Decimal

from .actuals import PERIODS
from .rulebook.load import RuleBook
from .rulebook.methods import OUTCOMES
from .rulebook.model import Vocabulary
from .table.model import Indicator, Target, TargetTable
from .table.values import format_number


HEADER = """\
# 实际值填报模板：{unit} {year} 年度{period_name}
# 按本模板填写后即可计分：scoring evaluate 目标表 --actuals 本文件{period_arg}
#
# 各项说明：
#   unit / year / period  单位、年度、期间（annual 全年自评，h1 半年运行监控），须与目标表一致，请勿修改
#   illustrative          是否为虚构的示例数据；正式填报保持 false
#   indicators            每个三级指标一项，以指标编号为键（注释中是指标名称、所属一级 / 二级指标和{target_name}）：
#     actual    实际值。数值指标填数字和单位，如 10690人、98.6%；
#               定性指标填 达成 / 部分达成 / 未达成，或注释中列出的评价词；
#               留空表示未填报：按未达成计 0 分，并在记分卡上标记
#     points    评价人打分（仅定性指标，可留空）：须在所选档次的分值区间内
#     evidence  佐证材料：文件名或简要说明
#     reason    偏差原因：未达到目标、有扣分时必须填写
#     measure   整改措施{measure_note}
#   spending              资金执行数（万元），用于按资金重新计算预算执行率：
#     basic     基本支出执行数
#     projects  各项目执行数，按项目名称填写{spending_note}
#               留空表示尚未填报：任一金额留空时不计算预算执行率（该指标按未填报计）
"""


def _key(text: str) -> str:
    """A key or name as YAML: plain where no reader could misread it, else double-quoted."""
    plain = re.fullmatch(r"[A-Za-z\u3400-\u9fff\uff08\uff09][\w\u3400-\u9fff\uff08\uff09()、“”·\-]*", text)
    resolved = re.fullmatch(r"y|n|yes|no|on|off|true|false|null", text, re.IGNORECASE)
    return text if plain and not resolved else json.dumps(text, ensure_ascii=False)  # JSON strings are YAML


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _target(item: Indicator, period: str) -> tuple[str, Target]:
    """The label and target that this period is scored against, as the table writes it."""
    if period == "h1":
        if item.half_year.kind != "none":
            return f"半年指标值：{_one_line(item.half_year.text)}", item.half_year
        return (f"半年指标值：未设（全年指标值 {_one_line(item.annual.text) or '/'}，"
                "计分时按 rules/monitoring.yaml 折算）"), item.annual
    return f"全年指标值：{_one_line(item.annual.text) or '/'}", item.annual


def _stem(word: str) -> str:
    # 基本健全 / 不健全 / 较科学 / 保障不到位 all name the state 健全 / 科学 / 保障到位
    return re.sub(r"基本|部分|较|小幅|不|未", "", word)


def _choices(target: Target, vocabulary: Vocabulary | None) -> str:
    choices = "可填：达成 / 部分达成 / 未达成"
    if vocabulary is None or target.kind != "word":
        return choices
    word = target.value.word
    words = [(word, "达成")] + [(w, o) for o in OUTCOMES for w in vocabulary.words.get(o, [])
                               if w != word and _stem(w) == _stem(word)]
    return choices + "，或评价词 " + "、".join(f"{w}（{o}）" for w, o in words)


def _hint(target: Target, vocabulary: Vocabulary | None) -> str:
    if target.kind == "word":
        return _choices(target, vocabulary)
    if target.kind == "number":
        unit = target.value.unit
        return f"填实际数值{f'，单位：{unit}' if unit else ''}"
    return "无目标值：可填实际情况，或留空"


def _indicator(level1: str, level2: str, item: Indicator, period: str, vocabulary: Vocabulary | None) -> list[str]:
    label, target = _target(item, period)
    lines = [f"  # {item.id} {_one_line(item.name)}（{_one_line(level1)} / {_one_line(level2)}）"]
    if item.key_work or item.project:
        work = [f"重点工作：{_one_line(item.key_work)}" if item.key_work else "",
                f"对应项目：{_one_line(item.project)}" if item.project else ""]
        lines.append("  #   " + "；".join(w for w in work if w))
    lines.append(f"  #   {label}；{_hint(target, vocabulary)}")
    fields = ["actual"] + (["points"] if target.kind == "word" else []) + ["evidence", "reason"]
    fields += ["measure"] if period == "h1" else []
    return lines + [f"  {_key(item.id)}:"] + [f"    {f}:" for f in fields]


def _money(amount: Decimal | None) -> str:
    return "未列" if amount is None else f"{format_number(amount)} 万元"


def _spending(table: TargetTable, period: str) -> list[str]:
    exp = table.funds.expenditure

    def note(a) -> str:
        return f"全年预算 {_money(a.annual)}；半年计划 {_money(a.half_year)}"

    lines = ["spending:", f"  # 基本支出：{note(exp.basic)}", "  basic:", "  projects:"]
    for p in exp.projects:
        lines += [f"    # {note(p)}", f"    {_key(p.name)}:"]
    return lines


def make_template(table: TargetTable, period: str = "annual", book: RuleBook | None = None) -> str:
    """The actuals YAML to fill in for `table` and `period`; with a rule book, lists its evaluation words."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    vocabulary = book.vocabulary if book is not None else None
    h1 = period == "h1"
    out = [HEADER.format(
        unit=_one_line(table.unit.name), year=table.year,
        period_name="半年绩效运行监控（截至 6 月 30 日）" if h1 else "绩效自评（全年）",
        period_arg=" --period h1" if h1 else "",
        target_name="半年指标值" if h1 else "全年指标值",
        measure_note="：监控为红灯、黄灯的指标必须填写" if h1 else "（可留空）",
        spending_note="；填截至 6 月 30 日的累计数" if h1 else "",
    ).rstrip("\n")]
    out += [f"unit: {_key(table.unit.name)}", f"year: {table.year}",
            f"period: {period}", "illustrative: false", "", "indicators:"]
    current = None
    for section, group, item in table.rows():
        if section.level1 != current:
            current = section.level1
            out += ["", f"  # ==== {_one_line(current)} ===="]
        out += _indicator(section.level1, group.level2, item, period, vocabulary)
    out += [""] + _spending(table, period)
    return "\n".join(out) + "\n"
