"""The fact schema: every field a rule condition or an explanation may name, its type, meaning and values.

One schema serves the rule language (conditions.py checks names, types and closed value lists against
it), the engines (python_backend.py keys its pre-selection on the closed fields), the rule lint (its
neutral samples come from here) and rules/README.md, whose field table is `markdown_table()`
(`python -m scoring.rulebook.fields` prints it; a test keeps the two equal). engine/facts.py builds
exactly these fields (a test checks that too).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..catalogue import Text, text
from ..periods import PERIODS
from ..table.values import OPS, UNITS
from .methods import OUTCOMES


@dataclass(frozen=True)
class Field:
    """One fact field. `source` is what it is read from: the indicator's row, the run, the target, the
    actual, the assessor, or the money. `values` closes a text field's values (None: open). `neutral` is
    the value the rule lint gives it where no rule names it (None: the lint's samples of targets, actuals
    and money set it)."""

    name: str
    type: str  # str | num | bool
    source: str  # indicator | run | target | actual | assessor | money
    description: Text
    values: tuple[str, ...] | None = None
    neutral: Any = None


# "" is what a fact carries when there is none: no operator on a word target, a number without unit,
# no qualitative outcome.
FIELDS: tuple[Field, ...] = (
    Field("id", "str", "indicator", text("fields.id"), neutral="X01"),
    Field("level1", "str", "indicator", text("fields.level1"), neutral="履职"),
    Field("level2", "str", "indicator", text("fields.level2"), neutral="产出指标"),
    Field("name", "str", "indicator", text("fields.name"), neutral="指标"),
    Field("key_work", "str", "indicator", text("fields.key_work"), neutral=""),
    Field("project", "str", "indicator", text("fields.project"), neutral=""),
    Field("period", "str", "run", text("fields.period"), PERIODS, neutral="annual"),
    Field("form", "str", "target", text("fields.form"), ("number", "word", "none")),
    Field("op", "str", "target", text("fields.op"), OPS + ("",)),
    Field("target", "num", "target", text("fields.target")),
    Field("unit", "str", "target", text("fields.unit"), UNITS + ("",)),
    Field("target_word", "str", "target", text("fields.target_word")),
    Field("has_actual", "bool", "actual", text("fields.has_actual")),
    Field("actual", "num", "actual", text("fields.actual")),
    Field("actual_word", "str", "actual", text("fields.actual_word")),
    Field("outcome", "str", "actual", text("fields.outcome"), OUTCOMES + ("",)),
    Field("has_points", "bool", "assessor", text("fields.has_points"), neutral=False),
    Field("ratio", "num", "actual", text("fields.ratio")),
    Field("has_money", "bool", "money", text("fields.has_money")),
    Field("money_rate", "num", "money", text("fields.money_rate")),
    Field("target_fallback", "bool", "target", text("fields.target_fallback"), neutral=False),
)

# The views the rest of the code reads: field -> (type, description); the numeric ones; the closed lists.
FACT_FIELDS: dict[str, tuple[str, Text]] = {f.name: (f.type, f.description) for f in FIELDS}
NUMERIC = {f.name for f in FIELDS if f.type == "num"}
# Text fields whose values come from a closed list: a rule naming any other value could never match,
# so it is a typo to report, not a condition to keep.
FIELD_VALUES: dict[str, tuple[str, ...]] = {f.name: f.values for f in FIELDS if f.values is not None}

# Names an explanation template may use besides the fact fields: what the scoring method computed.
RESULT_FIELDS: dict[str, Text] = {
    "weight": text("fields.weight"), "points": text("fields.points"), "lost": text("fields.lost"),
    "fraction": text("fields.fraction"), "formula": text("fields.formula"), "band": text("fields.band"),
    "deducted": text("fields.deducted"), "target_text": text("fields.target_text"),
    "actual_text": text("fields.actual_text"), "ratio_text": text("fields.ratio_text"),
    "money_text": text("fields.money_text"),
}


def markdown_table(lang: str = "zh") -> str:
    """The fact fields as rules/README.md tabulates them."""
    head = f"| {text('fields.column_field').render(lang)} | {text('fields.column_type').render(lang)} | " \
           f"{text('fields.column_meaning').render(lang)} |"
    rows = [f"| `{f.name}` | {f.type} | {f.description.render(lang)} |" for f in FIELDS]
    return "\n".join([head, "|---|---|---|", *rows])


if __name__ == "__main__":
    print(markdown_table())
