"""Writing workbooks: text that starts with = stays text, A4 fitted to the page width, the same bytes every run."""
from __future__ import annotations

import datetime
import math
import re
import zipfile
from io import BytesIO


def put_value(ws, row: int, col: int, value):
    """ws.cell(row, col, value), except that openpyxl would store `=100%` as a formula (and show 1)."""
    cell = ws.cell(row, col)
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def text_lines(text: str, width: float) -> int:
    """How many lines a text wraps to in a column `width` characters wide (a Chinese character is nearly two):
    spreadsheets do not grow a row by itself for wrapped text written by a program, nor ever for merged cells."""
    chars = sum(1.6 if ord(ch) > 0x2E80 else 1 for ch in text)
    return max(1, math.ceil(chars / max(1.0, width - 1)))


def print_setup(ws, title_row: int, landscape: bool) -> None:
    """A4, fitted to the page width (as many pages down as it takes), the header row printed on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{title_row}:{title_row}"


# A workbook is a zip of XML parts; openpyxl stamps the parts and the document with the time of saving.
# They are fixed, so that the same inputs give the same bytes (and the same SHA-256) on every run.
FIXED_TIME = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def workbook_bytes(wb) -> bytes:
    """The workbook's file, byte-identical for identical contents."""
    wb.properties.creator = "scoring"
    wb.properties.created = FIXED_TIME.replace(tzinfo=None)
    out = BytesIO()
    wb.save(out)
    stamped = zipfile.ZipFile(BytesIO(out.getvalue()))
    stable = BytesIO()
    with zipfile.ZipFile(stable, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in stamped.infolist():
            data = stamped.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), data)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.external_attr, entry.compress_type = info.external_attr, zipfile.ZIP_DEFLATED
            dest.writestr(entry, data)
    return stable.getvalue()
