"""A target cell as both importers read it: what is wrong with it, and whether a cell the grammar cannot read was meant as one.

A target is read as the table's YAML will read it (the value grammar), when its cell is read, so that one that
cannot be is an error at that cell, not at a line of the YAML written. A text the grammar would take for a
qualitative word but that writes a quantity approximately or in words (约一半, 过半, 九成, 百分之九十五) is refused
too: it can be scored neither as a number nor as a word.
"""
from __future__ import annotations

from ..catalogue import Text, text as message
from .form_words import APPROXIMATE, SPELLED_QUANTITY, VAGUE_QUANTITY
from .values import OPS, TargetSyntaxError, normalise_text, parse_value


def target_problem(written: str) -> Text | None:
    """What is wrong with a target as written in its cell (what was found and what is expected); None where nothing is."""
    try:
        value = parse_value(written)
    except TargetSyntaxError as e:
        return e.said
    if value.kind == "word" and VAGUE_QUANTITY.search(value.word):  # 约一半: no number, and no word either
        return message("table.import_vague_target", text=written)
    return None


def spelled_quantity(word: str) -> bool:
    """Whether a word writes a quantity in words (约一半, 九成, 百分之九十五): a target, however long, never a name;
    not a name that only starts as an approximate word does (约谈企业数)."""
    return VAGUE_QUANTITY.search(word) is not None and SPELLED_QUANTITY.search(word) is not None


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
