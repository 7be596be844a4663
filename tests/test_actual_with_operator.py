"""An actual typed with an operator (≥126公里, as the target is written) is refused with what to write instead."""
from __future__ import annotations

import pytest

from helpers import ROOT, run_cli

TABLE = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


@pytest.mark.parametrize("lang, said", [
    ("zh", "实际值「≥126公里」不应带比较符号：写实际完成的数，如 126公里"),
    ("en", "the actual '≥126公里' must not carry an operator: write what was achieved, e.g. 126公里"),
])
def test_the_number_to_write_is_said(tmp_path, lang, said):
    text = (ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml").read_text(encoding="utf-8")
    path = tmp_path / "a.yaml"
    assert "  O01: 12.5公里\n" in text
    path.write_text(text.replace("  O01: 12.5公里\n", "  O01: ≥126公里\n"), encoding="utf-8")
    code, out, err = run_cli(["evaluate", TABLE, "--actuals", path, "--lang", lang])
    assert code == 2 and said in err, err
