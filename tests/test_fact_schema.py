"""One fact schema (scoring/rulebook/fields.py): the README's field table, the facts the engine is given
and the rule lint's samples all follow it."""
from __future__ import annotations

from decimal import Decimal

from helpers import MINI_ANNUAL, MINI_TARGETS, ROOT, RULES
from scoring.actuals import load_actuals
from scoring.audit.lint_match import PART_OF
from scoring.engine.facts import build_inputs
from scoring.rulebook.fields import FACT_FIELDS, FIELD_VALUES, FIELDS, markdown_table
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets


def _readme_table(head: str) -> str:
    lines = (ROOT / "rules" / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(head)
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("|"))
    return "\n".join(lines[start:end])


def test_the_rules_readme_tabulates_the_schema():
    table = markdown_table("zh")
    assert _readme_table(table.splitlines()[0]) == table, "run `python -m scoring.rulebook.fields` and paste its table"


def test_the_engine_is_given_exactly_the_schemas_fields_with_their_types_and_values():
    inputs, _ = build_inputs(load_targets(MINI_TARGETS), load_actuals(MINI_ANNUAL), load_rules(RULES), "annual")
    kinds = {"str": str, "bool": bool, "num": Decimal}
    for inp in inputs:
        assert set(inp.exact) == set(FACT_FIELDS)
        assert set(inp.fact) - {"fact"} <= set(FACT_FIELDS)  # the engine's copy drops the missing numbers
        for f in FIELDS:
            value = inp.exact[f.name]
            assert value is None and f.type == "num" or type(value) is kinds[f.type], (inp.item.id, f.name, value)
            assert f.name not in FIELD_VALUES or value in FIELD_VALUES[f.name], (inp.item.id, f.name, value)


def test_the_lint_varies_every_field_in_exactly_one_part_of_its_samples():
    assert set(PART_OF) == set(FACT_FIELDS)
    assert all((f.neutral is not None) == (PART_OF[f.name] == 2) for f in FIELDS)  # picks: the neutral ones
