"""What the `scoring` command sets in its own process only: a program or a test importing the library keeps its own."""
from __future__ import annotations

import os

PYDANTIC_PLUGINS = "PYDANTIC_DISABLE_PLUGINS"


def without_pydantic_plugins() -> None:
    """pydantic looks for plugins of its own (entry points of the group `pydantic`) when it builds its first
    model, reading the metadata of every distribution installed beside it: more the larger the environment.
    The command uses none, so it says so with pydantic's documented switch, before any model is built; a
    value the user set is kept (an empty one has pydantic look for them again)."""
    os.environ.setdefault(PYDANTIC_PLUGINS, "__all__")
