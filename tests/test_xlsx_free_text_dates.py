"""A date in a free-text cell of the actuals workbook (佐证材料, 偏差原因, 改进措施): one shown with its year is
that date; one shown without (Excel's reading of 5/6 typed) is asked about, as in a value cell."""
from __future__ import annotations

import datetime
import json

from helpers import ROOT, RULES, run_cli
from xlsx_fill import INDICATORS, columns, rows_by_id, sheet, template
from xlsx_read import load_workbook

EXAMPLE = ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


def _filled(tmp_path, header: str, number_format: str, value=datetime.datetime(2025, 12, 31)):
    path = template(EXAMPLE, tmp_path / "actuals.xlsx")
    wb = load_workbook(path)
    ws = sheet(wb, INDICATORS)
    cell = ws.cell(rows_by_id(ws)["F01"], columns(ws)[header])
    cell.value, cell.number_format = value, number_format
    wb.save(path)
    return path, cell.coordinate


def _evaluate(tmp_path, actuals):
    return run_cli(["--lang", "en", "evaluate", str(EXAMPLE), "--actuals", str(actuals), "--rules", str(RULES),
                    "--engine", "python", "--format", "json", "--out", "-"])


def test_a_dated_evidence_cell_is_read_as_its_date(tmp_path):
    for fmt, value, said in (("yyyy-mm-dd", datetime.datetime(2025, 12, 31), "2025-12-31"),
                             ('yyyy"年"m"月"d"日"', datetime.datetime(2025, 12, 31), "2025-12-31"),
                             ("yyyy/m/d h:mm", datetime.datetime(2025, 12, 31, 14, 30), "2025-12-31 14:30:00")):
        path, _ = _filled(tmp_path, "佐证材料", fmt, value)
        r = _evaluate(tmp_path, path)
        assert r.returncode == 0, r.stderr
        (row,) = [i for i in json.loads(r.stdout)["indicators"] if i["id"] == "F01"]
        assert row["evidence"] == said


def test_a_date_shown_without_its_year_or_in_a_value_cell_is_still_asked_about(tmp_path):
    for header, fmt in (("佐证材料", "m/d"), ("偏差原因", "d-mmm"), ("实际完成值", "yyyy-mm-dd")):
        path, coordinate = _filled(tmp_path, header, fmt, datetime.datetime(2025, 5, 6))
        r = _evaluate(tmp_path, path)
        assert r.returncode == 2 and r.stdout == ""
        assert f"actuals.xlsx:指标!{coordinate}: error: " in r.stderr and "2025-05-06" in r.stderr
