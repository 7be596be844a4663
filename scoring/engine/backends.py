"""Choosing an engine backend: durable_rules where it imports, else the plain-Python matcher."""
from __future__ import annotations

from ..rulebook.model import CompiledRule

BACKENDS = ("durable", "python")


def durable_available() -> bool:
    try:
        import durable.engine  # noqa: F401
    except ImportError:
        return False
    return True


def make_matcher(rules: list[CompiledRule], engine: str | None = None):
    """A matcher for the rules; `engine` None means durable if available, else python."""
    if engine is None:
        engine = "durable" if durable_available() else "python"
    if engine == "durable":
        from .durable_backend import DurableMatcher

        return DurableMatcher(rules)
    if engine == "python":
        from .python_backend import PythonMatcher

        return PythonMatcher(rules)
    raise ValueError(engine)
