"""The words published tables and forms print, which the value grammar and the importers look for: data, not messages."""
from __future__ import annotations

import re
from decimal import Decimal


# A number as tables write it: optional sign, optional thousands separators, decimals.
NUMBER = r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

# Units a target may carry. Longer spellings come first so that 万元 is not read as 万 + 元. They are facts
# of the language (what 公斤 or 座 is), not a region's convention, and the grammar reads a value without any
# rule file (import, template, a rule test): so they are listed here, not in a rules setting.
UNITS: tuple[str, ...] = tuple(sorted((
    "%", "人", "个", "户", "次", "天", "篇", "亩", "万亩", "元", "万元", "亿元", "件", "项", "家",
    "人次", "万人", "户次", "所", "台", "套", "场", "期", "份", "辆", "本", "批", "小时", "分钟",
    "个月", "年", "公里", "千米", "米", "平方米", "公顷", "吨", "公斤", "千克", "克", "斤", "立方米", "万立方米",
    "方", "万方", "座", "眼", "处", "块", "棵", "株", "头", "只", "分", "‰",
), key=len, reverse=True))

# Units of one dimension and their size in its smallest unit: an amount in one converts to another.
# Only exact, statutory ratios: 1 市斤 = 500 克; 1 亩 = 10000/15 平方米 (60 平方丈), so area counts in
# fifteenths of a 平方米 to keep every size whole; 方 is the 立方米 of earthworks (土方).
SCALES: dict[str, tuple[str, int]] = {
    "元": ("money", 1), "万元": ("money", 10**4), "亿元": ("money", 10**8),
    "平方米": ("area", 15), "亩": ("area", 10**4), "万亩": ("area", 10**8), "公顷": ("area", 15 * 10**4),
    "人": ("people", 1), "万人": ("people", 10**4),
    "米": ("length", 1), "公里": ("length", 10**3), "千米": ("length", 10**3),
    "克": ("weight", 1), "斤": ("weight", 500), "公斤": ("weight", 10**3), "千克": ("weight", 10**3),
    "吨": ("weight", 10**6),
    "立方米": ("volume", 1), "方": ("volume", 1), "万立方米": ("volume", 10**4), "万方": ("volume", 10**4),
}

