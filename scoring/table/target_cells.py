"""A target cell as both importers read it: what is wrong with it, and whether a cell the grammar cannot read was meant as one.

A target is read as the table's YAML will read it (the value grammar), when its cell is read, so that one that
cannot be is an error at that cell, not at a line of the YAML written.
"""
from __future__ import annotations

from ..catalogue import Text
from .form_words import APPROXIMATE
from .values import OPS, TargetSyntaxError, normalise_text, parse_value


def target_problem(written: str) -> Text | None:
    """What is wrong with a target as written in its cell (what was found and what is expected); None where nothing is."""
    try:
        parse_value(written)
    except TargetSyntaxError as e:
        return e.said
    return None


def meant_as_target(written: str) -> bool:
    """Whether text the grammar cannot read was written as a target, not as a name that has digits in it
    (医疗个人增记2000档人数): it starts with an operator (≥ alone, ≥约95%), or is a number made approximate (约95%,
    30人左右; not 约谈2家企业)."""
    folded = normalise_text(written)
    rest = APPROXIMATE.sub("", folded)
    return folded[:1] in OPS or (rest != folded and is_numeric_target(rest))


def is_numeric_target(written: str) -> bool:
    """Whether text reads as a numeric target (≥100%, 30人); text the grammar cannot read does not."""
    try:
        return parse_value(written).kind == "number"
    except TargetSyntaxError:
        return False  # digits that are no target: a name such as 医疗个人增记2000档人数
