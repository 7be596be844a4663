"""An upper-bound name (在职人员控制率) with its target written `=` (=100%) and an actual under it: `=` scores it as a
lower bound, so staying under the limit loses points; the row is flagged equal_below_bound, its points kept (what
`=` means is the rules' convention), as going over is flagged equal_above_bound."""
from __future__ import annotations

from test_flag_equal_above_bound import _row


def test_an_upper_bound_name_under_its_equal_target_is_flagged_and_keeps_its_points(tmp_path):
    row = _row(tmp_path, "  在职人员控制率: {actual: 98%}\n", "P22")
    assert row.target == "=100%" and 0 < row.points < row.weight
    codes = [f.code for f in row.flags]
    assert "equal_below_bound" in codes and "equal_above_bound" not in codes
    said = next(f for f in row.flags if f.code == "equal_below_bound").message
    assert "98%" in said.zh and "低于目标而扣分" in said.zh and "'控制率'" in said.en
