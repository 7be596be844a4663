"""Standard output that cannot take the output: a clear message and exit 2, never a traceback or a cut
report with exit 0. Odd terminals (dumb, one column, very wide) get a plain rendering."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from helpers import MINI_ANNUAL, MINI_TARGETS, ROOT, run_cli

EVALUATE = [sys.executable, "-m", "scoring", "evaluate", str(MINI_TARGETS), "--actuals", str(MINI_ANNUAL),
            "--engine", "python", "--lang", "en"]
JSON = EVALUATE + ["--format", "json", "--out", "-"]


def _env(**extra):
    return {**os.environ, "PYTHONIOENCODING": "utf-8", **extra}


def _shell(command: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, env=_env(**env), timeout=60)


def _quoted(args) -> str:
    return " ".join(f"'{a}'" for a in args)


def test_closed_standard_output_is_said_and_exits_2():
    r = _shell(_quoted(JSON) + " >&-")
    assert r.returncode == 2 and "standard output is closed" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_a_full_disk_is_an_error_not_a_cut_report(unbuffered):
    with open("/dev/full", "w") as full:
        r = subprocess.run(JSON, stdout=full, stderr=subprocess.PIPE, text=True, env=_env(PYTHONUNBUFFERED=unbuffered),
                           timeout=60)
    assert r.returncode == 2 and "cannot write standard output: No space left" in r.stderr
    assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr


@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_a_write_past_the_file_size_limit_is_an_error(tmp_path, unbuffered):
    out = tmp_path / "cut.json"
    r = _shell(f"ulimit -f 1; {_quoted(JSON)} > '{out}'", PYTHONUNBUFFERED=unbuffered)
    assert r.returncode == 2 and "File too large" in r.stderr and "Traceback" not in r.stderr


def test_a_report_file_past_the_size_limit_is_an_error_and_left_unwritten(tmp_path):
    # once, not per buffering above: --out writes its file itself, whatever standard output's buffering
    r = _shell(f"ulimit -f 1; {_quoted(JSON[:-1])} '{tmp_path / 'report.json'}'")
    assert r.returncode == 2 and "File too large" in r.stderr and not (tmp_path / "report.json").exists()


def test_a_reader_that_goes_away_is_an_error():
    p = subprocess.Popen(EVALUATE[:3] + ["template", str(MINI_TARGETS)] * 1, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=_env(), cwd=ROOT)
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=60) in (0, 2)  # the text may fit in the pipe before it closes
    assert "Traceback" not in err and "Exception ignored" not in err


# In-process from here: what these check is the streams' encoding and the environment, not the interpreter's
# own handling of its file descriptors (above).
ARGS = EVALUATE[3:]  # `scoring evaluate …`


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
