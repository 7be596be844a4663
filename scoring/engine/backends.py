"""Choosing an engine backend: durable_rules where it imports, else the plain-Python matcher.

durable-rules 2.0.28 builds and imports only on CPython 3.10-3.12; elsewhere it is not installed
(an environment marker in pyproject.toml) and the Python matcher, which decides identically, is used.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import Pos

if TYPE_CHECKING:  # the rule models are not needed to name the backends (the CLI's --help)
    from ..rulebook.model import CompiledRule

BACKENDS = ("durable", "python")

FALLBACK_NOTICE = (
    "提示：durable_rules 在此 Python 上不可用（仅支持 3.10–3.12），已改用结果相同的 Python 匹配器",
    "note: durable_rules is not available on this Python (3.10-3.12 only); using the equivalent Python matcher",
)


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
        raise Pos("--engine").error(f"未知的引擎「{engine}」；可用：{'、'.join(BACKENDS)}",
                                    f"unknown engine '{engine}'; known: {', '.join(BACKENDS)}")
    if engine == "durable" and not durable_available():
        raise Pos("--engine").error("durable_rules 在此 Python 上不可用（仅支持 3.10–3.12）；请用 --engine python",
                                    "durable_rules is not available on this Python (3.10-3.12 only); use --engine python")
    return engine


def make_matcher(rules: list[CompiledRule], engine: str | None = None):
    """A matcher for the rules; `engine` None means durable if available, else python."""
    if resolve_engine(engine) == "durable":
        from .durable_backend import DurableMatcher

        return DurableMatcher(rules)
    from .python_backend import PythonMatcher

    return PythonMatcher(rules)
