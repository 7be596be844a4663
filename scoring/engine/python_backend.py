"""The plain-Python matcher: evaluates the compiled conditions directly over the fact dicts."""
from __future__ import annotations

from ..rulebook.conditions import holds
from ..rulebook.model import CompiledRule


class PythonMatcher:
    name = "python"

    def __init__(self, rules: list[CompiledRule]):
        self._rules = rules

    def match(self, facts: list[dict]) -> dict[str, list[int]]:
        """For each fact id, the indexes of every rule whose condition holds."""
        return {f["id"]: [i for i, r in enumerate(self._rules) if holds(r.condition, f)] for f in facts}

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
