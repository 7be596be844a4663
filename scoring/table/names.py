"""Names in published tables: undoing export artefacts, and pairing names that mean the same thing."""
from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import Hashable, Iterable, Sequence, TypeVar

from ..catalogue import Text, text
from .values import normalise_text

L = TypeVar("L", bound=Hashable)
R = TypeVar("R", bound=Hashable)


def same_unit(a: str, b: str) -> bool:
    """Two spellings of one budget unit's name: 江宁区测试单位 4 and 江宁区测试单位4 (a stray space is no other unit)."""
    return "".join(normalise_text(a).split()) == "".join(normalise_text(b).split())


# CJK ideographs, CJK punctuation and full-width forms: a space between two of these is never part
# of a Chinese name; exporters insert it where a cell wrapped onto a second line.
_WIDE = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]"
# compiled on first use (re's cache), by the table import: its two classes of 28,000 code points each took
# ~28 M instructions (~6 ms) to compile at import, in every command that reads a name
_INNER_SPACE = rf"(?<={_WIDE})\s+(?={_WIDE})"


def clean_name(text: str) -> str:
    """A cell's text without the spaces an export put inside Chinese words (`缴费补贴 人数`)."""
    return re.sub(r"\s+", " ", re.sub(_INNER_SPACE, "", text.strip()))


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


# -- indicators as people name them: by id (typed loosely) or by name -----------------------------

_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")


@lru_cache(maxsize=65536)  # every actual's key is folded once per evaluation: names recur across units
def wide_folded(ident: str) -> str:
    """An id as typed with a Chinese input method's full-width letters and digits (Ｐ０３), folded as names
    are (NFKC)."""
    return unicodedata.normalize("NFKC", ident).strip()


@lru_cache(maxsize=65536)
def loose_id(ident: str) -> str:
    """P03, p03, p3 and ｐ３ are one id as people type them."""
    return _LEADING_ZEROS.sub("", wide_folded(ident).casefold())


class NameIndex:
    """A table's (id, name) pairs indexed once by exact id, loose id and normalised name, so resolving a
    key is a few dictionary lookups instead of a pass over the table (quadratic over all the keys)."""

    def __init__(self, indicators: Sequence[tuple[str, str]]):
        self.indicators = list(indicators)
        ids, names = zip(*self.indicators) if self.indicators else ((), ())
        self._ids = set(ids)
        self.normalised = list(map(normalise_text, names))  # in table order
        # each key's ids, made by C loops (a Python loop of setdefault and append was a tenth of building the
        # facts); a key that two indicators share, which the dict kept one of, is given them all (ambiguous)
        self._loose = _all_ids(list(map(loose_id, ids)), ids)
        self._names = _all_ids(self.normalised, ids)

    def resolve(self, key: str) -> list[str]:
        """The ids `key` may mean: its exact id (also typed in full width, Ｐ０１), else the id it spells
        loosely, else every indicator of that name. More than one means ambiguous; none, unknown."""
        if key in self._ids:
            return [key]
        if (folded := wide_folded(key)) in self._ids:  # Ｐ０１ is P01, though loosely it is P1 too
            return [folded]
        found = self._loose.get(loose_id(key)) or self._names.get(normalise_text(key))
        return [] if found is None else [found] if type(found) is str else list(found)


def _all_ids(keys: list[str], ids: Sequence[str]) -> dict[str, str | tuple[str, ...]]:
    """Each key's id, or the ids of a key that repeats (in table order)."""
    found = dict(zip(keys, ids))
    if len(found) < len(keys):
        repeated: dict[str, list[str]] = {}
        for key, ident in zip(keys, ids):
            repeated.setdefault(key, []).append(ident)
        found.update((key, tuple(given)) for key, given in repeated.items() if len(given) > 1)
    return found


def resolve(key: str, indicators: Sequence[tuple[str, str]]) -> list[str]:
    """The ids `key` may mean among (id, name) pairs (see NameIndex.resolve); for one key only."""
    return NameIndex(indicators).resolve(key)


def unresolved_text(key: str, ids: list[str], indicators: Sequence[tuple[str, str]], suggest: bool = True) -> Text:
    """What to tell a user whose `key` resolved to `ids` (none or several), as a catalogue message; the
    nearest names only if `suggest` (each search compares with every indicator)."""
    if ids:
        return text("table.name_ambiguous", key=key, ids=list(ids))
    if near := (closest(key, indicators) if suggest else []):
        return text("table.name_unknown_near", key=key, near=list(near))
    return text("table.name_unknown_range", key=key, ranges=id_ranges([ident for ident, _ in indicators]))


def id_ranges(ids: Sequence[str]) -> list[str]:
    """A table's ids by group of letters, each as its first to its last (D01–D05, P01–P21 …), in table order: the
    table's first and last id alone (D01 to S01) made a range no id runs through."""
    groups: dict[str, list[str]] = {}
    for ident in ids:
        found = _ID_PARTS.fullmatch(ident)
        groups.setdefault(found.group(1) if found else ident, []).append(ident)
    return [g[0] if len(g) == 1 else f"{g[0]}–{g[-1]}" for g in groups.values()]


def _like(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


_ID_PARTS = re.compile(r"(\D*)(\d+)")  # a loose id's group letters and number: b5 of B05


def _id_like(typed: str, ident: str) -> float:
    """How alike two loose ids are: as text, and within one group of letters also by how near their numbers are,
    so B05 is nearest B04, then B03, before D05 whose digits match (P99 is still nearest P09, mistyped)."""
    a, b = _ID_PARTS.fullmatch(typed), _ID_PARTS.fullmatch(ident)
    like = _like(typed, ident)
    if a and b and a.group(1) == b.group(1):
        return max(like, 0.9 - 0.01 * abs(int(a.group(2)) - int(b.group(2))))
    return like


def closest(text: str, indicators: Sequence[tuple[str, str]], n: int = 3) -> list[str]:
    """'ID name' of the indicators whose id or name is nearest to text, nearest first, then in table order."""
    scored = []
    for order, (ident, name) in enumerate(indicators):
        score = max(_id_like(loose_id(text), loose_id(ident)), _like(normalise_text(text), normalise_text(name)))
        if score >= 0.5:
            scored.append((-score, order, f"{ident} {name}"))
    return [shown for _, _, shown in sorted(scored)[:n]]


def nearest(text: str, names: Sequence[str], n: int = 1) -> list[str]:
    """The names nearest to text (both normalised), nearest first, then in their order; none less than half alike.
    For names without ids (a table's projects), as `closest` is for indicators."""
    typed = normalise_text(text)
    scored = [(-score, order, name) for order, name in enumerate(names)
              if (score := _like(typed, normalise_text(name))) >= 0.5]
    return [name for _, _, name in sorted(scored)[:n]]
