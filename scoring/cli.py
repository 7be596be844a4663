"""The `scoring` command: a thin shell that parses arguments, calls the library, and renders.

Every located error from the library is printed as `file:line:column: message` and exits with
status 2; nothing is written when a command fails.
"""
from __future__ import annotations

import argparse
import functools
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from . import collector, own_process
from .catalogue import Text, say, text
from .errors import Pos, Problem, ScoringError, display_path
from .periods import PERIODS
from .engine.backends import BACKENDS
from .lang_tag import lang_tag
from .out_name import implied_format, refuse_a_file
from .stdout import can_show, guarded, tell

FORMATS = ("table", "json", "markdown", "xlsx")
EXTENSIONS = {"table": "txt", "json": "json", "markdown": "md", "xlsx": "xlsx"}
TEMPLATE_FORMATS = ("yaml", "xlsx")
BATCH_OUT = "reports/batch"  # ours to create; a folder the user names must be in one that exists


def _lang(args) -> str:
    return args.lang or _env_lang(os.environ.get("SCORING_LANG", ""))


def _env_lang(value: str) -> str:
    """The language SCORING_LANG asks for. People set it like a locale (EN, en_US.UTF-8, zh_CN), so only
    its first two letters count; anything else keeps the default, Chinese, rather than failing."""
    return "en" if value.strip().lower().startswith("en") else "zh"


class _UsageError(Exception):
    """A command-line mistake, raised by the parser and told by `main`, which knows the argv."""

    def __init__(self, parser: argparse.ArgumentParser, message: str):
        super().__init__(message)
        self.parser, self.message = parser, message


class _Parser(argparse.ArgumentParser):
    """argparse in the user's language: its help and headings from the catalogue, and its mistakes told by
    `main` with status 2 and one line."""

    def __init__(self, *args, lang: str = "zh", add_help: bool = True, parents=(), **kwargs):
        super().__init__(*args, add_help=False, formatter_class=functools.partial(_Formatter, lang=lang), **kwargs)
        self._positionals.title = say("cli.positionals", lang)
        self._optionals.title = say("cli.optionals", lang)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=say("cli.arg.help", lang))
        for parent in parents:  # as argparse does, but after the renaming: a parent's groups join ours by title
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str):
        raise _UsageError(self, message)


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, lang: str = "zh", **kwargs):
        super().__init__(prog, **kwargs)
        self.lang = lang

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, say("cli.usage_prefix", self.lang) if prefix is None else prefix)

    def _split_lines(self, text, width):
        if self.lang == "en":
            return super()._split_lines(text, width)
        # Chinese has no spaces to break at and each character takes two columns: break anywhere, by columns
        import unicodedata

        lines, line, used = [], "", 0
        for token in re.findall(r"\s+|[!-~]+|.", " ".join(text.split())):
            cols = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in token)
            if used + cols > width and line.strip():
                lines.append(line.rstrip())
                line, used = "", 0
                if token.isspace():
                    continue
            line, used = line + token, used + cols
        return lines + [line.rstrip()] if line.strip() else lines


class _Command(_Parser):
    """A subcommand whose paths may come before, between and after its options, as people type them
    (`audit a.xlsx --rules r b.xlsx`, `explain D03 --actuals x.yaml table.yaml`): argparse's intermixed
    parsing, except where it cannot serve (a command with subcommands of its own) and for --help, which it
    would print without the positionals."""

    _plain = False  # set while argparse's intermixed parsing calls back into parse_known_args

    def parse_known_args(self, args=None, namespace=None):
        args = list(sys.argv[1:] if args is None else args)
        if self._plain or self._subparsers_of_its_own() or _asks_help(args):
            return super().parse_known_args(args, namespace)
        self._plain = True
        try:
            namespace, extras = self.parse_known_intermixed_args(args, namespace)
        finally:
            self._plain = False
        if extras:  # said here, with this command's usage: the top level would show its own, which lacks the option
            self.error(argparse._("unrecognized arguments: %s") % " ".join(extras))
        return namespace, extras

    def _subparsers_of_its_own(self) -> bool:
        return any(a.nargs == argparse.PARSER for a in self._get_positional_actions())


