"""How much room a form's text takes in print: the lines a text wraps to, the row height they need, a column's points.

Spreadsheets grow no row by themselves for text a program wrote, nor ever for a merged cell, so the form sets
the heights; too short a row cuts its first and last lines in half. The numbers are those of the fonts the form
is printed in, taken at their largest where printers differ (each measured or from the fonts' tables):

- a column width unit is the width of the digit 0 in the workbook's font: 8 pixels for 宋体 11 pt in Excel
  (its default column, 8.38, is 72 pixels), 7 for Calibri 11 pt; LibreOffice without SimSun prints 宋体 in
  DejaVu Sans, 9.3 pixels, which only widens the columns (more text a line, a smaller print);
- a Chinese character is an em wide: 14.7 pixels at 11 pt, 1.83 of 宋体's units and 2.1 of Calibri's, so 2;
  a digit 1, a lower-case letter 0.95 (m and w 1.5), a capital 1.25, a space 0.55 (Calibri's widths, which
  宋体's half-width characters, 7.3 pixels, and DejaVu Sans's do not pass);
- a line is 1.45 em high: Noto Sans CJK, which prints the Chinese of either font on a machine without
  SimSun (LibreOffice on Linux), spaces its lines 15.9 pt apart at 11 pt (measured in its PDF); SimSun in
  Excel takes 13.5 pt a line, Calibri 15;
- a cell keeps its text 4 pt clear of its top and bottom; its width is all text (Excel's 5 pixels a column
  are its margins), but for half a unit kept in hand.
"""
from __future__ import annotations

import math

DEFAULT_HEIGHT = 15.0  # points: a row whose height is not set holds one line of 11 pt text
MAX_HEIGHT = 409.0  # points: the tallest row Excel takes
PIXEL = 0.75  # points: heights in whole pixels at 96 dpi, which Excel draws them as
LINE_EM = 1.45  # a line's height over the font size (Noto Sans CJK, the tallest that prints the form)
PAD_HEIGHT = 4.0  # points a cell keeps clear above and below its text
PAD_WIDTH = 0.5  # column units a cell keeps clear beside its text (Excel's 5 pixels aside: a margin of error)
WIDE = 2.0  # column units a Chinese (any East Asian wide) character takes
# points one unit of column width takes in each language's font: 8 pixels for 宋体, 7 for Calibri
UNIT_POINTS = {"zh": 8 * PIXEL, "en": 7 * PIXEL}
COLUMN_PAD_POINTS = 5 * PIXEL  # Excel adds 5 pixels to every column (its gridline and margins)

# punctuation that never starts a line (a spreadsheet carries the character before it down with it): the
# full-width comma, full stop, enumeration comma, semicolon, colon, question and exclamation marks, closing
# brackets and quotes (code points: no Chinese in the code), and ASCII's; opening brackets never end one
_NO_START = {chr(c) for c in (0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x300D,
                              0x300F, 0x3011, 0x3015, 0x201D, 0x2019)} | set("%,.;:?!)]}")
_NO_END = {chr(c) for c in (0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x201C, 0x2018)} | set("([{")


def _wide(ch: str) -> bool:
    """Whether a character prints an em wide: East Asian ones (not half-width kana), and the dashes, quotes
    and ellipsis, which the Chinese fonts print full width."""
    code = ord(ch)
    return (code >= 0x2E80 and not 0xFF61 <= code <= 0xFFDC) or 0x2010 <= code <= 0x2027


def _pieces(text: str) -> list[tuple[float, float]]:
    """The text as the pieces a line may break after, each (its width, its width less a space ending it): a
    Chinese character is a piece of its own, a run of other characters (a word, a number) one piece with the
    spaces after it; a character that may not start a line goes with the piece before it, one that may not end
    a line with the piece after it. One pass, each width added in the text's order (sums as of the run's text)."""
    pieces: list[tuple[float, float]] = []
    width = ink = 0.0
    prev, prev_wide = "", False
    for ch in text:
        w = _WIDTHS.get(ch) or _char(ch)
        wide = w == WIDE  # only a wide character is WIDE
        if prev and (ch in _NO_START or prev in _NO_END or not (wide or prev_wide or prev == " ")):
            width += w
            if ch != " ":
                ink = width
        else:
            if prev:
                pieces.append((width, ink))
            width, ink = w, (0.0 if ch == " " else w)
        prev, prev_wide = ch, wide
    if prev:
        pieces.append((width, ink))
    return pieces


_WIDTHS: dict[str, float] = {}  # each character's width once measured: a form asks for the same few hundred


def _char(ch: str) -> float:
    """A character's width in column units (see the module's docstring)."""
    if _wide(ch):
        w = WIDE
    elif ch in "mwMW":
        w = 1.5
    elif ch.isupper():
        w = 1.25
    elif ch == " ":
        w = 0.55
    else:
        w = 0.95 if ch.islower() else 1.0
    if len(_WIDTHS) < 1 << 16:  # bounded, whatever a file holds
        _WIDTHS[ch] = w
    return w


def lines(text: str, width: float) -> int:
    """How many lines `text` wraps to in a cell `width` column units wide, its own line breaks kept: filled a
    piece at a time as a spreadsheet breaks (Chinese anywhere, other words at spaces, a word longer than a
    line cut), the space ending a line not counted."""
    room = max(1.0, width - PAD_WIDTH)
    count = 0
    for part in text.split("\n"):
        count += 1
        used = 0.0
        for piece, ink in _pieces(part):
            if used and used + ink > room:
                count += 1
                used = 0.0
            while ink > room:  # a word longer than the line: cut where the line ends
                count += 1
                ink -= room
                piece -= room
            used += piece
    return count


def height(count: int, size: float = 11) -> float:
    """The height in points of a row holding `count` lines of text of `size` points (one line: the default row)."""
    if count <= 1 and size <= 11:
        return DEFAULT_HEIGHT
    return min(MAX_HEIGHT, math.ceil((count * LINE_EM * size + PAD_HEIGHT) / PIXEL) * PIXEL)


def max_lines(size: float = 11) -> int:
    """The most lines of `size` points a row of MAX_HEIGHT holds."""
    return int((MAX_HEIGHT - PAD_HEIGHT) // (LINE_EM * size))


def parts_that_fit(text: str, width: float, size: float = 11) -> list[str]:
    """`text` cut into parts that each fit one row of MAX_HEIGHT at `width`: a text taller than the tallest
    row is cut off in print, so it goes on in the rows below. Cut after a line break or a sentence's end where
    one falls in the row, else where the row is full."""
    room = max_lines(size)
    parts: list[str] = []
    rest = text
    while lines(rest, width) > room:
        # the longest start of `rest` that fits (lines only grow with the text): found by halving
        low, high = 1, len(rest)
        while low < high:
            mid = (low + high + 1) // 2
            low, high = (mid, high) if lines(rest[:mid], width) <= room else (low, mid - 1)
        ends = [i + 1 for i in range(low) if rest[i] in _SENTENCE_ENDS]
        cut = ends[-1] if ends and ends[-1] > low // 2 else low  # a sentence's end in the row's second half
        parts.append(rest[:cut].rstrip("\n"))
        rest = rest[cut:].lstrip("\n")
    return parts + [rest]


# a line break, and the full stop, semicolon, question and exclamation marks, full-width and ASCII
_SENTENCE_ENDS = {"\n"} | {chr(c) for c in (0x3002, 0xFF1B, 0xFF1F, 0xFF01)} | set(";?!")
