"""Breaking text into lines for a narrow terminal.

Never inside a number or word or a 【label】, never a 。, 、 or ） opening a line, after a comma where the phrases
fit, and lines of even length (项目管理制度 / 执行规范性, not 项目管理制度执行规范 / 性).

rich folds Chinese text at the last cell that fits, so a name one character too long leaves that character
alone on a line, and a sentence one 。 too long leaves the 。. Text that fits is returned as it is.
"""
from __future__ import annotations

import math
import re

from rich.cells import cell_len

# punctuation that must not open a line (it closes what is before) or end one (it opens what follows);
# full-width forms by code point: no Chinese in the code
CLOSING = set(",.;:?!)]}%") | {chr(c) for c in (0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09,
                                                 0x300B, 0x300D, 0x300F, 0x3011, 0x201D, 0x2019, 0x2026)}
# where a sentence breaks best: after its commas and stops (、，；：。！？)
SOFT = {chr(c) for c in (0x3001, 0xFF0C, 0xFF1B, 0xFF1A, 0x3002, 0xFF01, 0xFF1F)}
OPENING = set("([{") | {chr(c) for c in (0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x201C, 0x2018)}
# a run of letters, digits and signs (10,712, ≥10,647, 98.26%, lower-bound) is one piece; so is each wide character
# (narrow: below U+2E80 or beyond the BMP, not a space; written as [^\s\u2e80-\uffff], the same class, its 53,000
# code points made the pattern ~24 M instructions to compile, against 6 M for these 12,000: tests/test_render_wrap_pieces.py)
_PIECE = re.compile(r"\s+|(?:(?!\s)[\x00-\u2e7f\U00010000-\U0010ffff])+|.", re.S)
# a finding's label (【指标值 1 无单位】) is one piece, spaces and all: it is read as one name; the cell before it
# (I15 【…】) stays with it
LABEL_OPEN, LABEL_CLOSE = chr(0x3010), chr(0x3011)


def _atoms(text: str) -> list[tuple[str, bool]]:
    """The text's unbreakable pieces, each with whether a space stood before it."""
    atoms: list[list] = []
    space = label = False
    pieces = _PIECE.findall(text)
    for k, piece in enumerate(pieces):
        if label:  # inside a 【label】: everything up to its 】, as written
            atoms[-1][0] += piece
            label = piece != LABEL_CLOSE
            continue
        if piece.isspace():
            space = True
            continue
        glued = piece[0] in CLOSING or atoms[-1][0][-1] in OPENING or _unit_of(atoms[-1][0], pieces, k) or (
            piece == LABEL_OPEN and _narrow(atoms[-1][0])) if atoms else False
        if glued:  # across a space too
            atoms[-1][0] += (" " if space else "") + piece
        else:
            atoms.append([piece, space])
        label = piece == LABEL_OPEN
        space = False
    return [(a, s) for a, s in atoms]


def _narrow(piece: str) -> bool:
    """No wide character in it: a word, a figure, a cell (I15 【达标仍扣分】 keeps the cell with the label after it)."""
    return all(c < "\u2e80" for c in piece)


def _wide(piece: str) -> bool:
    return len(piece) == 1 and piece >= "\u2e80" and piece not in CLOSING and piece not in OPENING


def _unit_of(before: str, pieces: list[str], k: int) -> bool:
    """pieces[k] is a number's unit, kept with it (≥31 人, 2.6 亿元): one or two wide characters after a
    number, then no more of them (in 29 人完成 the characters are words of their own)."""
    if not _wide(pieces[k]):
        return False
    if before[-1:].isdigit():  # the unit's first character
        return not (k + 2 < len(pieces) and _wide(pieces[k + 1]) and _wide(pieces[k + 2]))
    # its second: after a number and one wide character, the run ending here
    return (len(before) >= 2 and _wide(before[-1]) and before[-2] in " 0123456789" and before[:-1].rstrip()[-1:].isdigit()
            and not (k + 1 < len(pieces) and _wide(pieces[k + 1])))


def _phrases(atoms: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The atoms joined into phrases, each ending at a space or after a comma or stop."""
    phrases: list[list] = []
    for atom, space in atoms:
        if phrases and not space and phrases[-1][0][-1] not in SOFT:
            phrases[-1][0] += atom
        else:
            phrases.append([atom, space])
    return [(p, s) for p, s in phrases]


def _even(atoms: list[tuple[str, bool]], width: int, total: int) -> list[str]:
    """The atoms in as few lines as fit `width`, each as near the same length as can be."""
    count = len(_lines(atoms, width))
    for narrower in range(max(1, math.ceil(total / count)), width + 1):
        lines = _lines(atoms, narrower)
        if len(lines) == count:
            return lines
    return _lines(atoms, width)


def _lines(atoms: list[tuple[str, bool]], width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for atom, space in atoms:
        joined = line + (" " if space and line else "") + atom
        if line and cell_len(joined) > width:
            lines.append(line)
            line = atom
        else:
            line = joined
    return lines + [line] if line else lines


def balanced(text: str, width: int) -> str:
    """`text` with line breaks so that each line of it fits `width` cells, the lines as even as they can be;
    text with line breaks of its own is broken line by line."""
    if "\n" in text:
        return "\n".join(balanced(line, width) for line in text.split("\n"))
    if width < 1 or cell_len(text) <= width:
        return text
    atoms = _atoms(text)
    if any(cell_len(a) > width for a, _ in atoms):
        return text  # a piece wider than the line: let the terminal fold it
    phrases = _phrases(atoms)
    if all(cell_len(p) <= width for p, _ in phrases):
        atoms = phrases
    return "\n".join(_even(atoms, width, cell_len(text)))
