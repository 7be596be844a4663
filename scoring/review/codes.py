"""Each finding code's short label in the reader's language, and a finding as the review's renderers print it."""
from __future__ import annotations

from ..catalogue import say
from .findings import Finding


def label(code: str, lang: str) -> str:
    """The code in the reader's words (budget_rate_mismatch → 执行率不符); the code itself stays in JSON and
    beside the label in the count tables, for whoever keys on it."""
    key = "review.label_" + code  # every code of findings.CODES has one: tests/test_finding_labels.py
    return say(key, lang)


def labelled(f: Finding, lang: str) -> str:
    """`【执行率不符】执行率写作 100%，…`: the finding's label, then its message."""
    return say("review.labelled", lang, label=label(f.code, lang), message=f.message.get(lang))