def _asks_help(args: list[str]) -> bool:
    words = args[:args.index("--")] if "--" in args else args
    return any(a == "-h" or (len(a) >= 3 and "--help".startswith(a)) for a in words)


def _usage_error(e: _UsageError, argv: list[str]) -> int:
    lang = _argv_lang(argv)
    message = e.message if lang == "en" else _usage_zh(e.message)
    e.parser.print_usage(sys.stderr)
    print(f"{e.parser.prog}: {say('problem.error', lang)}: {message}", file=sys.stderr)
    return 2


def _argv_lang(argv: list[str]) -> str:
    """The language asked for on the command line, read before parsing (which has just failed)."""
    for i, arg in enumerate(argv):
        name, eq, value = arg.partition("=")
        if len(name) >= 4 and "--lang".startswith(name):  # argparse also takes --la, --lan
            if eq:
                return _env_lang(value)
            if i + 1 < len(argv):
                return _env_lang(argv[i + 1])
    return _env_lang(os.environ.get("SCORING_LANG", ""))


def _quoted(text: str) -> list[str]:
    """'import', 'check' -> [import, check]"""
    return re.findall(r"'([^']*)'", text) or [text]


# argparse's own messages, in Chinese
_USAGE_ZH = (
    (r"invalid choice: '([^']*)' \(choose from (.*)\)",
     lambda m: say("cli.usage.invalid_choice", "zh", value=m[1], choices=_quoted(m[2]))),
    (r"the following arguments are required: (.*)", lambda m: say("cli.usage.required", "zh", names=m[1].split(", "))),
    (r"unrecognized arguments: (.*)", lambda m: say("cli.usage.unrecognized", "zh", names=m[1])),
    (r"invalid int value: '([^']*)'", lambda m: say("cli.usage.not_int", "zh", value=m[1])),
    (r"expected one argument", lambda m: say("cli.usage.one_value", "zh")),
    (r"^argument ([^:]*): ", lambda m: say("cli.usage.argument", "zh", name=m[1])),
)


def _usage_zh(message: str) -> str:
    for pattern, chinese in _USAGE_ZH:
        message = re.sub(pattern, chinese, message)
    return message


