"""A stated 执行率 in YAML actuals that is no rate: the rate's own message, at the stated_rate line (as the workbook's cell)."""
from __future__ import annotations

import pytest

from tests.helpers import ROOT, run_cli

TABLE = ROOT / "targets/2025/forest-fire-prevention.yaml"
ACTUALS = ROOT / "actuals/2025/forest-fire-prevention.annual.yaml"


@pytest.mark.parametrize("typed", ["2025-03-01", "是", "≥95%"])
@pytest.mark.parametrize("lang, said", [("zh", "手填执行率「{}」应为百分数"), ("en", "the stated rate '{}' must be a percentage")])
def test_a_stated_rate_that_is_no_rate_is_told_at_its_own_line(tmp_path, typed, lang, said):
    text = ACTUALS.read_text(encoding="utf-8")
    assert "  stated_rate: 100%\n" in text
    lines = text.split("\n")
    line = lines.index("  stated_rate: 100%") + 1
    path = tmp_path / "a.yaml"
    path.write_text(text.replace("  stated_rate: 100%\n", f"  stated_rate: '{typed}'\n"), encoding="utf-8")
    code, out, err = run_cli(["--lang", lang, "evaluate", TABLE, "--actuals", path])
    assert code == 2
    assert f"a.yaml:{line}:16: " in err and said.format(typed) in err, err
    assert "10647" not in err  # not the target grammar's example