# Operators written as words (DOMAIN §8): before the number (不低于95%) or after it (95%以上). 以上 and 以下
# include the number itself, as the law reads them (民法典 第一千二百五十九条).
OP_WORDS_BEFORE = (("不低于", "≥"), ("不少于", "≥"), ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"))
OP_WORDS_AFTER = (("以上", "≥"), ("以下", "≤"), ("以内", "≤"))

NO_TARGET_TEXTS = ("", "/", "-", "—", "——", "无", "不适用")
PER_PREFIX = "每"  # 每亩300元: a rate per unit written before its number

# labels as the forms print them: those that open a part of the form, and the header cells of its columns
NAME, DEPARTMENT, IMPLEMENTER = "项目名称", "主管部门", "实施单位"
# the project rows' labels, as the central target table prints them too (主管部门及代码)
PROJECT_LABELS = {NAME: NAME, DEPARTMENT: DEPARTMENT, "主管部门及代码": DEPARTMENT, IMPLEMENTER: IMPLEMENTER}
ANNUAL_HEADERS = ("全年预算数", "调整后预算数")  # a header row with one of these opens the money block
LEVEL3_HEADER = "三级指标"  # and one with this the indicator block
# Provincial variants name the columns differently (Sichuan: 年初预算 / 调整后预算数 / 权重): same roles
MONEY_COLUMNS = {"年初预算数": "initial", "年初预算": "initial", "全年预算数": "annual", "调整后预算数": "annual",
                 "分值": "weight", "权重": "weight"}
GOALS, TOTAL = "年度总体目标", "总分"
SUM_ROWS = ("合计", "总计")  # a row that closes the indicator block with the sum of its 分值
GOAL_HEADERS = ("预期目标", "实际完成情况")  # the goal block's column heads, where the form prints them
INDICATOR_COLUMNS = {"一级指标": "level1", "二级指标": "level2", "三级指标": "name", "年度指标值": "target",
                     "指标值": "target", "全年指标值": "target", "分值": "weight", "权重": "weight", "指标分值": "weight"}
RATE_HEADER = "执行率"  # the money block's rate column; its label names the budget row where it says more
DEFAULT_ROW = "预算执行率"
# the words the forms themselves use for the two kinds of table, accepted as `kind:`, and their titles
KIND_WORDS = {"部门整体": "department", "项目支出": "project"}
TITLES = {"department": "部门整体预算绩效目标表", "project": "项目支出绩效目标表"}
# which of a project's two tables an export is: the target table (目标表) or the filled-in form (自评表), by its
# title, else by the columns only a filled-in form has
TABLE_TITLE_WORDS = (("目标表", "target"), ("自评表", "form"))
FORM_ONLY_HEADERS = ("实际完成值", "全年执行数", "得分")
# names a form gives its budget execution row: in a project table's indicator tree, such a row belongs in budget_row
EXECUTION_NAMES = ("预算执行率", "资金执行率", "项目资金执行率", "项目预算执行率")
PARTS_PREFIX = re.compile(r"^其中[：:]\s*")
# 一级 codes for ids; any other 一级 gets X
CODES = {"产出": "O", "成本": "C", "效益": "B", "满意度": "S"}
# the year inside a title, with the brackets it may stand in: 2025年度项目支出绩效目标表, 项目支出绩效目标表（2025年度）
TITLE_YEAR = re.compile(r"[（(]?\s*(\d{4})\s*年度?\s*[)）]?")
POINTS_UNIT = "分"  # a 分值 cell may print its unit: 10分
# a 一级 label's printed points, 产出指标(50分): the points, and the label without them
POINTS_IN_LABEL = re.compile(rf"({NUMBER})\s*{POINTS_UNIT}")
LABEL_POINTS = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")
# a department table's indicator block: 一级 names and the letter their ids start with (anything else: X),
# and its header cells by the role of their column
LEVEL1_CODES = {"决策": "D", "过程": "P", "履职": "F", "产出": "O", "成本": "C", "效益": "B", "满意度": "S"}
HEADER_ROLES = {
    "一级指标": "level1", "二级指标": "level2", "重点工作": "key_work", "对应项目": "project",
    "三级指标": "name", "半年指标值": "half", "全年指标值": "annual",
}
LEVEL_SUFFIX = "指标"  # 效益指标 names the 一级 效益
# a department table's spending rows
BASIC, PROJECTS = "基本支出", "项目支出"
# a department table's unit and goal rows by their labels, and where their text goes
LABELS = {
    "单位名称": ("unit", "name"),
    "单位主要职能": ("unit", "functions"),
    "主要职能": ("unit", "functions"),
    "机构设置及人员配置": ("unit", "departments"),
    "机构设置": ("unit", "departments"),
    "中长期目标": ("goals", "mid_long_term"),
    "年度目标": ("goals", "annual"),
}
INCOME, SPENDING = "收入", "支出"  # the cells that open a department table's income and spending blocks
INCOME_TOTALS = ("资金总额", "收入合计", "收入总额", "合计", "总计")
SUBTOTALS = ("小计", "合计")
TITLE_SUFFIX = "表"  # a title cell: …绩效目标表
# 年度目标 text names money as 「…37639万元」; amounts are compared in 万元, like the funds
GOAL_AMOUNT = re.compile(rf"(?P<label>[^，,。；;：:、\d]*)(?P<num>{NUMBER})\s*(?P<unit>亿元|万元|元)")
WAN = "万元"  # the unit the tables and our YAML hold money in
TO_WAN = {"亿元": Decimal(10000), "万元": Decimal(1), "千元": Decimal("0.1"), "元": Decimal("0.0001")}
# what a money unit may be written with around it (单位：人民币元, 单位：（元）, 单位：元（人民币）): the unit is what is left
MONEY_UNIT_DRESS = re.compile(r"人民币|[\s（()）]")
MONEY_UNIT_MARK = "元"  # a 单位 whose value has it is the money's unit (元, 万元), not the reporting unit
# The rows a table prints around its data (a header line under the title, a signature footer): each cell a label,
# a colon and a value. They are not data; the reporting unit and the money unit are read from them.
SIGNATURE_LABELS = {
    "填报单位": "unit", "申报单位": "unit", "编制单位": "unit", "单位": "unit_or_money",
    "填报日期": "date", "填表日期": "date", "日期": "date", "金额单位": "money_unit",
    "填表人": "person", "填报人": "person", "制表人": "person", "审核人": "person", "经办人": "person", "联系人": "person",
    "负责人": "person", "单位负责人": "person", "财务负责人": "person", "项目负责人": "person",
    "联系电话": "phone", "电话": "phone",
}
# a money label that prints the unit: 项目资金（万元）, 项目资金（人民币元）, 项目资金（元，人民币）
MONEY_LABEL_UNIT = re.compile(r"[（(]\s*(?:人民币)?\s*(亿元|万元|千元|元)\s*(?:[，,]?\s*人民币)?\s*[)）]")
# A target written as an approximate or spelled-out quantity (约一半, 过半, 九成, 百分之九十五, 百分百, 30人左右; not
# 约束机制健全 or 约定期限内完成, words that start with 约 and name no number): the grammar
# would take it for a qualitative word and have it scored by the assessor, where the table meant a number.
NUMERALS = "零一二两三四五六七八九十百千万"
# the words that make a number approximate, before it or after it: 约95%, 30人左右
APPROXIMATE = re.compile(r"^(?:约|大约|将近|接近)|(?:左右|上下)$")
VAGUE_QUANTITY = re.compile(
    rf"^(?:约|大约|将近|接近)\s*[\d{NUMERALS}]|(?:左右|上下)$|一半|半数|过半|多半|百分之?[{NUMERALS}]|^[{NUMERALS}]+(?:成|倍|分之)"
    rf"|^[{NUMERALS}]+(?:{'|'.join(u for u in UNITS if u != '%')})?$")
# a character that writes a quantity in words: a numeral, or 半 (一半, 过半)
SPELLED_QUANTITY = re.compile(f"[{NUMERALS}半]")
