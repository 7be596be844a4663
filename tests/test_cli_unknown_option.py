"""An option a command does not have is said with that command's usage, which lists the options it does have."""
from helpers import run_cli


def test_an_unknown_option_is_said_with_the_commands_usage_in_the_readers_language():
    zh = run_cli(["evaluate", "--foo"], env={"SCORING_LANG": "zh"})
    assert zh.returncode == 2 and zh.stdout == ""
    assert zh.stderr.startswith("用法：scoring evaluate ") and "--period" in zh.stderr
    assert zh.stderr.rstrip().endswith("scoring evaluate: 错误: 无法识别的参数：--foo")
    en = run_cli(["--lang", "en", "audit", "form.xlsx", "--bar", "b"])
    assert en.returncode == 2 and en.stderr.startswith("usage: scoring audit ") and "--targets" in en.stderr
    assert en.stderr.rstrip().endswith("scoring audit: error: unrecognized arguments: --bar b")


def test_a_subcommand_of_rules_says_its_own_usage():
    r = run_cli(["--lang", "en", "rules", "test", "--foo"])
    assert r.returncode == 2
    assert r.stderr.startswith("usage: scoring rules test ")
    assert r.stderr.rstrip().endswith("scoring rules test: error: unrecognized arguments: --foo")
