"""`scoring explain ID TABLE` says an id the table lacks before it looks for actuals: a table outside the checkout
with no actuals beside it was told its actuals were missing, for an id it does not have."""
from __future__ import annotations

import shutil

from helpers import ROOT, run_cli

TABLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def test_an_unknown_id_is_said_first(tmp_path):
    table = tmp_path / "t.yaml"
    shutil.copy(TABLE, table)  # no actuals anywhere near it
    code, out, err = run_cli(["--lang", "en", "explain", "Z99", table], cwd=tmp_path)
    assert code == 2 and "indicator 'Z99' is not in the target table; its ids: D01–D06, P01–P25, F01–F21, B01–B04, S01" in err
    code, out, err = run_cli(["--lang", "en", "explain", "P22", table], cwd=tmp_path)
    assert code == 2 and "actual" in err.lower()  # a known id: now the actuals are looked for
