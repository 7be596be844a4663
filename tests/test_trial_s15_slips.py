"""Actuals typed with a slip that read two ways are asked about, never scored as one reading unasked (trial s15
findings 5, 6, 8): a bare fraction against a ‰ target, an amount ~1000 times its target, a count with a dot for
the thousands separator; in YAML actuals, the fill-in workbook and `scoring audit` of a form."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from helpers import ROOT, run_cli

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
FOREST_ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"


def _yaml_actuals(tmp_path: Path, old: str, new: str, source: Path = FOREST_ACTUALS) -> tuple[Path, int]:
    """The example's actuals with one line edited, and that line's number."""
    text = source.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / source.name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = next(i for i, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if new in t)
    return path, line


def _evaluate(targets: Path, actuals: Path, lang: str = "zh", *more: str):
    return run_cli(["--lang", lang, "evaluate", targets, "--actuals", actuals, *more], cwd=ROOT)


def _asked_at(targets: Path, actuals: Path, where: str, said: str, lang: str = "zh") -> None:
    """evaluate refuses the actuals (exit 2) with `said` at `where` (file:line: or file:sheet!cell:)."""
    code, _, err = _evaluate(targets, actuals, lang)
    assert code == 2 and where in err and said in err, err


def _row(targets: Path, actuals: Path, ident: str, lang: str = "zh") -> dict:
    code, out, err = _evaluate(targets, actuals, lang, "--format", "json", "--out", "-")
    assert code == 0, err
    return next(i for i in json.loads(out)["indicators"] if i["id"] == ident)


def _workbook(tmp_path: Path, targets: Path, cells: dict) -> Path:
    """The fill-in workbook of `targets` with these cells of its 指标 sheet typed."""
    from openpyxl import load_workbook
    from template_books import template_book

    book = template_book(tmp_path / "t.xlsx", targets, cwd=ROOT)
    wb = load_workbook(book)
    for cell, value in cells.items():
        wb["指标"][cell] = value
    wb.save(book)
    return book


def _form(tmp_path: Path, cell: str, value) -> Path:
    """The example's own 自评表 (evaluate --format xlsx) with one cell as the clerk typed it."""
    from openpyxl import load_workbook

    path = tmp_path / "proj.xlsx"
    code, _, err = run_cli(["evaluate", FOREST, "--format", "xlsx", "--out", path], cwd=ROOT, env={"SCORING_LANG": "zh"})
    assert code == 0, err
    wb = load_workbook(path)
    wb["自评表"][cell] = value
    wb.save(path)
    return path


def _audit_row(form: Path, name: str) -> tuple[int, dict]:
    code, out, err = run_cli(["audit", form, "--format", "json"], cwd=ROOT, env={"SCORING_LANG": "zh"})
    return code, next(r for r in json.loads(out)["rows"] if r["name"] == name)


# -- 5. a bare fraction against a ‰ target; % typed against ‰ --------------------------------------------------

