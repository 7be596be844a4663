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

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs):
        super().__pydantic_init_subclass__(**kwargs)
        _fill_private_cheaply(cls)

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


def _fill_private_cheaply(cls) -> None:
    """Give a model's private attributes their defaults (None, or a new empty dict) with one dict copy, where
    pydantic's own init_private_attributes asks each attribute for its default, once for every class between
    the model and Node (a quarter of validating a target table: ~300 models a unit). pydantic-core calls
    `model_post_init` by name; a class with its own is left to pydantic."""
    post_init = cls.model_post_init
    while getattr(post_init, "__wrapped__", None) is not None and not hasattr(post_init, "_fills_private"):
        post_init = post_init.__wrapped__
    if post_init is not _PYDANTIC_PRIVATE_INIT and not hasattr(post_init, "_fills_private"):
        return
    plain, made = {}, []
    for name, attr in cls.__private_attributes__.items():
        if attr.default_factory is None and attr.default is None:
            plain[name] = None
        elif attr.default_factory is not None and not attr.default_factory_takes_validated_data:
            made.append((name, attr.default_factory))
        else:
            return

    def model_post_init(self, context, /) -> None:
        if self.__pydantic_private__ is None:
            private = dict(plain)
            for name, factory in made:
                private[name] = factory()
            object.__setattr__(self, "__pydantic_private__", private)

    model_post_init._fills_private = True
    cls.model_post_init = model_post_init


def _numbers(value):
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, (list, tuple)):
        value = (value,)
    return (v for v in value if isinstance(v, (Decimal, int)) and not isinstance(v, bool))


_PYDANTIC_PRIVATE_INIT = Node.model_post_init  # what pydantic gives a model with private attributes
_fill_private_cheaply(Node)
