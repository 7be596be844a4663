"""The library's front door for files: find, load and score a unit's inputs, recording their hashes."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .actuals import load_actuals
from .errors import Pos, display_path
from .evaluate import evaluate
from .output import lang_tag
from .rulebook.load import load_rules
from .scorecard import InputFile, Scorecard
from .table.load import load_targets

EXAMPLE_TARGETS = Path("targets/2025/jiangning-social-insurance.yaml")
DEFAULT_RULES = Path("rules")


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


def score_files(targets: str | Path = EXAMPLE_TARGETS, actuals: str | Path | None = None,
                rules: str | Path = DEFAULT_RULES, period: str = "annual", engine: str | None = None) -> Scorecard:
    targets, rules = Path(targets), Path(rules)
    table = load_targets(targets)  # first, so a wrong targets path is reported as such
    actuals = locate_actuals(targets, actuals, period)
    data = load_actuals(actuals)
    book = load_rules(rules)
    inputs = [InputFile(role="targets", path=display_path(targets), sha256=_sha(targets)),
              InputFile(role="actuals", path=display_path(actuals), sha256=_sha(actuals))]
    inputs += [InputFile(role="rules", path=f, sha256=h) for f, h in sorted(book.files.items())]
    return evaluate(table, data, book, period, engine=engine, inputs=inputs)
