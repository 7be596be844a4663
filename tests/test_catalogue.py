"""The message catalogue: every code the code uses exists, both languages take the same arguments."""
from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

import pytest

from scoring import catalogue
from scoring.catalogue import MESSAGES, Text, join, placeholders, say, text
from scoring.errors import Pos, ScoringError

SOURCE = Path(catalogue.__file__).resolve().parent.parent
# a message made in code: pos.report("…"), pos.fail("…"), text("…"), say("…"), invalid("…") (yamlio's, for validators)
USE = re.compile(r"""(?:\.report|\.fail|(?<![\w.])text|(?<![\w.])say|(?<![\w.])invalid)\(\s*(f?)(["'])([^"']*)\2""")


@lru_cache(maxsize=None)  # the source does not change during a run: read once
def _uses() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        for m in USE.finditer(path.read_text(encoding="utf-8")):
            found.append((str(path.relative_to(SOURCE)), m[1], m[3]))
    return found


def test_the_source_makes_messages_from_the_catalogue():
    assert len(_uses()) > 5  # the pattern still finds the call sites


def test_every_code_used_in_the_source_exists():
    missing = [(f, code) for f, fstr, code in _uses() if fstr or code not in MESSAGES]
    assert not missing, f"codes used but not in scoring/catalogue (or not literal): {missing}"


def test_both_languages_take_the_same_arguments_and_say_something():
    wrong = [code for code, (zh, en) in MESSAGES.items() if placeholders(zh) != placeholders(en)]
    empty = [code for code, (zh, en) in MESSAGES.items() if not (zh.strip() and en.strip())]
    assert not wrong, f"the two languages take different arguments: {wrong}"
    assert not empty, f"empty messages: {empty}"
    unnamed = [code for code, (zh, _) in MESSAGES.items() if not all(p.isidentifier() for p in placeholders(zh))]
    assert not unnamed, f"placeholders must be plain names ({{name}}, {{rate:.2f}}): {unnamed}"


def test_each_code_lives_in_the_area_file_it_is_named_after():
    astray = [(code, catalogue.AREA_OF[code]) for code in MESSAGES if not code.startswith(catalogue.AREA_OF[code] + ".")]
    assert not astray, f"codes not prefixed by their area file's name: {astray}"


def test_a_message_renders_in_each_language():
    t = text("cli.counts", errors=2, warnings=0)
    assert (t.zh, t.en) == ("2 个错误，0 个警告", "errors: 2, warnings: 0")
    assert t.render("en") == say("cli.counts", "en", errors=2, warnings=0)
    assert t == text("cli.counts", warnings=0, errors=2)  # same code and arguments: equal, hashable
    assert hash(t) == hash(text("cli.counts", warnings=0, errors=2))


def test_arguments_that_are_messages_or_lists_render_in_the_same_language():
    label = text("problem.warning")
    t = text("output.cannot_write", reason=label)
    assert (t.zh, t.en) == ("无法写入：警告", "cannot write: warning")
    listed = text("output.cannot_write", reason=[label, text("problem.error")])
    assert (listed.zh, listed.en) == ("无法写入：警告、错误", "cannot write: warning, error")


def test_join_uses_each_languages_list_style():
    assert join(["甲", "乙", "丙"], "zh") == "甲、乙、丙"
    assert join(["a", "b"], "en") == "a, b"
    assert join([text("problem.error"), "x"], "en") == "error, x"
    assert join([], "zh") == ""


def test_an_unknown_code_or_wrong_argument_fails_where_the_message_is_made():
    with pytest.raises(KeyError, match="no message 'cli.nope'"):
        text("cli.nope")
    with pytest.raises(TypeError, match=r"missing \['warnings'\]"):
        text("cli.counts", errors=1)
    with pytest.raises(TypeError, match=r"unexpected \['extra'\]"):
        text("problem.error", extra=1)
    with pytest.raises(KeyError):
        Text("cli.nope")


def test_a_code_defined_in_two_areas_is_an_error_at_import(monkeypatch):
    import sys
    import types

    dup = types.ModuleType("scoring.catalogue._dup")
    dup.MESSAGES = {"cli.counts": ("x", "x")}
    monkeypatch.setitem(sys.modules, "scoring.catalogue._dup", dup)
    with pytest.raises(ImportError, match=r"'cli.counts' is defined twice: in catalogue/cli.py and catalogue/_dup.py"):
        catalogue._merge(("cli", "_dup"))


def test_a_located_problem_carries_its_code_and_both_languages():
    p = Pos("out.txt", 3, 1).report("output.cannot_write", severity="warning", reason="disk full")
    assert (p.code, p.severity, p.zh, p.en) == ("output.cannot_write", "warning", "无法写入：disk full",
                                               "cannot write: disk full")
    assert p.render("zh") == "out.txt:3:1: 警告: 无法写入：disk full"
    assert p.render("en") == "out.txt:3:1: warning: cannot write: disk full"
    err = Pos("out").fail("output.is_folder")
    assert isinstance(err, ScoringError) and [q.code for q in err.problems] == ["output.is_folder"]
    assert err.render("en") == "out: error: this is a folder: give a file name"


