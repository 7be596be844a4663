"""Number targets printed without an operator are read by a rule setting, and every such reading is said."""
from __future__ import annotations

from decimal import Decimal

from helpers import MINI_ANNUAL, MINI_TARGETS, copy_rules, edit, score
from scoring.cli import main


def _table(tmp_path, target: str = "3%"):
    path = tmp_path / "t.yaml"
    path.write_text(MINI_TARGETS.read_text(encoding="utf-8").replace(
        '{id: P01, name: 预算调整率, half_year: "=0%", annual: "=0%"}',
        f'{{id: P01, name: 预算调整率, half_year: "{target}", annual: "{target}"}}'), encoding="utf-8")
    return path


def _actuals(tmp_path, p01: str):
    path = tmp_path / "a.yaml"
    path.write_text(MINI_ANNUAL.read_text(encoding="utf-8").replace("P01: 3.2%", f"P01: {p01}"), encoding="utf-8")
    return path


def _row(card, ident):
    return next(i for i in card.indicators if i.id == ident)


def test_a_bare_control_rate_is_an_upper_bound_and_the_row_says_so(tmp_path):
    # the case: 预算调整率 `3%` with actual 0 scored 0.00 as a lower bound
    row = _row(score(_table(tmp_path), _actuals(tmp_path, "0%")), "P01")
    assert row.target == "≤3%"
    assert row.points == row.weight and row.status == "met"
    [read] = [f for f in row.flags if f.code == "target_read"]
    assert "调整率" in read.message.zh and "≤3%" in read.message.en


def test_over_the_bare_bound_loses_points_as_an_upper_bound(tmp_path):
    row = _row(score(_table(tmp_path), _actuals(tmp_path, "6%")), "P01")
    assert Decimal(0) < row.points < row.weight and row.rule.id.startswith("upper-bound")


def test_the_reading_is_the_auditors_setting(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "bare_targets.yaml", "  - contains: [控制率, 调整率,", "  - contains: [控制率,")
    row = _row(score(_table(tmp_path), _actuals(tmp_path, "0%"), rules=rules), "P01")
    assert row.target == "=3%"  # now read by `otherwise`, as a lower bound: 0 of 3 %
    assert row.points == 0
    assert any(f.code == "target_read" for f in row.flags)


def test_a_target_with_its_operator_is_not_reinterpreted(tmp_path):
    row = _row(score(_table(tmp_path, "≥3%"), _actuals(tmp_path, "3%")), "P01")
    assert row.target == "≥3%" and not any(f.code == "target_read" for f in row.flags)


def test_check_warns_at_each_bare_target_saying_how_it_reads_it(tmp_path, capsys):
    path = _table(tmp_path)
    code = main(["check", str(path), "--rules", str(copy_rules(tmp_path)), "--lang", "en"])
    out = capsys.readouterr()
    lines = [line for line in (out.out + out.err).splitlines() if "no operator" in line]
    line_no = next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "P01" in line)
    assert code == 0
    assert len(lines) == 2  # the half-year and the annual target
    assert all(line.startswith(f"{path}:{line_no}:") and "read as ≤3%" in line and "调整率" in line for line in lines)


def test_check_of_the_bundled_table_finds_no_bare_targets(capsys, monkeypatch):
    from helpers import ROOT

    monkeypatch.chdir(ROOT)
    assert main(["check", "targets/2025/jiangning-social-insurance.yaml", "--lang", "en"]) == 0
    assert "no operator" not in capsys.readouterr().out
