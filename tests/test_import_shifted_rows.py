"""`scoring import` of a 项目支出 target table whose indicator row is shifted by a column (a merged cell lost in an
export): the row is read by what its cells hold, in the one way they allow, with a comment at the row saying how
(naming its cells for a workbook); a row that could be read two ways is an error at the row, exit 2, nothing
written. Never a row dropped or misplaced in silence. The clerk's table (松材线虫病防控), as text and as .xlsx."""
from __future__ import annotations

import re

import pytest

from helpers import run_cli
from scoring.table.model import TargetTable
from scoring.yamlio import parse_yaml, validate

HDR = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "分值", "备注"]
LINE = 21  # the row under test, 1-based, as in the clerk's table
ROW = ["", "", "", "新增疫点数量", "≤2个", 10]  # where it belongs: under 生态效益指标, no 二级 cell of its own


def _grid(row: list) -> list[list]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["填报单位：青山县林业局", "", "", "", "金额单位：万元"],
        ["项目名称", "2026年松材线虫病疫情防控项目"],
        ["主管部门", "青山县林业局", "", "实施单位", "青山县森林病虫害防治检疫站"],
        ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "分值"],
        ["", "年度资金总额", "", 86, 92, ""],
        ["", "其中：本年财政拨款", "", 80, 80, ""],
        ["", "上年结转资金", "", 6, 12, ""],
        ["", "其他资金", "", 0, 0, ""],
        ["", "预算执行率", "", "≥95%", "", 10],
        ["年度总体目标", "完成疫木清理3500株以上，新增疫点控制在2个以内。"],
        HDR,
        ["", "产出指标(50分)", "数量指标", "疫木清理数量", "≥3500株", 10],
        ["", "", "", "松林监测面积", "≥12万亩", 10],
        ["", "", "质量指标", "疫木除治合格率", "≥95%", 10],
        HDR,  # page break: the header printed again
        ["", "", "", "疫情监测覆盖率", "=100%", 5],
        ["", "", "时效指标", "除治作业完成时限", "按时完成", 5],
        ["", "", "成本指标", "每株疫木除治成本", "≤120元/株", 10],
        ["", "效益指标(30分)", "生态效益指标", "松林资源保护", "有效保护", 10],
        row,  # line 21
        ["", "", "可持续影响指标", "联防联控机制", "健全", 10],
        ["", "满意度指标(10分)", "服务对象满意度指标", "林农满意度", "≥95%", 10],
        ["合计", "", "", "", "", 100],
        ["填表人：周丽", "", "联系电话：0795-7326618", "", "审核人：刘建国"],
    ]


def _write(row: list, path, kind: str):
    grid = _grid(row)
    if kind == "txt":
        path = path.with_suffix(".txt")
        path.write_text("".join("\t".join(str(v) for v in r) + "\n" for r in grid), encoding="utf-8")
        return path
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "目标表"
    for r, cells in enumerate(grid, 1):
        for c, v in enumerate(cells, 1):
            if v != "":
                cell = ws.cell(r, c, v)
                if isinstance(v, str):
                    cell.data_type = "s"  # =100% is text, as the clerk's table has it, not a formula
    path = path.with_suffix(".xlsx")
    wb.save(path)
    return path


def _import(row: list, tmp_path, kind: str, lang: str):
    source = _write(row, tmp_path / "table", kind)
    out = tmp_path / "table.yaml"
    return run_cli(["import", source, "-o", out, "--lang", lang]), out


def _items(out) -> dict[str, tuple[str, str, str, object]]:
    """name → (一级, 二级, annual, weight) of every row the YAML holds."""
    table = validate(parse_yaml(out.read_text(encoding="utf-8"), str(out)), TargetTable)
    return {i.name: (s.level1, g.level2, i.annual.text, i.weight)
            for s in table.indicators for g in s.groups for i in g.items}


def _comment_at(out, name: str) -> str:
    """The comment lines just above the row named `name`."""
    lines = out.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == f"name: {name}")
    above = []
    for line in reversed(lines[: at - 1]):  # above its `- id:` line
        if not line.strip().startswith("#"):
            break
        above.insert(0, line)
    return "\n".join(above)


