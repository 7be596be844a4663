"""The renderers' words (render/labels.py) as a plain class: every field given from the catalogue, none more,
read-only, and made once per language."""
from __future__ import annotations

import pytest

from scoring.render.labels import Labels, labels


def test_every_field_is_a_word_of_the_language_and_none_can_be_changed():
    for lang, met in (("zh", "达成"), ("en", "met")):
        L = labels(lang)
        assert L.lang == lang and L.status["met"] == met and L.mark["met"] == "✔"
        assert all(isinstance(getattr(L, name), (str, dict)) for name in Labels.__annotations__)
        with pytest.raises(AttributeError):
            L.total = "x"
    assert labels("en") is labels("en") and labels("fr").lang == "zh"


def test_a_field_left_out_or_one_not_declared_is_an_error():
    words = {name: getattr(labels("en"), name) for name in Labels.__annotations__ if name != "mark"}
    with pytest.raises(TypeError, match="missing \\['total'\\]"):
        Labels(**{k: v for k, v in words.items() if k != "total"})
    with pytest.raises(TypeError, match="unexpected \\['totl'\\]"):
        Labels(**words, totl="x")
