"""A template's str.format_map as a function of its values, the template parsed once (not an area of messages)."""
from __future__ import annotations

import string
from functools import lru_cache
from operator import itemgetter
from typing import Callable


@lru_cache(maxsize=4096)  # the catalogue's templates and the rules' explanations: a few hundred
def filler(template: str) -> Callable[[dict], str]:
    """template.format_map, parsed once: a %-template and a C getter of its fields write a row's explanation
    in ~2,600 instructions where format_map took ~8,000 (it parses the template at every call). A field with
    a format spec, a conversion or an index is left to format_map."""
    pieces = list(string.Formatter().parse(template))
    if any(name is not None and (spec or conversion or not name.isidentifier())
           for _, name, spec, conversion in pieces):
        return template.format_map
    names = [name for _, name, _, _ in pieces if name is not None]
    if not names:
        return lambda values, said="".join(literal for literal, _, _, _ in pieces): said
    written = "".join(literal.replace("%", "%%") + ("%s" if name is not None else "") for literal, name, _, _ in pieces)
    get = itemgetter(*names)
    if len(names) == 1:
        return lambda values: written % (get(values),)
    return lambda values: written % get(values)
