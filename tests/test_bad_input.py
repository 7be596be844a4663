"""Bad input files given to `scoring check`: one clear located message, exit status 2, no traceback."""
from __future__ import annotations

import re

import pytest

# the keys an indicator of a target table takes, as an unknown key's message lists them
KEYS = "id、name、half_year、annual、weight、key_work、project"


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
    assert message.endswith("未知的键「备注」；此处可用的键：" + KEYS)


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


@pytest.mark.parametrize("text,where,code", [
    ("a:\n\tb: 1\n", "2:1", "input.syntax.tab"),  # the parser: "found character that cannot start any token"
    ("a:\n  b: 1\n\tc: 2\n", "3:1", "input.syntax.tab"),  # "found a tab character that violates indentation"
    ("a: |\n\tfoo\n", "2:1", "input.syntax.tab"),  # "… where an indentation space is expected"
    ("a:\n    b: 1\n  \tc: 2\n", "3:3", "input.syntax.tab"),  # at the Tab, not the line's start
    ("a: 1\nb: @x\n", "2:4", "input.syntax.cannot_start"),
    ("reason: 原因: 自然减员\n", "1:11", "input.syntax.colon_in_value"),
    ("a: 1\nb\nc: 2\n", "3:1", "input.syntax.no_colon"),  # the parser notices a line late
    ("a: 1\n  b: 2\n", "2:4", "input.syntax.colon_in_value"),
    ("a: {x: 1\nb: 2\n", "2:2", "input.syntax.open_brace"),
    ("a: [1\n", "2:1", "input.syntax.open_bracket"),
])
def test_yaml_syntax_errors_say_the_usual_cause(text, where, code):
    from scoring.errors import ScoringError
    from scoring.yamlio import parse_yaml

    with pytest.raises(ScoringError) as e:
        parse_yaml(text, "t.yaml")
    [problem] = e.value.problems
    assert (problem.code, problem.where()) == (code, f"t.yaml:{where}")
    assert problem.zh.startswith("YAML 语法错误：") and problem.en.startswith("YAML syntax error: ")


def test_a_tab_is_said_the_same_plain_way_in_every_yaml_file(run_scoring, tmp_path):
    """Users found the parser's words for a Tab in a rule file confusing beside the actuals file's plain ones."""
    from helpers import ROOT, copy_rules, edit

    rules = copy_rules(tmp_path)
    edit(rules / "lower_bound.yaml", "\n    ", "\n\t")  # a rule file: the parser says "violates indentation"
    actuals = tmp_path / "a.yaml"
    actuals.write_text("period: annual\nindicators:\n\tx: 1\n", encoding="utf-8")
    targets = ROOT / "targets/2025/jiangning-social-insurance.yaml"
    said = {}
    for lang in ("zh", "en"):
        rule_file = run_scoring("check", rules, "--lang", lang)
        actuals_file = run_scoring("evaluate", targets, "--actuals", actuals, "--rules", ROOT / "rules", "--lang", lang)
        assert rule_file.returncode == actuals_file.returncode == 2
        # the problem's line, not a note before it (on Python 3.13 evaluate first says durable_rules is missing)
        said[lang] = {next(line for line in done.stderr.splitlines() if "YAML" in line).split(": ", 1)[1]
                      for done in (rule_file, actuals_file)}
    assert said == {"zh": {"错误: YAML 语法错误：不能用 Tab（制表符）缩进，请把这里的 Tab 改成空格"},
                    "en": {"error: YAML syntax error: YAML cannot be indented with a Tab: replace the Tab here with spaces"}}


def test_a_wrong_type(run_scoring, committed, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(committed.replace("year: 2025", "year: 二〇二五", 1), encoding="utf-8")
    message = one_error(run_scoring("check", path), f"{path}:{line_of(committed, 'year: 2025')}:7")
    assert message.endswith("应为整数，而这里是「二〇二五」")  # what was expected, and what was found


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
    assert message.endswith("未知的键「colour」；此处可用的键：" + KEYS)  # an indicator's, none like it


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
    assert re.fullmatch(rf"{re.escape(str(path))}:\d+:7: error: expected a whole number, found '二〇二五'\n", done.stderr)


@pytest.mark.parametrize("value, label", [("en_US.UTF-8", "error"), ("EN", "error"), ("zh_CN", "错误"), ("fr", "错误"), ("", "错误")])
def test_scoring_lang_is_read_like_a_locale_and_an_unknown_value_keeps_chinese(run_scoring, tmp_path, value, label):
    path = tmp_path / "nowhere.yaml"
    done = run_scoring("check", path, lang=value)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{path}: {label}: "), done.stderr


def _problems(call) -> list[tuple[str, str]]:
    from scoring.errors import ScoringError

    with pytest.raises(ScoringError) as e:
        call()
    return [(p.code, p.where()) for p in e.value.problems]


def test_each_way_a_file_cannot_be_read_has_its_code(tmp_path):
    from scoring.yamlio import load_yaml, read_text

    (tmp_path / "bad.yaml").write_bytes(b"a: \xff\xfe\n")
    (tmp_path / "twice.yaml").write_text("a: 1\nb: 2\na: 3\n", encoding="utf-8")
    (tmp_path / "key.yaml").write_text("[1]: x\n", encoding="utf-8")
    assert _problems(lambda: read_text(tmp_path / "nowhere.yaml")) == [("input.not_found", str(tmp_path / "nowhere.yaml"))]
    assert _problems(lambda: read_text(tmp_path)) == [("input.is_directory", str(tmp_path))]
    assert _problems(lambda: read_text(tmp_path / "bad.yaml")) == [("input.encoding", f"{tmp_path / 'bad.yaml'}:1:4")]
    assert _problems(lambda: load_yaml(tmp_path / "twice.yaml")) == [("input.duplicate_key", f"{tmp_path / 'twice.yaml'}:3:1")]
    assert _problems(lambda: load_yaml(tmp_path / "key.yaml")) == [("input.key_not_scalar", f"{tmp_path / 'key.yaml'}:1:1")]


@pytest.mark.parametrize("text,code,where", [
    ("", "input.empty_file", "1:1"),
    ("year: 2025\n", "input.missing", "1:1"),
    ("name: x\nyear: [1]\n", "input.expected_integer", "2:7"),
    ("name: x\nyear: 2025\ncolour: red\n", "input.unknown_key", "3:1"),
    ("name: x\nyear: 2025\nflag: maybe\n", "input.expected_bool", "3:7"),
    ("name: x\nyear: 2025\nkind: other\n", "input.invalid_choice", "3:7"),
    ("{name: x, year: 2,025人}\n", "input.unknown_key_comma", "1:19"),  # the comma split the number
])
def test_a_value_that_does_not_fit_the_schema_has_its_code(tmp_path, text, code, where):
    from typing import Literal

    from scoring.model import Node
    from scoring.yamlio import load_model

    class Unit(Node):
        name: str
        year: int
        flag: bool = False
        kind: Literal["department", "project"] = "department"

    path = tmp_path / "u.yaml"
    path.write_text(text, encoding="utf-8")
    assert _problems(lambda: load_model(path, Unit))[0] == (code, f"{path}:{where}")
