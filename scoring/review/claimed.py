"""How claimed points (a row's 得分, the 总分) written as text are read, in every format alike.

A text export, a workbook's text cell and our YAML's quoted value all come here, so `20分` is 20 in each
and `满分` is words in each. A plain number, with 分 after it or not, is that number; a blank or a
no-value mark (`/`, `—`, `无`) is nothing claimed; anything else (`20元`, `20分/25分`, `1_0`), and
anything that could be read two ways (`1,5`: 1.5 or 15), is unreadable: a finding at its cell, not a guess.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..table.values import NO_TARGET_TEXTS, normalise_text
from .labels import form_labels

# a plain decimal, as Decimal reads it but without its other spellings (1_0, NaN, Infinity)
NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


class Unreadable(ValueError):
    """Claimed points that are not one number (满分, 20分/25分, 1,5)."""


def claimed_number(written: str) -> Decimal | None:
    """The number claimed, or None when nothing is; Unreadable when it cannot be read as one number."""
    s = normalise_text(written)  # full-width digits and spaces folded: ２０ 分 is 20分
    if s in NO_TARGET_TEXTS:
        return None
    unit = form_labels().claimed_unit  # 分: any other unit (元, 万元, %) is not a number of points
    if s.endswith(unit):
        s = s[: -len(unit)]
    if not NUMBER.fullmatch(s):
        raise Unreadable(written)
    return Decimal(s)
