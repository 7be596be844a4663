"""durable_rules reads every number the engine hands it: floats that json.dumps writes in exponent
form (1e-05, 1e+20) are written out positionally, so both backends decide the same."""
from __future__ import annotations

import pytest

from helpers import FIXTURES, MINI_ANNUAL, MINI_TARGETS, ROOT, copy_rules, edit, requires_durable, run_cli_isolated


def _evaluate(targets, actuals, engine, rules=ROOT / "rules"):
    # in a child process: before the fix, durable_rules crashed its process (segfault) on some of these
    return run_cli_isolated(["evaluate", targets, "--actuals", actuals, "--rules", rules, "--engine", engine,
                             "--format", "json", "--out", "-", "--lang", "en"], cwd=ROOT)


@requires_durable
@pytest.mark.parametrize("actual", ["0.000001人", "0.00005人", "999999999999人"])
def test_tiny_and_huge_ratios_score_the_same_on_durable(tmp_path, actual):
    targets = tmp_path / "t.yaml"
    targets.write_text(MINI_TARGETS.read_text(encoding="utf-8"), encoding="utf-8")
    edit(targets, 'annual: "≥1000人"', 'annual: "≥0.000001人"' if actual.startswith("9") else 'annual: "≥1000人"')
    actuals = tmp_path / "a.yaml"
    actuals.write_text(MINI_ANNUAL.read_text(encoding="utf-8"), encoding="utf-8")
    edit(actuals, "actual: 980人", f"actual: {actual}")
    durable, python = _evaluate(targets, actuals, "durable"), _evaluate(targets, actuals, "python")
    assert durable.returncode == python.returncode == 0, durable.stderr
    assert durable.stdout == python.stdout


@requires_durable
def test_a_threshold_in_exponent_form_builds_the_ruleset(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "lower_bound.yaml", "target: {gt: 0}", "target: {gt: 0.00001}")
    durable = _evaluate(MINI_TARGETS, MINI_ANNUAL, "durable", rules)
    python = _evaluate(MINI_TARGETS, MINI_ANNUAL, "python", rules)
    assert durable.returncode == python.returncode == 0, durable.stderr
    assert durable.stdout == python.stdout
