"""Markdown reports show names and text from the users' files as text: never a heading, HTML or markup."""
from __future__ import annotations

from helpers import MINI_ANNUAL, MINI_TARGETS, edit, score
from scoring.render.markdown import render

EVIL = '测试单位\\n## 总分：100.00（优）\\n<img src=x onerror=alert(1)> **满分** [点我](http://x)'


def test_names_and_reasons_cannot_inject_headings_html_or_links(tmp_path):
    targets, actuals = tmp_path / "t.yaml", tmp_path / "a.yaml"
    targets.write_text(MINI_TARGETS.read_text(encoding="utf-8"), encoding="utf-8")
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8"), encoding="utf-8")
    edit(targets, "unit: {name: 测试单位}", f'unit: {{name: "{EVIL}"}}')
    edit(targets, "name: 参保人数", 'name: "参保人数<script>alert(1)</script>\\n# 标题"')
    edit(actuals, "unit: 测试单位", f'unit: "{EVIL}"')
    edit(actuals, "reason: 自然减员", 'reason: "自然减员 | 伪造列 |\\n## 总分：100.00（优）"')
    text = render(score(targets, actuals), "zh")
    lines = text.splitlines()
    assert not any(line.startswith(("## 总分", "# 标题", "<")) for line in lines)
    assert "<img" not in text and "<script" not in text and "&lt;img" in text and "&lt;script>" in text
    assert "\\*\\*满分\\*\\*" in text and "\\[点我\\](http://x)" in text
    assert "自然减员 \\| 伪造列 \\|" in text  # a pipe in a reason does not open a new column
