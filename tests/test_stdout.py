"""Standard output that cannot take the output: a clear message and exit 2, never a traceback or a cut
report with exit 0. Odd terminals (dumb, one column, very wide) get a plain rendering."""
from __future__ import annotations

import io
import os
import resource
import sys
from contextlib import redirect_stderr

import pytest

from helpers import MINI_ANNUAL, MINI_TARGETS, ROOT, run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="descriptor 1 is set up in a forked child")

ARGS = ["evaluate", str(MINI_TARGETS), "--actuals", str(MINI_ANNUAL), "--engine", "python", "--lang", "en"]
JSON = ARGS + ["--format", "json", "--out", "-"]
CLOSED = object()


def _started(args, stdout, unbuffered: bool = False, file_size: int | None = None) -> tuple[int, str]:
    """`scoring ARGS` as a process started with descriptor 1 on `stdout` (a path, a descriptor, or CLOSED as
    `>&-` leaves it): (exit status, standard error). It runs in a forked child, at a twentieth of the cost of
    starting python, which makes sys.stdout from descriptor 1 as the interpreter does at start-up (None where
    it is closed; unbuffered as PYTHONUNBUFFERED makes it) and flushes it as the interpreter does at exit, which
    prints "Exception ignored" where that flush fails. `file_size` is `ulimit -f` in bytes."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: set up, run, send the result, and leave without the parent's exit handlers
        status, err = 1, io.StringIO()
        try:
            os.close(read)
            if file_size is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
            if stdout is CLOSED:
                os.close(1)
                sys.stdout = None
            else:
                fd = os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC) if isinstance(stdout, (str, os.PathLike)) else stdout
                os.dup2(fd, 1)
                raw = io.FileIO(1, "w", closefd=False)
                sys.stdout = io.TextIOWrapper(raw if unbuffered else io.BufferedWriter(raw), encoding="utf-8",
                                              write_through=unbuffered)
            from scoring.cli import main

            with redirect_stderr(err):
                status = main(args)
            if sys.stdout is not None:
                try:
                    sys.stdout.flush()
                except Exception as e:  # noqa: BLE001 - what the interpreter's own last flush would print
                    err.write(f"Exception ignored on flushing sys.stdout: {e!r}\n")
        except BaseException as e:  # noqa: BLE001 - the parent fails the test with it
            err.write(f"Traceback: {e!r}\n")
        with os.fdopen(write, "w", encoding="utf-8") as pipe:
            pipe.write(f"{status}\n{err.getvalue()}")
        os._exit(0)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as pipe:
        status, _, err = pipe.read().partition("\n")
    os.waitpid(pid, 0)
    return int(status), err


def test_closed_standard_output_is_said_and_exits_2():
    status, err = _started(JSON, CLOSED)
    assert status == 2 and "standard output is closed" in err and "Traceback" not in err


@pytest.mark.parametrize("unbuffered", [True, False])
def test_a_full_disk_is_an_error_not_a_cut_report(unbuffered):
    status, err = _started(JSON, "/dev/full", unbuffered)
    assert status == 2 and "cannot write standard output: No space left" in err
    assert "Traceback" not in err and "Exception ignored" not in err


@pytest.mark.parametrize("unbuffered", [True, False])
def test_a_write_past_the_file_size_limit_is_an_error(tmp_path, unbuffered):
    status, err = _started(JSON, tmp_path / "cut.json", unbuffered, file_size=1024)  # ulimit -f 1
    assert status == 2 and "File too large" in err and "Traceback" not in err


def test_a_report_file_past_the_size_limit_is_an_error_and_left_unwritten(tmp_path):
    # once, not per buffering above: --out writes its file itself, whatever standard output's buffering
    status, err = _started(JSON[:-1] + [str(tmp_path / "report.json")], os.devnull, file_size=1024)
    assert status == 2 and "File too large" in err and not (tmp_path / "report.json").exists()


def test_a_reader_that_goes_away_is_an_error():
    read, write = os.pipe()
    os.close(read)  # gone before the first write: SIGPIPE is ignored (as python does), the write says EPIPE
    try:
        status, err = _started(["template", str(MINI_TARGETS)], write)
    finally:
        os.close(write)
    assert status == 2 and "Broken pipe" in err
    assert "Traceback" not in err and "Exception ignored" not in err


# In-process from here: what these check is the streams' encoding and the environment, not descriptor 1 (above).


def test_an_ascii_terminal_is_told_in_english_what_to_do():
    r = run_cli(ARGS[:-2] + ["--lang", "zh"], cwd=ROOT, encoding="ascii")  # a Chinese character would raise here
    assert r.returncode == 2 and "cannot show Chinese: set PYTHONIOENCODING=utf-8" in r.stderr


@pytest.mark.parametrize("env", [{"TERM": "dumb"}, {"COLUMNS": "1"}, {"COLUMNS": "100000"}, {"COLUMNS": "abc"},
                                 {"COLUMNS": "0", "LINES": "0"}])
def test_odd_terminals_get_the_whole_scorecard(env):
    r = run_cli(ARGS, env=env, cwd=ROOT)  # not a terminal, as a process's captured output is not
    assert r.returncode == 0
    assert "P01" in r.stdout and "S01" in r.stdout and "\x1b[" not in r.stdout


def test_a_file_written_with_out_stands_when_the_output_cannot_take_the_note(tmp_path):
    """The report was written, then the 已写入 note failed on an ASCII or closed output: exit 2, advising --out."""
    from contextlib import redirect_stderr, redirect_stdout
    from io import StringIO

    from scoring.cli import main

    out = tmp_path / "r.json"
    r = run_cli(ARGS[:-2] + ["--lang", "zh", "--format", "json", "--out", out], cwd=ROOT, encoding="ascii")
    assert (r.returncode, r.stdout, r.stderr) == (0, f"wrote {out}\n", "") and out.exists()
    out.unlink()
    with redirect_stdout(None):  # standard output closed (>&-)
        assert main(ARGS[:-2] + ["--format", "json", "--out", str(out)]) == 0
    assert out.exists()
    err = StringIO()
    with redirect_stdout(None), redirect_stderr(err):  # a batch's summary is in its files: only the view is lost
        status = main(["batch", ROOT / "targets", ROOT / "actuals", "--out", tmp_path / "b", "--jobs", "1",
                       "--engine", "python", "--lang", "en"])
    assert status == 0 and (tmp_path / "b" / "summary-annual.en.md").exists()
    assert err.getvalue().startswith("standard output cannot show the summary; it is written to ")
