"""Writing cells and pages: text that starts with = stays text, not a formula; A4 fitted to the page width."""
from __future__ import annotations


def put_value(ws, row: int, col: int, value):
    """ws.cell(row, col, value), except that openpyxl would store `=100%` as a formula (and show 1)."""
    cell = ws.cell(row, col)
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def print_setup(ws, title_row: int, landscape: bool) -> None:
    """A4, fitted to the page width (as many pages down as it takes), the header row printed on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{title_row}:{title_row}"
