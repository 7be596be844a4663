"""The plain-Python matcher: evaluates the compiled conditions directly over the fact dicts."""
from __future__ import annotations

from ..rulebook.conditions import predicate
from ..rulebook.model import CompiledRule


class PythonMatcher:
    name = "python"

    def __init__(self, rules: list[CompiledRule]):
        self._tests = [predicate(r.condition) for r in rules]

    def match(self, facts: list[dict]) -> dict[str, list[int]]:
        """For each fact id, the indexes of every rule whose condition holds."""
        tests = list(enumerate(self._tests))
        return {f["id"]: [i for i, test in tests if test(f)] for f in facts}

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
