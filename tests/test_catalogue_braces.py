"""A message is shown as its template formats: the {{ and }} that escape a brace read as one brace, with or without arguments."""
from __future__ import annotations

import pytest

from scoring.catalogue import MESSAGES, placeholders, text
from tests.helpers import run_cli


def test_every_message_without_arguments_renders_as_its_template_formats():
    for code, (zh, en) in MESSAGES.items():
        if not placeholders(zh):
            t = text(code)
            assert (t.render("zh"), t.render("en")) == (zh.format(), en.format()), code


@pytest.mark.parametrize("lang, said", [("zh", "{…} 中缺少逗号或右花括号「}」"), ("en", "a {…} mapping lacks a comma")])
def test_an_unclosed_brace_in_actuals_is_told_with_single_braces(tmp_path, lang, said):
    path = tmp_path / "a.yaml"
    path.write_text("unit: x\nyear: 2025\nperiod: annual\nindicators:\n  P01: {actual: 98%\n", encoding="utf-8")
    code, _, err = run_cli(["--lang", lang, "evaluate", "--actuals", path])
    assert code == 2 and said in err and "{{" not in err, err
