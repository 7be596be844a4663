"""scoring: exact, auditable scoring of budget-performance self-evaluations (绩效自评).

    from scoring import load_targets, load_actuals, load_rules, evaluate
    card = evaluate(load_targets(t), load_actuals(a), load_rules("rules"), period="annual")
"""
from .actuals import Actuals, load_actuals
from .errors import Problem, ScoringError
from .evaluate import evaluate
from .rulebook.load import RuleBook, load_rules
from .run import score_files
from .scorecard import Scorecard
from .table.load import load_targets
from .table.model import TargetTable
from .table.values import TargetValue, format_value, parse_value

__all__ = [
    "Actuals", "Problem", "RuleBook", "Scorecard", "ScoringError", "TargetTable", "TargetValue",
    "evaluate", "format_value", "load_actuals", "load_rules", "load_targets", "parse_value", "score_files",
]
