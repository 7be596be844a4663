"""Bad input files given to `scoring check`: one clear located message, exit status 2, no traceback."""
from __future__ import annotations

import re

import pytest


@pytest.fixture
def committed(targets_path) -> str:
    return targets_path.read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def one_error(done, where: str) -> str:
    """The single message of a failed run, checked to start at `where` (file:line:column)."""
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    [message] = done.stderr.splitlines()
    assert message.startswith(f"{where}: 错误: "), message
    return message


def test_a_missing_file(run_scoring, tmp_path):
    path = tmp_path / "nowhere.yaml"
    message = one_error(run_scoring("check", path), str(path))  # a missing file has no line to point at
    assert message.endswith("文件不存在")


def test_a_gb18030_file_is_read_like_its_utf8_twin(run_scoring, committed, tmp_path):
    (tmp_path / "utf8").mkdir()
    (tmp_path / "gb").mkdir()
    (tmp_path / "utf8" / "t.yaml").write_text(committed, encoding="utf-8")
    (tmp_path / "gb" / "t.yaml").write_bytes(committed.encode("gb18030"))
    utf8 = run_scoring("check", "utf8/t.yaml", cwd=tmp_path)
    gb = run_scoring("check", "gb/t.yaml", cwd=tmp_path)
    assert gb.returncode == utf8.returncode == 0
    assert gb.stdout.replace("gb/", "utf8/") == utf8.stdout
    assert "档案数字化管理及住院病案审核专项经费" in gb.stdout


def test_a_gb18030_file_with_an_error_names_it_in_readable_chinese(run_scoring, committed, tmp_path):
    anchor = "            name: 中长期规划制定健全性\n"
    text = committed.replace(anchor, anchor + "            备注: 核对\n", 1)
    path = tmp_path / "t.yaml"
    path.write_bytes(text.encode("gb18030"))
    message = one_error(run_scoring("check", path), f"{path}:{line_of(text, '备注')}:13")
    assert message.endswith("未知的键「备注」")


def test_an_undecodable_file_points_at_the_bad_byte(run_scoring, committed, tmp_path):
    path = tmp_path / "t.yaml"
    raw = committed.encode("utf-8").replace("  name: 南京市".encode("utf-8"), "  name: 南京".encode("utf-8") + b"\xff", 1)
    path.write_bytes(raw)
    line = line_of(committed, "  name: 南京市")
    message = one_error(run_scoring("check", path), f"{path}:{line}:11")  # after `  name: 南京`
    assert "既不是 UTF-8 也不是 GB18030" in message


def test_a_yaml_syntax_error(run_scoring, committed, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(committed.replace("year: 2025", "year: [2025", 1), encoding="utf-8")
    # the list is found unclosed at the `:` of the next key, two lines down
    message = one_error(run_scoring("check", path), f"{path}:{line_of(committed, 'year: 2025') + 2}:5")
    assert "YAML 语法错误" in message


@pytest.mark.parametrize("text,where,zh,en", [
    ("a:\n\tb: 1\n", "2:1", "不能用 Tab 缩进，请改用空格", "a Tab: indent with spaces"),
    ("a: 1\nb: @x\n", "2:4", "「@」不能作为值的开头：请给值加引号", "'@': quote the value"),
    ("reason: 原因: 自然减员\n", "1:11", "值中含有「: 」时请给值加引号", "quote a value that contains ': '"),
    ("a: 1\nb\nc: 2\n", "3:1", "缺少冒号", "write it as 'key: value'"),  # the parser notices a line late
    ("a: 1\n  b: 2\n", "2:4", "上一行缺少冒号", "a colon is missing on the line above"),
    ("a: {x: 1\nb: 2\n", "2:2", "缺少逗号或右花括号", "lacks a comma or its closing brace"),
])
def test_yaml_syntax_errors_say_the_usual_cause_in_the_users_language(run_scoring, tmp_path, text, where, zh, en):
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    assert zh in one_error(run_scoring("check", path), f"{path}:{where}")
    done = run_scoring("check", path, "--lang", "en")
    assert done.returncode == 2 and en in done.stderr


def test_a_wrong_type(run_scoring, committed, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(committed.replace("year: 2025", "year: 二〇二五", 1), encoding="utf-8")
    message = one_error(run_scoring("check", path), f"{path}:{line_of(committed, 'year: 2025')}:7")
    assert message.endswith("应为整数")


def test_an_unreadable_target_value(run_scoring, committed, tmp_path):
    path = tmp_path / "t.yaml"
    text = committed.replace('half_year: "≥10647人"', 'half_year: "≥一万人"', 1)
    path.write_text(text, encoding="utf-8")
    message = one_error(run_scoring("check", path), f"{path}:{line_of(text, '≥一万人')}:24")
    assert "无法识别的指标值「≥一万人」" in message


def test_an_unknown_key(run_scoring, committed, tmp_path):
    anchor = "            name: 中长期规划制定健全性\n"
    text = committed.replace(anchor, anchor + "            colour: red\n", 1)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    message = one_error(run_scoring("check", path), f"{path}:{line_of(text, 'colour')}:13")
    assert message.endswith("未知的键「colour」")


def test_a_duplicate_key(run_scoring, committed, tmp_path):
    anchor = "            name: 中长期规划制定健全性\n"
    text = committed.replace(anchor, anchor + "            name: 工作计划制定健全性\n", 1)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    message = one_error(run_scoring("check", path), f"{path}:{line_of(text, anchor.strip()) + 1}:13")
    assert message.endswith("重复的键「name」")


def test_messages_in_english(run_scoring, committed, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(committed.replace("year: 2025", "year: 二〇二五", 1), encoding="utf-8")
    done = run_scoring("check", "--lang", "en", path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert re.fullmatch(rf"{re.escape(str(path))}:\d+:7: error: expected a whole number\n", done.stderr)


@pytest.mark.parametrize("value, label", [("en_US.UTF-8", "error"), ("EN", "error"), ("zh_CN", "错误"), ("fr", "错误"), ("", "错误")])
def test_scoring_lang_is_read_like_a_locale_and_an_unknown_value_keeps_chinese(run_scoring, tmp_path, value, label):
    path = tmp_path / "nowhere.yaml"
    done = run_scoring("check", path, lang=value)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{path}: {label}: "), done.stderr
