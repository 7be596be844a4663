"""The checks of a settings file that compare its entries with each other, each said at the entry at fault.

A pydantic validator of a list or of the whole file can only be located at the list (or the file's first key):
`grades.yaml:2:1` for the fourth grade's min out of order, and it cannot say where the entry it is compared
with stands. Checked here after validation, with the file's positions, as the loader checks a rule id given
twice: at the offending value, with what was found there and the line of the other one.
"""
from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from ..errors import Problem
from ..yamlio import Located
from .model import Grades, Monitoring, Vocabulary, Weights


def settings_problems(model: BaseModel, located: Located) -> list[Problem]:
    """What is wrong between the entries of a validated settings file (none for the files without such checks)."""
    check = _CHECKS.get(type(model))
    return check(model, located) if check else []


def _grades(grades: Grades, located: Located) -> list[Problem]:
    listed = grades.grades
    if not listed:
        return [located.pos(("grades",)).report("rulefile.no_grades")]
    out = []
    first_line: dict[str, int | None] = {}
    for i, g in enumerate(listed):
        if g.grade in first_line:
            out.append(located.pos(("grades", i, "grade")).report("rulefile.grade_twice", grade=g.grade,
                                                                  line=first_line[g.grade]))
        first_line.setdefault(g.grade, located.pos(("grades", i)).line)
    for i in range(1, len(listed)):
        g, above = listed[i], listed[i - 1]
        at = located.pos(("grades", i, "min"))
        if g.min > above.min:
            out.append(at.report("rulefile.grades_order", grade=g.grade, min=g.min, above=above.grade,
                                 above_min=above.min))
        elif g.min == above.min:  # each min its own: a grade with the min of the one above is never given
            out.append(at.report("rulefile.grades_same_min", grade=g.grade, min=g.min, above=above.grade))
    ordered = not any(p.code in ("rulefile.grades_order", "rulefile.grades_same_min") for p in out)
    if ordered and listed[-1].min != 0:  # out of order, the last listed need not be the lowest
        out.append(located.pos(("grades", len(listed) - 1, "min")).report(
            "rulefile.lowest_grade_min", grade=listed[-1].grade, min=listed[-1].min))
    return out


def _vocabulary(vocabulary: Vocabulary, located: Located) -> list[Problem]:
    out = []
    seen: dict[str, tuple[str, int | None]] = {}  # word -> its first outcome and line
    for outcome, words in vocabulary.words.items():
        for j, word in enumerate(words):
            pos = located.pos(("words", outcome, j))
            first = seen.setdefault(word, (outcome, pos.line))
            if first[0] != outcome:
                out.append(pos.report("rulefile.word_twice", word=word, first=first[0], line=first[1],
                                      second=outcome))
    return out


def _status_bands(monitoring: Monitoring, located: Located) -> list[Problem]:
    out = []
    for key in ("ratio", "budget"):
        bands = getattr(monitoring, key)
        if not bands:
            out.append(located.pos((key,)).report("rulefile.status_bands_empty", key=key))
            continue
        for i, band in enumerate(bands):
            last = i == len(bands) - 1
            if last and band.below is not None:
                out.append(located.pos((key, i, "below")).report("rulefile.status_band_last_below", key=key,
                                                                 status=band.status, below=band.below))
            elif not last and band.below is None:
                out.append(located.pos((key, i)).report("rulefile.status_band_no_below", key=key,
                                                        status=band.status))
            elif i and band.below is not None and bands[i - 1].below is not None and band.below < bands[i - 1].below:
                out.append(located.pos((key, i, "below")).report(
                    "rulefile.status_bands_order", key=key, status=band.status, below=band.below,
                    above=bands[i - 1].status, above_below=bands[i - 1].below))
    return out


def _weights(weights: Weights, located: Located) -> list[Problem]:
    """The 一级 points against the total: said at the mapping that does not add up, not at the file's first key."""
    out = []
    total = sum(weights.level1.values(), Decimal(0))
    if total != weights.total:
        out.append(located.key_pos(("level1",)).report("rulefile.level1_sum", sum=total, total=weights.total))
    if weights.project is not None:
        total = sum(weights.project.level1.values(), weights.project.budget_row)
        if total != weights.total:
            out.append(located.key_pos(("project",)).report("table.project_weights_sum", sum=total,
                                                            total=weights.total))
    return out


_CHECKS = {Grades: _grades, Vocabulary: _vocabulary, Monitoring: _status_bands, Weights: _weights}
