"""An actual typed in a smaller unit than its target's (11500 meant as 米 under ≥12 公里) is asked about, never scored
as 11,500 公里 unasked: rules/plausibility.yaml unit_slip, in `evaluate` and in `scoring audit` (trial s14 finding 3)."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from helpers import ROOT, copy_rules, edit, run_cli
from scoring.plausibility import findings
from scoring.rulebook.load import load_rules
from scoring.scorecard import Bilingual

FOREST = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"
SLIP = {"zh": "11,500 公里 是目标 12 公里 的 958 倍：是否以米填写，即 11.5 公里？",
        "en": "11,500 公里 is 958 times the target 12 公里: was it written in 米, i.e. 11.5 公里?"}
ENTRY = "  severity: error        # error 报错并指出实际值所在位置"


def _actuals(tmp_path: Path, o01: str = "11500", o02: str = "{actual: 28人, reason: 2人年中离岗，已补招}") -> Path:
    """The example's actuals with 防火隔离带建设 (≥12公里) and 专职巡护人员 (≥30人) as given."""
    text = ACTUALS.read_text(encoding="utf-8")
    text = text.replace("O01: 12.5公里", f"O01: {o01}").replace("O02: {actual: 28人, reason: 2人年中离岗，已补招}", f"O02: {o02}")
    path = tmp_path / "forest.annual.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _rules(tmp_path: Path, severity: str | None) -> Path:
    """The checkout's rules with unit_slip's severity set, or (None) its entry deleted."""
    rules = copy_rules(tmp_path)
    plausibility = rules / "plausibility.yaml"
    if severity is None:
        text = plausibility.read_text(encoding="utf-8")
        plausibility.write_text(text[:text.index("unit_slip:")], encoding="utf-8")
    else:
        edit(plausibility, ENTRY, ENTRY.replace("error ", severity, 1))
    return rules


def _evaluate_json(actuals: Path, rules: Path = ROOT / "rules", lang: str = "zh"):
    code, out, err = run_cli(["--lang", lang, "evaluate", FOREST, "--actuals", actuals, "--rules", rules, "--format",
                              "json", "--out", "-"], cwd=ROOT)
    return code, (json.loads(out) if code == 0 else None), err


def _row(card: dict, ident: str) -> dict:
    return next(i for i in card["indicators"] if i["id"] == ident)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_yaml_actual_in_metres_is_an_error_at_its_line_with_the_reading_it_meant(tmp_path, lang):
    actuals = _actuals(tmp_path)
    code, _, err = run_cli(["--lang", lang, "evaluate", FOREST, "--actuals", actuals], cwd=ROOT)
    assert code == 2
    line = next(i for i, t in enumerate(actuals.read_text(encoding="utf-8").splitlines(), 1) if "O01:" in t)
    assert f"{actuals}:{line}:" in err and SLIP[lang] in err


def test_a_workbook_actual_in_metres_is_an_error_at_its_cell(tmp_path):
    from xlsx_read import load_workbook
    from template_books import template_book

    book = template_book(tmp_path / "t.xlsx", FOREST, cwd=ROOT)
    wb = load_workbook(book)
    ws = wb["指标"]
    assert ws["A4"].value == "O01" and ws["H3"].value == "实际完成值"
    ws["H4"] = 11500
    wb.save(book)
    code, _, err = run_cli(["evaluate", FOREST, "--actuals", book], cwd=ROOT, env={"SCORING_LANG": "zh"})
    assert code == 2 and f"{book}:指标!H4:" in err and SLIP["zh"] in err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_as_a_flag_the_row_is_scored_and_marked_for_a_person(tmp_path, lang):
    code, card, err = _evaluate_json(_actuals(tmp_path), _rules(tmp_path, "flag"), lang)
    assert code == 0, err
    row = _row(card, "O01")
    flag = next(f for f in row["flags"] if f["code"] == "unit_slip")
    assert SLIP[lang] in flag["message"] and Decimal(str(row["points"])) == 15


def test_deleting_the_entry_disables_the_check(tmp_path):
    actuals = _actuals(tmp_path)
    assert _evaluate_json(actuals)[0] == 2
    code, card, err = _evaluate_json(actuals, _rules(tmp_path, None))
    assert code == 0, err
    assert all(f["code"] != "unit_slip" for i in card["indicators"] for f in i["flags"])


def _slipped(tmp_path: Path, **actuals) -> dict[str, bool]:
    """Whether each indicator of the example is flagged unit_slip (severity flag), with these actuals."""
    tmp_path.mkdir()
    code, card, err = _evaluate_json(_actuals(tmp_path, **actuals), _rules(tmp_path, "flag"))
    assert code == 0, err
    return {i["id"]: any(f["code"] == "unit_slip" for f in i["flags"]) for i in card["indicators"]}