READ_ONE_WAY = {
    # one column right: the 二级 label in the 三级指标 column, the name under 年度指标值, 10 under 备注
    "right": (["", "", "", "社会效益指标", "新增疫点数量", "≤2个", 10], "社会效益指标"),
    # two right (the 二级 cell lost too): the name under 年度指标值, the target under 分值
    "right2": (["", "", "", "", "新增疫点数量", "≤2个", 10], "生态效益指标"),
    # one left: the name under 二级指标, the target under 三级指标, the 分值 under 年度指标值
    "left": (["", "", "新增疫点数量", "≤2个", 10], "生态效益指标"),
    # the target and the 分值 one right: 年度指标值 empty, the target under 分值
    "target_right": (["", "", "社会效益指标", "新增疫点数量", "", "≤2个", 10], "社会效益指标"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["txt", "xlsx"])
@pytest.mark.parametrize("variant", sorted(READ_ONE_WAY))
def test_a_shifted_row_is_read_by_its_cells_with_a_comment_saying_how(variant, kind, lang, tmp_path):
    row, level2 = READ_ONE_WAY[variant]
    result, out = _import(row, tmp_path, kind, lang)
    assert result.returncode == 0, result.stderr
    items = _items(out)
    assert len(items) == 10  # none dropped
    assert items["新增疫点数量"] == ("效益指标", level2, "≤2个", 10)
    assert "社会效益指标" not in items and "≤2个" not in items
    comment = _comment_at(out, "新增疫点数量")  # in the language asked for
    named = f"第{LINE}行" if lang == "zh" else f"line {LINE}:" if kind == "txt" else f"row {LINE} ("  # a sheet's row
    assert named in comment and "新增疫点数量" in comment and "≤2个" in comment and "10" in comment
    if kind == "xlsx":  # the cells the row was read from
        cited = rf"第{LINE}行（目标表![A-G]{LINE}:[A-G]{LINE}）" if lang == "zh" else rf"row {LINE} \(目标表![A-G]{LINE}:[A-G]{LINE}\)"
        assert re.search(cited, comment), comment
    assert "合计" not in result.stderr  # the rows add up to the 合计 again: no warning
    checked = run_cli(["check", out, "--lang", lang])
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("kind", ["txt", "xlsx"])
def test_a_row_that_fits_its_columns_has_no_comment(kind, tmp_path):
    result, out = _import(ROW, tmp_path, kind, "zh")
    assert result.returncode == 0, result.stderr
    assert _items(out)["新增疫点数量"] == ("效益指标", "生态效益指标", "≤2个", 10)
    assert f"第{LINE}行" not in _comment_at(out, "新增疫点数量")


TWO_WAYS = {
    # one left with the target lost: 10 is the target (no 分值) or the 分值 (no target)
    "number": (["", "", "新增疫点数量", 10], "10"),
    # one right, a 二级 label that does not say 指标: 二级 or the name?
    "leading_word": (["", "", "", "社会效益", "新增疫点数量", "≤2个", 10], "社会效益"),
    # the 分值 under 年度指标值 and none under 分值: target 10, or 分值 10 with no target?
    "points_as_target": (["", "", "", "新增疫点数量", 10], "10"),
    # no name, a target and a 分值 one column right: which cell is the name?
    "no_name": (["", "", "", "", "≤2个", 10], "≤2个"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["txt", "xlsx"])
@pytest.mark.parametrize("variant", sorted(TWO_WAYS))
def test_a_row_its_cells_allow_two_readings_of_is_refused_at_the_row(variant, kind, lang, tmp_path):
    row, found = TWO_WAYS[variant]
    result, out = _import(row, tmp_path, kind, lang)
    assert result.returncode == 2, result.stdout + result.stderr
    assert not out.exists()  # nothing written
    assert "Traceback" not in result.stderr
    place = r"table\.txt:21:\d+: " if kind == "txt" else r"table\.xlsx:目标表![A-G]21: "
    [said] = [line for line in result.stderr.splitlines() if re.search(place, line)]  # at the row, once
    assert found in said
    if lang == "en":
        assert re.search(r"[a-z]{4}", said) and "expected" in said
    else:
        assert "应" in said or "请" in said


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_sum_that_disagrees_points_at_the_row_without_points(lang, tmp_path):
    result, out = _import(["", "", "社会效益指标", "新增疫点数量", "≤2个"], tmp_path, "txt", lang)  # 分值 lost
    assert result.returncode == 0, result.stderr
    assert _items(out)["新增疫点数量"] == ("效益指标", "社会效益指标", "≤2个", None)
    [warning] = [line for line in result.stderr.splitlines() if re.search(r"table\.txt:21:\d+: ", line)]
    assert "新增疫点数量" in warning and ("合计" in warning)


LEFT_WITH_LEVELS = {
    # one left: the 二级 label under 一级指标, the name under 二级指标: a 二级, not a new 一级
    "level2": (["", "社会效益指标", "新增疫点数量", "≤2个", 10], "新增疫点数量", ("效益指标", "社会效益指标", "≤2个", 10)),
    # the 一级 label lost its column too: printed under 绩效指标
    "level1": (["满意度指标(10分)", "服务对象满意度指标", "护林员满意度", "≥95%", 10], "护林员满意度",
               ("满意度指标", "服务对象满意度指标", "≥95%", 10)),
}


@pytest.mark.parametrize("kind", ["txt", "xlsx"])
@pytest.mark.parametrize("variant", sorted(LEFT_WITH_LEVELS))
def test_a_row_shifted_left_with_its_level_cells_keeps_its_levels(variant, kind, tmp_path):
    row, name, expected = LEFT_WITH_LEVELS[variant]
    result, out = _import(row, tmp_path, kind, "zh")
    assert result.returncode == 0, result.stderr
    items = _items(out)
    assert items[name] == expected and len(items) == 10
    assert f"第{LINE}行" in _comment_at(out, name)


@pytest.mark.parametrize("target", ["健全", "长效机制基本建立"])
def test_a_shifted_row_with_a_qualitative_target_is_read_by_its_cells(target, tmp_path):
    row = ["", "", "", "社会效益指标", "新增疫点数量", target, 10]  # one right, a word for its target
    result, out = _import(row, tmp_path, "txt", "en")
    assert result.returncode == 0, result.stderr
    assert _items(out)["新增疫点数量"] == ("效益指标", "社会效益指标", target, 10)
    assert f"line {LINE}:" in _comment_at(out, "新增疫点数量")


def test_a_long_word_after_a_word_that_is_no_level_label_is_refused(tmp_path):
    # 生态保护 | 新增疫点数量 | 10, one right: a 二级 and the name (no target), or the name and a word target?
    result, out = _import(["", "", "", "", "生态保护", "新增疫点数量", 10], tmp_path, "txt", "en")
    assert result.returncode == 2 and not out.exists()
    assert "'生态保护' can be a level-2 indicator or the indicator's name" in result.stderr
