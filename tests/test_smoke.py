"""The command as a real process: another hash seed, another working folder, the installed console script.

Every other CLI test runs `main` in-process (tests/helpers.py: run_cli); these few keep what only a
process shows: the interpreter's start-up, its own stdout/stderr encoding, and the exit status."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import MINI_ANNUAL, MINI_TARGETS, ROOT, RULES, run_cli

EVALUATE = ["evaluate", MINI_TARGETS, "--actuals", MINI_ANNUAL, "--rules", RULES, "--engine", "python",
            "--format", "json", "--out", "-"]


def _process(command: list, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("SCORING_LANG", "PYTHONIOENCODING", "PYTHONUTF8")}
    return subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          env={**environment, **env}, timeout=120)


def test_another_hash_seed_gives_byte_identical_output():
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    done = _process([sys.executable, "-m", "scoring", *EVALUATE], PYTHONHASHSEED=seed)
    assert done.returncode == 0, done.stderr
    assert done.stdout == run_cli(EVALUATE).stdout


def test_from_another_folder_in_the_c_locale_an_error_is_located_chinese_and_exit_2(tmp_path):
    done = _process([sys.executable, "-m", "scoring", "evaluate"], cwd=tmp_path, LANG="C", LC_ALL="C")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("targets/2025/jiangning-social-insurance.yaml: 错误: 未找到内置示例")


@pytest.fixture
def console_script() -> Path:
    script = Path(sys.executable).parent / "scoring"
    if not script.exists():
        pytest.skip("the console script is not installed beside this interpreter")
    return script


def test_the_console_script_scores_and_exits_0(console_script):
    done = _process([console_script, *EVALUATE])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"] == json.loads(run_cli(EVALUATE).stdout)["total"]


def test_the_console_script_tells_a_command_line_mistake_with_status_2(console_script):
    done = _process([console_script, "--lang", "en", "evaluate", "--period", "year"])
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].startswith("scoring evaluate: error: argument --period: invalid choice")
