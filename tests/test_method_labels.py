"""Every scoring method has a label in both languages, and the 自评表's 计分说明 sheet shows it, not the bare name."""
from __future__ import annotations

import pytest
from xlsx_read import load_workbook

from helpers import ROOT, RULES
from scoring.catalogue import MESSAGES
from scoring.cli import main
from scoring.render.labels import method_label
from scoring.rulebook.methods import METHODS

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def test_every_method_of_the_vocabulary_has_a_label_in_both_languages():
    missing = [name for name in METHODS if f"methods.label_{name}" not in MESSAGES]
    assert not missing, f"add methods.label_<name> to scoring/catalogue/methods.py for: {missing}"
    labels = {name: MESSAGES[f"methods.label_{name}"] for name in METHODS}
    for lang in (0, 1):
        words = [pair[lang] for pair in labels.values()]
        assert all(w.strip() for w in words) and len(set(words)) == len(words)  # none empty, no two alike


def test_no_label_is_left_for_a_method_that_is_gone():
    stale = [code for code in MESSAGES if code.startswith("methods.label_")
             and code.removeprefix("methods.label_") not in METHODS]
    assert not stale


@pytest.mark.parametrize("lang, shown", [("zh", "分档计分（bands）"), ("en", "by bands (bands)")])
def test_a_label_keeps_the_name_the_rule_file_writes(lang, shown):
    assert method_label("bands", lang) == shown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_explanation_sheet_names_each_method_in_the_readers_words(lang, tmp_path):
    out = tmp_path / "form.xlsx"
    assert main(["evaluate", str(EXAMPLE), "--rules", str(RULES), "--format", "xlsx", "--out", str(out),
                 "--engine", "python", "--lang", lang]) == 0
    ws = load_workbook(out).worksheets[1]
    shown = {ws.cell(r, 4).value for r in range(2, ws.max_row + 1)}
    assert shown and shown <= {method_label(name, lang) for name in METHODS}
    assert method_label("outcome_bands", lang) in shown and not shown & set(METHODS)
