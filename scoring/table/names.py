"""Names in published tables: undoing export artefacts, and pairing names that mean the same thing."""
from __future__ import annotations

import difflib
import re
from typing import Hashable, Iterable, TypeVar

L = TypeVar("L", bound=Hashable)
R = TypeVar("R", bound=Hashable)

# CJK ideographs, CJK punctuation and full-width forms: a space between two of these is never part
# of a Chinese name; exporters insert it where a cell wrapped onto a second line.
_WIDE = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]"
_INNER_SPACE = re.compile(rf"(?<={_WIDE})\s+(?={_WIDE})")


def clean_name(text: str) -> str:
    """A cell's text without the spaces an export put inside Chinese words (`缴费补贴 人数`)."""
    return re.sub(r"\s+", " ", _INNER_SPACE.sub("", text.strip()))


def _bigrams(text: str) -> set[str]:
    letters = re.sub(r"[^\w]|[\d_]", "", text)  # digits and punctuation say nothing about the subject
    return {letters[i:i + 2] for i in range(len(letters) - 1)} or ({letters} if letters else set())


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams: 1 for the same name, 0 for nothing in common.

    Bigrams suit Chinese names, whose words are two or three characters with no spaces between.
    """
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def assign(scores: Iterable[tuple[L, R, float]]) -> dict[L, tuple[R, float]]:
    """Pair each left item with at most one right item and vice versa, most similar pairs first.

    Pairs with no similarity at all are never made. Ties keep the order the scores were given in,
    so the result does not depend on hashing.
    """
    ranked = sorted(enumerate(scores), key=lambda e: (-e[1][2], e[0]))
    pairs: dict[L, tuple[R, float]] = {}
    taken: set[R] = set()
    for _, (left, right, score) in ranked:
        if score > 0 and left not in pairs and right not in taken:
            pairs[left] = (right, score)
            taken.add(right)
    return pairs


def closest(text: str, indicators: Iterable[tuple[str, str]], n: int = 3) -> list[str]:
    """'ID name' of the (id, name) pairs whose id or name is nearest to text, for a "did you mean"."""
    shown: dict[str, str] = {}
    for ident, name in indicators:
        shown[ident] = shown[name] = f"{ident} {name}"
    return list(dict.fromkeys(shown[k] for k in difflib.get_close_matches(text, list(shown), n=n, cutoff=0.5)))
