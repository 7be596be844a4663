"""durable's matches are read back by their facts' ids whatever an id or a name holds (quotes, backslashes,
Chinese, text that looks like a JSON key): both backends find the same rules for the same facts."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import requires_durable
from scoring.engine.facts import build_inputs
from scoring.rulebook.fields import NUMERIC
from scoring.engine.python_backend import PythonMatcher
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets
from scoring.actuals import load_actuals

ROOT = Path(__file__).resolve().parent.parent
ODD = ['P"1', "P\\2", "指标三", 'x": "P04', "P\u00015", "id"]


@requires_durable
@pytest.mark.parametrize("isolated", [False, True])
def test_odd_ids_and_names_are_matched_alike_by_both_engines(isolated):
    from scoring.engine.durable_backend import DurableMatcher

    book = load_rules(ROOT / "rules")
    table = load_targets(ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml")
    actuals = load_actuals(ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml", table)
    facts = [dict(i.exact) for i in build_inputs(table, actuals, book, "annual")[0]]
    for fact, ident in zip(facts, ODD):
        fact["id"] = ident
        fact["name"] = f'"id": "{ident}"'  # a name that reads like the key the matches are found by
    with DurableMatcher(book.rules, isolated=isolated) as durable:
        found = durable.match(facts)
    expected = PythonMatcher(book.rules).match(facts)
    assert found == expected
    assert set(found) >= set(ODD)


@requires_durable
def test_the_facts_text_is_what_json_writes():
    """The facts' JSON the engine reads is written field by field: the same text json.dumps writes (numbers
    never in exponent form, which the C core misreads)."""
    import json
    from decimal import Decimal

    from scoring.engine.durable_backend import DurableMatcher, _positional

    book = load_rules(ROOT / "rules")
    facts = [{"id": 'P"1', "name": "a\\b\u0001指标", "form": "number", "op": "≥", "has_actual": True, "has_money": False,
              "has_points": False, "actual": Decimal("0.00001"), "target": Decimal("1E+16")}, {"id": "X", "form": "word"}]
    with DurableMatcher(book.rules, isolated=False) as durable:
        written = durable._json(facts, "s1")
    cut = [{k: v for k, v in f.items() if k in durable._plain} | {k: float(v) for k, v in f.items() if k in NUMERIC}
           | {"fact": "indicator", "sid": "s1"} for f in facts]
    assert json.loads(written) == cut
    assert "e-" not in written and "e+" not in written and _positional(1e16) in written
