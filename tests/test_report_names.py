"""The default report path never replaces a report of other inputs: other actuals give another name."""
from __future__ import annotations

import shutil

from helpers import ROOT, run_cli

EXAMPLE = "jiangning-social-insurance"


def _checkout(tmp_path):
    for folder in ("targets", "actuals", "rules"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def test_other_actuals_do_not_overwrite_the_example_report(tmp_path):
    work = _checkout(tmp_path)
    mine = work / "MY.annual.yaml"
    shutil.copy(work / "actuals" / "2025" / f"{EXAMPLE}.annual.yaml", mine)
    r = run_cli(["evaluate", "--actuals", mine, "--format", "json", "--engine", "python"], cwd=work)
    assert r.returncode == 0, r.stderr
    assert (work / "reports" / "2025" / f"{EXAMPLE}-annual.MY.json").is_file()
    assert not (work / "reports" / "2025" / f"{EXAMPLE}-annual.json").exists()
    r = run_cli(["evaluate", "--format", "markdown", "--engine", "python", "--lang", "en"], cwd=work)
    assert r.returncode == 0 and (work / "reports" / "2025" / f"{EXAMPLE}-annual.en.md").is_file()
    # the actuals found beside the targets, named explicitly, are the default ones: the same report
    r = run_cli(["evaluate", "--actuals", work / "actuals" / "2025" / f"{EXAMPLE}.annual.yaml", "--format", "json",
                 "--engine", "python"], cwd=work)
    assert r.returncode == 0 and (work / "reports" / "2025" / f"{EXAMPLE}-annual.json").is_file()
