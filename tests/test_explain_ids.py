"""`scoring explain ID TABLE` on a project table: an id typed loosely (O2) is read as the table's (O02) and said
above the trace, as actuals keyed O2 are read; an unknown id is told with the table's real ids (not the internal
budget_row) and how to name the budget row, or the nearest ones."""
from __future__ import annotations

import pytest

from helpers import ROOT, run_cli

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"


@pytest.mark.parametrize("typed", ["O2", "o02", "o2"])
def test_an_id_typed_loosely_is_read_as_the_tables_and_said_first(typed):
    code, out, err = run_cli(["explain", typed, PROJECT])
    said, heading = out.splitlines()[:2]
    assert code == 0 and said == f"注意：表中没有编号为「{typed}」的指标，「{typed}」读作 O02（专职巡护人员）"
    assert heading.startswith("O02 专职巡护人员") and out.splitlines()[1:] == run_cli(["explain", "O02", PROJECT])[1].splitlines()
    code, out, _ = run_cli(["--lang", "en", "explain", typed, PROJECT])
    assert code == 0 and out.startswith(f"note: no indicator's id is '{typed}': read '{typed}' as O02 (专职巡护人员)\n")


@pytest.mark.parametrize("typed", ["O02", "Ｏ０２", "专职巡护人员", "预算执行率"])
def test_an_exact_id_its_full_width_form_or_a_name_needs_no_note(typed):
    code, out, _ = run_cli(["explain", typed, PROJECT])
    assert code == 0 and not out.startswith("注意")


def test_an_unknown_id_on_a_project_table_lists_its_ids_and_names_the_budget_row():
    code, _, err = run_cli(["explain", "XYZ", PROJECT])
    assert code == 2 and err.rstrip().endswith(
        "指标「XYZ」在目标表中不存在；表中指标编号：O01、O02、O03、O04、O05、B01、B02、B03、S01；预算执行率行请写其名称「预算执行率」")
    assert "budget_row" not in err
    code, _, err = run_cli(["--lang", "en", "explain", "XYZ", PROJECT])
    assert code == 2 and "its ids: O01, O02, O03, O04, O05, B01, B02, B03, S01; name the budget row by its name" in err


def test_a_near_miss_on_a_project_table_is_suggested_the_budget_row_by_its_name():
    code, _, err = run_cli(["explain", "O9", PROJECT])
    assert code == 2 and "是否指：O05 隔离带建设成本" in err  # the nearest number of its group first
    code, _, err = run_cli(["explain", "预算执行", PROJECT])
    assert code == 2 and err.rstrip().endswith("是否指：预算执行率") and "budget_row" not in err
