"""Each finding code's short label in the reader's language, and a finding as the review's renderers print it."""
from __future__ import annotations

from ..catalogue import say
from .findings import Finding
from .form import Loc, column_letter


def label(code: str, lang: str) -> str:
    """The code in the reader's words (budget_rate_mismatch → 执行率不符); the code itself stays in JSON and
    beside the label in the count tables, for whoever keys on it."""
    key = "review.label_" + code  # every code of findings.CODES has one: tests/test_finding_labels.py
    return say(key, lang)


def labelled(f: Finding, lang: str) -> str:
    """`【执行率不符】执行率写作 100%，…`: the finding's label, then its message."""
    return say("review.labelled", lang, label=label(f.code, lang), message=f.message.get(lang))


def cell_beside(cell: Loc, beside: Loc | None) -> str:
    """The cell as read beside `beside` (the row's cell a table shows): J51 on the row's sheet, 自评表!J51 on another."""
    if beside is not None and cell.sheet is not None and cell.sheet == beside.sheet:
        return f"{column_letter(cell.column)}{cell.row}"
    return cell.ref


def located(f: Finding, lang: str, beside: Loc | None = None) -> str:
    """`J51 【缺偏差原因】…`: the finding after its own cell, where it has one that is not `beside`."""
    if f.cell is None or f.cell == beside:
        return labelled(f, lang)
    return say("review.at_cell", lang, cell=cell_beside(f.cell, beside), finding=labelled(f, lang))
