"""The second bundled example: a 项目支出 table imported from its form, scored from fresh files to the cent."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from helpers import FIXTURES, ROOT
from scoring.actuals import load_actuals
from scoring.cli import main
from scoring.evaluate import evaluate
from scoring.render import json_report, markdown
from scoring.rulebook.load import load_rules
from scoring.run import report_path, score_files
from scoring.table.importer import import_table
from scoring.table.load import load_targets
from scoring.template import make_template

TARGETS = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
FORM = FIXTURES / "project-export.txt"


def test_the_committed_table_is_what_import_makes_of_the_form(monkeypatch):
    monkeypatch.chdir(ROOT)
    made = import_table(FORM.read_text(encoding="utf-8"), "tests/fixtures/project-export.txt")
    assert made == TARGETS.read_text(encoding="utf-8")


def test_it_scores_by_the_forms_points_and_recomputes_the_hand_written_rate(monkeypatch):
    monkeypatch.chdir(ROOT)
    card = score_files(TARGETS, engine="python")
    assert (card.kind, card.project, card.unit) == ("project", "森林防火能力提升项目（示例）", "示例县林业工作站")
    points = {i.id: i.points for i in card.indicators}
    assert points == {"O01": 15, "O02": Decimal("9.33"), "O03": 10, "O04": 5, "O05": 10,
                      "B01": 10, "B02": 9, "B03": 7, "S01": 10}
    row = card.budget_row
    assert (row.name, row.points, row.actual) == ("预算执行率", Decimal("9.40"), "94.00%")
    assert "hand_rate_differs" in [f.code for f in row.flags]  # the form wrote 100 % and took 10
    assert card.total == Decimal("94.73") and card.max_total == 100 and card.grade == "优"


@pytest.mark.parametrize("ext", ["json", "md"])
def test_its_committed_reports_are_current(monkeypatch, ext):
    monkeypatch.chdir(ROOT)
    card = score_files(TARGETS)
    render = json_report.render if ext == "json" else markdown.render
    path = ROOT / report_path(TARGETS, card.year, "annual", ext)
    assert path.read_text(encoding="utf-8") == render(card, "zh"), f"{path} is stale: regenerate it (README)"


def test_check_names_each_target_it_had_to_interpret(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main(["check", str(TARGETS.relative_to(ROOT)), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.count("has no operator") == 3 and out.rstrip().endswith("errors: 0, warnings: 3")


def test_its_template_asks_for_the_money_by_source_and_evaluates_as_written(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    table = load_targets(TARGETS)
    text = make_template(table, "annual", lang="en")
    assert "budget_row:\n" in text and all(f"    {f.source}:\n" in text for f in table.project.funds)
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    card = evaluate(table, load_actuals(tmp_path / "a.yaml"), load_rules(ROOT / "rules"), "annual", engine="python")
    assert card.total == 0 and card.budget_row.status == "missing"


def test_explain_traces_the_budget_row_by_its_name(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main(["explain", "预算执行率", str(TARGETS.relative_to(ROOT)), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "money_rate = 94" in out and "budget-row" in out and "9.40" in out
    assert out.splitlines()[0] == "budget_row 预算执行率 (Budget execution / the money: spent ÷ annual budget)"


def test_batch_names_a_project_by_its_project_and_counts_its_budget_rows_flags(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(ROOT)
    main(["batch", "targets", "actuals", "--out", str(tmp_path), "--jobs", "1", "--lang", "en"])
    rows = json.loads((tmp_path / "summary-annual.en.json").read_text(encoding="utf-8"))["scored"]
    row = next(r for r in rows if r["unit"].startswith("森林防火能力提升项目"))
    assert row["unit"] == "森林防火能力提升项目（示例） · 示例县林业工作站" and row["flags"] == 4


def test_a_qualitative_rows_status_follows_its_outcome_not_its_share():
    # B02 达到预期 is 达成 in the 80–100 % band at 9 of 10: a clerk reads 达成, not 部分达成
    actuals = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"
    card = evaluate(load_targets(TARGETS), load_actuals(actuals), load_rules(ROOT / "rules"), "annual", engine="python")
    b02 = next(i for i in card.indicators if i.id == "B02")
    assert (b02.outcome, b02.points, b02.weight, b02.status) == ("达成", Decimal("9.00"), Decimal("10.00"), "met")
