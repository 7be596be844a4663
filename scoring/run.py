"""The library's front door for files: find, load and score a unit's inputs, recording their hashes."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .actuals import Actuals, load_actuals
from .errors import Pos, display_path
from .evaluate import evaluate
from .output import lang_tag
from .rulebook.load import load_rules
from .scorecard import InputFile, Scorecard
from .table.load import load_targets
from .table.model import TargetTable

EXAMPLE_TARGETS = Path("targets/2025/jiangning-social-insurance.yaml")
DEFAULT_RULES = Path("rules")


def targets_or_example(given: str | Path | None) -> Path:
    """The targets file the user gave, or the bundled example."""
    return _given_or_default(given, EXAMPLE_TARGETS, ("未找到内置示例", "the bundled example was not found"),
                             ("指定目标表文件", "give a targets file"))


def rules_or_default(given: str | Path | None, how: tuple[str, str] = ("用 --rules 指定规则目录", "give --rules")) -> Path:
    """The rules directory the user gave, or `rules`; `how` says how this command takes another one."""
    missing = ("未找到默认规则目录", "the default rules directory was not found")
    return _given_or_default(given, DEFAULT_RULES, missing, how)


def _given_or_default(given, default: Path, missing: tuple[str, str], how: tuple[str, str]) -> Path:
    # The defaults are relative to the current folder (the checkout is the workspace). Run from
    # elsewhere, a bare "file not found" would not say why, so name the cause and the two ways out.
    if given is not None:
        return Path(given)
    if not default.exists():
        raise Pos(display_path(default)).error(
            f"{missing[0]}（默认路径相对于当前目录）：请在 scoring 的检出目录（含 rules/、targets/ 的目录）中运行，或{how[0]}",
            f"{missing[1]} (default paths are relative to the current folder): run from the scoring checkout (the folder with rules/ and targets/) or {how[1]}")
    return default


def actuals_for(targets: Path, period: str) -> Path:
    """targets/<year>/<unit>.yaml -> actuals/<year>/<unit>.<period>.yaml beside it."""
    root = targets.parent.parent.parent if targets.parent.parent.name == "targets" else targets.parent.parent
    return root / "actuals" / targets.parent.name / f"{targets.stem}.{period}.yaml"


def locate_actuals(targets: Path, actuals: str | Path | None, period: str) -> Path:
    """The actuals file given, or the one matching the targets and period; an error if there is none."""
    if actuals is not None:
        return Path(actuals)
    found = actuals_for(Path(targets), period)
    if not found.exists():
        raise Pos(display_path(found)).error(
            f"未找到与目标表和期间 {period} 对应的实际值文件；请用 --actuals 指定",
            f"no actuals file for these targets and period {period}; give one with --actuals")
    return found


def report_path(targets: Path, year: int, period: str, ext: str, lang: str = "zh") -> Path:
    return Path("reports") / str(year) / f"{targets.stem}-{period}{lang_tag(lang)}.{ext}"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_unit(targets: Path, actuals: str | Path | None, period: str) -> tuple[TargetTable, Actuals, Path]:
    """A unit's target table, then its actuals (given, or found beside it) and where they were found.
    The table comes first, so a wrong targets path is reported as such, not as missing actuals."""
    table = load_targets(targets)
    found = locate_actuals(targets, actuals, period)
    return table, load_actuals(found), found


def score_files(targets: str | Path | None = None, actuals: str | Path | None = None,
                rules: str | Path | None = None, period: str = "annual", engine: str | None = None) -> Scorecard:
    """Score a unit's files; targets and rules default to the bundled example and `rules`."""
    targets = targets_or_example(targets)
    table, data, actuals = load_unit(targets, actuals, period)
    book = load_rules(rules_or_default(rules))
    inputs = [InputFile(role="targets", path=display_path(targets), sha256=_sha(targets)),
              InputFile(role="actuals", path=display_path(actuals), sha256=_sha(actuals))]
    inputs += [InputFile(role="rules", path=f, sha256=h) for f, h in sorted(book.files.items())]
    return evaluate(table, data, book, period, engine=engine, inputs=inputs)
