"""scoring: exact, auditable scoring of budget-performance self-evaluations (绩效自评).

    from scoring import load_targets, load_actuals, load_rules, evaluate
    card = evaluate(load_targets(t), load_actuals(a), load_rules("rules"), period="annual")
"""
from importlib import import_module

# Imported on first use (PEP 562): `scoring --help` and the CLI's error paths need none of these
# pydantic models, whose classes take most of the cold start to build.
_EXPORTS = {
    "Actuals": ".actuals", "load_actuals": ".actuals", "Problem": ".errors", "ScoringError": ".errors",
    "evaluate": ".evaluate", "RuleBook": ".rulebook.load", "load_rules": ".rulebook.load", "score_files": ".run",
    "Scorecard": ".scorecard", "load_targets": ".table.load", "TargetTable": ".table.model",
    "TargetValue": ".table.values", "format_value": ".table.values", "parse_value": ".table.values",
}


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'scoring' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Actuals", "Problem", "RuleBook", "Scorecard", "ScoringError", "TargetTable", "TargetValue",
    "evaluate", "format_value", "load_actuals", "load_rules", "load_targets", "parse_value", "score_files",
]
