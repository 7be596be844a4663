"""Input limits: hostile or careless files end in a located error at once, never a hang, crash or traceback."""
from __future__ import annotations

import pytest

from helpers import MINI_ANNUAL, MINI_TARGETS, copy_rules, edit
from scoring import limits
from scoring.actuals import load_actuals
from scoring.cli import main
from scoring.errors import ScoringError
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets
from scoring.yamlio import parse_yaml

LAUGHS = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 10))
LAUGHS = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + LAUGHS


def codes(call, *args) -> list[str]:
    with pytest.raises(ScoringError) as e:
        call(*args)
    assert all(p.line for p in e.value.problems), e.value.render("en")
    return [p.code for p in e.value.problems]


def evaluate_cli(capsys, *args) -> tuple[int, str]:
    status = main(["evaluate", str(MINI_TARGETS), "--actuals", str(MINI_ANNUAL), "--engine", "python",
                   "--format", "json", "--out", "-", "--lang", "en", *map(str, args)])
    out = capsys.readouterr()
    return status, out.err


@pytest.mark.parametrize("where", ["targets", "actuals", "rules"])
def test_a_billion_laughs_is_refused_at_once(tmp_path, capsys, where):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(LAUGHS, encoding="utf-8")
    if where == "rules":
        rules = copy_rules(tmp_path)
        (rules / "bomb.yaml").write_text(LAUGHS, encoding="utf-8")
        args = [str(MINI_TARGETS), "--actuals", str(MINI_ANNUAL), "--rules", str(rules)]
    elif where == "targets":
        args = [str(bomb), "--actuals", str(MINI_ANNUAL)]
    else:
        args = [str(MINI_TARGETS), "--actuals", str(bomb)]
    assert main(["evaluate", *args, "--engine", "python", "--format", "json", "--out", "-", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "bomb.yaml:" in err and "aliases" in err


def test_aliases_that_multiply_stop_at_the_value_limit():
    # few aliases, each naming a list of many aliases: the expansion, not the alias count, is what stops it
    text = "a: &a [" + ", ".join(["x"] * 1000) + "]\n" + "b: [" + ", ".join(["*a"] * 60) + "]\n"
    assert codes(parse_yaml, text, "f.yaml") == ["limits.too_many_values"]
    with pytest.raises(ScoringError) as e:  # said at the list whose aliases multiply, before it is built
        parse_yaml(text, "f.yaml")
    assert (e.value.problems[0].line, e.value.problems[0].column) == (2, 4)


@pytest.mark.parametrize("text", [
    "a: " + "[" * 100_000 + "]" * 100_000,  # crashed the C composer (segfault)
    "a: " + "[" * 600 + "]" * 600,  # RecursionError
    "".join(" " * i + "- \n" for i in range(0, 200)),
    "a: &a [*a]\n",  # an alias inside its own anchor
])
def test_deep_nesting_is_a_located_error(text):
    assert codes(parse_yaml, text, "f.yaml") == ["limits.too_deep"]


def test_many_values_are_refused_before_they_are_composed():
    assert codes(parse_yaml, "- 1\n" * 250_000, "f.yaml") == ["limits.too_many_values"]


def test_a_file_too_big_is_not_read(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * limits.MAX_FILE_BYTES + "\n", encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        load_actuals(big)
    assert e.value.problems[0].code == "limits.file_too_big"


def test_long_values_and_keys_are_refused_with_a_short_message():
    assert codes(parse_yaml, "a: " + "长" * (limits.MAX_STRING + 1), "f.yaml") == ["limits.string_too_long"]
    with pytest.raises(ScoringError) as e:
        parse_yaml("? " + "k" * 20_000 + "\n: 1\n", "f.yaml")
    assert e.value.problems[0].code == "limits.key_too_long" and len(e.value.render("en")) < 300


@pytest.mark.parametrize("old,new", [
    ("P01: 3.2%", "P01: " + "9" * 29 + "%"),  # an actual
    ("S01: 99.5%", "S01: 0.0000000000000000000000000001%"),
    ("basic: 20", "basic: " + "1" * 40),  # spending, a YAML number
    ("basic: 20", "basic: 1e400"),  # a float inf in the engine: segfault inside durable_rules
    ("basic: 20", 'basic: "1e400"'),  # the same, quoted
    ("basic: 20", "basic: .inf"),
    ("basic: 20", "basic: 0.1234567"),  # more decimals than any amount has
    ("F01: {actual: 980人,", "F01: {actual: 980人, points: 99999999999999999999999999999,"),
])
def test_numbers_out_of_bounds_in_actuals_are_located(tmp_path, old, new):
    actuals = tmp_path / "a.yaml"
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8"), encoding="utf-8")
    edit(actuals, old, new)
    with pytest.raises(ScoringError) as e:
        from helpers import score
        score(actuals=actuals)
    said = e.value.render("en")
    assert "is out of range: at most 12 digits before the point and 6 after" in said or "finite" in said
    assert e.value.problems[0].line is not None


def test_numbers_out_of_bounds_in_targets_and_rules_are_located(tmp_path):
    targets = tmp_path / "t.yaml"
    targets.write_text(MINI_TARGETS.read_text(encoding="utf-8"), encoding="utf-8")
    edit(targets, 'annual: "≥1000人"', 'annual: "≥' + "1" * 29 + '人"')
    edit(targets, "total: 100", "total: " + "1" * 29)
    assert "limits.number_too_long" in codes(load_targets, targets)
    rules = copy_rules(tmp_path)
    edit(rules / "lower_bound.yaml", "priority: 10", "priority: " + "9" * 30)
    edit(rules / "monitoring.yaml", "time_progress: 50", "time_progress: " + "5" * 30)
    assert codes(load_rules, rules).count("limits.number_too_long") == 2


def test_zero_time_progress_is_a_located_error_not_a_division_by_zero(tmp_path, capsys):
    rules = copy_rules(tmp_path)
    edit(rules / "monitoring.yaml", "time_progress: 50", "time_progress: 0")
    status = main(["evaluate", str(MINI_TARGETS), "--actuals", str(MINI_ANNUAL).replace("annual", "h1"),
                   "--period", "h1", "--rules", str(rules), "--engine", "python", "--lang", "en"])
    err = capsys.readouterr().err
    assert status == 2 and "monitoring.yaml:" in err and "greater than 0" in err


@pytest.mark.parametrize("written,code,says", [
    ("op: =", "input.quote_operator", 'quote it, "="'),
    ("op: !=", "input.quote_bang", 'quote it, "!="'),
    ("op: !!python/object:os.system ls", "input.tag", "unsupported YAML tag"),
])
def test_an_operator_yaml_reads_as_a_tag_says_quote_it(tmp_path, written, code, says):
    rules = copy_rules(tmp_path)
    edit(rules / "upper_bound.yaml", "op: [\"≤\", \"<\"]", written)
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    assert [p.code for p in e.value.problems] == [code]
    assert "upper_bound.yaml:29:" in e.value.render("en") and says in e.value.render("en")


def test_too_many_indicators_is_a_located_error(tmp_path):
    items = "".join(f"          - {{id: X{i}, name: 指标{i}, half_year: 健全, annual: 健全}}\n"
                    for i in range(limits.MAX_INDICATORS + 1))
    text = MINI_TARGETS.read_text(encoding="utf-8").replace(
        "          - {id: D01, name: 规划健全性, half_year: 健全, annual: 健全}\n", items)
    targets = tmp_path / "t.yaml"
    targets.write_text(text, encoding="utf-8")
    assert codes(load_targets, targets) == ["limits.too_many_indicators"]


def test_more_rules_than_durable_rules_handles_are_refused_at_load_time(tmp_path):
    rules = copy_rules(tmp_path)
    shipped = len(load_rules(rules).rules)
    extra = ["title: 多余的规则", "rules:"]
    for i in range(limits.MAX_RULES - shipped + 1):
        extra += [f"  - id: extra-{i}", f"    title: 第 {i} 条", f"    when: {{name: 不存在{i}}}", "    priority: 1",
                  "    method: full", "    explain: 满分"]
    (rules / "extra.yaml").write_text("\n".join(extra) + "\n", encoding="utf-8")
    with pytest.raises(ScoringError) as e:
        load_rules(rules)
    (problem,) = e.value.problems
    assert problem.code == "limits.too_many_rules" and problem.file.endswith(".yaml") and problem.line


def test_only_the_first_unknown_keys_are_searched_for_the_nearest_names(tmp_path):
    # each search compares with every indicator: 2,000 unknown keys in a 100 KB file took 86 s
    actuals = tmp_path / "a.yaml"
    keys = "".join(f"  参保人数{i}: 5人\n" for i in range(30))
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace("indicators:\n", "indicators:\n" + keys),
                       encoding="utf-8")
    from helpers import score
    with pytest.raises(ScoringError) as e:
        score(actuals=actuals)
    said = [p.en for p in e.value.problems]
    assert len(said) == 30 and all("did you mean: F01" in s for s in said[:10])
    assert not any("did you mean" in s for s in said[10:])
