"""Where a unit's actuals are looked for when none are named: in the folder that mirrors a targets folder, else beside."""
from __future__ import annotations

from pathlib import Path

import pytest

from scoring.run import actuals_for


@pytest.mark.parametrize("targets, actuals", [
    ("work/targets/2025/u1.yaml", "work/actuals/2025/u1.annual.yaml"),  # the repository's layout
    ("gen/targets/u00001.yaml", "gen/actuals/u00001.annual.yaml"),  # no year folder: not actuals/targets/…
    ("x/2025/u1.yaml", "x/2025/u1.annual.yaml"),  # not in a targets folder: beside it
])
def test_the_actuals_are_found_in_the_folder_that_mirrors_the_targets(targets, actuals):
    assert actuals_for(Path(targets), "annual") == Path(actuals)
