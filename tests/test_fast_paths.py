"""The fast paths of reading a file say exactly what the careful ones say, at the same place."""
from __future__ import annotations

import pytest

from scoring import limits, yamlio
from scoring.errors import ScoringError


def _found(text: str) -> list[tuple]:
    try:
        yamlio.parse_yaml(text, "f.yaml")
    except ScoringError as e:
        return [(p.line, p.column, p.code) for p in e.problems]
    return []


D = limits.MAX_DEPTH


@pytest.mark.parametrize("text", [
    "a: " + "[" * (D + 1) + "]" * (D + 1),  # flow, one too deep under a mapping
    "[" * D + "]" * D,  # exactly the limit: accepted
    "[" * (D + 1) + "]" * (D + 1),
    "".join(" " * i + "- \n" for i in range(D + 8)),  # block lists
    "".join(" " * (2 * i) + f"k{i}:\n" for i in range(D + 8)),  # block mappings
    "x: " + "{a: " * (D + 1) + "1" + "}" * (D + 1),
    "a: &a [*a]\n",
])
def test_a_composed_file_is_refused_where_the_parser_events_refuse_it(text, monkeypatch):
    composed = _found(text)  # small files: composed, the depth checked while building
    monkeypatch.setattr(yamlio, "_COMPOSE_SAFE_DEPTH", -1)  # every file: measured from the events first
    assert composed == _found(text)
    assert [code for _, _, code in composed] == ([] if text == "[" * D + "]" * D else ["limits.too_deep"])
