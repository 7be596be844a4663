"""Reading a form written in our own YAML: the rows with their claimed `points`, as ClaimedForm's fields."""
from __future__ import annotations

from pathlib import Path

from ..errors import Pos
from ..yamlio import Located, load_yaml, validate
from .form import ClaimedForm, Loc


def read_yaml_form(path: str | Path) -> ClaimedForm:
    located = load_yaml(path)
    if located.data is None:
        raise Pos(located.file, 1, 1).fail("input.empty_file")
    form = validate(located, ClaimedForm)
    rows = [row.model_copy(update={"cells": _cells(located, ("indicators", i), row.model_fields_set)})
            for i, row in enumerate(form.indicators)]
    budget = form.budget
    if budget is not None:
        budget = budget.model_copy(update={"cells": _cells(located, ("budget",), budget.model_fields_set)})
    return form.model_copy(update={
        "indicators": rows, "budget": budget, "source": located.file,
        "cells": _cells(located, (), form.model_fields_set & {"total", "total_weight", "grade", "name"})})


def _cells(located: Located, path: tuple, fields) -> dict[str, Loc]:
    out = {}
    for f in fields:
        pos = located.pos(path + (f,))
        out[f] = Loc(file=located.file, row=pos.line or 1, column=pos.column or 1)
    return out
