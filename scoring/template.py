"""A blank actuals file (实际值填报模板) for a target table and period, with every key explained."""
from __future__ import annotations

import json
import re
from decimal import Decimal

from .actuals import PERIODS
from .rulebook.load import RuleBook
from .rulebook.model import Vocabulary
from .table.model import Indicator, Target, TargetTable
from .table.values import format_number


HEADER = {"zh": """\
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
""", "en": """\
# Actuals to fill in: {unit}, {year}, {period_name}
# Once filled in, score it with: scoring evaluate TARGETS --actuals THIS_FILE{period_arg}
#
# The keys:
#   unit / year / period  unit, year and period (annual: full-year self-evaluation; h1: half-year monitoring);
#                         they must match the target table: do not change them
#   illustrative          whether the data are made up for a demonstration; keep false for a real evaluation
#   indicators            one entry per level-3 indicator, keyed by its id (the comment gives its name,
#                         its level-1 / level-2 indicators and the {target_name}):
#     actual    the actual value: for a number, the number with its unit, e.g. 10690人, 98.6%;
#               for a qualitative indicator, 达成 / 部分达成 / 未达成 (achieved / partly / not achieved)
#               or one of the evaluation words listed in the comment;
#               left empty it counts as not reported: 0 points, flagged on the scorecard
#     points    the assessor's points (qualitative indicators only, optional): within the chosen outcome's band
#     evidence  supporting documents: file names or a short note
#     reason    the reason for a deviation: required wherever points are lost
#     measure   the corrective measure{measure_note}
#   spending              money spent (万元, 10,000 yuan), to recompute the budget execution rate:
#     basic     basic expenditure spent
#     projects  each project's spending, by project name{spending_note}
#               left empty means not yet reported: with any amount empty no rate is computed
#               (the indicator counts as not reported)
"""}

# Every other sentence of the template, in both languages.
WORDS = {
    "zh": {
        "period_name": {"annual": "绩效自评（全年）", "h1": "半年绩效运行监控（截至 6 月 30 日）"},
        "target_name": {"annual": "全年指标值", "h1": "半年指标值"},
        "measure_note": {"annual": "（可留空）", "h1": "：监控为红灯、黄灯的指标必须填写"},
        "spending_note": {"annual": "", "h1": "；填截至 6 月 30 日的累计数"},
        "annual_target": "全年指标值：{text}",
        "half_target": "半年指标值：{text}",
        "half_missing": "半年指标值：未设（全年指标值 {text}，计分时按 rules/monitoring.yaml 折算）",
        "choices": "可填：达成 / 部分达成 / 未达成",
        "words": "，或评价词 ",
        "word": "{word}（{outcome}）",
        "list": "、",
        "number": "填实际数值",
        "unit": "，单位：{unit}",
        "none": "无目标值，按评价结果计分：填 达成 / 部分达成 / 未达成 或评价词；留空按未填报计 0 分",
        "path": "（{level1} / {level2}）",
        "key_work": "重点工作：{text}",
        "project": "对应项目：{text}",
        "sep": "；",
        "money": "{amount} 万元",
        "no_money": "未列",
        "budget": "全年预算 {annual}；半年计划 {half}",
        "basic": "基本支出：{note}",
    },
    "en": {
        "period_name": {"annual": "full-year self-evaluation", "h1": "half-year monitoring (to 30 June)"},
        "target_name": {"annual": "annual target", "h1": "half-year target"},
        "measure_note": {"annual": " (optional)", "h1": ": required for indicators whose light is red or yellow"},
        "spending_note": {"annual": "", "h1": "; totals to 30 June"},
        "annual_target": "annual target: {text}",
        "half_target": "half-year target: {text}",
        "half_missing": "half-year target: none (annual target {text}, derived by rules/monitoring.yaml when scoring)",
        "choices": "write 达成 / 部分达成 / 未达成",
        "words": ", or an evaluation word: ",
        "word": "{word} ({outcome})",
        "list": ", ",
        "number": "the actual number",
        "unit": ", unit: {unit}",
        "none": "no target, scored by assessment: write 达成 / 部分达成 / 未达成 or an evaluation word; left empty it scores 0 as not reported",
        "path": " ({level1} / {level2})",
        "key_work": "key work: {text}",
        "project": "project: {text}",
        "sep": "; ",
        "money": "{amount} 万元",
        "no_money": "not listed",
        "budget": "annual budget {annual}; half-year plan {half}",
        "basic": "basic expenditure: {note}",
    },
}


