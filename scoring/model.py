"""The base for every input model: closed schemas that remember where in their file they came from."""
from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, PrivateAttr, field_validator

from .catalogue import text
from .errors import Pos
from .limits import number_problem
from .yamlio import bilingual


_MEMORY = Pos("<memory>")


class Node(BaseModel):
    """A pydantic model read from a file: unknown keys are errors; `pos` is its place in the file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    _pos: Pos | None = PrivateAttr(default=None)

    @property
    def pos(self) -> Pos:
        # read from pydantic's store of private attributes: `self._pos` goes through BaseModel.__getattr__
        # (1.8 µs, asked several times per row of every evaluation; this, 0.05 µs)
        return (self.__pydantic_private__ or {}).get("_pos") or _MEMORY

    @field_validator("*", mode="after")
    @classmethod
    def _bounded(cls, value):
        """Every number within the input limits, wherever it was written (a quoted "1e400" included),
        so that nothing after the loaders meets an unbounded one."""
        if not isinstance(value, (Decimal, int, list, tuple, dict)):
            return value  # text, None, a model (its own fields are checked): most values, no number here
        for number in _numbers(value):
            wrong = number_problem(number)
            if wrong:
                message = text(wrong[0], **wrong[1])
                raise bilingual(message.zh, message.en, message.code)
        return value


def _numbers(value):
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, (list, tuple)):
        value = (value,)
    return (v for v in value if isinstance(v, (Decimal, int)) and not isinstance(v, bool))
