"""One error type for every bad input: a list of located problems, each in Chinese and English."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .catalogue import Text, say, text


@dataclass(frozen=True)
class Problem:
    """A finding about an input file, with where it is and what it means in both languages."""

    file: str
    line: int | None
    column: int | None
    zh: str
    en: str
    severity: str = "error"  # "error" or "warning"
    code: str = ""  # the catalogue code it was made from: tests and programs key on it (tests/test_fuzz.py checks)

    def message(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    def where(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def render(self, lang: str = "zh") -> str:
        label = say("problem.error" if self.severity == "error" else "problem.warning", lang)
        return f"{self.where()}: {label}: {self.message(lang)}"


@dataclass(frozen=True)
class Pos:
    """A place in a file (1-based line and column)."""

    file: str
    line: int | None = None
    column: int | None = None

    def moved(self, columns: int) -> "Pos":
        """The place `columns` characters further along its line (a character inside the value found here);
        a place without a column stays as it is."""
        return Pos(self.file, self.line, self.column + columns if self.column else None)

    def report(self, code: str, /, severity: str = "error", **args) -> Problem:
        """The catalogue message `code` found here, in both languages."""
        return self.report_text(text(code, **args), severity)

    def report_text(self, said: Text, severity: str = "error") -> Problem:
        """A catalogue message already made (a `Text`, as a reader's error carries it) found here."""
        return Problem(self.file, self.line, self.column, said.zh, said.en, severity, said.code)

    def fail(self, code: str, /, **args) -> "ScoringError":
        """An error to raise: the catalogue message `code` found here."""
        return ScoringError([self.report(code, **args)])

    def problem(self, zh: str, en: str, code: str) -> Problem:
        """A message worded here from catalogue parts, found here, under the catalogue `code` that names it."""
        return Problem(self.file, self.line, self.column, zh, en, "error", code)


class ScoringError(Exception):
    """Raised by every loader and checker; the CLI prints its problems and exits with status 2."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(p.render("en") for p in self.problems))

    def render(self, lang: str = "zh") -> str:
        return "\n".join(p.render(lang) for p in self.problems)


def display_path(path: str | Path) -> str:
    """A path as the user will recognise it: relative to the working directory where possible."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(_resolved(os.getcwd())))
    except ValueError:
        return str(p)


def path_under(path: str | Path, folder: str | Path) -> str:
    """`path` relative to `folder` where it lies inside it (a batch's or a folder review's files, told apart by
    what follows the folder given), else as it is."""
    try:
        return Path(path).resolve().relative_to(Path(folder).resolve()).as_posix()
    except ValueError:
        return str(path)


@lru_cache(maxsize=16)
def _resolved(folder: str) -> Path:
    # a batch asks for a few paths per unit: resolving the working directory each time was a third of it
    return Path(folder).resolve()
