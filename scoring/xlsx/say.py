"""The Excel messages (scoring/catalogue/xlsx.py) as text, located problems and errors."""
from __future__ import annotations

from ..catalogue.xlsx import MESSAGES
from ..errors import Pos, Problem, ScoringError


def pair(code: str, **args) -> tuple[str, str]:
    zh, en = MESSAGES[code]
    return zh.format(**args), en.format(**args)


def say(code: str, lang: str, **args) -> str:
    zh, en = pair(code, **args)
    return en if lang == "en" else zh


def problem(pos: Pos, code: str, severity: str = "error", **args) -> Problem:
    return pos.problem(*pair(code, **args), severity=severity)


def fail(pos: Pos, code: str, **args) -> ScoringError:
    return ScoringError([problem(pos, code, **args)])
