"""Choosing an engine backend: durable_rules where it imports, else the plain-Python matcher.

durable-rules 2.0.28 builds and imports only on CPython 3.10-3.12; elsewhere it is not installed
(an environment marker in pyproject.toml) and the Python matcher, which decides identically, is used.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..catalogue import text
from ..errors import Pos

if TYPE_CHECKING:  # the rule models are not needed to name the backends (the CLI's --help)
    from ..rulebook.model import CompiledRule

BACKENDS = ("durable", "python")

FALLBACK_NOTICE = text("engine.fallback")  # said once by a command that chose no engine


@lru_cache(maxsize=1)
def durable_available() -> bool:
    try:
        import durable.engine  # noqa: F401
    except ImportError:
        return False
    return True


def resolve_engine(engine: str | None) -> str:
    """The backend to use: the one asked for, or durable where it imports, else python."""
    if engine is None:
        return "durable" if durable_available() else "python"
    if engine not in BACKENDS:
        raise Pos("engine").fail("engine.unknown", engine=engine, known=list(BACKENDS))
    if engine == "durable" and not durable_available():
        raise Pos("engine").fail("engine.durable_unavailable")
    return engine


def make_matcher(rules: list[CompiledRule], engine: str | None = None):
    """A matcher for the rules; `engine` None means durable if available, else python."""
    if resolve_engine(engine) == "durable":
        from .durable_backend import DurableMatcher

        return DurableMatcher(rules)
    from .python_backend import PythonMatcher

    return PythonMatcher(rules)
