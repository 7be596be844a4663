"""Reading a form written in our own YAML: the rows with their claimed `points`, as ClaimedForm's fields."""
from __future__ import annotations

from pathlib import Path

from .. import limits
from ..errors import Pos, ScoringError
from ..yamlio import Located, load_yaml, validate
from .claimed import Unreadable, claimed_number
from .form import ClaimedForm, Loc


def read_yaml_form(path: str | Path) -> ClaimedForm:
    located = load_yaml(path)
    if located.data is None:
        raise Pos(located.file, 1, 1).fail("input.empty_file")
    data, unread = _claimed_in_words(located)
    try:
        form = validate(located, ClaimedForm, data=data)
    except ScoringError:
        if _target_table(located.data):  # one line that says so, not each of its keys a form lacks
            raise Pos(located.file, 1, 1).fail("review.targets_not_form") from None
        raise
    rows = [_located(row, located, ("indicators", i), unread.get(i, {})) for i, row in enumerate(form.indicators)]
    budget = form.budget
    if budget is not None:
        budget = _located(budget, located, ("budget",), unread.get("budget", {}))
        if "label" not in budget.cells:  # the budget row is cited where the block is written, as a row at its name
            budget = budget.model_copy(update={"cells": {**budget.cells, "label": _cells(located, (), {"budget"})["budget"]}})
    fields = (form.model_fields_set | set(unread.get((), {}))) & {"total", "total_weight", "grade", "name", "year"}
    return form.model_copy(update={
        "indicators": rows, "budget": budget, "source": located.file, "unread": unread.get((), {}),
        "cells": _cells(located, (), fields)})


def _located(part, located: Located, path: tuple, unread: dict[str, str]):
    """The part with the cell of each value written, and its claim in words."""
    cells = _cells(located, path, part.model_fields_set | set(unread))
    return part.model_copy(update={"cells": cells, "unread": unread})


def _target_table(data) -> bool:
    """A target table (scoring/table/model.py): a unit or project, its indicators a tree of 一级 → groups."""
    indicators = data.get("indicators") if isinstance(data, dict) else None
    return (isinstance(indicators, list) and bool({"unit", "project"} & set(data))
            and any(isinstance(i, dict) and "groups" in i for i in indicators))


def _claimed_in_words(located: Located):
    """The data with claimed points written as text read as a text export's are (points: 20分 is 20,
    points: / nothing claimed), those in words (points: 满分, total: 满分) taken out, and those words by
    where they stood (an indicator's index, "budget", or () for the form): a finding, not an error."""
    data = located.data
    if not isinstance(data, dict):
        return data, {}
    unread: dict = {}

    def take(part: dict, field: str, key, path: tuple) -> dict:
        if not isinstance(part, dict) or not isinstance(part.get(field), str):
            return part
        try:
            number = claimed_number(part[field])
        except Unreadable:
            unread[key] = {field: part[field].strip()}
            number = None
        if number is None:
            return {k: v for k, v in part.items() if k != field}
        problem = limits.number_problem(number, part[field])  # as a number YAML reads itself is bounded
        if problem:
            raise located.pos(path + (field,)).fail(problem[0], **problem[1])
        return {**part, field: number}

    data = take(data, "total", (), ())
    if isinstance(data.get("indicators"), list):
        data = {**data, "indicators": [take(row, "points", i, ("indicators", i))
                                       for i, row in enumerate(data["indicators"])]}
    if "budget" in data:
        data = {**data, "budget": take(data["budget"], "points", "budget", ("budget",))}
    return data, unread


def _cells(located: Located, path: tuple, fields) -> dict[str, Loc]:
    out = {}
    for f in fields:
        pos = located.pos(path + (f,))
        out[f] = Loc(file=located.file, row=pos.line or 1, column=pos.column or 1)
    return out
