"""Every finding code of `scoring audit` has a short label in both languages, and readers see the label.

The codes stay as they are in JSON; the terminal, Markdown and the marked copy print each finding as its
label and its message, and the count tables give the label beside the code."""
from __future__ import annotations

import json
import re

import pytest

from helpers import ROOT, RULES
from review_forms import CODES as CASES, TABLE_CODES, case, write_table, write_text
from scoring.catalogue import MESSAGES
from scoring.review import render_markdown, render_terminal
from scoring.review.audit import audit_form
from scoring.review.codes import label
from scoring.review.findings import CODES, Finding
from scoring.review.read import read_form
from scoring.review.unread import with_unread
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets
from scoring.scorecard import Bilingual


def test_every_finding_code_has_a_label_in_both_languages():
    missing = [c for c in CODES if f"review.label_{c}" not in MESSAGES]
    assert not missing, f"add review.label_<code> to scoring/catalogue/review.py for: {missing}"
    for lang in (0, 1):
        words = [MESSAGES[f"review.label_{c}"][lang] for c in CODES]
        assert all(w.strip() for w in words) and len(set(words)) == len(words)  # none empty, no two alike
    stale = [k for k in MESSAGES if k.startswith("review.label_") and k.removeprefix("review.label_") not in CODES]
    assert not stale


def test_the_list_of_codes_is_the_one_the_readme_and_the_test_forms_give():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("The finding codes:")
    listed = [c for c in re.findall(r"`([a-z_0-9]+)`", readme[start:readme.index("each has its label", start)])
              if "_" in c]  # every code has one; `evaluate` in the text is no code
    assert listed == list(CODES)
    assert sorted(CASES) == sorted(CODES)  # each code has a form that shows it (tests/review_forms.py)


def test_a_finding_with_a_code_not_in_the_list_is_refused_where_it_is_made():
    with pytest.raises(ValueError, match="not in findings.CODES"):
        Finding(code="new_mistake", message=Bilingual(zh="新", en="new"), field="points")


@pytest.fixture(scope="module")
def book():
    return load_rules(RULES)


@pytest.mark.parametrize("code", CODES)
def test_each_finding_reads_as_its_label_and_the_json_keeps_its_code(code, book, tmp_path):
    from scoring.review.render_json import render as render_json

    table = load_targets(write_table(tmp_path / "table.yaml")) if code in TABLE_CODES else None
    a = with_unread(audit_form(read_form(write_text(case(code)[0], tmp_path / "f.txt")), book, "python", table))
    assert code in a.codes()
    for lang in ("zh", "en"):
        text = render_terminal.render(a, lang)
        assert label(code, lang) in text
        rows = text[:text.index(render_terminal.say("review.h_codes", lang))]
        assert not re.search(rf"(?<![\w-]){code}(?![\w-])", rows)  # the code itself only in the count table
        markdown = render_markdown.render(a, lang)
        assert f"| {label(code, lang)} | `{code}` |" in markdown
    data = json.loads(render_json(a, "zh"))
    found = [f["code"] for r in data["rows"] for f in r["findings"]] + [f["code"] for f in data["findings"]]
    assert code in found and code in data["counts"]


@pytest.mark.parametrize("code", ["no_actual", "no_weight", "claimed_blank"])
def test_a_message_does_not_say_its_label_again(code, book, tmp_path):
    """`no actual: no actual value: …` read twice: the English message goes on from its label."""
    a = audit_form(read_form(write_text(case(code)[0], tmp_path / "f.txt")), book, "python")
    (f,) = [f for f in a.all_findings() if f.code == code]
    head = " ".join(label(code, "en").split()[:2]).lower()
    assert not f.message.en.lower().startswith(("no ", head)), f.message.en
