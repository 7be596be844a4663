"""Shared test helpers: paths to the fixtures and a one-call way to score them."""
from __future__ import annotations

import io
import os
import shutil
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import NamedTuple

from scoring.actuals import load_actuals
from scoring.evaluate import evaluate
from scoring.rulebook.load import load_rules
from scoring.table.load import load_targets

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
FIXTURES = ROOT / "tests" / "fixtures"
MINI_TARGETS = FIXTURES / "mini.targets.yaml"
MINI_ANNUAL = FIXTURES / "mini.annual.yaml"


def score(targets=MINI_TARGETS, actuals=MINI_ANNUAL, rules=RULES, period="annual", engine="python"):
    return evaluate(load_targets(targets), load_actuals(actuals), load_rules(rules), period, engine=engine)


def made_once(made: dict, key, path: Path, make) -> Path:
    """`make()`, which writes `path`, run once for each key; for a key seen before, the bytes it wrote then are
    copied to `path` instead: copying them is cheap, writing a workbook through openpyxl is not."""
    if key in made:
        Path(path).write_bytes(made[key])
    else:
        make()
        made[key] = Path(path).read_bytes()
    return path


def copy_rules(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(RULES, dest, ignore=shutil.ignore_patterns("tests", "README.md"))
    return dest


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def check_edited_rules(tmp_path: Path, file: str, old: str, new: str) -> tuple[int, str, str]:
    """`scoring check` of the bundled rules with one edit: (exit status, Chinese errors, English errors)."""
    rules = copy_rules(tmp_path)
    edit(rules / file, old, new)
    zh = run_cli(["check", str(rules)])
    en = run_cli(["check", str(rules), "--lang", "en"])
    assert zh.returncode == en.returncode
    return zh.returncode, zh.stderr, en.stderr


def requires_durable(test):
    """Skip where durable_rules cannot be imported (Python 3.13+): the Python backend still runs."""
    import pytest

    from scoring.engine.backends import durable_available

    return pytest.mark.skipif(not durable_available(), reason="durable_rules is not available on this Python")(test)


class CliResult(NamedTuple):
    """What a run of the command gave: unpacks as (exit code, out, err), or reads like a finished process."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(args, env: dict[str, str | None] | None = None, cwd: Path | None = None, encoding: str = "utf-8") -> CliResult:
    """Run `scoring ARGS` in-process, as `python -m scoring` would, with its output captured.

    `env` sets (or, with None, removes) variables such as SCORING_LANG for the run; `cwd` is the working
    folder. Both are restored afterwards. `encoding` is the standard streams' (as PYTHONIOENCODING sets it for
    a process; "ascii" for a terminal that cannot show Chinese). An exception the command does not handle propagates (a traceback
    the user would see fails the test loudly)."""
    from scoring.cli import main

    out, err = _stream(encoding), _stream(encoding)
    with _environment(env or {}), _working_folder(cwd), redirect_stdout(out), redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:  # --help, and argparse's own exits
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return CliResult(code, _text(out), _text(err))


def _stream(encoding: str = "utf-8") -> io.TextIOWrapper:
    """Like a real standard stream: text on top of bytes (`.buffer`, for a command that writes bytes)."""
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8", errors="replace")


@contextmanager
def _environment(changes: dict[str, str | None]):
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            _set_env(name, value)
        yield
    finally:
        for name, value in saved.items():
            _set_env(name, value)


def _set_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


@contextmanager
def _working_folder(cwd: Path | None):
    if cwd is None:
        yield
        return
    before = os.getcwd()
    os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(before)


def run_cli_isolated(args, env: dict[str, str | None] | None = None, cwd: Path | None = None) -> CliResult:
    """run_cli in a forked copy of this process: a crash (a signal, as durable_rules once segfaulted) fails
    only that run, returned with the negated signal as its exit code, without starting an interpreter."""
    import json
    import signal
    import traceback

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, send the result, and leave without running the parent's exit handlers
        os.close(read)
        try:
            result = run_cli(args, env, cwd)
        except BaseException:  # noqa: BLE001 - anything: the parent reports it
            result = CliResult(1, "", traceback.format_exc())
        with os.fdopen(write, "w", encoding="utf-8") as pipe:
            json.dump(result, pipe)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as pipe:
        sent = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return CliResult(-os.WTERMSIG(status), "", f"killed by {signal.Signals(os.WTERMSIG(status)).name}")
    return CliResult(*json.loads(sent))