@functools.lru_cache(maxsize=None)  # parsing does not change it: a caller running many commands builds it once
def build_parser(lang: str = "zh") -> argparse.ArgumentParser:
    """The command line, its help in `lang`."""
    def h(code: str) -> str:  # every code is rendered each run, so a wrong one fails at once (and in the tests)
        return say(code, lang)

    top = _Parser(lang=lang, add_help=False)
    top.add_argument("--lang", type=str.lower, choices=["zh", "en"], help=h("cli.arg.lang_top"))
    # on a subcommand, --lang must not reset a value given before the subcommand
    common = _Parser(lang=lang, add_help=False)
    common.add_argument("--lang", type=str.lower, choices=["zh", "en"], default=argparse.SUPPRESS, help=h("cli.arg.lang"))
    parser = _Parser(prog="scoring", description=say("cli.description", lang), parents=[top], lang=lang)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Command)

    def command(subs, name: str, code: str):
        said = say(code, lang)
        return subs.add_parser(name, parents=[common], help=said, description=said, lang=lang)

    p = command(sub, "import", "cli.help.import")
    p.add_argument("table", help=h("cli.arg.import_text"))
    p.add_argument("-o", "--out", help=h("cli.arg.import_out"))
    p.set_defaults(run=cmd_import)

    p = command(sub, "check", "cli.help.check")
    p.add_argument("path", help=h("cli.arg.check_path"))
    p.add_argument("--targets", help=h("cli.arg.check_targets"))
    p.add_argument("--rules", help=h("cli.arg.check_rules"))
    p.set_defaults(run=cmd_check)

    p = command(sub, "rules", "cli.help.rules")
    rsub = p.add_subparsers(dest="rules_command", required=True, parser_class=_Command)
    p = command(rsub, "test", "cli.help.rules_test")
    p.add_argument("dir", nargs="?", default=None, help=h("cli.arg.rules"))
    p.set_defaults(run=cmd_rules_test)

    p = command(sub, "explain", "cli.help.explain")
    p.add_argument("indicator", help=h("cli.arg.indicator"))
    p.add_argument("targets", nargs="?", default=None, help=h("cli.arg.targets_or_example"))
    p.add_argument("--actuals", help=h("cli.arg.actuals"))
    p.add_argument("--rules", help=h("cli.arg.rules"))
    p.add_argument("--period", choices=PERIODS, default="annual", help=h("cli.arg.period"))
    p.add_argument("--engine", choices=BACKENDS, default="python", help=h("cli.arg.engine_python"))
    p.set_defaults(run=cmd_explain)

    p = command(sub, "diff", "cli.help.diff")
    p.add_argument("old_rules", help=h("cli.arg.old_rules"))
    p.add_argument("new_rules", help=h("cli.arg.new_rules"))
    p.add_argument("targets", nargs="?", default=None, help=h("cli.arg.diff_targets"))
    p.add_argument("--actuals", help=h("cli.arg.diff_actuals"))
    p.add_argument("--period", choices=PERIODS, default="annual", help=h("cli.arg.period"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=h("cli.arg.format"))
    p.add_argument("--engine", choices=BACKENDS, default="python", help=h("cli.arg.engine_python"))
    p.set_defaults(run=cmd_diff)

    p = command(sub, "evaluate", "cli.help.evaluate")
    p.add_argument("targets", nargs="?", default=None, help=h("cli.arg.targets_or_example"))
    p.add_argument("--actuals", help=h("cli.arg.actuals"))
    p.add_argument("--rules", help=h("cli.arg.rules"))
    p.add_argument("--period", choices=PERIODS, default="annual", help=h("cli.arg.period"))
    p.add_argument("--format", choices=FORMATS, default=None, help=h("cli.arg.format_from_out"))
    p.add_argument("--out", help=h("cli.arg.evaluate_out"))
    p.add_argument("--engine", choices=BACKENDS, default=None, help=h("cli.arg.engine"))
    p.set_defaults(run=cmd_evaluate)

    p = command(sub, "batch", "cli.help.batch")
    p.add_argument("targets_dir", help=h("cli.arg.targets_dir"))
    p.add_argument("actuals_dir", help=h("cli.arg.actuals_dir"))
    p.add_argument("--period", choices=PERIODS, default="annual", help=h("cli.arg.period"))
    p.add_argument("--jobs", type=int, default=None, help=h("cli.arg.jobs"))
    p.add_argument("--out", default=BATCH_OUT, help=h("cli.arg.batch_out"))
    p.add_argument("--rules", help=h("cli.arg.rules"))
    p.add_argument("--engine", choices=BACKENDS, default=None, help=h("cli.arg.engine"))
    p.set_defaults(run=cmd_batch)

    p = command(sub, "audit", "review.help")
    p.add_argument("path", nargs="+", help=h("cli.arg.audit_path"))
    p.add_argument("--rules", help=h("cli.arg.rules"))
    p.add_argument("--format", choices=FORMATS, default=None, help=h("cli.arg.format_from_out"))
    p.add_argument("--out", help=h("cli.arg.audit_out"))
    p.add_argument("--engine", choices=BACKENDS, default=None, help=h("cli.arg.engine"))
    p.add_argument("--all", action="store_true", dest="all_rows", help=h("cli.arg.audit_all"))
    p.add_argument("--targets", metavar="TABLE", help=h("cli.arg.audit_targets"))
    p.set_defaults(run=cmd_audit)

    p = command(sub, "template", "cli.help.template")
    p.add_argument("targets", help=h("cli.arg.template_targets"))
    p.add_argument("--period", choices=PERIODS, default="annual", help=h("cli.arg.period"))
    p.add_argument("--rules", help=h("cli.arg.template_rules"))
    p.add_argument("--format", choices=TEMPLATE_FORMATS, default=None, help=h("cli.arg.template_format"))
    p.add_argument("-o", "--out", help=h("cli.arg.template_out"))
    p.set_defaults(run=cmd_template)
    return parser


def cmd_batch(args) -> int:
    from .batch import run_batch
    from .output import refuse_open, user_folder, write_atomic
    from .render import batch_summary
    from .render.terminal import use_color
    from .run import rules_or_default

    lang = _lang(args)
    if args.jobs is not None and args.jobs < 1:
        raise Pos("--jobs").fail("cli.jobs_positive")
    if args.out != BATCH_OUT:
        refuse_a_file(args.out, "batch", "cli.out_holds_batch")  # summary.json: a file meant
        user_folder(args.out)  # before any unit is scored
    name = Path(args.out) / f"summary-{args.period}{lang_tag(lang)}"
    refuse_open(name.with_name(name.name + ".xlsx"))  # the summary workbook open in Excel: said before the work
    with _progress(lang) as progress:
        summary = run_batch(args.targets_dir, args.actuals_dir, rules_or_default(args.rules), args.period, args.jobs,
                            args.out, args.engine, progress, lang)
    from .xlsx.summary_book import batch_book  # (openpyxl loaded after the workers have forked, as before)

    # the workbook first: Excel may have it open (refused, exit 2), and then none of the three is written
    write_atomic(name.with_name(name.name + ".xlsx"), batch_book(summary, lang, args.out))
    write_atomic(name.with_name(name.name + ".json"), batch_summary.to_json(summary, lang))
    write_atomic(name.with_name(name.name + ".md"), batch_summary.to_markdown(summary, lang, args.out))
    written = display_path(name) + ".json, .md, .xlsx"
    try:
        sys.stdout.write(batch_summary.to_text(summary, lang, color=use_color(sys.stdout), limit=40,
                                              width=batch_summary.width_of(sys.stdout), folder=args.targets_dir))
    except ScoringError:  # the summary is in its files: an output that cannot show it loses only the view
        said = text("cli.summary_not_shown", path=written)
        print(said.render(lang if can_show(sys.stderr) else "en"), file=sys.stderr)
    else:
        tell(text("cli.wrote", path=written), lang, sys.stdout)
    sys.stdout.flush()  # the warnings after what was printed, as evaluate gives them
    for said in batch_summary.warnings(summary, lang):
        print(said, file=sys.stderr)
    return 1 if summary.failed else 0


class _progress:
    """A rich progress bar on stderr when it is a terminal; a no-op callback otherwise."""

    def __init__(self, lang: str, label: Text | None = None):
        self.lang, self.label = lang, label or text("cli.progress")
        self.bar = None

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            self.bar = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task(self.label.render(self.lang), total=None)
        return self.update

    def update(self, done: int, total: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


def cmd_audit(args) -> int:
    from .render.terminal import use_color
    from .review.folder import form_files
    from .review.run import run_audit

    lang = _lang(args)
    if args.format != "xlsx" or len(args.path) == 1 and not Path(args.path[0]).is_dir():
        args.format = _out_format(args, FORMATS, "table")  # several forms' marked copies: --out is a folder, no file
    if len(args.path) == 1 and not Path(args.path[0]).is_dir():  # one form: nothing to count, so no progress bar
        status = run_audit(args.path[0], args.rules, args.format, args.out, args.engine, lang,
                           color=use_color(sys.stdout), all_rows=args.all_rows, targets=args.targets)
    else:
        with _progress(lang, text("review.progress")) as progress:
            status = run_audit(args.path, args.rules, args.format, args.out, args.engine, lang, progress,
                               color=use_color(sys.stdout), targets=args.targets)
    sys.stdout.flush()  # the note after what was printed
    _open_in_excel_notice([f for p in args.path for f in (form_files(Path(p)) if Path(p).is_dir() else [p])], lang)
    return status


def cmd_template(args) -> int:
    from .rulebook.load import load_rules
    from .run import rules_or_default
    from .table.load import load_targets
    from .template import make_template

    lang = _lang(args)
    args.format = _out_format(args, TEMPLATE_FORMATS, "yaml")
    table, book = load_targets(args.targets), load_rules(rules_or_default(args.rules))
    _refuse_existing(args.out, "cli.template_exists")  # it may hold a clerk's filled-in actuals
    if args.format == "xlsx":
        from .xlsx.template_book import book_bytes, make_template_book
        _write(book_bytes(make_template_book(table, args.period, book, lang)), args.out, lang)
        return 0
    _write(make_template(table, args.period, book, lang), args.out, lang)
    return 0


def _out_format(args, formats: tuple[str, ...], default: str) -> str:
    """The format a command writes `--out` in: --format where given, else the one the file's extension names
    (`--out e.xlsx` is the workbook), else `default`. An extension that contradicts --format, or that names a
    kind of file this command does not write, is an error before anything is done, so no file is written under
    a name that misleads whoever opens it. Standard output (`-`) and a folder (an audit's marked copies) have none."""
    given, out = getattr(args, "format", None), args.out
    implied = implied_format(out)
    if implied is None or implied == given:
        return given or default
    where, suffix = Pos(display_path(out)), Path(out).suffix
    if implied not in formats:
        raise where.fail("cli.out_suffix_unwritable", suffix=suffix, command=args.command,
                         suffixes=[f".{_EXTENSION[f]}" for f in formats])
    if given is None:
        return implied
    raise where.fail("cli.out_suffix_contradicts", suffix=suffix, implied=implied, given=given,
                     expected=f".{_EXTENSION[given]}")


_EXTENSION = {**EXTENSIONS, "yaml": "yaml"}  # each format's file extension, the YAML template's too


def _write(content: str | bytes, out, lang: str, named: bool = True) -> None:
    """Write to a file atomically and say so, or to standard output when out is None or '-'; `named`: the user
    gave the path (its folder must exist), else it is our default under reports/ (created)."""
    if out is None or str(out) == "-":
        if isinstance(content, bytes) and sys.stdout.isatty():
            raise Pos("-").fail("xlsx.workbook_to_terminal")  # a workbook is no text to show
        sys.stdout.buffer.write(content) if isinstance(content, bytes) else sys.stdout.write(content)
        return
    from .output import write_atomic  # only where a file is written: the scorecard on a terminal needs none

    write_atomic(out, content, named=named)
    tell(text("cli.wrote", path=display_path(out)), lang, sys.stdout)


def cmd_evaluate(args) -> int:
    from .run import report_path, score_files, targets_or_example

    lang = _lang(args)
    args.format = _out_format(args, FORMATS, "table")
    targets = targets_or_example(args.targets)
    try:
        card = score_files(targets, args.actuals, args.rules, args.period, args.engine)
    except ScoringError as e:
        raise _example_said(e, args, targets) from None
    if args.format == "table" and not args.out:
        from .render.terminal import print_scorecard

        print_scorecard(card, lang)
    else:
        text = _form(card, targets, args, lang) if args.format == "xlsx" else _render(card, args.format, lang)
        _write(text, args.out or report_path(Path(targets), card.year, card.period, EXTENSIONS[args.format], lang,
                                                args.actuals), lang, named=args.out is not None)
    sys.stdout.flush()  # the note after what was printed
    _open_in_excel_notice([i.path for i in card.inputs if i.role == "actuals"], lang)  # the file that was read
    return 0


def _example_said(error: ScoringError, args, targets: Path) -> ScoringError:
    """Actuals given without their table are scored against the bundled example: where they are another unit's,
    the error says that no table was given, and where it goes."""
    if args.targets is not None or args.actuals is None or all(p.code != "facts.unit_differs" for p in error.problems):
        return error
    return ScoringError([*error.problems, Pos(display_path(targets)).report("cli.example_used")])


def _form(card, targets, args, lang: str) -> bytes:
    """The 自评表 workbook: the scorecard, with the table's goals and the actuals' money per line."""
    from .run import load_unit
    from .xlsx.form import render

    table, actuals, _ = load_unit(targets, args.actuals, args.period)
    return render(card, table, actuals, lang)


def _render(card, fmt: str, lang: str) -> str:
    if fmt == "json":
        from .render.json_report import render
    elif fmt == "markdown":
        from .render.markdown import render
    else:
        from .render.terminal import render
    return render(card, lang)


def _refuse_existing(out, code: str) -> None:
    """A file `-o` names that exists is never replaced (standard output, `-`, is no file)."""
    if out is not None and str(out) != "-" and Path(out).exists():
        raise Pos(display_path(out)).fail(code)


def cmd_import(args) -> int:
    from .table.importer import import_table
    from .xlsx.table_import import import_workbook, is_workbook
    from .yamlio import read_text

    warnings: list[Problem] = []
    lang = _lang(args)  # the YAML's comments too
    _out_format(args, ("yaml",), "yaml")
    _refuse_existing(args.out, "cli.import_exists")  # it may hold an auditor's edits (own 分值)
    if is_workbook(args.table):
        text = import_workbook(args.table, warnings, lang)
    else:
        text = import_table(read_text(args.table), display_path(args.table), warnings, lang)
    for w in warnings:  # what the table prints wrong but can still be read: the YAML notes it too
        print(w.render(lang), file=sys.stderr)
    _write(text, args.out, lang)
    return 0


def cmd_check(args) -> int:
    if Path(args.path).is_dir():
        from .audit.lint import lint_rules

        return _report(lint_rules(args.path, args.targets), _lang(args), warnings_status=1)
    if args.targets:
        raise Pos(display_path(args.path)).fail("cli.targets_only_for_rules")
    from .table.check_with_rules import check_targets

    problems = _with_options(ScoringError(check_targets(args.path, args.rules)), args).problems
    return _report(problems, _lang(args))


def cmd_rules_test(args) -> int:
    from .audit.cases import render_run, run_tests
    from .run import rules_or_default

    lang = _lang(args)
    run = run_tests(rules_or_default(args.dir), lang=lang)
    sys.stdout.write(render_run(run, lang))
    return 1 if run.failed else 0


def cmd_explain(args) -> int:
    from .audit.explain import explain, render
    from .run import targets_or_example

    trace = explain(args.indicator, targets_or_example(args.targets), args.actuals, args.rules, args.period, args.engine)
    sys.stdout.write(render(trace, _lang(args)))
    return 0


def cmd_diff(args) -> int:
    from .run import targets_or_example

    targets = targets_or_example(args.targets)
    if targets.is_dir():  # a folder of units, their actuals found as batch finds them
        from .audit.diff_batch import diff_folder, render_json, render_text

        d = diff_folder(args.old_rules, args.new_rules, targets, args.actuals, args.period, args.engine)
        sys.stdout.write(render_json(d) if args.format == "json" else render_text(d, _lang(args)))
        return 1 if d.failed else 0  # as batch: a unit not scored is not a clean run
    else:
        from .audit.diff import RulesCannotScore, diff_rules, render_json, render_text

        try:
            d = diff_rules(args.old_rules, args.new_rules, targets, args.actuals, args.period, args.engine)
        except RulesCannotScore as e:  # the edits on stdout (JSON: with the errors), the errors on stderr as every error
            sys.stdout.write(e.edits_json() if args.format == "json" else e.edits_text(_lang(args)))
            raise
    sys.stdout.write(render_json(d) if args.format == "json" else render_text(d, _lang(args)))
    return 0


def _report(problems: list[Problem], lang: str, warnings_status: int = 0) -> int:
    """Print findings; exit 2 if any is an error, else warnings_status if any is a warning, else 0."""
    for p in problems:
        print(p.render(lang), file=sys.stderr if p.severity == "error" else sys.stdout)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    print(say("cli.counts", lang, errors=errors, warnings=warnings))
    return 2 if errors else (warnings_status if warnings else 0)


# The library says what to give (a rules directory, an actuals file, the python engine); the command adds its
# option for it, where this subcommand has one (`rules test` takes its folder as an argument, not --rules).
_OPTIONS = {"run.no_rules": ("rules", "--rules"), "table.rules_not_found": ("rules", "--rules"), "run.no_actuals": ("actuals", "--actuals"),
            "run.no_actuals_beside": ("actuals", "--actuals"), "run.both_actuals": ("actuals", "--actuals"),
            "diff.batch_actuals": ("actuals", "--actuals"), "table.actuals_not_targets": ("actuals", "--actuals"), "table.targets_not_actuals": ("actuals", "--actuals"),
            "engine.durable_unavailable": ("engine", "--engine python"),
            "durable.crashed": ("engine", "--engine python")}


def _with_options(error: ScoringError, args) -> ScoringError:
    def add(p: Problem) -> Problem:
        dest, option = _OPTIONS.get(p.code, (None, None))
        if dest is None or not hasattr(args, dest):
            return p
        return replace(p, zh=p.zh + say("cli.option", "zh", option=option), en=p.en + say("cli.option", "en", option=option))

    return ScoringError([add(p) for p in error.problems])


def _open_in_excel_notice(paths, lang: str) -> None:
    """A note on stderr for each workbook read that Excel has open now: its unsaved changes were not read."""
    from .xlsx.open import open_in_excel

    for pos in filter(None, map(open_in_excel, paths)):
        print(pos.report("xlsx.open_in_excel", severity="warning").render(lang), file=sys.stderr)


def _fallback_notice(args) -> None:
    """Where durable_rules cannot run (Python 3.13+) and no engine was asked for, a note that the Python matcher
    scored: after what the command printed, and only when it ran — an error in the input is said alone."""
    if getattr(args, "engine", "") is None:
        from .engine.backends import FALLBACK_NOTICE, durable_available

        if not durable_available():
            print(FALLBACK_NOTICE.render(_lang(args)), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """The command; `argv` None: this process's own command line (the tests and callers pass theirs)."""
    if argv is None:
        collector.one_command()
        own_process.without_pydantic_plugins()  # before the command builds its first model
    argv = sys.argv[1:] if argv is None else [str(a) for a in argv]
    try:
        args = build_parser(_argv_lang(argv)).parse_args(argv)
    except _UsageError as e:
        return _usage_error(e, argv)
    stdout, sys.stdout = sys.stdout, guarded(sys.stdout)  # a failing write is an error, exit 2
    try:
        status = args.run(args)
        sys.stdout.flush()
        _fallback_notice(args)
        return status
    except ScoringError as e:
        # an ASCII-only stderr shows Chinese as escapes: say it in English there
        print(_with_options(e, args).render(_lang(args) if can_show(sys.stderr) else "en"), file=sys.stderr)
        return 2
    except RuntimeError as e:
        from .engine.durable_backend import EngineError  # durable_rules' own limits: say so, and the way round

        if not isinstance(e, EngineError):
            raise
        print(Pos("durable_rules").fail("limits.engine_failed", error=str(e)).render(_lang(args)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        sys.stdout = stdout
