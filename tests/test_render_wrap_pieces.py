"""The wrapper's pieces (render/wrap.py): its pattern for a run of narrow characters, written with a class that
compiles quickly, cuts every text as the plain class [^\\s\\u2e80-\\uffff] cut it."""
from __future__ import annotations

import re

from scoring.render import wrap

AS_WRITTEN = re.compile(r"\s+|[^\s\u2e80-\uffff]+|.", re.S)


def test_every_character_is_cut_as_the_plain_class_cut_it():
    every = "".join(map(chr, range(0x110000)))
    assert wrap._PIECE.findall(every) == AS_WRITTEN.findall(every)
    for c in (" ", "\u3000", "\u2028", "a", "\u2e7f", "\u2e80", "中", "\uffff", "\U00010000", "\U0010ffff"):
        assert wrap._PIECE.findall(f"x{c}y{c}{c}1") == AS_WRITTEN.findall(f"x{c}y{c}{c}1")


def test_a_sentence_is_cut_into_its_runs_and_wide_characters():
    assert wrap._PIECE.findall("≥10,647 人次，98.26%") == ["≥10,647", " ", "人", "次", "，", "98.26%"]
