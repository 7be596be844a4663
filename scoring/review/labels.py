"""The forms' header labels (forms.yaml) and how a cell's text is compared with them."""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from ..model import Node
from ..yamlio import load_yaml, validate

FILE = Path(__file__).with_name("forms.yaml")


class IndicatorColumns(Node):
    level1: list[str]
    level2: list[str]
    name: list[str]
    op: list[str]
    target: list[str]
    unit: list[str]
    actual: list[str]
    weight: list[str]
    points: list[str]
    reason: list[str]


class MoneyColumns(Node):
    initial: list[str]
    annual: list[str]
    spent: list[str]
    weight: list[str]
    rate: list[str]
    points: list[str]


class FormLabels(Node):
    indicators: IndicatorColumns
    money: MoneyColumns
    half_year: list[str]  # the target column of a half-year monitoring form: not a form audit reviews
    goals: list[str]
    total: list[str]
    grade: list[str]
    closing: list[str]  # blocks after the indicators (评价结论 …): the rows end there
    name: list[str]
    title: list[str]  # a title holds one of these
    year: str
    points_note: str  # a label's trailing points: 产出指标(50分), 预算执行情况（10分）, 成本指标(0-20)分
    units: dict[str, str]  # as the money heading writes it -> the unit
    budget_row: str
    yuan_under_wan: Decimal
    suffixes: list[str]
    claimed_unit: str  # claimed points written as text may end in it (20分); no other unit is points
    not_reported: list[str]  # an actual cell saying it was not reported: 未填报


@lru_cache(maxsize=1)
def form_labels() -> FormLabels:
    return validate(load_yaml(FILE), FormLabels)


@lru_cache(maxsize=4)
def _points_note(pattern: str) -> re.Pattern:
    return re.compile(pattern)


@lru_cache(maxsize=4096)  # asked of each label for each cell of a form: a few hundred texts, a million times
def fold(text: str) -> str:
    """A cell's text as compared with a label: NFKC (full-width folded), no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def split_points(text: str) -> tuple[str, Decimal | None]:
    """'产出指标(50分)' -> ('产出指标', 50); a range (0-20) carries no single figure."""
    folded = fold(text)
    m = _points_note(form_labels().points_note).search(folded)
    if not m:
        return folded, None
    return folded[:m.start()], None if m[2] else Decimal(m[1])


def label_of(text: str) -> str:
    return split_points(text)[0]
