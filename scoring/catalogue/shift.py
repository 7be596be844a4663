"""Messages about a 项目支出 indicator row whose cells do not sit under the header's columns (table/shifted_rows)."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # what a row's cells hold that its columns do not allow
    "shift.target_as_name": (
        "三级指标列印的是「{text}」，像是指标值或分值",
        "the 三级指标 column holds '{text}', which reads as a target or a 分值"),
    "shift.level_as_name": (
        "三级指标列印的是层级「{text}」，其右还有单元格",
        "the 三级指标 column holds the level '{text}', with cells to its right"),
    "shift.no_name": (
        "三级指标列为空，其右却印有单元格",
        "the 三级指标 column is empty, but cells to its right are filled"),
    "shift.text_as_points": (
        "分值列印的是「{text}」，不是数字",
        "the 分值 column holds '{text}', not a number"),
    "shift.number_as_target": (
        "年度指标值列印的是数字「{text}」，分值列为空",
        "the target column holds the number '{text}', and the 分值 column is empty"),
    "shift.beyond": (
        "分值列之后还印有「{text}」",
        "'{text}' is printed after the 分值 column"),
    # why the cells allow no one reading
    "shift.number_or_points": (
        "「{text}」可以是指标值（则没有分值），也可以是分值（则没有指标值）",
        "'{text}' can be the target (then there is no 分值) or the 分值 (then there is no target)"),
    "shift.level_or_name": (
        "「{text}」可以是二级指标，也可以是三级指标名称",
        "'{text}' can be a level-2 indicator or the indicator's name"),
    "shift.word_or_name": (
        "「{text}」可以是三级指标名称（则没有指标值），也可以是丢了名称的指标值",
        "'{text}' can be the indicator's name (then there is no target) or a target whose name was lost"),
    "shift.no_name_found": (
        "「{text}」之前找不到三级指标名称",
        "no indicator name is found before '{text}'"),
    "shift.form": (
        "自评表的行还印有「{text}」等实际值，无法按内容判断各单元格属于哪一列",
        "a form's row also prints actuals ('{text}' and others), so what its cells hold does not tell which column "
        "each belongs to"),
    # the comment at a row read by its cells, and the error at one that cannot be
    "shift.read": (
        "第{line}行：单元格与表头的列对不上（{why}），像是导出时丢了合并单元格；按各单元格的内容读作{reading}{above}",
        "line {line}: the cells do not sit under the header's columns ({why}), as where an export lost a merged "
        "cell; read by what the cells hold as {reading}{above}"),
    "shift.refused": (
        "这一行「{shown}」的单元格与表头的列对不上（{why}），而{doubt}；请把这一行的单元格移回表头的列下："
        "二级指标、三级指标、年度指标值、分值各在其列",
        "the row '{shown}': its cells do not sit under the header's columns ({why}), and {doubt}; expected: "
        "the row's cells under the header's columns, each of 二级指标, 三级指标, 年度指标值 and 分值 in its own"),
    "shift.level1": ("一级指标「{text}」", "the level 1 '{text}'"),
    "shift.level2": ("二级指标「{text}」", "the level 2 '{text}'"),
    "shift.level2_above": ("（仍属上一二级「{text}」）", " (still in the level 2 '{text}' above)"),
    "shift.name": ("三级指标「{text}」", "the indicator '{text}'"),
    "shift.target": ("指标值「{text}」", "the target '{text}'"),
    "shift.no_target": ("无指标值", "no target"),
    "shift.points": ("分值 {text}", "the 分值 {text}"),
    "shift.no_points": ("无分值", "no 分值"),
    # a 合计 that the rows do not add up to, where a row has no 分值
    "shift.sum_row_without_points": (
        "「{name}」没有分值，而「{label}」（第{sum_line}行）的分值印为 {printed}，比各行分值之和多 {missing}："
        "这一行的分值可能在导出时丢失，请核对",
        "'{name}' has no 分值, and the '{label}' row (line {sum_line}) prints {printed}, {missing} more than the "
        "rows' points add up to: this row's 分值 may have been lost in the export; check it"),
    "shift.line_note": ("第{line}行：{said}", "line {line}: {said}"),
}
