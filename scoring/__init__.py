"""scoring: exact, auditable scoring of budget-performance self-evaluations (绩效自评)."""
from .errors import Problem, ScoringError
from .table.load import load_targets
from .table.model import TargetTable
from .table.values import TargetValue, format_value, parse_value

__all__ = ["Problem", "ScoringError", "TargetTable", "TargetValue", "format_value", "load_targets", "parse_value"]