def _key(text: str) -> str:
    """A key or name as YAML: plain where no reader could misread it, else double-quoted."""
    plain = re.fullmatch(r"[A-Za-z\u3400-\u9fff\uff08\uff09][\w\u3400-\u9fff\uff08\uff09()、“”·\-]*", text)
    resolved = re.fullmatch(r"y|n|yes|no|on|off|true|false|null", text, re.IGNORECASE)
    return text if plain and not resolved else json.dumps(text, ensure_ascii=False)  # JSON strings are YAML


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _target(item: Indicator, period: str, W: dict) -> tuple[str, Target]:
    """The label and target that this period is scored against, as the table writes it."""
    if period == "h1":
        if item.half_year is not None and item.half_year.kind != "none":
            return W["half_target"].format(text=_one_line(item.half_year.text)), item.half_year
        return W["half_missing"].format(text=_one_line(item.annual.text) or "/"), item.annual
    return W["annual_target"].format(text=_one_line(item.annual.text) or "/"), item.annual


def _choices(target: Target, vocabulary: Vocabulary | None, W: dict) -> str:
    if vocabulary is None or target.kind != "word":
        return W["choices"]
    words = vocabulary.words_for(target.value.word)
    return W["choices"] + W["words"] + W["list"].join(W["word"].format(word=w, outcome=o) for w, o in words)


def _hint(target: Target, vocabulary: Vocabulary | None, W: dict) -> str:
    if target.kind == "word":
        return _choices(target, vocabulary, W)
    if target.kind == "number":
        unit = target.value.unit
        return W["number"] + (W["unit"].format(unit=unit) if unit else "")
    return W["none"]


def _indicator(level1: str, level2: str, item: Indicator, period: str, vocabulary: Vocabulary | None, W: dict) -> list[str]:
    label, target = _target(item, period, W)
    lines = [f"  # {item.id} {_one_line(item.name)}" + W["path"].format(level1=_one_line(level1), level2=_one_line(level2))]
    work = ([W["key_work"].format(text=_one_line(item.key_work))] if item.key_work else []) + \
        ([W["project"].format(text=_one_line(item.project))] if item.project else [])
    if work:
        lines.append("  #   " + W["sep"].join(work))
    lines.append(f"  #   {label}{W['sep']}{_hint(target, vocabulary, W)}")
    fields = ["actual"] + (["points"] if target.kind == "word" else []) + ["evidence", "reason"]
    fields += ["measure"] if period == "h1" else []
    return lines + [f"  {_key(item.id)}:"] + [f"    {f}:" for f in fields]


def _spending(table: TargetTable, W: dict) -> list[str]:
    if table.funds is None:
        return []
    exp = table.funds.expenditure

    def money(amount: Decimal | None) -> str:
        return W["no_money"] if amount is None else W["money"].format(amount=format_number(amount))

    def note(a) -> str:
        return W["budget"].format(annual=money(a.annual), half=money(a.half_year))

    lines = ["spending:", "  # " + W["basic"].format(note=note(exp.basic)), "  basic:", "  projects:"]
    for p in exp.projects:
        lines += [f"    # {note(p)}", f"    {_key(p.name)}:"]
    return lines


def make_template(table: TargetTable, period: str = "annual", book: RuleBook | None = None, lang: str = "zh") -> str:
    """The actuals YAML to fill in for `table` and `period`, its comments in `lang`; with a rule book,
    lists its evaluation words. Keys and values stay as the scorer reads them, whatever the language."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    W = WORDS["en" if lang == "en" else "zh"]
    vocabulary = book.vocabulary if book is not None else None
    out = [HEADER["en" if lang == "en" else "zh"].format(
        unit=_one_line(table.unit.name), year=table.year, period_arg=" --period h1" if period == "h1" else "",
        **{k: W[k][period] for k in ("period_name", "target_name", "measure_note", "spending_note")},
    ).rstrip("\n")]
    out += [f"unit: {_key(table.unit.name)}", f"year: {table.year}",
            f"period: {period}", "illustrative: false", "", "indicators:"]
    current = None
    for section, group, item in table.rows():
        if section.level1 != current:
            current = section.level1
            out += ["", f"  # ==== {_one_line(current)} ===="]
        out += _indicator(section.level1, group.level2, item, period, vocabulary, W)
    out += [""] + _spending(table, W)
    return "\n".join(out) + "\n"
