"""`scoring check` says a weights.yaml that cannot split a table's points, as scoring would stop on it: with the
rules checked against a table (`check RULES --targets TABLE`) and with a table checked with its rules."""
from __future__ import annotations

import pytest

from helpers import ROOT, copy_rules, run_cli

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


@pytest.mark.parametrize("old, new, codes", [
    ("  满意度: 10", "  满意: 10", ["table.weights_lack_level1", "table.level1_not_in_table"]),
    ("own: []", "own: [{indicator: P99, points: 2}]", ["table.own_indicator_unknown"]),
])
def test_weights_that_do_not_fit_the_table_are_errors_of_check(tmp_path, old, new, codes):
    rules = copy_rules(tmp_path)
    weights = rules / "weights.yaml"
    text = weights.read_text(encoding="utf-8")
    assert old in text
    weights.write_text(text.replace(old, new), encoding="utf-8")
    for args in (["check", str(rules), "--targets", str(EXAMPLE)], ["check", str(EXAMPLE), "--rules", str(rules)]):
        result = run_cli([*args, "--lang", "en"])
        assert result.returncode == 2, args
        scoring = run_cli(["evaluate", str(EXAMPLE), "--rules", str(rules), "--lang", "en", "--engine", "python"])
        assert scoring.returncode == 2
        for line in scoring.stderr.strip().splitlines():  # what scoring stops on, check says first
            assert line in result.stderr, (args, line)
    from scoring.audit.lint import lint_rules

    assert [p.code for p in lint_rules(rules, EXAMPLE) if p.severity == "error"] == codes
