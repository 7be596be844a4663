"""The error for a workbook's unreadable cells, carrying the actuals read from all the others."""
from __future__ import annotations

from ..actuals import Actuals
from ..errors import ScoringError
from ..table.model import TargetTable


class UnreadCells(ScoringError):
    """Cells that could not be read as anyone meant them, with the actuals of every cell that could: scoring
    can then check those against their targets too, so that one run names every bad cell (checked)."""

    def __init__(self, problems, actuals: Actuals):
        super().__init__(problems)
        self.actuals = actuals

    def checked(self, table: TargetTable, rules, period: str) -> ScoringError:
        """This error with the scorer's own problems about the cells that were read (a unit or an operator that
        does not fit the target, a word outside the vocabulary)."""
        from ..engine.facts import build_inputs

        try:
            build_inputs(table, self.actuals, rules, period)
        except ScoringError as e:
            return ScoringError(self.problems + e.problems)
        return ScoringError(self.problems)
