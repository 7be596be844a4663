"""The `scoring` command: a thin shell that parses arguments, calls the library, and renders.

Every located error from the library is printed as `file:line:column: message` and exits with
status 2; nothing is written when a command fails.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import Problem, ScoringError, display_path
from .output import write_atomic


def _lang(args) -> str:
    return args.lang or os.environ.get("SCORING_LANG", "zh")


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and a one-line message (its default), in the user's words."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=["zh", "en"], help="language of messages (default zh, or $SCORING_LANG)")
    parser = _Parser(prog="scoring", description="绩效自评计分 / budget-performance self-evaluation scoring",
                     parents=[common])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("import", parents=[common], help="导入公开的目标表文本 / import a published target table")
    p.add_argument("text", help="tab-separated text exported from the published table")
    p.add_argument("-o", "--out", help="YAML file to write (default: standard output)")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("check", parents=[common], help="检查目标表 / check a target table")
    p.add_argument("path", help="a target table (YAML)")
    p.set_defaults(run=cmd_check)
    return parser


def cmd_import(args) -> int:
    from .table.importer import import_table
    from .yamlio import read_text

    text = import_table(read_text(args.text), display_path(args.text))
    if args.out:
        write_atomic(args.out, text)
    else:
        sys.stdout.write(text)
    return 0


def cmd_check(args) -> int:
    from .table.check import check_table
    from .table.load import load_targets

    problems = check_table(load_targets(args.path))
    return _report(problems, _lang(args))


def _report(problems: list[Problem], lang: str) -> int:
    """Print findings; exit 2 if any is an error, else 0."""
    for p in problems:
        print(p.render(lang), file=sys.stderr if p.severity == "error" else sys.stdout)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if lang == "en":
        print(f"{errors} errors, {warnings} warnings")
    else:
        print(f"{errors} 个错误，{warnings} 个警告")
    return 2 if errors else 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ScoringError as e:
        print(e.render(_lang(args)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
