"""What changed between two rule books, rule by rule and setting by setting, as an auditor reads it.

Rules are matched by id. A change is reported at the deepest place it happens (`method.outcome_bands.
部分达成.low: 60 → 50`); numbers compare by value (60 = 60.0); a list of plain values compares as a
set and is shown as the items added and removed (vocabulary words, `op: [≤, <]`), since its order
means nothing to the rules; a list of mappings (bands) is followed item by item when it keeps its
length, and shown whole otherwise. A mapping or list shown whole reads as the rule file writes it (YAML flow style).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..catalogue import say
from ..rulebook.load import OPTIONAL_SETTINGS, SETTINGS_FILES, RuleBook
from ..table.values import format_number
from .title_numbers import stale_numbers

_RULE_PARTS = {"title", "when", "priority", "method", "explain", "over_achievement", "hand_tolerance", "monitor"}
# Every settings file the rule book reads, each kept on the book under its file's stem (bare_targets.yaml →
# book.bare_targets): taken from the loader, so a settings file added there is compared here too.
SETTINGS = tuple((name, name.removesuffix(".yaml")) for name in {**SETTINGS_FILES, **OPTIONAL_SETTINGS})

Part = tuple[tuple, Any, Any]  # path, before, after (None where absent)


@dataclass(frozen=True)
class Edit:
    """A rule added, removed, moved to another file or changed, or a settings file changed."""

    name: str  # a rule id, or a settings file such as weights.yaml
    kind: str  # added | removed | moved | changed
    file: str  # where it is now (where it was, when removed)
    line: int | None
    parts: tuple[Part, ...] = ()
    scores: bool | None = None  # rules: whether it wins any indicator of the table compared on
    stale_title: tuple[str, ...] = ()  # rules: numbers its unchanged title still names, which the edit took away


def _plain(v: Any) -> Any:
    if isinstance(v, (bool, str, frozenset)) or v is None:  # frozenset: already plain (changes() recurses)
        return v
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v)).normalize()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        items = [_plain(x) for x in v]
        return items if any(isinstance(x, (dict, list)) for x in items) else frozenset(items)
    return str(v)  # fractions and the like: compared as written


def changes(before: Any, after: Any, path: tuple = ()) -> list[Part]:
    """Where `after` differs from `before`, at the deepest level that still reads as one change."""
    b, a = _plain(before), _plain(after)
    if isinstance(b, frozenset) and not isinstance(a, (frozenset, dict, list)) and a is not None:
        a = frozenset([a])  # op: [≤, <] → op: ≤ is one item removed
    if isinstance(a, frozenset) and not isinstance(b, (frozenset, dict, list)) and b is not None:
        b = frozenset([b])
    if b == a:
        return []
    if isinstance(b, dict) and isinstance(a, dict):
        return [c for k in sorted(b.keys() | a.keys(), key=str) for c in changes(b.get(k), a.get(k), path + (k,))]
    if isinstance(b, list) and isinstance(a, list) and len(b) == len(a):
        return [c for i, (x, y) in enumerate(zip(b, a)) for c in changes(x, y, path + (i,))]
    return [(path, b, a)]


def rule_edits(old: RuleBook, new: RuleBook, scoring: set[str] | None = None) -> list[Edit]:
    """Rules added, moved or changed (in the new book's order), removed, then settings files changed.
    `scoring`: ids of the rules that win some indicator of the table compared on."""
    before, after = {r.id: r for r in old.rules}, {r.id: r for r in new.rules}

    def dump(r) -> dict:
        return {**r.rule.model_dump(include=_RULE_PARTS), "monitor": r.monitor}

    def scores(rule_id: str) -> bool | None:
        return None if scoring is None else rule_id in scoring

    edits = []
    for r in new.rules:
        was = before.get(r.id)
        if was is None:
            edits.append(Edit(r.id, "added", r.file, r.line, scores=scores(r.id)))
            continue
        parts = tuple(changes(dump(was), dump(r)))
        kind = "moved" if was.file.rsplit("/", 1)[-1] != r.file.rsplit("/", 1)[-1] else "changed"
        if parts or kind == "moved":
            edits.append(Edit(r.id, kind, r.file, r.line, parts, scores(r.id), stale_numbers(was.rule, r.rule)))
    edits += [Edit(r.id, "removed", r.file, r.line) for r in old.rules if r.id not in after]
    for name, attr in SETTINGS:
        if parts := tuple(changes(getattr(old, attr).model_dump(), getattr(new, attr).model_dump())):
            was, now = _settings_file(old, name), _settings_file(new, name)
            kind = "added" if was is None else "removed" if now is None else "changed"  # an optional file
            edits.append(Edit(name, kind, now or was or name, None, parts))
    return edits


def _settings_file(book: RuleBook, name: str) -> str | None:
    return next((f for f in book.files if f.rsplit("/", 1)[-1] == name), None)


# -- showing values --------------------------------------------------------------------------------

def path_text(path: tuple, lang: str | None = None) -> str:
    """The place of a change: `method.bands.bands.1.share` as data (JSON), or with `lang` for a reader, the
    list item counted from 1 (`method.bands.bands 第2项.share`)."""
    if lang is None:
        return ".".join(map(str, path))
    out = ""
    for part in path:
        if isinstance(part, int):
            out += " " + say("diff.item", lang, n=part + 1)
        else:
            out += ("." if out else "") + str(part)
    return out


def value_text(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, (dict, list, frozenset)):
        return _flow(v)
    return _number_or_text(v)


def _number_or_text(v: Any) -> str:
    return format_number(v) if isinstance(v, Decimal) else str(v)


def _flow(v: Any) -> str:
    """A mapping or list as a rule file writes it in YAML flow style: `{deduction: {per: 1, points: 0.5}}`."""
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_flow(k)}: {_flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(map(_flow, v)) + "]"
    if isinstance(v, frozenset):
        return "[" + ", ".join(sorted(map(_flow, v))) + "]"
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    written = _number_or_text(v)
    return json.dumps(written, ensure_ascii=False) if isinstance(v, str) and _needs_quotes(written) else written


def _needs_quotes(s: str) -> bool:
    """Whether YAML would read the plain text otherwise: as a number, a flag, null, or as flow syntax."""
    if s == "" or s != s.strip() or s[0] in "!&*|>'\"%@`#?-" or any(c in s for c in ",[]{}") or ": " in s or " #" in s:
        return True
    if s.endswith(":") or s.lower() in ("true", "false", "yes", "no", "on", "off", "null", "~"):
        return True
    try:
        float(s)
    except ValueError:
        return False
    return True


def change_text(before: Any, after: Any, lang: str = "zh") -> str:
    """`60 → 50`, or for sets the items added and removed in words: `added 妥善; removed 尚可`."""
    if isinstance(before, frozenset) and isinstance(after, frozenset):
        added, removed = (", ".join(sorted(map(value_text, items))) for items in (after - before, before - after))
        if added and removed:
            return say("diff.set.both", lang, added=added, removed=removed)
        return say("diff.set.added", lang, added=added) if added else say("diff.set.removed", lang, removed=removed)
    return f"{value_text(before)} → {value_text(after)}"


def to_json(v: Any) -> Any:
    """Plain values as JSON: numbers as numbers, sets as sorted lists."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, frozenset):
        return sorted((to_json(x) for x in v), key=str)
    if isinstance(v, dict):
        return {str(k): to_json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_json(x) for x in v]
    return v
