"""A rule's title in the reader's language: the English 计分说明 sheet and `explain --lang en` give the rule
file's English title, a title written as one string stays Chinese in both."""
from __future__ import annotations

from openpyxl import load_workbook

from helpers import ROOT, RULES, copy_rules, run_cli
from scoring.rulebook.load import load_rules
from scoring.run import score_files

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def _titles(rules, lang: str) -> dict[str, str]:
    card = score_files(EXAMPLE, None, rules, "annual", engine="python")
    return {row.id: row.rule.title.get(lang) for row in card.rows}


def test_each_shipped_rule_has_an_english_title_that_the_scored_rows_carry():
    book = load_rules(RULES)
    assert all(r.rule.title.en and r.rule.title.en != r.rule.title.zh for r in book.rules)
    assert _titles(RULES, "en")["P03"] == "Budget execution rate from the money, scored in proportion"
    assert _titles(RULES, "zh")["P03"] == "预算执行率按资金计算，按比例得分"


def test_a_title_written_as_one_string_is_chinese_in_both_languages(tmp_path):
    rules = copy_rules(tmp_path)
    path = rules / "budget_execution.yaml"
    text = path.read_text(encoding="utf-8")
    written = '{zh: "预算执行率按资金计算，按比例得分", en: "Budget execution rate from the money, scored in proportion"}'
    assert written in text
    path.write_text(text.replace(written, "预算执行率按资金计算，按比例得分"), encoding="utf-8")
    assert _titles(rules, "en")["P03"] == _titles(rules, "zh")["P03"] == "预算执行率按资金计算，按比例得分"


def test_the_english_form_and_explain_name_the_rule_in_english(tmp_path):
    out = tmp_path / "form.xlsx"
    assert run_cli(["evaluate", str(EXAMPLE), "--rules", str(RULES), "--format", "xlsx", "--out", str(out),
                    "--engine", "python", "--lang", "en"]).returncode == 0
    sheets = load_workbook(out, read_only=True).worksheets
    cells = [str(c) for ws in sheets for row in ws.iter_rows(values_only=True) for c in row if c]
    assert any("budget-execution Budget execution rate from the money" in c for c in cells)
    result = run_cli(["explain", "P03", str(EXAMPLE), "--rules", str(RULES), "--lang", "en"])
    assert result.returncode == 0
    assert "budget-execution  rules/budget_execution.yaml:9  Budget execution rate from the money" in result.stdout.replace(
        str(RULES.parent) + "/", "")