# Modules whose messages have not moved into the catalogue yet (their areas were being changed by others):
# remove a module from here when its messages move; nothing may be added.
NOT_YET_MIGRATED = {
}
# Chinese that is data, not a message: the defaults of a rule test case, which rules match on
DATA = {("audit/cases.py", "测试指标"), ("audit/cases.py", "履职"), ("audit/cases.py", "产出指标"),
        ("table/groups.py", "[（(][^（()）]*[)）]\\s*$"), ("table/groups.py", "指标"),
        ("audit/single.py", "规则测试单位"), ("audit/single.py", "履职"), ("audit/single.py", "产出指标"),
        # units and suffixes a clerk types into a cell (万元, 元, 分), the example of the actual's header note,
        # and how the text importer names its lines, which the workbook import cites
        ("xlsx/cells.py", "万元"), ("xlsx/cells.py", "元"), ("xlsx/cells.py", "分"), ("xlsx/template_book.py", "10690人"),
        ("xlsx/table_import.py", "第(\\d+)(?:–(\\d+))?行"),
        # the prefixes that turn a state into its partial or failed evaluation (基本健全, 不健全 for 健全)
        ("rulebook/model.py", "基本|部分|较|小幅|不|未"),
        # the outcomes rule and actuals files write (outcome_bands' keys, vocabulary.yaml's)
        ("rulebook/methods.py", "达成"), ("rulebook/methods.py", "部分达成"), ("rulebook/methods.py", "未达成"),
        # the rule lint's sample values: a text and a word no rule names, a unit, a qualitative target;
        # and the neutral values of the fields it varies on their own (the fact schema's)
        ("audit/lint_samples.py", "（其他）"), ("audit/lint_samples.py", "（评价词）"), ("audit/lint_samples.py", "人"),
        ("audit/lint_samples.py", "健全"), ("rulebook/fields.py", "履职"), ("rulebook/fields.py", "产出指标"),
        ("rulebook/fields.py", "指标"), ("engine/facts.py", "达成"),
        # the full-width colon a Chinese input method types after a key, which YAML does not take for one
        ("yamlio.py", "：")}
# Modules that hold only the words published forms print, which importers look for: data, not messages
FORM_WORDS = {"table/form_words.py"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@lru_cache(maxsize=None)
def _chinese_literals(path: Path) -> list[tuple[int, str]]:
    """String constants holding Chinese characters or punctuation, docstrings aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return sorted({(n.lineno, n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant)
                   and isinstance(n.value, str) and id(n) not in docstrings and CJK.search(n.value)})


def test_no_user_text_outside_the_catalogue():
    found = {}
    for path in sorted(SOURCE.rglob("*.py")):
        name = path.relative_to(SOURCE).as_posix()
        if name.startswith("catalogue/") or name in NOT_YET_MIGRATED or name in FORM_WORDS:
            continue
        hits = [(line, s) for line, s in _chinese_literals(path) if (name, s) not in DATA]
        if hits:
            found[name] = hits
    assert not found, f"user-facing text belongs in scoring/catalogue/<area>.py: {found}"


def test_the_list_of_modules_not_yet_migrated_only_shrinks():
    stale = sorted(n for n in NOT_YET_MIGRATED if not (SOURCE / n).exists() or not _chinese_literals(SOURCE / n))
    assert not stale, f"these hold no Chinese literals any more: remove them from NOT_YET_MIGRATED: {stale}"


COMMANDS = (["import"], ["check"], ["rules"], ["rules", "test"], ["explain"], ["diff"], ["evaluate"], ["batch"],
            ["audit"], ["template"])


def _columns(line: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@pytest.mark.parametrize("command", [[]] + list(COMMANDS), ids=lambda c: " ".join(c) or "scoring")
def test_help_follows_the_language_and_fits_80_columns(command):
    from helpers import run_cli

    zh = run_cli([*command, "--help"], env={"SCORING_LANG": None, "COLUMNS": "80"})
    en = run_cli([*command, "--help"], env={"SCORING_LANG": "en", "COLUMNS": "80"})
    assert zh.returncode == en.returncode == 0
    assert zh.stdout.startswith("用法：scoring") and "显示此帮助并退出" in zh.stdout
    assert en.stdout.startswith("usage: scoring") and not CJK.search(en.stdout)
    # every argument is explained in Chinese: no English help line is left (the options' names aside)
    helps = [line.split("  ")[-1] for line in zh.stdout.splitlines() if line.startswith("  ") and "  " in line.strip()]
    assert helps and all(CJK.search(h) for h in helps), helps
    assert max(map(_columns, zh.stdout.splitlines())) <= 80
    assert run_cli(["--lang", "en", *command, "--help"]).stdout == en.stdout
