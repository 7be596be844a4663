"""The base for every input model: closed schemas that remember where in their file they came from."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, PrivateAttr

from .errors import Pos


class Node(BaseModel):
    """A pydantic model read from a file: unknown keys are errors; `pos` is its place in the file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    _pos: Pos | None = PrivateAttr(default=None)

    @property
    def pos(self) -> Pos:
        return self._pos or Pos("<memory>")
