"""Words shared by the human-readable renderers (Chinese and English), and the 一级/二级 subtotals."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..scorecard import Scorecard, ScoredIndicator

Subtotal = tuple[Decimal, Decimal]  # (points, weight)


@dataclass(frozen=True)
class Labels:
    lang: str
    title: dict
    period: dict
    status: dict
    monitor: dict
    target_source: dict
    role: dict
    year_fmt: str
    total: str
    grade: str
    monitoring: str
    illustrative_title: str
    illustrative: str
    none: str
    h_indicators: str
    h_budget: str
    h_lost: str
    h_flags: str
    h_inputs: str
    h_monitoring: str
    col_id: str
    col_level1: str
    col_level2: str
    col_name: str
    col_target: str
    col_actual: str
    col_weight: str
    col_score: str
    col_points: str
    col_status: str
    col_monitor: str
    col_explain: str
    col_lost: str
    col_indicator: str
    col_reason: str
    col_measure: str
    col_flag: str
    col_role: str
    col_file: str
    subtotal: str
    grand_total: str
    spent: str
    budget: str
    rate: str
    time_progress: str
    progress: str
    wan: str
    colon: str
    no_loss: str
    no_flags: str
    no_inputs: str
    budget_blank: str
    basic: str
    no_reason: str
    measure: str
    key_work: str
    unit: str
    year: str
    period_label: str
    h_table: str
    sep: str
    item: str
    value: str
    project: str
    mark: dict = field(default_factory=lambda: {"met": "✔", "partial": "◐", "missed": "✘", "missing": "?"})

    def year_of(self, year: int) -> str:
        return self.year_fmt.format(year=year)


ZH = Labels(
    lang="zh",
    title={"annual": "部门整体预算绩效自评记分卡", "h1": "绩效运行监控记分卡"},
    period={"annual": "全年", "h1": "半年"},
    status={"met": "达成", "partial": "部分达成", "missed": "未达成", "missing": "缺少数据"},
    monitor={"red": "红", "yellow": "黄", "green": "绿", "blue": "蓝"},
    target_source={"annual": "全年指标值", "half_year": "半年指标值", "annual_scaled": "按全年折算"},
    role={"targets": "目标表", "actuals": "实际值", "rules": "规则"},
    year_fmt="{year} 年度",
    total="总分", grade="等级", monitoring="监控",
    illustrative_title="示例数据（虚构）",
    illustrative="本记分卡的实际值是为演示而编造的示例数据，不是真实数据，不能作为正式自评结果。",
    none="未填报",
    h_indicators="指标得分", h_budget="预算执行", h_lost="扣分说明（按扣分从多到少）",
    h_flags="需人工核查", h_inputs="输入文件（SHA-256 可用于核对）", h_monitoring="运行监控",
    col_id="编号", col_level1="一级指标", col_level2="二级指标", col_name="三级指标", col_target="目标值",
    col_actual="实际值", col_weight="分值", col_score="得分", col_points="得分 / 分值", col_status="状态",
    col_monitor="监控", col_explain="说明", col_lost="扣分", col_indicator="指标", col_reason="偏差原因",
    col_measure="整改措施", col_flag="提示", col_role="类别", col_file="文件",
    subtotal="小计", grand_total="合计",
    spent="执行数", budget="预算数", rate="预算执行率", time_progress="时间进度", progress="执行进度（执行率 ÷ 时间进度）",
    wan="万元", colon="：",
    no_loss="没有扣分。", no_flags="没有需要人工核查的事项。", no_inputs="（未记录输入文件）",
    budget_blank="未计算预算执行率：以下执行数未填写：{}", basic="基本支出",
    no_reason="未填写", measure="整改措施", key_work="重点工作", unit="单位", year="年度", period_label="期间", h_table="自评表", sep="；",
    item="项目", value="数值", project="（对应项目：{}）",
)

EN = Labels(
    lang="en",
    title={"annual": "budget-performance self-evaluation scorecard", "h1": "half-year monitoring scorecard"},
    period={"annual": "full year", "h1": "first half"},
    status={"met": "met", "partial": "partial", "missed": "missed", "missing": "missing"},
    monitor={"red": "red", "yellow": "yellow", "green": "green", "blue": "blue"},
    target_source={"annual": "annual target", "half_year": "half-year target", "annual_scaled": "derived from the annual target"},
    role={"targets": "targets", "actuals": "actuals", "rules": "rules"},
    year_fmt="{year}",
    total="Total", grade="Grade", monitoring="Monitoring",
    illustrative_title="ILLUSTRATIVE DATA (made up)",
    illustrative="The actual values on this scorecard are made-up example data, not real data; "
                 "do not use it as an official self-evaluation.",
    none="not given",
    h_indicators="Indicators", h_budget="Budget execution", h_lost="Points lost (largest first)",
    h_flags="Needs a person's review", h_inputs="Input files (SHA-256 for tracing)", h_monitoring="Monitoring",
    col_id="ID", col_level1="Level 1", col_level2="Level 2", col_name="Indicator", col_target="Target",
    col_actual="Actual", col_weight="Weight", col_score="Points", col_points="Points / weight", col_status="Status",
    col_monitor="Light", col_explain="Explanation", col_lost="Lost", col_indicator="Indicator",
    col_reason="Deviation reason", col_measure="Corrective measure", col_flag="Flag", col_role="Role", col_file="File",
    subtotal="subtotal", grand_total="Total",
    spent="Spent", budget="Budget", rate="Execution rate", time_progress="Time elapsed",
    progress="Progress (rate ÷ time elapsed)", wan="×10k yuan", colon=": ",
    no_loss="No points lost.", no_flags="Nothing needs a review.", no_inputs="(no input files recorded)",
    budget_blank="Execution rate not computed: these amounts are blank: {}", basic="basic expenditure",
    no_reason="not given", measure="corrective measure", key_work="key work", unit="Unit", year="Year", period_label="Period", h_table="Self-evaluation table",
    sep="; ", item="Item", value="Value", project=" (project: {})",
)


def labels(lang: str) -> Labels:
    return EN if lang == "en" else ZH


def subtotals(card: Scorecard) -> list[tuple[str, Subtotal, list[tuple[str, Subtotal, list[ScoredIndicator]]]]]:
    """Indicators grouped by 一级 then 二级 in table order, each group with its (points, weight)."""
    tree: dict[str, dict[str, list[ScoredIndicator]]] = {}
    for i in card.indicators:
        tree.setdefault(i.level1, {}).setdefault(i.level2, []).append(i)

    def total(items: list[ScoredIndicator]) -> Subtotal:
        return sum((i.points for i in items), Decimal(0)), sum((i.weight for i in items), Decimal(0))

    out = []
    for l1, groups in tree.items():
        inner = [(l2, total(items), items) for l2, items in groups.items()]
        out.append((l1, total([i for items in groups.values() for i in items]), inner))
    return out


def blank_amounts(card, L: Labels) -> str:
    """Why the budget section is missing, in the reader's words (empty when it is not)."""
    blank = card.budget_blank
    if card.budget is not None or blank is None:
        return ""
    names = ([L.basic] if blank.basic else []) + blank.projects
    return L.budget_blank.format(("、" if L.lang == "zh" else ", ").join(names))
