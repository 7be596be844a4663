"""The words the human-readable renderers share, from the catalogue, in either language."""
from __future__ import annotations

from functools import lru_cache

from .. import display
from ..catalogue import say, text
from ..scorecard import Scorecard, ScoredIndicator

_PROJECT_TITLE = {"annual": "table.title_project_annual", "h1": "table.title_project_h1"}


class Labels:
    """The renderers' words in one language; each field is the catalogue entry `render.<field>`
    (a dictionary field holds `render.<field>.<key>` for each of its keys). Read-only. A plain class: as a
    frozen dataclass, its 66 fields took ~25 M instructions (~5 ms) to make at import, for one object a language."""

    lang: str
    title: dict
    period: dict
    status: dict
    monitor: dict
    target_source: dict
    role: dict
    total: str
    grade: str
    monitoring: str
    illustrative_title: str
    illustrative: str
    none: str
    h_indicators: str
    h_budget: str
    h_lost: str
    h_flags: str
    h_inputs: str
    h_monitoring: str
    col_id: str
    col_level1: str
    col_level2: str
    col_name: str
    col_target: str
    col_actual: str
    col_weight: str
    col_score: str
    col_points: str
    col_status: str
    col_monitor: str
    col_explain: str
    col_lost: str
    col_indicator: str
    col_reason: str
    col_measure: str
    col_flag: str
    col_role: str
    col_file: str
    subtotal: str
    grand_total: str
    spent: str
    budget: str
    rate: str
    time_progress: str
    progress: str
    wan: str
    colon: str
    no_loss: str
    no_flags: str
    no_inputs: str
    basic: str
    no_reason: str
    measure: str
    key_work: str
    unit: str
    year: str
    period_label: str
    h_table: str
    sep: str
    item: str
    value: str
    mark: dict

    def __init__(self, **words):
        missing, extra = _FIELDS - words.keys() - {"mark"}, words.keys() - _FIELDS
        if missing or extra:
            raise TypeError(f"Labels takes {sorted(_FIELDS)}; missing {sorted(missing)}, unexpected {sorted(extra)}")
        self.__dict__.update(mark={"met": "✔", "partial": "◐", "missed": "✘", "missing": "?"}, **words)

    def __setattr__(self, name, value):
        raise AttributeError(f"Labels are read-only: {name}")

    def year_of(self, year: int) -> str:
        return say("render.year_of", self.lang, year=year)

    def hash_short(self, digits: int) -> str:
        return say("render.hash_short", self.lang, digits=digits)

    def project_of(self, name: str) -> str:
        return say("render.project_of", self.lang, name=name)

    def title_of(self, card: Scorecard) -> str:
        """The scorecard's title: the kind of table decides it (a project table's is not 部门整体)."""
        if card.kind == "project":
            return say(_PROJECT_TITLE[card.period], self.lang)
        return self.title[card.period]


_KEYS = {"title": ("annual", "h1"), "period": ("annual", "h1"), "status": ("met", "partial", "missed", "missing"),
         "monitor": ("red", "yellow", "green", "blue"), "target_source": ("annual", "half_year", "annual_scaled"),
         "role": ("targets", "actuals", "rules")}


def _word(name: str, lang: str) -> str:
    code = f"render.{name}"
    return say(code, lang)


_FIELDS = frozenset(Labels.__annotations__)


def _labels(lang: str) -> Labels:
    words: dict = {}
    for name in Labels.__annotations__:
        if name in _KEYS:
            words[name] = {key: _word(f"{name}.{key}", lang) for key in _KEYS[name]}
        elif name not in ("lang", "mark"):
            words[name] = _word(name, lang)
    return Labels(lang=lang, **words)


def grade_text(card: Scorecard, L: Labels) -> str:
    """The grade, and when the points used are not the full mark, what it was read from; at mid-year, that
    monitoring is not graded."""
    grade = card.grade_en if L.lang == "en" else card.grade
    if grade is None:
        return say("render.not_graded", L.lang)
    if card.grade_basis is None:
        return grade
    return say("table.grade_on_share", L.lang, grade=grade, max=display.points(card.max_total), full=display.points(card.full_mark),
               total=display.points(card.total), basis=display.points(card.grade_basis))


def row_label(i: ScoredIndicator) -> str:
    """How a row is named in lists: its id and name; the budget row, outside the tree, by its name."""
    return i.name if not i.level1 else f"{i.id} {i.name}"


def method_label(name: str, lang: str) -> str:
    """A scoring method (its name in a rule file, `bands`) in the reader's words, the name kept beside them so
    an auditor finds the rule: 分档计分（bands）, `by bands (bands)`."""
    label = "methods.label_" + name  # every method has one: tests/test_method_labels.py
    return say("methods.named", lang, label=text(label), name=name)


@lru_cache(maxsize=None)  # made on first use, in the one language an output reads
def labels(lang: str) -> Labels:
    return _labels("en" if lang == "en" else "zh")


def blank_amounts(card, L: Labels) -> str:
    """Why the budget section is missing, in the reader's words (empty when it is not)."""
    blank = card.budget_blank
    if card.budget is not None or blank is None:
        return ""
    names = ([L.basic] if blank.basic else []) + blank.projects
    return say("render.budget_blank", L.lang, names=names)


def shown_target(i: ScoredIndicator, period: str, lang: str, target: str | None = None) -> str:
    """A row's target (`target`, else as scored) as a table shows it at mid-year, lest it be read as a half-year
    target the table set: one scaled from the annual target is marked as derived (≥6 公里（按全年折算）); one the
    table gives no half-year value for and that is not halved (a rate, period_target.halves, or a word: 健全) as
    the annual one (100%（全年指标值）); a blank target stays blank."""
    shown = i.target if target is None else target
    if period != "h1" or not shown or i.target_source not in _MARKS:
        return shown
    return say(_MARKS[i.target_source], lang, target=shown)


_MARKS = {"annual_scaled": "form_marks.target_scaled", "annual": "form_marks.target_annual"}  # by target_source
