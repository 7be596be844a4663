"""`scoring check TABLE` warns at the row of a target the table most likely did not mean as printed (DOMAIN §6.10):
a number up to 1 with no unit (=1 for 100 %), which gives full points to any rate above it, and an `=` on a name
that bare_targets.yaml reads as an upper bound (在职人员控制率 =100%), which loses points under the limit."""
from __future__ import annotations

import pytest

from helpers import ROOT, RULES, run_cli
from scoring.rulebook.load import load_rules
from scoring.table.check_with_rules import suspect_warnings
from scoring.table.load import load_targets

TABLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def _table(tmp_path, *edits):
    text = TABLE.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def _warnings(path):
    return [(p.code, p.line) for p in suspect_warnings(load_targets(path), load_rules(RULES))]


P03 = '            name: 预算执行率\n            half_year: "=50%"\n            annual: "=100%"\n'


@pytest.mark.parametrize("written, shown", [('"=1"', "=100%"), ('"0.95"', "95%"), ('"≥0.9"', "≥90%")])
def test_a_number_up_to_1_without_a_unit_is_a_warning_at_its_row(tmp_path, written, shown):
    # (both periods without a unit: a half-year target in % beside an annual one without is an error of its own)
    path, text = _table(tmp_path, (P03, P03.replace('"=100%"', written).replace('"=50%"', '"=0.5"')))
    line = text.splitlines().index("          - id: P03") + 1
    assert ("table.target_without_percent", line) in _warnings(path)
    code, out, err = run_cli(["--lang", "en", "check", path])
    assert code == 0 and f"t.yaml:{line}:" in out and f"write {shown}" in out


def test_counts_and_percentages_are_not_suspect(tmp_path):
    path, _ = _table(tmp_path, (P03, P03.replace('"=100%"', '"=2"').replace('"=50%"', '"=1.5"')))
    assert [c for c, _ in _warnings(path) if c == "table.target_without_percent"] == []
    assert [c for c, _ in _warnings(TABLE) if c == "table.target_without_percent"] == []


def test_an_equal_sign_on_a_control_rate_is_a_warning_naming_the_upper_bound():
    said = [p for p in suspect_warnings(load_targets(TABLE), load_rules(RULES)) if p.code == "table.equal_on_upper_bound"]
    assert {p.zh.split("「")[1].split("」")[0] for p in said} == {"在职人员控制率"}  # P22 =100%, both periods
    assert len(said) == 2 and all("请写作 ≤100%" in p.zh and "write ≤100%" in p.en for p in said)


def test_a_zero_target_with_equal_is_scored_as_zero_and_not_warned():
    # P04 结转结余率 =0%: a zero target, scored as one whatever its operator
    said = [p.zh for p in suspect_warnings(load_targets(TABLE), load_rules(RULES))]
    assert not any("结转结余率" in s for s in said)
