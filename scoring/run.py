"""The library's front door for files: find, load and score a unit's inputs, recording their hashes."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .actuals import Actuals, load_actuals
from .catalogue import Text, text
from .errors import Pos, display_path
from .evaluate import evaluate
from .lang_tag import lang_tag
from .rulebook.load import RuleBook, load_rules
from .scorecard import InputFile, Scorecard
from .table.load import load_targets
from .table.model import TargetTable
from .xlsx.unread import UnreadCells  # no openpyxl: only the error type

EXAMPLE_TARGETS = Path("targets/2025/jiangning-social-insurance.yaml")
DEFAULT_RULES = Path("rules")


def targets_or_example(given: str | Path | None) -> Path:
    """The targets file the user gave, or the bundled example."""
    return _given_or_default(given, EXAMPLE_TARGETS, "run.no_example", text("run.give_targets"))


def rules_or_default(given: str | Path | None, how: Text = text("run.give_rules")) -> Path:
    """The rules directory the user gave, or `rules`; `how` says how to give another one (in the library's
    words, naming no command-line option: the CLI adds its own, see cli._OPTIONS)."""
    return _given_or_default(given, DEFAULT_RULES, "run.no_rules", how)


def _given_or_default(given, default: Path, code: str, how: Text) -> Path:
    # The defaults are relative to the current folder (the checkout is the workspace). Run from
    # elsewhere, a bare "file not found" would not say why, so name the cause and the two ways out.
    if given is not None:
        return Path(given)
    if not default.exists():
        raise Pos(display_path(default)).fail(code, here=text("run.here"), how=how)
    return default


def actuals_for(targets: Path, period: str) -> Path:
    """Where a table's actuals are when none are named. A table in a targets folder has them in the actuals
    folder that mirrors it: targets/<year>/<unit>.yaml -> actuals/<year>/<unit>.<period>.yaml, targets/<unit>.yaml
    (no year folder, as a batch's generated units) -> actuals/<unit>.<period>.yaml. Any other table (a clerk's
    own, my/<unit>.yaml) has them beside it: my/<unit>.<period>.yaml, where `template -o` was told to write them."""
    name = f"{targets.stem}.{period}.yaml"
    if targets.parent.name == "targets":
        return targets.parent.parent / "actuals" / name
    if targets.parent.parent.name == "targets":
        return targets.parent.parent.parent / "actuals" / targets.parent.name / name
    return targets.with_name(name)


def yaml_or_workbook(yaml: Path) -> Path:
    """A unit's actuals where `yaml` (NAME.<period>.yaml) would be: that file, or the filled-in workbook
    NAME.<period>.xlsx (scoring template --format xlsx) where there is no .yaml. One rule for every command
    that finds actuals itself: evaluate, explain and diff beside a table, batch in its folder; where both are
    there, those commands refuse (refuse_both)."""
    if not yaml.exists() and yaml.with_suffix(".xlsx").exists():
        return yaml.with_suffix(".xlsx")
    return yaml


def refuse_both(found: Path, where: str | None = None, code: str = "run.both_actuals") -> None:
    """Found NAME.<period>.yaml with the workbook NAME.<period>.xlsx beside it: which one holds the actuals cannot
    be told (a template written beside a filled workbook scored 0.00, exit 0, without a word): asked, never
    guessed. `where` is the path said (the caller's display of `found`); `code` the message (batch's names no
    option a folder of units has not)."""
    if found.suffix == ".yaml" and found.with_suffix(".xlsx").exists():
        raise Pos(where or display_path(found)).fail(code, yaml=display_path(found),
                                                     xlsx=display_path(found.with_suffix(".xlsx")))


def locate_actuals(targets: Path, actuals: str | Path | None, period: str) -> Path:
    """The actuals file given, or the one matching the targets and period; an error, naming both files looked
    for (and "beside the table" only where they are), if there is none."""
    if actuals is not None:
        return Path(actuals)
    yaml = actuals_for(Path(targets), period)
    found = yaml_or_workbook(yaml)
    if not found.exists():
        code = "run.no_actuals_beside" if yaml.parent == Path(targets).parent else "run.no_actuals"
        raise Pos(display_path(yaml)).fail(code, period=period, xlsx=display_path(yaml.with_suffix(".xlsx")))
    refuse_both(found)
    return found


def report_path(targets: Path, year: int, period: str, ext: str, lang: str = "zh",
                actuals: str | Path | None = None) -> Path:
    """reports/<year>/<unit>-<period>.<ext> for the actuals found beside the targets; for other actuals,
    their name too (<unit>-<period>.<actuals>.<ext>), so that scoring them never replaces that report."""
    name = f"{targets.stem}-{period}"
    if actuals is not None and Path(actuals).resolve() != yaml_or_workbook(actuals_for(Path(targets), period)).resolve():
        stem = Path(actuals).stem
        name += "." + (stem[: -len(period) - 1] if stem.endswith(f".{period}") else stem)
    return Path("reports") / str(year) / f"{name}{lang_tag(lang)}.{ext}"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_unit(targets: Path, actuals: str | Path | None, period: str) -> tuple[TargetTable, Actuals, Path]:
    """A unit's target table, then its actuals (given, or found beside it) and where they were found.
    The table comes first, so a wrong targets path is reported as such, not as missing actuals."""
    table = load_targets(targets)
    found = locate_actuals(targets, actuals, period)
    return table, load_actuals(found, table), found


def score_files(targets: str | Path | None = None, actuals: str | Path | None = None,
                rules: str | Path | None = None, period: str = "annual", engine: str | None = None) -> Scorecard:
    """Score a unit's files; targets and rules default to the bundled example and `rules`."""
    targets = targets_or_example(targets)
    try:
        table, data, actuals = load_unit(targets, actuals, period)
    except UnreadCells as e:  # a workbook's unreadable cells: with the checks of the others, all at once
        raise e.checked(load_targets(targets), load_rules(rules_or_default(rules)), period) from None
    book = load_rules(rules_or_default(rules))
    return evaluate(table, data, book, period, engine=engine, inputs=input_files(targets, actuals, book))


def input_files(targets: Path, actuals: Path, book: RuleBook) -> list[InputFile]:
    """The files a scorecard was made from, each with its sha256: a report says what produced it."""
    return ([InputFile(role="targets", path=display_path(targets), sha256=_sha(targets)),
             InputFile(role="actuals", path=display_path(actuals), sha256=_sha(actuals))] + rule_files(book))


def rule_files(book: RuleBook) -> list[InputFile]:
    return [InputFile(role="rules", path=f, sha256=h) for f, h in sorted(book.files.items())]