PER_MILLE = {"zh": "实际值「0.002」没有写 ‰，而目标是 ≤0.9‰：如指 2‰，请写「2‰」；如确为 0.002‰，请写「0.002‰」",
             "en": "the actual '0.002' has no ‰, and the target is ≤0.9‰: for 2‰ write '2‰'; "
                   "if it really is 0.002‰, write '0.002‰'"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_bare_fraction_against_a_per_mille_target_is_asked_at_its_line(tmp_path, lang):
    actuals, line = _yaml_actuals(tmp_path, "B01: 0.3‰", "B01: 0.002")
    _asked_at(FOREST, actuals, f"{actuals}:{line}:", PER_MILLE[lang], lang)


def test_a_bare_fraction_against_a_per_mille_target_in_the_workbook_is_asked_at_its_cell(tmp_path):
    book = _workbook(tmp_path, FOREST, {"H9": 0.002})
    _asked_at(FOREST, book, f"{book}:指标!H9:", PER_MILLE["zh"])


def test_audit_leaves_a_bare_fraction_against_per_mille_unscored_at_its_cell(tmp_path):
    code, row = _audit_row(_form(tmp_path, "G20", 0.002), "森林火灾受害率")
    (f,) = row["findings"]
    assert code == 1 and f["cell"].endswith("G20") and PER_MILLE["zh"] in f["message"] and row["points"] is None


def test_asked_only_where_the_two_readings_score_apart(tmp_path):
    """Against ≤0.9‰, 0.002 is 2‰ (over) or 0.002‰ (within): asked. Against ≤1000‰, 0.5 is within the bound read
    as 500‰ or as 0.5‰: scored."""
    actuals, _ = _yaml_actuals(tmp_path, "B01: 0.3‰", "B01: 0.5")
    assert _evaluate(FOREST, actuals)[0] == 2
    targets = tmp_path / "t.yaml"
    targets.write_text(FOREST.read_text(encoding="utf-8").replace('annual: "0.9‰"', 'annual: "≤1000‰"'), encoding="utf-8")
    assert Decimal(str(_row(targets, actuals, "B01")["points"])) == 10


@pytest.mark.parametrize("lang, said", [("zh", "换算：0.03% = 0.3‰；"), ("en", "0.03% = 0.3‰")])
def test_a_percentage_against_a_per_mille_target_is_converted_and_the_conversion_said(tmp_path, lang, said):
    actuals, _ = _yaml_actuals(tmp_path, "B01: 0.3‰", "B01: 0.03%")
    row = _row(FOREST, actuals, "B01", lang)
    assert row["actual"] == "0.3‰" and said in row["formula"] and Decimal(str(row["points"])) == 10


def test_a_percentage_typed_in_the_workbook_against_per_mille_is_scored_as_its_per_mille(tmp_path):
    """0.2% is 2‰, above ≤0.9‰: scored as the 2‰ it is (points lost), not refused as another unit."""
    row = _row(FOREST, _workbook(tmp_path, FOREST, {"H9": "0.2%"}), "B01")
    assert row["actual"] == "2‰" and row["points"] < 10 and "0.2% = 2‰" in row["formula"]


def test_per_mille_against_a_percentage_target_is_converted(tmp_path):
    actuals, _ = _yaml_actuals(tmp_path, "S01: 93%", "S01: 935‰")
    row = _row(FOREST, actuals, "S01")
    assert row["actual"] == "93.5%" and "935‰ = 93.5%" in row["formula"]


def test_audit_scores_a_percentage_against_per_mille_as_converted(tmp_path):
    code, row = _audit_row(_form(tmp_path, "G20", "0.03%"), "森林火灾受害率")
    assert code == 0 and row["findings"] == [] and Decimal(str(row["points"])) == 10


# -- 6. an amount ~1000 times its target where no smaller unit brings it near ------------------------------------

FAR = {"zh": "7,400 万元/公里 是目标 7.5 万元/公里 的 987 倍：按元/公里读即 0.74 万元/公里，也与目标相差 10 倍以上，"
             "数字或单位是否有误？（rules/plausibility.yaml）请核对",
       "en": "7,400 万元/公里 is 987 times the target 7.5 万元/公里: read in 元/公里 it is 0.74 万元/公里, still more than "
             "10 times off the target; is the number or the unit wrong? (rules/plausibility.yaml) check it"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_cost_typed_in_yuan_far_above_its_target_is_asked_at_its_line(tmp_path, lang):
    """7,400 (元/公里) under ≤7.5 万元/公里: 0.74 万元 read in 元 is 10.1 times under the target, no reading
    within 10 times of it, and 987 times over it is no cost to score unasked."""
    actuals, line = _yaml_actuals(tmp_path, "O05: 7.2万元/公里", "O05: 7400")
    _asked_at(FOREST, actuals, f"{actuals}:{line}:", FAR[lang], lang)


def test_a_cost_typed_in_yuan_in_the_workbook_is_asked_at_its_cell(tmp_path):
    book = _workbook(tmp_path, FOREST, {"H8": "7,400"})
    _asked_at(FOREST, book, f"{book}:指标!H8:", FAR["zh"])


def test_audit_finds_the_cost_far_above_its_target_at_the_actual(tmp_path):
    code, row = _audit_row(_form(tmp_path, "G19", 7400), "隔离带建设成本")
    (f,) = row["findings"]
    assert code == 1 and f["code"] == "unit_slip" and f["cell"].endswith("G19") and FAR["zh"] in f["message"]
    assert row["points"] is None


def _rules_with(tmp_path: Path, old: str, new: str) -> Path:
    from helpers import copy_rules, edit

    rules = copy_rules(tmp_path)
    edit(rules / "plausibility.yaml", old, new)
    return rules


@pytest.mark.parametrize("within, question", [("10", "也与目标相差 10 倍以上"), ("20", "是否以元/公里填写，即 0.74 万元/公里？")])
def test_within_is_a_rule_setting(tmp_path, within, question):
    """unit_slip.within of rules/plausibility.yaml, not the code, says how near the target a reading in the
    smaller unit is to be named as the likely one; far from it the number is asked about all the same."""
    rules = _rules_with(tmp_path, "  within: 10 ", f"  within: {within} ")
    actuals, _ = _yaml_actuals(tmp_path, "O05: 7.2万元/公里", "O05: 7400")
    code, _, err = run_cli(["evaluate", FOREST, "--actuals", actuals, "--rules", rules], cwd=ROOT,
                           env={"SCORING_LANG": "zh"})
    assert code == 2 and question in err


def test_far_above_as_a_flag_is_scored_and_marked(tmp_path):
    rules = _rules_with(tmp_path, "  severity: error        # error 报错并指出实际值所在位置",
                        "  severity: flag        # error 报错并指出实际值所在位置")
    actuals, _ = _yaml_actuals(tmp_path, "O05: 7.2万元/公里", "O05: 7400")
    code, out, err = run_cli(["evaluate", FOREST, "--actuals", actuals, "--rules", rules, "--format", "json", "--out",
                              "-"], cwd=ROOT, env={"SCORING_LANG": "zh"})
    assert code == 0, err
    row = next(i for i in json.loads(out)["indicators"] if i["id"] == "O05")
    assert any(f["code"] == "unit_slip" and FAR["zh"] in f["message"] for f in row["flags"])


def test_far_above_a_target_in_kilometres_is_asked_with_the_nearest_reading():
    """1,500,000 under ≥12 公里 (1,500 公里 read as 米, still 125 times the target) was scored unasked."""
    from scoring.catalogue import Text
    from scoring.plausibility import findings
    from scoring.rulebook.load import load_rules
    from scoring.scorecard import Bilingual

    t = {"kind": "number", "number": Decimal(12), "unit": "公里", "op": "≥"}
    a = {"kind": "number", "number": Decimal(1500000), "unit": "公里"}
    ((severity, code, said),) = findings("防火隔离带建设", a, t, load_rules(ROOT / "rules").plausibility)
    assert isinstance(said, Text) and (severity, code) == ("error", "unit_slip")
    assert "按米读即 1,500 公里，也与目标相差 10 倍以上" in Bilingual.of(said).zh


# -- 8. a head count typed with a dot for the thousands separator ------------------------------------------------

JIANGNING = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"
JIANGNING_ACTUALS = ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml"
DOT = {"zh": "实际值「10.712」有三位小数，而以人计的数量是整数：是否把千位分隔符写成了小数点，即 10,712 人"
             "（目标 ≥10647人）？如是，请写「10712人」（rules/plausibility.yaml）",
       "en": "the actual '10.712' has three decimals, and a count in 人 is whole: was the dot typed for the thousands "
             "separator, i.e. 10,712 人 (target ≥10647人)? If so, write '10712人' (rules/plausibility.yaml)"}
PERSONS = "养老自主增资发放人数: {actual: 10712人}"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_count_with_a_dot_for_thousands_is_asked_at_its_line(tmp_path, lang):
    actuals, line = _yaml_actuals(tmp_path, PERSONS, "养老自主增资发放人数: {actual: 10.712}", JIANGNING_ACTUALS)
    _asked_at(JIANGNING, actuals, f"{actuals}:{line}:", DOT[lang], lang)


def test_a_count_with_a_dot_for_thousands_in_the_workbook_is_asked_at_its_cell(tmp_path):
    book = _workbook(tmp_path, JIANGNING, {"H35": "10.712"})
    _asked_at(JIANGNING, book, f"{book}:指标!H35:", DOT["zh"])


def test_audit_leaves_the_count_unscored_at_its_cell(tmp_path):
    from openpyxl import load_workbook

    form = tmp_path / "dept.xlsx"
    code, _, err = run_cli(["evaluate", JIANGNING, "--format", "xlsx", "--out", form], cwd=ROOT, env={"SCORING_LANG": "zh"})
    assert code == 0, err
    wb = load_workbook(form)
    assert wb["自评表"]["D49"].value == "养老自主增资发放人数"
    wb["自评表"]["G49"] = 10.712
    wb.save(form)
    code, row = _audit_row(form, "养老自主增资发放人数")
    (f,) = row["findings"]
    assert code == 1 and f["cell"].endswith("G49") and DOT["zh"] in f["message"] and row["points"] is None


def test_only_three_decimals_that_read_as_thousands_near_the_target_are_asked(tmp_path):
    """10.712 人, 10.000 and １０．７１２ under ≥10647人 read as 10 712 and 10 000: asked. One or two decimals are no
    thousands group, and 0.512 read as 512 is not of the target's order: scored as written (and 10712 as it is)."""
    asked = {}
    for i, actual in enumerate(["10.712人", "10.000", "１０．７１２", "10.7", "10.71", "0.512", "10712"]):
        (tmp_path / str(i)).mkdir()
        actuals, _ = _yaml_actuals(tmp_path / str(i), PERSONS, f"养老自主增资发放人数: {{actual: {actual}}}",
                                   JIANGNING_ACTUALS)
        code, _, err = _evaluate(JIANGNING, actuals)
        assert code in (0, 2), err
        asked[actual] = code == 2 and "千位分隔符" in err
    assert asked == {"10.712人": True, "10.000": True, "１０．７１２": True, "10.7": False, "10.71": False,
                     "0.512": False, "10712": False}


def test_the_count_units_are_a_rule_setting(tmp_path):
    """Without 人 in thousands_dot.units the row is scored as written; without the entry, too."""
    from helpers import copy_rules, edit

    actuals, _ = _yaml_actuals(tmp_path, PERSONS, "养老自主增资发放人数: {actual: 10.712}", JIANGNING_ACTUALS)
    assert _evaluate(JIANGNING, actuals)[0] == 2
    rules = copy_rules(tmp_path)
    edit(rules / "plausibility.yaml", "  units: [人, 个, 户, 次, 人次, 户次, 家", "  units: [个, 户, 次, 人次, 户次, 家")
    code, _, err = run_cli(["evaluate", JIANGNING, "--actuals", actuals, "--rules", rules], cwd=ROOT)
    assert code == 0, err
    text = (rules / "plausibility.yaml").read_text(encoding="utf-8")
    (rules / "plausibility.yaml").write_text(text[:text.index("thousands_dot:")], encoding="utf-8")
    code, _, err = run_cli(["evaluate", JIANGNING, "--actuals", actuals, "--rules", rules], cwd=ROOT)
    assert code == 0, err


def test_an_unknown_count_unit_is_an_error_of_the_settings_file(tmp_path):
    from helpers import check_edited_rules

    code, zh, en = check_edited_rules(tmp_path, "plausibility.yaml", "  units: [人, 个, 户, 次, 人次, 户次, 家",
                                      "  units: [人, 个, 户, 次, 人次, 户次, 家家")
    assert code == 2 and "plausibility.yaml:" in zh and "未知的单位：家家" in zh and "unknown units: 家家" in en
