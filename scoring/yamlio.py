"""Reading YAML input files safely, keeping the line and column of every value.

Files are composed into nodes by ruamel's safe loader and built into plain data here, so no tag can
construct an object, floats become exact Decimals, and duplicate keys are errors. Validation errors
from pydantic are mapped back to the line and column of the offending value.
"""
from __future__ import annotations

import codecs
import contextvars
import difflib
import io
import os
import re
import types
import typing
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.tag import Tag

try:
    from ruamel.yaml.cyaml import CParser
except ImportError:  # no ruamel.yaml.clib: the pure-Python composer, through YAML(typ="safe")
    CParser = None

from . import limits
from .catalogue import MESSAGES, Text, placeholders, text
from .errors import Pos, Problem, ScoringError, display_path

M = TypeVar("M", bound=BaseModel)
Path_ = tuple  # a path into the data: keys and list indexes

_TAG = "tag:yaml.org,2002:"
_MAP, _SEQ, _NULL, _BOOL, _INT, _FLOAT = (_TAG + t for t in ("map", "seq", "null", "bool", "int", "float"))
_TEXT_TAGS = (_TAG + "str", _TAG + "timestamp", _TAG + "binary")


def read_bytes(path: str | Path, limit: int = limits.MAX_FILE_BYTES, name: str | None = None) -> bytes:
    """The bytes of a file of at most `limit` bytes, or a located error saying why they cannot be read
    (at `name`, its display_path unless the caller has it already)."""
    name = name or display_path(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(limit + 1)  # no more: a huge file is refused, not read
            size = max(len(raw), os.fstat(f.fileno()).st_size)
    except FileNotFoundError:
        raise Pos(name).fail("input.not_found") from None
    except IsADirectoryError:
        raise Pos(name).fail("input.is_directory") from None
    except OSError as e:
        raise Pos(name).fail("input.unreadable", reason=e.strerror) from None
    if len(raw) > limit:
        raise Pos(name).fail("limits.file_too_big", size=limits.size_text(size), limit=limits.size_text(limit))
    return raw


# how a workbook's file starts, here where files are read (xlsx/open.py tells the kinds apart by them)
ZIP = b"PK\x03\x04"  # .xlsx, .xlsm, .ods
CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 compound file: .xls, or an .xlsx encrypted by its password


def read_text(path: str | Path, name: str | None = None) -> str:
    """The text of a file: UTF-8 (with or without BOM), else GB18030 as saved by Excel on Windows, or UTF-16 with
    its BOM (Excel's "Unicode 文本"). A workbook given where text is read is said to be one."""
    name = name or display_path(path)
    raw = read_bytes(path, name=name)
    if raw.startswith((ZIP, CFB)):
        raise Pos(name).fail("input.workbook_not_text")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as e:
            text_before = raw[:e.start - e.start % 2].decode("utf-16", errors="replace")
            raise Pos(name, text_before.count("\n") + 1, len(text_before) - text_before.rfind("\n")).fail(
                "input.encoding_utf16") from None
    failures = []
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as e:
            skipped = 3 if encoding == "utf-8-sig" and raw.startswith(codecs.BOM_UTF8) else 0
            failures.append((e.start + skipped, encoding))
    # The encoding that read furthest is the one the file is meant to be in: point at its bad byte.
    start, encoding = max(failures)
    line_start = raw.rfind(b"\n", 0, start) + 1
    column = len(raw[line_start:start].decode(encoding, errors="replace")) + 1
    raise Pos(name, raw.count(b"\n", 0, start) + 1, column).fail("input.encoding")


class Located:
    """Plain data parsed from YAML with an index from each value's path to its position."""

    def __init__(self, file: str, data: Any, index: dict[Path_, Pos], keys: dict[Path_, Pos] | None = None,
                 source: str = ""):
        self.file = file
        self.data = data
        self.index = index
        self.keys = keys or {}  # position of the key of each mapping entry
        self.source = source  # the text read, where it was YAML: to find a character inside a value

    def char_pos(self, path: Path_, char: str) -> Pos:
        """The position of the first `char` in the value at path, on the line the value starts on (a value
        spread over lines, or read from a workbook, gives its own position)."""
        pos = self.pos(path)
        if not self.source or not pos.line or not pos.column:
            return pos
        line = (self.source.splitlines() + [""] * pos.line)[pos.line - 1]
        at = line.find(char, pos.column - 1)
        return pos if at < 0 else Pos(pos.file, pos.line, at + 1)

    def key_pos(self, path: Path_) -> Pos:
        return self.keys.get(tuple(path)) or self.pos(path)

    def pos(self, path: Path_) -> Pos:
        """The position of the value at path, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.index:
                return self.index[path]
            path = path[:-1]
        return self.index.get((), Pos(self.file, 1, 1))


def parse_yaml(text: str, file: str, positions: bool = True) -> Located:
    """The file's data and, unless `positions` is False, where each value stands (with False: 1:1 for all)."""
    # the C composer (ruamel.yaml.clib) where installed is several times faster; both keep marks
    try:
        _check_shape(text, file)
        node = _compose(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        if (e.context and "block scalar" in e.context and e.context_mark is not None
                and "expected comment or line break" in (e.problem or "")):  # op: >= read as > (folded text), then =?
            start = e.context_mark
            raise Pos(file, start.line + 1, start.column + 1).fail(
                "input.syntax.block_scalar", char=_char_at(text, start), after=_char_at(text, mark)) from None
        hidden = _invisible_indent(text, mark) if mark is not None else None
        if hidden is not None:  # `\u3000  priority: 10`: indented with a full-width space, complained of below
            raise _syntax(Pos(file, hidden[0], hidden[1]), invisible(hidden[2])) from None
        wide = _wide_colon(text, mark) if mark is not None and _names_a_colon(e.problem or "") else None
        if wide is None and mark is not None:
            wide = _wide_colon_before(text, mark)
        if wide is not None:  # `名称：值`: YAML saw no colon at all, and said so a line later
            raise _syntax(Pos(file, *wide), "input.syntax.wide_colon") from None
        tight = _tight_colon(text, mark, e.problem or "") if mark is not None else None
        if tight is not None:  # `priority:20`: one plain text to YAML, a key missing its colon a line later
            raise _syntax(Pos(file, tight[0], tight[1]), tight[2]) from None
        raise _syntax_error(Pos(file, line, col), e.problem or str(e), _char_at(text, mark)) from None
    except YAMLError as e:
        position = getattr(e, "position", None)  # the reader's complaint: a character YAML does not allow
        if isinstance(position, int) and isinstance(getattr(e, "character", None), (str, int)):
            char = e.character if isinstance(e.character, str) else chr(e.character)
            line = text.count("\n", 0, position) + 1
            raise Pos(file, line, position - (text.rfind("\n", 0, position) + 1) + 1).fail(
                "input.control_character", code=f"U+{ord(char):04X}") from None
        raise _syntax_error(Pos(file), str(e), "") from None
    if node is None:
        return Located(file, None, {(): Pos(file, 1, 1)})
    if not positions:  # a third of building is making and storing positions
        return Located(file, _build(node, (), file, None, None, _Budget("&" in text)), {})
    index: dict[Path_, Pos] = {}
    keys: dict[Path_, Pos] = {}
    data = _build(node, (), file, index, keys, _Budget("&" in text))
    return Located(file, data, index, keys, text)


# The C composer recurses: 20,000 nested lists composed, 100,000 crashed the process (measured with
# ruamel.yaml.clib 0.2.15). Below this bound a file is composed at once and `_build` refuses what nests
# deeper than limits.MAX_DEPTH, at the same place as the events would.
_COMPOSE_SAFE_DEPTH = 1000


def _check_shape(text: str, file: str) -> None:
    """A located error if lists and mappings nest deeper than the limit, or the file holds too many values,
    where composing could not be trusted to find out.

    Both are cheap to bound: nested block collections start at increasing columns (a list under a
    key may share the key's), each flow collection opens with a bracket, and every value takes at
    least one character. A file whose depth bound stays far below what the composer survives is
    composed (`_build` checks the exact depth); only a file whose bounds exceed that, or the values
    limit, is measured exactly, from the parser's events: libyaml's parser keeps its own stack. Events
    cost about as much as composing, so an ordinary file (flow mappings, JSON) must not need them."""
    if len(text) < limits.MAX_VALUES:
        columns = {len(m[0]) for m in _LINE_START.finditer(text)}
        if 2 * len(columns) + text.count("[") + text.count("{") <= _COMPOSE_SAFE_DEPTH:
            return
    depth = values = 0
    for event in YAML(typ="safe").parse(io.StringIO(text)):
        kind = type(event).__name__
        if kind in ("MappingEndEvent", "SequenceEndEvent"):
            depth -= 1
            continue
        if kind in ("MappingStartEvent", "SequenceStartEvent"):
            depth += 1
            values += 1
            if depth > limits.MAX_DEPTH:
                raise _at(event, file).fail("limits.too_deep", limit=limits.MAX_DEPTH)
        elif kind in ("ScalarEvent", "AliasEvent"):
            values += 1
        if values > limits.MAX_VALUES:
            raise _at(event, file).fail("limits.too_many_values", limit=limits.MAX_VALUES)


if CParser is not None:
    class _SafeComposer(CParser, SafeConstructor, VersionedResolver):
        """The C composer as YAML(typ="safe").compose builds it, the same resolver included (YAML 1.2,
        ruamel's default), but as a class made once: compose makes the class again on every call."""

        def __init__(self, stream):
            CParser.__init__(self, stream)
            self._parser = self._composer = self
            SafeConstructor.__init__(self, loader=self)
            self.allow_duplicate_keys = False
            VersionedResolver.__init__(self, version=None, loadumper=self)
            # The C parser has no scanner for ruamel's `processing_version` to ask for a %YAML directive, so
            # every file is read as YAML 1.2; ruamel found that out again for every value, through two
            # caught exceptions. Found once per file, the same tables (reading the bundled example's rules
            # 14.0 → 9.6 ms CPU, its target table 10.8 → 7.6 ms, in a fresh process).
            self._implicit = VersionedResolver.versioned_resolver.fget(self)

        @property
        def versioned_resolver(self):
            return self._implicit

        def resolve(self, kind, value, implicit):
            # VersionedResolver.resolve as the safe loader calls it (no path resolvers), handing out one Tag per
            # tag: ruamel makes a Tag for every value, and its text is worked out again each time a node is
            # asked its tag (a third of composing a batch's file, and of building from it)
            if self.yaml_path_resolvers:
                return VersionedResolver.resolve(self, kind, value, implicit)
            if kind is ScalarNode:
                if implicit[0]:
                    for tag, regexp in self._implicit.get(value[:1], []) + self._implicit.get(None, []):
                        if regexp.match(value):
                            return _shared_tag(tag)
                return self.DEFAULT_SCALAR_TAG
            return self.DEFAULT_SEQUENCE_TAG if kind is SequenceNode else self.DEFAULT_MAPPING_TAG


_TAGS: dict[str, Tag] = {}
_TAG_TEXTS: dict[int, str] = {}  # by the id of a Tag of _TAGS (which keeps it alive): its text


def _shared_tag(text: str) -> Tag:
    tag = _TAGS.get(text)
    if tag is None:
        tag = _TAGS[text] = Tag(suffix=text)
        _TAG_TEXTS[id(tag)] = str(tag)
    return tag


def _tag_of(node) -> str | None:
    """node.tag, at once for the tags the composer shares."""
    return _TAG_TEXTS.get(id(node.ctag)) or node.tag


for _default in (VersionedResolver.DEFAULT_SCALAR_TAG, VersionedResolver.DEFAULT_SEQUENCE_TAG,
                 VersionedResolver.DEFAULT_MAPPING_TAG):
    _TAGS[str(_default)] = _default
    _TAG_TEXTS[id(_default)] = str(_default)


def _compose(text: str):
    if CParser is None:
        return YAML(typ="safe").compose(io.StringIO(text))
    composer = _SafeComposer(io.StringIO(text))
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()


def _at(event, file: str) -> Pos:
    return Pos(file, event.start_mark.line + 1, event.start_mark.column + 1)


_LINE_START = re.compile(r"^ *(?:[-?] +)*", re.MULTILINE)  # where a line's block collections can start


class _Budget:
    """What one file may still build: its values once aliases are expanded, and its aliases."""

    def __init__(self, aliased: bool = True):
        self.aliased = aliased  # the file may have anchors (an `&`): only then can a copy pass the limit at once
        self.values = 0
        self.aliases = 0
        self.seen: set[int] = set()
        self.replaying = 0  # inside an alias's copy: its parts are not aliases of their own
        self.sizes: dict[int, int] = {}  # values in each anchored node's copy, aliases expanded (_expanded)

    def count(self, node, file: str) -> None:
        """Count one value."""
        self.values += 1
        if self.values > limits.MAX_VALUES:
            raise _pos(node, file).fail("limits.too_many_values", limit=limits.MAX_VALUES)

    def enter(self, node, file: str) -> bool:
        """Count one value; True if it starts the copy of an alias (call `leave` after building it)."""
        self.count(node, file)
        if not self.aliased:  # no anchor, so no alias: no node is met twice
            return False
        if id(node) not in self.seen:
            self.seen.add(id(node))
            if self.aliased and isinstance(node, (MappingNode, SequenceNode)) and not self.replaying:
                children = node.value if isinstance(node, SequenceNode) else [v for _, v in node.value]
                if any(id(child) in self.seen for child in children):  # aliases of what is built already
                    self._fits(node, file)
            return False
        if self.replaying:
            return False
        self.aliases += 1  # the composer hands an alias the very node its anchor named
        if self.aliases > limits.MAX_ALIASES:
            raise _pos(node, file).fail("limits.too_many_aliases", limit=limits.MAX_ALIASES)
        self._fits(node, file)
        self.replaying += 1
        return True

    def _fits(self, node, file: str) -> None:
        """Refuses `node` if its values, aliases expanded, would pass the limit: before building them, not
        after building 50,000 (a billion laughs was refused in 0.3 s, now at once), at the list or mapping
        whose aliases multiply."""
        if self.values - 1 + _expanded(node, self.sizes) > limits.MAX_VALUES:
            raise _pos(node, file).fail("limits.too_many_values", limit=limits.MAX_VALUES)


def _expanded(node, sizes: dict[int, int], depth: int = 0) -> int:
    """The values building `node` counts, its aliases expanded, each node's worked out once (by id, in `sizes`).
    An alias inside its own anchor counts nothing here: building it stops at the depth limit, as it should."""
    key = id(node)
    if key in sizes:
        return sizes[key]
    sizes[key] = 0  # while it is being sized
    size = 1
    if depth < limits.MAX_DEPTH:
        if isinstance(node, MappingNode):
            size += sum(_expanded(v, sizes, depth + 1) for _, v in node.value)
        elif isinstance(node, SequenceNode):
            size += sum(_expanded(v, sizes, depth + 1) for v in node.value)
    sizes[key] = size
    return size


# The parser's commonest complaints, said in the user's words with the usual cause. Matched by a phrase
# that both ruamel parsers use (the C one says "did not find expected ',' or '}'", the pure one
# "expected ',' or '}', but got ':'").
_SYNTAX = (
    ("mapping values are not allowed", "input.syntax.colon_in_value"),
    ("could not find expected ':'", "input.syntax.no_colon"),
    ("did not find expected key", "input.syntax.no_key"),
    ("did not find expected '-' indicator", "input.syntax.no_dash"),
    ("',' or '}'", "input.syntax.open_brace"),
    ("',' or ']'", "input.syntax.open_bracket"),
    ("found unexpected end of stream", "input.syntax.unexpected_end"),
    ("expected <block end>", "input.syntax.indentation"),
)


def _syntax_error(pos: Pos, problem: str, char: str) -> ScoringError:
    """The parser's complaint as a located `YAML syntax error: …`, its code naming the cause."""
    # A Tab is one mistake however the parser words it ("found character that cannot start any token",
    # "found a tab character that violates indentation", "… where an indentation space is expected").
    if char == "\t" or "tab character" in problem:
        cause = text("input.syntax.tab")
    elif "cannot start any token" in problem:
        cause = text("input.syntax.cannot_start", char=char)
    else:
        cause = next((text(code) for phrase, code in _SYNTAX if phrase in problem), None) or text(
            "input.syntax.parser", problem=problem)
    return _syntax(pos, cause)


def _syntax(pos: Pos, cause: Text | str) -> ScoringError:
    """`YAML syntax error: <cause>` at pos, its code the cause's (a Text, or the code of one without arguments)."""
    cause = text(cause) if isinstance(cause, str) else cause
    said = text("input.syntax", cause=cause)
    return ScoringError([pos.problem(said.zh, said.en, cause.code)])


def _names_a_colon(problem: str) -> bool:
    return any(phrase in problem for phrase, code in _SYNTAX if code in ("input.syntax.no_colon", "input.syntax.colon_in_value"))


WIDE_COLON = "："  # the colon a Chinese input method types

# Characters a Chinese input method (or a paste from a web page or Word) puts where a space is meant, which
# YAML does not take for one: each by the catalogue word that names it; the first two stand for a space,
# the last two show nothing at all. By code point: characters, not words to translate.
INVISIBLE = {chr(0x3000): "input.char.wide_space", chr(0xA0): "input.char.no_break_space",
             chr(0x200B): "input.char.zero_width_space", chr(0xFEFF): "input.char.byte_order_mark"}
_SPACES = (chr(0x3000), chr(0xA0))  # stand for a space: to be typed as one, where the others are deleted
_INVISIBLE = re.compile("[" + "".join(INVISIBLE) + "]")
# One in the indentation of a line that starts a key or a list item: not a paragraph of text indented with
# full-width spaces (`　　本项目…`, as Chinese writing does) inside a multi-line value.
_INDENT_INVISIBLE = re.compile(r"^[ \t]*(?P<char>[" + "".join(INVISIBLE) + r"])[ \t" + "".join(INVISIBLE)
                               + r"]*(?:-(?: |$)|[^\s#:'\"][^:#\n]*:(?: |$))", re.MULTILINE)


def invisible(char: str) -> Text:
    """What to say of one of the INVISIBLE characters where it stands: its name and code, and to type a
    half-width space instead or to delete it."""
    code = "input.invisible_space" if char in _SPACES else "input.invisible_zero_width"
    return text(code, name=text(INVISIBLE[char]), code=f"U+{ord(char):04X}")


def invisible_in_key(pos: Pos, key: str) -> Problem | None:
    """A key holding one of the INVISIBLE characters (`\u3000priority`: indented with a full-width space) said
    at that character, for a place that does not know the key; None for a key without one."""
    found = _INVISIBLE.search(key)
    if found is None:
        return None
    return pos.moved(found.start()).report_text(
        invisible(found.group()))


def _invisible_indent(text: str, mark) -> tuple[int, int, str] | None:
    """(line, column, character) of the INVISIBLE character nearest above a syntax error at `mark` (its own
    line included) that stands in a line's indentation: the line is read as a value (or a key) that starts
    with it, and the parser complains a line or more later."""
    end = -1
    for _ in range(mark.line + 1):  # the end of the mark's line (a mark's index counts bytes in libyaml)
        end = text.find("\n", end + 1)
        if end < 0:
            break
    found = None
    for found in _INDENT_INVISIBLE.finditer(text, 0, len(text) if end < 0 else end):
        pass
    if found is None:
        return None
    start = found.start("char")
    line_start = text.rfind("\n", 0, start) + 1
    return text.count("\n", 0, start) + 1, start - line_start + 1, text[start]


def wide_colon_in_key(line: str) -> int | None:
    """Where a line's key ends in a full-width colon (`名称：值`, `名称： {actual: …}`), 0-based: before any
    half-width one and not in a comment; None where the line has none there (`reason: 原因：…` is a value)."""
    body = line.split(" #", 1)[0]
    at = body.find(WIDE_COLON)
    if at < 0 or body.lstrip().startswith("#") or -1 < body.find(":") < at:
        return None
    return at


def _wide_colon(text: str, mark) -> tuple[int, int] | None:
    """(line, column) of the full-width colon a syntax error at `mark` most likely comes from: on its line,
    or on the line above (a missing colon is noticed at the next key)."""
    lines = text.splitlines()
    for n in (mark.line, mark.line - 1):
        if 0 <= n < len(lines) and (at := wide_colon_in_key(lines[n])) is not None:
            return n + 1, at + 1
    return None


def _one_key(knode: ScalarNode, file: str) -> None:
    """A located error for the key of a flow mapping's entry that has no value where its text holds a full-width
    colon (`{lte：target}`), or a colon with no space after it (`{lte:target}`, which the pure-Python parser
    reads as a key): YAML saw no colon, so the key and its value were read as one key."""
    key = knode.value
    found = _ONE_KEY.search(key)
    if found is None:
        return
    at = found.start()
    start = knode.start_mark
    column = start.column + at + 1 if knode.end_mark.line == start.line else start.column + 1
    meant = limits.shorten(f"{key[:at].rstrip()}: {key[at + 1:].lstrip()}")
    code = "input.wide_colon_in_flow" if found.group() == WIDE_COLON else "input.colon_space"
    raise Pos(file, start.line + 1, column).fail(code, typed=limits.shorten(key), meant=meant)


_ONE_KEY = re.compile(WIDE_COLON + r"|:(?=\S)")


def _wide_colon_before(text: str, mark) -> tuple[int, int] | None:
    """(line, column) of a full-width colon just before `mark`, spaces aside: `{b: 1, actual：{lte: target}}`
    is complained of at the brace that follows it."""
    lines = text.splitlines()
    if mark.line >= len(lines):
        return None
    before = lines[mark.line][:mark.column].rstrip(" ")
    return (mark.line + 1, len(before)) if before.endswith(WIDE_COLON) else None


# A line's key and value with no space between the colon and the value (`priority:20`, `- form:number`); not a
# time (12:30) or an address (http://…), and not a line with a key of its own (`reason: 原因:说明`).
_TIGHT_LINE = re.compile(r" *(?:- +)*(?P<key>[^\s:#'\"\[\]{},&*!|>%@`]+):(?P<value>(?:[^\s:/]|[" + "".join(INVISIBLE)
                         + r"])[^#]*?)\s*(?: #.*)?")
# The same inside a flow mapping (`{lte:target}`), from the colon the parser stopped at.
_TIGHT_FLOW = re.compile(r"(?P<key>[^\s:,\[\]{}'\"]+)$")
_FLOW_VALUE = re.compile(r"[^\s,\[\]{}]+")


def tight_colon(line: str) -> tuple[int, Text] | None:
    """Where a line's colon has no space after it (`priority:20`, 0-based), and what to say of it (the line
    meant, `priority: 20`; or the invisible space typed after the colon); None for any other line."""
    found = _TIGHT_LINE.fullmatch(line)
    if found is None or found["key"].isdigit() or ": " in found[0]:
        return None
    typed = f"{found['key']}:{found['value']}"
    if found["value"][0] in INVISIBLE:
        return found.start("value"), invisible(found["value"][0])
    return found.end("key"), text("input.colon_space", typed=limits.shorten(typed),
                                  meant=limits.shorten(f"{found['key']}: {found['value'].lstrip()}"))


def _tight_colon(source: str, mark, problem: str) -> tuple[int, int, Text] | None:
    """(line, column, what to say) of a colon without a space after it that a syntax error at `mark` most
    likely comes from: in a flow mapping, the colon the parser stopped at; else on the mark's line or the
    line above (the parser complains at the next key)."""
    lines = source.splitlines()
    if "unexpected ':'" in problem and mark.line < len(lines):
        line = lines[mark.line]
        key = _TIGHT_FLOW.search(line[:mark.column])
        value = _FLOW_VALUE.match(line, mark.column + 1)
        if line[mark.column:mark.column + 1] == ":" and key is not None:
            value = value[0] if value is not None else ""  # `{lte:[1]}`: the key alone
            if line[:key.start()].rstrip().endswith(":"):  # `{reason: 原因:说明}`: a value with a colon in it
                return mark.line + 1, mark.column + 1, text("input.syntax.quote_colon", typed=limits.shorten(
                    f"{key[0]}:{value}"))
            return mark.line + 1, mark.column + 1, text("input.colon_space", typed=limits.shorten(f"{key[0]}:{value}"),
                                                         meant=limits.shorten(f"{key[0]}: {value}"))
    if not _names_a_colon(problem):
        return None
    for n in (mark.line, mark.line - 1):
        if 0 <= n < len(lines) and (found := tight_colon(lines[n])) is not None:
            return n + 1, found[0] + 1, found[1]
    return None


def _char_at(text: str, mark) -> str:
    lines = text.splitlines()
    if mark is None or mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return ""
    return lines[mark.line][mark.column]


def _pos(node, file: str) -> Pos:
    return Pos(file, node.start_mark.line + 1, node.start_mark.column + 1)


def _build(node, path: Path_, file: str, index: dict[Path_, Pos] | None, keys: dict[Path_, Pos] | None,
           budget: _Budget) -> Any:
    if index is not None:
        index[path] = _pos(node, file)
    # the (MAX_DEPTH + 1)th nested list or mapping, as the events count them; also an alias inside its
    # own anchor (&a [*a]), which nests without end
    if len(path) >= limits.MAX_DEPTH and isinstance(node, (MappingNode, SequenceNode)):
        raise _pos(node, file).fail("limits.too_deep", limit=limits.MAX_DEPTH)
    if budget.enter(node, file):
        try:
            return _build_node(node, path, file, index, keys, budget)
        finally:
            budget.replaying -= 1
    return _build_node(node, path, file, index, keys, budget)


def _build_node(node, path: Path_, file: str, index: dict[Path_, Pos] | None, keys: dict[Path_, Pos] | None,
                budget: _Budget) -> Any:
    if isinstance(node, MappingNode):
        if _tag_of(node) != _MAP:
            raise _pos(node, file).fail("input.tag", tag=limits.shorten(node.tag))
        out: dict = {}
        for knode, vnode in node.value:
            if not isinstance(knode, ScalarNode):
                raise _pos(knode, file).fail("input.key_not_scalar")
            if len(knode.value) > limits.MAX_KEY:
                raise _pos(knode, file).fail("limits.key_too_long", key=limits.shorten(knode.value),
                                             length=len(knode.value), limit=limits.MAX_KEY)
            key = _scalar(knode, file)
            if isinstance(key, Decimal):
                key = knode.value
            if key in out:
                raise _pos(knode, file).fail("input.duplicate_key", key=key)
            if not knode.style and node.flow_style and _tag_of(vnode) == _NULL and not vnode.value:
                _one_key(knode, file)  # {lte：target}: an entry read as a key without a value
            if keys is not None:
                keys[path + (key,)] = _pos(knode, file)
            if type(vnode) is ScalarNode and not budget.aliased:  # most values: _build's work for a scalar
                if index is not None:
                    index[path + (key,)] = _pos(vnode, file)
                budget.count(vnode, file)
                out[key] = _scalar(vnode, file)
            else:
                out[key] = _build(vnode, path + (key,), file, index, keys, budget)
        return out
    if isinstance(node, SequenceNode):
        if _tag_of(node) != _SEQ:
            raise _pos(node, file).fail("input.tag", tag=limits.shorten(node.tag))
        return [_build(item, path + (i,), file, index, keys, budget) for i, item in enumerate(node.value)]
    return _scalar(node, file)


def _scalar(node: ScalarNode, file: str) -> Any:
    tag, text = _tag_of(node), node.value
    if len(text) > limits.MAX_STRING:
        raise _pos(node, file).fail("limits.string_too_long", length=len(text), limit=limits.MAX_STRING)
    if tag in _TEXT_TAGS or node.style in ("'", '"', "|", ">"):
        return text
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return text.lower() in ("true", "yes", "on")
    if tag == _INT:
        value = _int(text.replace("_", ""))
    elif tag == _FLOAT:
        try:
            value = Decimal(text.replace("_", "").replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf")
                            .replace(".nan", "nan").replace(".NaN", "nan").replace(".NAN", "nan"))  # said: not finite
        except InvalidOperation:
            value = None
    else:
        raise _tag(node, file)
    if value is None:
        raise _pos(node, file).fail("input.bad_number", text=text)
    wrong = limits.number_problem(value, text)
    if wrong:
        raise _pos(node, file).fail(wrong[0], **wrong[1])
    return value


def _int(text: str) -> int | None:
    if len(text.lstrip("+-0")) > limits.MAX_INTEGER_DIGITS + 2:  # out of bounds; and int() of a long text is slow
        return 10 ** limits.MAX_INTEGER_DIGITS
    for base in (0, 10):  # 0x1F, 0o17 as YAML means them; 017 as people do
        try:
            return int(text, base)
        except ValueError:
            pass
    return None


def _tag(node: ScalarNode, file: str) -> ScoringError:
    """What to say about a tag on a plain value: mostly an operator written unquoted (=, !=)."""
    if node.tag == _TAG + "value":
        return _pos(node, file).fail("input.quote_operator", text=node.value)
    if node.tag.startswith("!") and not node.tag.startswith("!!"):
        written = node.tag + (" " + node.value if node.value else "")
        return _pos(node, file).fail("input.quote_bang", text=limits.shorten(written))
    return _pos(node, file).fail("input.tag", tag=limits.shorten(node.tag))


def load_yaml(path: str | Path, positions: bool = True, name: str | None = None) -> Located:
    name = name or display_path(path)  # resolving a path is slow: once per file
    return parse_yaml(read_text(path, name), name, positions)


_POSITIONS = contextvars.ContextVar("positions", default=True)


@contextmanager
def without_positions() -> Iterator[None]:
    """Within it, `load_model` reads a file without the place of each value (a fifth of a batch worker's
    time), and reads it again with them only if it fails validation, so its problems are located exactly
    as ever. A model read this way has no `pos` (every one is `<memory>`): a caller that meets any later
    error must load and score again outside, as `scoring batch` does."""
    token = _POSITIONS.set(False)
    try:
        yield
    finally:
        _POSITIONS.reset(token)


# -- validation ---------------------------------------------------------------------------------

# pydantic's error types, by the catalogue message that says them (arguments: the key, and pydantic's bounds)
_CODES = {
    "missing": "input.missing",
    "string_type": "input.expected_text",
    "int_type": "input.expected_integer", "int_parsing": "input.expected_integer", "int_from_float": "input.expected_integer",
    "bool_type": "input.expected_bool", "bool_parsing": "input.expected_bool",
    "decimal_type": "input.expected_number", "decimal_parsing": "input.expected_number", "float_type": "input.expected_number",
    "finite_number": "input.expected_finite",
    "list_type": "input.expected_list",
    "dict_type": "input.expected_mapping", "model_type": "input.expected_mapping", "model_attributes_type": "input.expected_mapping",
    "greater_than_equal": "input.at_least", "greater_than": "input.greater_than", "less_than_equal": "input.at_most",
    "string_too_short": "input.empty_text",
}


def _describe(err: dict, holder: type[BaseModel] | None = None) -> tuple[str, str, str]:
    """Chinese, English and code of one pydantic error; `holder` is the model an unknown key was given to."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    loc = err.get("loc") or ()
    field = str(loc[-1]) if loc else ""
    if "zh" in ctx and "en" in ctx:  # raised by our own validators (see bilingual())
        return ctx["zh"], ctx["en"], ctx.get("code", "")
    if kind in ("literal_error", "enum"):
        said = _invalid_choice(_found(err), ctx.get("expected", ""))
    elif kind == "extra_forbidden" and field[:3].isdigit():  # {actual: 10,712人}: the comma split the number
        said = text("input.unknown_key_comma", field=field)
    elif kind == "extra_forbidden":  # the keys the place takes, and the one most like it
        said = text("input.unknown_key", field=field, hint=_keys_hint(field, holder))
    elif kind in _NUMBER_PARSING and isinstance(err.get("input"), str) and (meant := _meant_number(err["input"])):
        said = text("input.integer_spelled" if kind == "int_parsing" else "input.number_spelled",
                    found=_found_text(err), meant=meant)
    elif kind in _CODES:
        code = _CODES[kind]
        args = {**ctx, "field": field, "found": _found_text(err)}
        said = text(code, **{name: args[name] for name in placeholders(MESSAGES[code][0])})
    else:
        said = text("input.invalid", detail=err.get("msg", ""))
    return said.zh, said.en, said.code


_NUMBER_PARSING = ("decimal_parsing", "int_parsing")  # a text where a number is wanted


def _meant_number(typed: str) -> str | None:
    from .table.values import meant_number

    return meant_number(typed)


def _keys_hint(field: str, holder: type[BaseModel] | None) -> Text | str:
    if holder is None:
        return ""
    known = list(holder.model_fields)
    near = difflib.get_close_matches(field, known, n=1, cutoff=0.6)
    return text("input.unknown_key_near", near=near[0], known=known) if near else text("input.unknown_key_known", known=known)


def _model_at(model: type, loc: tuple) -> type[BaseModel] | None:
    """The model the value at `loc` (field names, list indexes, mapping keys) is validated as, or None where
    that is not one model (a union of several, a plain value)."""
    current: Any = model
    for part in loc:
        current = _one_type(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(part) if isinstance(part, str) else None
            current = field.annotation if field is not None else None
        elif typing.get_origin(current) in (list, tuple) and isinstance(part, int):
            current = (typing.get_args(current) or (None,))[0]
        elif typing.get_origin(current) is dict:
            current = (typing.get_args(current) + (None, None))[1]
        else:
            return None
    current = _one_type(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _one_type(t: Any) -> Any:
    """X for Optional[X] and Annotated[X, …]; a union of several types is left as it is."""
    if typing.get_origin(t) is typing.Annotated:
        t = typing.get_args(t)[0]
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        kinds = [a for a in typing.get_args(t) if a is not type(None)]
        return kinds[0] if len(kinds) == 1 else t
    return t


def _invalid_choice(found: str, expected: str) -> Text:
    """pydantic's "'=', '≥' or '<'" as a list in each language's style; `>=` told to be written ≥."""
    from .table.values import meant_operator

    choices = [c.replace("\\'", "'") for c in re.findall(r"'((?:[^'\\]|\\.)*)'", expected)] or [expected]
    meant = meant_operator(found, choices)
    if meant is not None:
        return text("input.invalid_choice_spelled", found=found, expected=choices, meant=meant)
    return text("input.invalid_choice", found=found, expected=choices)


def _found_text(err: dict) -> Text:
    """The value a type error was about, as its message says it: quoted, or what kind of thing it is."""
    value = err.get("input")
    if isinstance(value, dict):
        return text("input.found_mapping")
    if isinstance(value, list):
        return text("input.found_list")
    if value is None:
        return text("input.found_nothing")
    if isinstance(value, bool):  # as YAML writes it
        value = "true" if value else "false"
    return text("input.found_value", value=limits.shorten(value))


def _found(err: dict) -> str:
    value = err.get("input")
    return "" if isinstance(value, (dict, list)) else str(value)


def bilingual(zh: str, en: str, code: str):
    """An error for a pydantic validator to raise that keeps both languages (and its catalogue code)."""
    from pydantic_core import PydanticCustomError

    return PydanticCustomError("scoring", "{en}", {"zh": zh, "en": en, "code": code})


def invalid(code: str, /, **args):
    """An error for a pydantic validator to raise: the catalogue message `code`."""
    said = text(code, **args)
    return bilingual(said.zh, said.en, said.code)


_AT_PATH = object()


def validate(located: Located, model: type[M], path: Path_ = (), data: Any = _AT_PATH) -> M:
    """Validate located data (or the part of it at path, or `data` standing there) into model, with
    located error messages."""
    if data is _AT_PATH:
        data = located.data
        for key in path:
            data = data[key]
    try:
        result = model.model_validate(data)
    except ValidationError as e:
        problems = []
        seen = set()
        for err in e.errors():
            loc = tuple(x for x in err["loc"] if not (isinstance(x, str) and ("[" in x or x.startswith("function-"))))
            full = tuple(path) + loc
            if err["type"] == "extra_forbidden":
                pos = located.key_pos(full)
                hidden = invisible_in_key(pos, str(loc[-1])) if loc else None
                if hidden is not None:  # `\u3000priority`: the key is right, its indentation is not
                    problems.append(hidden)
                    continue
            elif err["type"] == "missing":
                pos = located.pos(full[:-1])
            else:
                pos = located.pos(full)
                tight = tight_colon(err["input"]) if _CODES.get(err["type"]) == "input.expected_mapping" and \
                    isinstance(err.get("input"), str) else None
                if tight is not None:  # `when:` over `form:number`: a mapping meant, text read
                    problems.append(pos.moved(tight[0]).report_text(tight[1]))
                    continue
            zh, en, code = _describe(err, _model_at(model, loc[:-1]) if err["type"] == "extra_forbidden" else None)
            key = (pos, zh)
            if key not in seen:
                seen.add(key)
                problems.append(pos.problem(zh, en, code))
        raise ScoringError(problems) from None
    attach_positions(result, located, tuple(path))
    return result


_LEAVES = (str, int, float, Decimal, type(None))  # hold no model: not walked (most of a file's values)


def attach_positions(obj: Any, located: Located, path: Path_) -> None:
    """Give every model in obj a private `_pos`, the position of the mapping it was built from."""
    if isinstance(obj, BaseModel):
        private = type(obj).__private_attributes__
        if "_pos" in private:
            obj._pos = located.pos(path)
        if "_key_pos" in private:  # a model under a key that is checked apart from it (an indicator's name)
            obj._key_pos = located.keys.get(path)
        if "_field_pos" in private:  # a model whose fields are checked apart from it (an assessor's points)
            obj._field_pos = {name: located.index[path + (name,)] for name in obj.model_fields_set
                              if path + (name,) in located.index}
        if "_entry_pos" in private:  # a model whose mappings' entries are checked apart from it (money by project)
            obj._entry_pos = {(name, key): (located.key_pos(path + (name, key)), located.pos(path + (name, key)))
                              for name in obj.model_fields_set if isinstance(getattr(obj, name), dict)
                              for key in getattr(obj, name)}
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            if not isinstance(value, _LEAVES):
                attach_positions(value, located, path + (name,))
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            if not isinstance(item, _LEAVES):
                attach_positions(item, located, path + (i,))
    elif isinstance(obj, dict):
        for key, item in obj.items():
            if not isinstance(item, _LEAVES):
                attach_positions(item, located, path + (key,))


def load_model(path: str | Path, model: type[M], mistaken: Callable[[Any], Text | None] | None = None,
               name: str | None = None) -> M:
    """Load and validate; when validation fails and `mistaken(data)` recognises another kind of file
    (an actuals file given as the targets, say), say that instead of listing every mismatch. `name`: the
    file's display_path, where the caller has it already."""
    if not _POSITIONS.get():
        file = name or display_path(path)
        text = read_text(path, file)
        located = parse_yaml(text, file, positions=False)
        if located.data is not None:
            try:
                return model.model_validate(located.data)
            except ValidationError:
                pass  # said below, from the data read with its positions
        located = parse_yaml(text, file)
    else:
        located = load_yaml(path, name=name)
    if located.data is None:
        raise Pos(located.file, 1, 1).fail("input.empty_file")
    try:
        return validate(located, model)
    except ScoringError:
        said = mistaken(located.data) if mistaken else None
        if said is not None:
            raise Pos(located.file, 1, 1).fail(said.code, **dict(said.args)) from None
        raise
