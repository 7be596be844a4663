"""The actuals template: lists every indicator and project, and evaluates as is (everything missing)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from scoring.actuals import load_actuals
from scoring.evaluate import evaluate
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets
from scoring.rulebook.methods import OUTCOMES
from scoring.table.values import UNITS
from scoring.template import make_template

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini.targets.yaml"
EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
TABLES = [MINI] + ([EXAMPLE] if EXAMPLE.exists() else [])


@pytest.fixture(scope="module")
def book():
    return load_rules(ROOT / "rules")


def _round_trip(table_path: Path, period: str, tmp_path: Path, book=None):
    table = load_targets(table_path)
    path = tmp_path / f"template.{period}.yaml"
    path.write_text(make_template(table, period, book), encoding="utf-8")
    return table, load_actuals(path)


@pytest.mark.parametrize("period", ["annual", "h1"])
@pytest.mark.parametrize("table_path", TABLES, ids=lambda p: p.stem)
def test_filled_in_as_is_it_evaluates_with_everything_missing(table_path, period, tmp_path, book):
    table, actuals = _round_trip(table_path, period, tmp_path)
    card = evaluate(table, actuals, book, period, engine="python")
    ids = [i.id for _, _, i in table.rows()]
    assert [i.id for i in card.indicators] == ids
    assert {i.status for i in card.indicators} == {"missing"}
    assert card.total == 0 and not card.illustrative
    assert (card.unit, card.year, card.period) == (table.unit.name, table.year, period)


def test_the_bundled_example_has_all_57_indicators(tmp_path, book):
    if not EXAMPLE.exists():
        pytest.skip("targets/2025/jiangning-social-insurance.yaml not imported yet")
    table, actuals = _round_trip(EXAMPLE, "annual", tmp_path, book)
    assert len(actuals.indicators) == 57


@pytest.mark.parametrize("table_path", TABLES, ids=lambda p: p.stem)
def test_lists_every_indicator_and_project(table_path, tmp_path):
    table, actuals = _round_trip(table_path, "h1", tmp_path)
    assert list(actuals.indicators) == [i.id for _, _, i in table.rows()]
    assert list(actuals.spending.projects) == [p.name for p in table.funds.expenditure.projects]
    # amounts are left blank: an unreported amount must not read as 0 spent
    assert all(v is None for v in actuals.spending.projects.values()) and actuals.spending.basic is None
    text = make_template(table, "h1")
    for _, _, item in table.rows():
        assert f"# {item.id} {item.name}" in text
    for p in table.funds.expenditure.projects:
        assert f"全年预算 {p.annual.normalize():f} 万元" in text


def test_comments_give_the_period_target_and_choices(book):
    table = load_targets(MINI)
    annual, h1 = make_template(table, "annual", book), make_template(table, "h1", book)
    assert "全年指标值：=100%" in annual and "半年指标值：=50%" in h1  # P02 预算执行率
    assert "半年指标值：未设（按全年指标值 ≥1000人" in h1  # F01 has no half-year value
    assert "保障到位（达成）、基本保障到位（部分达成）、保障不到位（未达成）" in annual
    assert "可填：达成 / 部分达成 / 未达成\n" in make_template(table, "annual")  # without a rule book
    assert "    measure:" in h1 and "    measure:" in annual  # the annual form prints it beside the reason (改进措施)
    assert "重点工作：参保；对应项目：项目甲" in annual


def test_names_that_need_quoting_survive(tmp_path, book):
    text = MINI.read_text(encoding="utf-8").replace("项目甲", '"1号项目: 甲 #1"').replace("name: 测试单位", 'name: "yes"')
    odd = tmp_path / "odd.targets.yaml"
    odd.write_text(text, encoding="utf-8")
    table, actuals = _round_trip(odd, "annual", tmp_path)
    assert actuals.unit == "yes" and list(actuals.spending.projects) == ["1号项目: 甲 #1"]
    evaluate(table, actuals, book, "annual", engine="python")


def test_unknown_period_is_refused():
    with pytest.raises(ValueError):
        make_template(load_targets(MINI), "q3")


@pytest.mark.parametrize("period", ["annual", "h1"])
def test_an_english_template_explains_in_english_and_reads_the_same(period, tmp_path, book):
    table = load_targets(MINI)
    zh_path, en_path = tmp_path / "zh.yaml", tmp_path / "en.yaml"
    zh_path.write_text(make_template(table, period, book), encoding="utf-8")
    en = make_template(table, period, book, lang="en")
    en_path.write_text(en, encoding="utf-8")
    assert load_actuals(en_path).model_dump() == load_actuals(zh_path).model_dump()  # only the comments differ
    assert en.startswith("# Actuals to fill in: ") and "保障到位 (达成), 基本保障到位 (部分达成)" in en
    # once the data (names, targets, units, evaluation words) are taken out, no Chinese is left in the comments
    data = [table.unit.name, *UNITS, *OUTCOMES, *(w for words in book.vocabulary.words.values() for w in words)]
    for section, group, item in table.rows():
        data += [section.level1, group.level2, item.name, item.key_work or "", item.project or "",
                 item.annual.text, item.half_year.text]
    data += [p.name for p in table.funds.expenditure.projects] + [table.goals.annual]
    comments = "\n".join(line for line in en.splitlines() if line.lstrip().startswith("#"))
    for text in sorted(filter(None, data), key=len, reverse=True):
        comments = comments.replace(text, "")
    assert not re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", comments), comments


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_header_explains_the_money_keys_the_body_has(lang, book):
    """A project template's header explained a department's spending: basic / projects, keys it does not have."""
    def keys_explained(template: str) -> set[str]:
        return set(re.findall(r"^#   (spending|budget_row) ", template, re.M))

    def keys_written(template: str) -> set[str]:
        return set(re.findall(r"^(spending|budget_row):", template, re.M))

    for path in (EXAMPLE, ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"):
        for period in ("annual", "h1"):
            template = make_template(load_targets(path), period, book, lang)
            assert keys_explained(template) == keys_written(template) and len(keys_written(template)) == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_goals_achieved_key_is_explained_under_the_years_goals_and_read_when_filled_in(lang, tmp_path, book):
    """The form's 实际完成情况 box: the key explained in the header, written last under the table's goals."""
    table = load_targets(EXAMPLE)
    template = make_template(table, "annual", book, lang)
    assert re.search(r"^#   goals_achieved ", template, re.M)
    expected = "年度总体目标（预期目标）：" if lang == "zh" else "the year's overall goals (expected): "
    assert template.endswith(f"# {expected}{table.goals.annual}\ngoals_achieved:\n")
    path = tmp_path / "t.yaml"
    path.write_text(template, encoding="utf-8")
    assert load_actuals(path).goals_achieved is None  # as written: not written
    path.write_text(template + "  全年目标基本完成；\n  档案数字化转入下一年度。\n".replace("  全", " |\n  全", 1), encoding="utf-8")
    assert load_actuals(path).goals_achieved == "全年目标基本完成；\n档案数字化转入下一年度。"  # the block's last break dropped


def _target_lines(template: str) -> dict[str, str]:
    """Each indicator's target comment, by id: the last line above its key that says the target."""
    found, last = {}, None
    for line in template.splitlines():
        if re.match(r"  #   (全年|半年)指标值：|  #   (annual|half-year) target: ", line):
            last = line
        elif (key := re.fullmatch(r"  (\w+):", line)) and last is not None:
            found[key.group(1)], last = last, None
    return found


PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


def test_a_missing_half_year_target_is_given_as_scored(book):
    """The comment said only 「计分时按 rules/monitoring.yaml 折算」, even for targets that are not scaled (100%,
    按期完成): it now gives the target scored, as the form prints it."""
    lines = _target_lines(make_template(load_targets(PROJECT), "h1", book))
    assert lines["O01"] == ("  #   半年指标值：未设（按全年指标值 ≥12公里 × 0.5 折算）"
                            "；按此计分：≥6 公里；填实际数值，单位：公里")
    assert "按此计分：≥15 人；" in lines["O02"]
    assert lines["O03"].startswith("  #   半年指标值：未设（用全年指标值 100%）；按此计分：=100%；")  # not scaled
    assert lines["O04"].startswith("  #   半年指标值：未设（用全年指标值 按期完成）；按此计分：按期完成；")
    en = _target_lines(make_template(load_targets(PROJECT), "h1", book, lang="en"))
    assert en["O01"].startswith("  #   half-year target: none (scaled from the annual target: ≥12公里 × 0.5); scored as ≥6 公里; ")


@pytest.mark.parametrize("period", ["annual", "h1"])
@pytest.mark.parametrize("which", ["department", "project", "bare"])
def test_every_target_read_otherwise_than_written_says_how_it_is_scored(which, period, book, tmp_path):
    """A bare 3% (an upper bound by its name), a missing half-year target: the comment names the scorer's own
    target, the one the scorecard and the form show; a target scored as written is left as it is."""
    from test_xlsx_template import bare_mini, scored_targets

    path = {"department": EXAMPLE, "project": PROJECT, "bare": bare_mini(tmp_path)}[which]
    table = load_targets(path)
    lines = _target_lines(make_template(table, period, book))
    scored = scored_targets(path, period, tmp_path)
    for _, _, item in table.rows():
        half_missing = period == "h1" and (item.half_year is None or item.half_year.kind == "none")
        written = item.annual if period == "annual" or half_missing else item.half_year
        plain = not written.bare and not half_missing or written.kind == "none"
        assert ("按此计分" not in lines[item.id]) if plain else (f"；按此计分：{scored[item.id]}；" in lines[item.id]), item.id
    if which == "bare":
        assert f"指标值：3%；按此计分：≤3%；" in lines["P01"]
