"""Every user-facing message, keyed by a stable code, in Simplified Chinese and English side by side.

Entries live in one module per area (`scoring/catalogue/<area>.py`, each a `MESSAGES` dict of
`"area.code": ("中文 {name}", "English {name}")`; an English word that goes with a count is written
`{count:finding|findings}`, the first for 1, the second otherwise); they are merged here, and a code defined
in two areas is an error at import. A message is a `Text` (code and arguments) until it is rendered, so one process can
print it in both languages (batch writes both).
"""
from __future__ import annotations

import importlib
import pkgutil
import string
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, Iterable

from ._fill import filler

# Every module in this folder is an area (owned by whoever works on it): found, not listed, so adding an area
# touches no shared line.
AREAS = tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))

SEPARATORS = {"zh": "、", "en": ", "}


def _merge(areas: Iterable[str]) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    owner: dict[str, str] = {}
    for area in areas:
        for code, pair in importlib.import_module(f"{__name__}.{area}").MESSAGES.items():
            if code in merged:
                raise ImportError(f"message code {code!r} is defined twice: in catalogue/{owner[code]}.py "
                                  f"and catalogue/{area}.py")
            merged[code], owner[code] = pair, area
    return merged, owner


MESSAGES, AREA_OF = _merge(AREAS)


@lru_cache(maxsize=None)
def placeholders(template: str) -> frozenset[str]:
    """The named fields of one message ('{name}', '{rate:.2f}' -> name, rate)."""
    return frozenset(field for _, field, _, _ in string.Formatter().parse(template) if field is not None)


class _Counted(string.Formatter):
    """Formats `{count:finding|findings}` as the word for that count: the first for exactly 1, else the second."""

    def format_field(self, value: Any, spec: str) -> str:
        if "|" in spec:
            one, many = spec.split("|", 1)
            return one if str(value) == "1" else many  # "1.00 points" stays plural, as English writes it
        return super().format_field(value, spec)


_COUNTED = _Counted()


@lru_cache(maxsize=None)
def _counted(template: str) -> bool:
    """Whether a message says a word by a count (`{count} {count:finding|findings}`): English has plurals,
    Chinese has none, so only the English side needs it."""
    return any(spec and "|" in spec for _, _, spec, _ in string.Formatter().parse(template))


_PLAIN = frozenset({str, int, float, Decimal})
_CHECKED: set[tuple[str, ...]] = set()  # (code, argument names) of the Texts made correctly so far


def _render_arg(value: Any, lang: str) -> Any:
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, (list, tuple)):
        return join(value, lang)
    return value


@dataclass(frozen=True)
class Text:
    """A message not yet rendered: its catalogue code and its named arguments (sorted (name, value) pairs).

    Arguments may be Texts (rendered in the same language) or lists of them (joined in that language's style).
    Made by `text()`, which checks the code and the argument names against the catalogue.
    """

    code: str
    args: tuple[tuple[str, Any], ...] = ()
    # what render() wrote, by language: a Text shared by many rows (a band's default formula, a flag) is
    # written once; not part of its value
    _said: dict[str, str] | None = field(default=None, compare=False, hash=False, repr=False)
    # the Bilingual made of it (scorecard.Bilingual.of), kept so a Text shared by many rows makes one
    _bilingual: Any = field(default=None, compare=False, hash=False, repr=False)

    def __post_init__(self):
        if self.code not in MESSAGES:  # a Text made directly: its code at least (text() checks the names too)
            raise KeyError(f"no message {self.code!r} in scoring/catalogue (add it to the area's MESSAGES)")

    def render(self, lang: str = "zh") -> str:
        template = MESSAGES[self.code][lang == "en"]  # (中文, English)
        if not self.args:  # as written, its {{ and }} read as the braces they escape
            return filler(template)({})
        said = self._said
        if said is not None and lang in said:
            return said[lang]
        # most arguments are plain strings and numbers: only Texts and lists need rendering (a row's texts
        # are rendered for every row of every unit)
        values = {name: value if type(value) in _PLAIN else _render_arg(value, lang) for name, value in self.args}
        out = _COUNTED.vformat(template, (), values) if _counted(template) else filler(template)(values)
        if said is None:
            object.__setattr__(self, "_said", {lang: out})  # frozen: the cache is set as dataclasses do
        else:
            said[lang] = out
        return out

    @property
    def zh(self) -> str:
        return self.render("zh")

    @property
    def en(self) -> str:
        return self.render("en")


def text(code: str, /, **args: Any) -> Text:
    """The message `code` with its named arguments, ready to render in either language."""
    if (code, *args) not in _CHECKED:  # each code with its argument names checked once (texts are made per row)
        _check(code, args)
    return Text(code, tuple(sorted([(k, tuple(v)) if type(v) is list else (k, v) for k, v in args.items()])))


def _check(code: str, args: dict[str, Any]) -> None:
    # A wrong code or argument is a programming error: fail where the message is made, not when printed.
    if code not in MESSAGES:
        raise KeyError(f"no message {code!r} in scoring/catalogue (add it to the area's MESSAGES)")
    wanted = placeholders(MESSAGES[code][0])
    if set(args) != wanted:
        missing, extra = sorted(wanted - set(args)), sorted(set(args) - wanted)
        raise TypeError(f"message {code!r} takes {sorted(wanted)}; missing {missing}, unexpected {extra}")
    _CHECKED.add((code, *args))


def say(code: str, lang: str, /, **args: Any) -> str:
    """The message `code` rendered at once in `lang` ('zh' or 'en')."""
    return text(code, **args).render(lang)


def join(items: Iterable[Any], lang: str) -> str:
    """A list in the language's style: 甲、乙 / a, b. Items may be Texts."""
    return SEPARATORS["en" if lang == "en" else "zh"].join(str(_render_arg(i, lang)) for i in items)
