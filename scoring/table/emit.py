"""Writing plain data as block-style YAML for people to read and edit, with comments where asked."""
from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

COMMENTS = "#"  # a mapping key whose value (a list of lines) is written as comments above the mapping


class Quoted(str):
    """Text always written in double quotes (target values: `=0%` or `≥99%` must stay text)."""


class Noted(list):
    """A list written with comment lines above its key, as a mapping is with those it holds under COMMENTS."""

    def __init__(self, items=(), comments=()):
        super().__init__(items)
        self.comments = list(comments)


# Plain scalars are used only where no YAML reader could take them for anything but this text:
# no indicator character first, no `: ` or ` #` inside, and not an ASCII word YAML 1.1 resolves.
_SPECIAL_FIRST = set("!&*-?:,[]{}#|>@`\"'%=<≥≤+.~0123456789 ")
_RESOLVED = re.compile(r"^(?:y|n|yes|no|on|off|true|false|null)$", re.IGNORECASE)


def _plain(text: str) -> bool:
    return bool(
        text
        and text[0] not in _SPECIAL_FIRST
        and text == text.strip()
        and not any(ch in text for ch in "\n\r\t")
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not _RESOLVED.match(text)
    )


def scalar(value: Any) -> str:
    if isinstance(value, Quoted):
        return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")  # never exponent form: 1E+2 would read back as text
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return text if _plain(text) else json.dumps(text, ensure_ascii=False)


def _said(line, lang: str) -> str:
    """A comment line: text as given, or a catalogue Text rendered in `lang`."""
    return line if isinstance(line, str) else line.render(lang)


def _comments(value: Any, pad: str, lang: str) -> list[str]:
    if isinstance(value, dict):
        lines = value.get(COMMENTS, ())
    elif isinstance(value, Noted):
        lines = value.comments
    else:
        return []
    return [f"{pad}# {_said(line, lang)}" for line in lines]


def _mapping(data: dict, indent: int, lang: str, spaced: bool = False) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for key, value in data.items():
        if key == COMMENTS:
            continue
        if spaced and out:
            out.append("")  # a blank line between top-level parts, for the eye
        out += _comments(value, pad, lang)
        if isinstance(value, dict) and any(k != COMMENTS for k in value):
            out += [f"{pad}{key}:"] + _mapping(value, indent + 2, lang)
        elif isinstance(value, list) and value:
            out += [f"{pad}{key}:"] + _sequence(value, indent + 2, lang)
        elif isinstance(value, (dict, list)):
            out.append(f"{pad}{key}: {'{}' if isinstance(value, dict) else '[]'}")
        else:
            out.append(f"{pad}{key}: {scalar(value)}")
    return out


def _sequence(items: list, indent: int, lang: str) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for item in items:
        out += _comments(item, pad, lang)
        if isinstance(item, dict):
            body = _mapping(item, indent + 2, lang)
            out += [pad + "- " + body[0][indent + 2:]] + body[1:]
        else:
            out.append(f"{pad}- {scalar(item)}")
    return out


def dump(data: dict, header: list, lang: str = "zh") -> str:
    """The YAML text of data: a header comment, then block-style mappings and lists. Comment lines are text or
    catalogue Texts, written in `lang`."""
    lines = [f"# {shown}" if (shown := _said(line, lang)) else "#" for line in header]
    return "\n".join(lines + _mapping(data, 0, lang, spaced=True)) + "\n"
