"""The default paths (the bundled example, `rules`) are relative to the current folder: run from
elsewhere, a missing default says so and how to fix it; a path the user gave keeps the plain message."""
from helpers import MINI_ANNUAL, MINI_TARGETS, RULES

from scoring.engine.backends import FALLBACK_NOTICE

RUN_HERE_ZH = "（默认路径相对于当前目录）：请在 scoring 的检出目录（含 rules/、targets/ 的目录）中运行，或"
RUN_HERE_EN = " (default paths are relative to the current folder): run from the scoring checkout (the folder with rules/ and targets/) or "


def only_error(done) -> str:
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    # on Python 3.13+ the one-line notice that the Python matcher stands in for durable_rules comes first
    [message] = [line for line in done.stderr.splitlines() if line not in (FALLBACK_NOTICE.zh, FALLBACK_NOTICE.en)]
    return message


def test_the_bundled_example_missing_from_the_current_folder(run_scoring, tmp_path):
    zh = only_error(run_scoring("evaluate", cwd=tmp_path))
    assert zh == f"targets/2025/jiangning-social-insurance.yaml: 错误: 未找到内置示例{RUN_HERE_ZH}指定目标表文件"
    en = only_error(run_scoring("explain", "P01", "--lang", "en", cwd=tmp_path))
    assert en == f"targets/2025/jiangning-social-insurance.yaml: error: the bundled example was not found{RUN_HERE_EN}give a targets file"


def test_the_default_rules_missing_from_the_current_folder(run_scoring, tmp_path):
    given = ("evaluate", MINI_TARGETS, "--actuals", MINI_ANNUAL)
    zh = only_error(run_scoring(*given, cwd=tmp_path))
    assert zh == f"rules: 错误: 未找到默认规则目录{RUN_HERE_ZH}指定规则目录（--rules）"
    en = only_error(run_scoring(*given, "--lang", "en", cwd=tmp_path))
    assert en == f"rules: error: the default rules directory was not found{RUN_HERE_EN}give a rules directory (--rules)"
    assert run_scoring(*given, "--rules", RULES, "--engine", "python", cwd=tmp_path).returncode == 0


def test_rules_test_with_its_default_directory_missing(run_scoring, tmp_path):
    zh = only_error(run_scoring("rules", "test", cwd=tmp_path))
    assert zh == f"rules: 错误: 未找到默认规则目录{RUN_HERE_ZH}指定规则目录"
    en = only_error(run_scoring("rules", "test", "--lang", "en", cwd=tmp_path))
    assert en.endswith(f"{RUN_HERE_EN}give a rules directory")


def test_a_missing_path_the_user_gave_keeps_the_plain_message(run_scoring, tmp_path):
    assert only_error(run_scoring("evaluate", "nowhere.yaml", cwd=tmp_path)) == "nowhere.yaml: 错误: 文件不存在"
    assert only_error(run_scoring("rules", "test", "rules", cwd=tmp_path)) == "rules: 错误: 规则目录不存在"


def test_the_library_names_no_command_line_option_and_the_command_adds_its_own(run_scoring, monkeypatch, tmp_path):
    """A program calling the library has no --rules or --actuals; `scoring` adds the option it has for the thing asked."""
    import pytest

    from scoring.errors import ScoringError
    from scoring.run import locate_actuals, rules_or_default

    monkeypatch.chdir(tmp_path)
    for call in (lambda: rules_or_default(None), lambda: locate_actuals(MINI_TARGETS, None, "h1")):
        with pytest.raises(ScoringError) as e:
            call()
        [problem] = e.value.problems
        assert "--" not in problem.zh + problem.en
    done = run_scoring("evaluate", MINI_TARGETS, "--period", "h1", "--rules", RULES, "--lang", "en")
    assert only_error(done).endswith("mini.targets.h1.xlsx: give an actuals file (--actuals)")
    en = only_error(run_scoring("rules", "test", "--lang", "en", cwd=tmp_path))  # its folder is an argument: no option
    assert en.endswith(f"{RUN_HERE_EN}give a rules directory")