def test_an_actual_the_smaller_unit_does_not_explain_is_scored_as_before(tmp_path):
    """12.5 公里 and 11500 米 written with its unit (11.5 公里) raise nothing; 11500 is asked about (and 1,500,000,
    1,500 公里 read as 米, far above the target all the same: tests/test_trial_s15_slips.py)."""
    assert _slipped(tmp_path / "slip", o01="11500")["O01"]
    for i, o01 in enumerate(["12.5公里", "11500米"]):
        assert not _slipped(tmp_path / str(i), o01=o01)["O01"], o01


def test_far_above_target_in_people_is_over_achievement_not_a_slip(tmp_path):
    """人 has no smaller unit: 30,000 against ≥30 人 is scored, as over-achievement, beside 11500 against ≥12 公里."""
    code, card, err = _evaluate_json(_actuals(tmp_path, o02="30000人"), _rules(tmp_path, "flag"))
    assert code == 0, err
    people = {f["code"] for f in _row(card, "O02")["flags"]}
    assert "over_achievement" in people and "unit_slip" not in people
    assert "unit_slip" in {f["code"] for f in _row(card, "O01")["flags"]}


def _found(unit: str, target: str, actual: str) -> list:
    book = load_rules(ROOT / "rules")
    t = {"kind": "number", "number": Decimal(target), "unit": unit, "op": "≥"}
    a = {"kind": "number", "number": Decimal(actual), "unit": unit}
    return findings("某指标", a, t, book.plausibility)


@pytest.mark.parametrize("unit", ["人", "次", "%", "个"])
def test_no_unit_without_a_smaller_one_raises_it(unit):
    """1,000 times the target in a unit with no smaller one of its kind is no slip (公里 has 米: it is)."""
    assert [c for _, c, _ in _found("公里", "12", "11500")] == ["unit_slip"]
    assert [c for _, c, _ in _found(unit, "12", "11500")] == []


@pytest.mark.parametrize("unit, target, actual, reading", [
    ("万元", "50", "480000", "48 万元"), ("吨", "20", "19500", "19.5 吨"), ("亿元", "2", "21000", "2.1 亿元"),
    ("万人", "5", "52000", "5.2 万人"), ("亩", "12", "8000", "12 亩")])
def test_each_unit_with_a_smaller_one_of_its_kind_says_the_reading(unit, target, actual, reading):
    ((severity, code, said),) = _found(unit, target, actual)
    assert (severity, code) == ("error", "unit_slip") and f"即 {reading}？" in Bilingual.of(said).zh


def _trial_form(tmp_path: Path, actual: str) -> Path:
    """The trial's form: the example's own 自评表 with G15 (防火隔离带建设's actual) as the clerk typed it."""
    from xlsx_read import load_workbook

    path = tmp_path / "proj.xlsx"
    code, _, err = run_cli(["evaluate", FOREST, "--format", "xlsx", "--out", path], cwd=ROOT, env={"SCORING_LANG": "zh"})
    assert code == 0, err
    wb = load_workbook(path)
    ws = wb["自评表"]
    assert ws["D15"].value == "防火隔离带建设"
    ws["G15"] = actual
    wb.save(path)
    return path


def _audit(form: Path, rules: Path = ROOT / "rules"):
    code, out, err = run_cli(["audit", form, "--rules", rules, "--format", "json"], cwd=ROOT, env={"SCORING_LANG": "zh"})
    data = json.loads(out)
    row = next(r for r in data["rows"] if r["name"] == "防火隔离带建设")
    return code, row


def test_audit_finds_the_trial_form_s_metres_at_the_actual_and_leaves_the_row_unscored(tmp_path):
    code, row = _audit(_trial_form(tmp_path, "11500"))
    (f,) = row["findings"]
    assert code == 1 and f["code"] == "unit_slip" and f["cell"].endswith("G15") and SLIP["zh"] in f["message"]
    assert row["points"] is None


def test_audit_with_the_flag_scores_the_row_and_still_finds_it(tmp_path):
    code, row = _audit(_trial_form(tmp_path, "11500"), _rules(tmp_path, "flag"))
    assert code == 1 and "unit_slip" in {f["code"] for f in row["findings"]}
    assert Decimal(str(row["points"])) == 15


def test_audit_without_the_entry_and_with_the_unit_written_raises_none(tmp_path):
    form = _trial_form(tmp_path, "11500")
    assert "unit_slip" in {f["code"] for f in _audit(form)[1]["findings"]}
    _, row = _audit(form, _rules(tmp_path, None))
    assert "unit_slip" not in {f["code"] for f in row["findings"]}
    _, row = _audit(_trial_form(tmp_path, "11500米"))
    assert {f["code"] for f in row["findings"]} >= {"missed_full"} and "unit_slip" not in {f["code"] for f in row["findings"]}
