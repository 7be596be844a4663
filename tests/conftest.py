"""Fixtures for the target-table tests: the published seed, its committed import, and the CLI."""
from __future__ import annotations

import gc
import hashlib
import os
import shutil
import sys
import tempfile
from functools import wraps
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Compiled modules are kept between runs in pytest's own folder, even where PYTHONDONTWRITEBYTECODE is set (as on
# the machine the suite is timed on): compiling the test modules (with pytest's assertion rewriting) and the
# product's modules anew took 2 of the 3 seconds of collection. The folder is apart from the sources, so the
# checkout gets no __pycache__ and a `python -m scoring` started outside the suite still starts as it would.
sys.pycache_prefix = str(ROOT / ".pytest_cache" / "pycache")
sys.dont_write_bytecode = False


def _temporary_files_in_memory(folder: str = "/dev/shm") -> None:
    """The tests' temporary files (tmp_path, tempfile, openpyxl's sheets while a workbook is saved) in memory
    where the machine has a folder for that and the developer named no other (TMPDIR, TEMP, TMP). On the disk
    the suite is timed on (ext4 mounted with `discard`) creating a file took ~0.5 ms and removing one or a
    folder ~3 ms, against ~0.02 in memory: the suite makes and removes ~2,000 folders and ~7,000 files. Set
    before pytest makes its temporary root (in the controller, which names each worker's) and inherited by the
    workers and the commands the tests start. No test depends on where its files are."""
    if any(os.environ.get(name) for name in ("TMPDIR", "TEMP", "TMP")) or not os.access(folder, os.W_OK | os.X_OK):
        return
    os.environ["TMPDIR"] = tempfile.tempdir = folder


_temporary_files_in_memory()


def _parse_once(parse, most=512):
    """yamlio.parse_yaml, remembering the last `most` results by the text, whether positions are kept and the
    input limits (a test lowers one to see it refused). The same text read under another name is given the
    remembered data with its positions named anew (a twelfth of parsing it): a test's copy of the rules is all
    but one file the committed bytes, and parsing was nine tenths of reading a rules folder. The name is in
    the positions only, and nothing changes the data (the loaders validate it into models); what fails to
    parse is never remembered."""
    seen: dict = {}

    @wraps(parse)
    def remembered(text, file, positions=True):
        key = (text, positions, _limits())
        if key in seen:
            seen[key] = seen.pop(key)  # now the newest
        else:
            seen[key] = parse(text, file, positions)
            if len(seen) > most:
                del seen[next(iter(seen))]
        found = seen[key]
        if found.file == file:
            return found
        return scoring.yamlio.Located(file, found.data, _named(found.index, file), _named(found.keys, file))

    return remembered


def _named(positions: dict, file: str) -> dict:
    return {path: scoring.errors.Pos(file, p.line, p.column) for path, p in positions.items()}


def _limits() -> tuple:
    return tuple((name, value) for name, value in vars(scoring.limits).items() if name.isupper())


def _read_once(load, files_of):
    """`load`, remembering each result by what decides it: the path as given, the working folder (positions
    are said relative to it), whether positions are kept (batch reads without: yamlio.without_positions) and
    the bytes of the files it reads (`files_of(path)`). Most tests read the committed rules and tables,
    unchanged: a fifth of the suite's time went to reading them again. A file a test edits has other bytes
    and is read afresh; what fails to load is never remembered. The results are frozen models, which no
    code changes. A file `files_of` gives None for is read each time; any other argument is passed on and must
    not change what such a file reads as."""
    seen = {}

    @wraps(load)
    def remembered(path, *more, **named):
        read = files_of(Path(path))
        if read is None:
            return load(path, *more, **named)
        try:
            files = tuple((f.name, hashlib.sha256(f.read_bytes()).digest()) for f in read)
            key = (str(path), os.getcwd(), _positions(), files)
        except OSError:  # not there, or a folder: the loader says so
            return load(path, *more, **named)
        if key not in seen:
            seen[key] = load(path, *more, **named)
        return seen[key]

    return remembered


def _render_once(render, most=64):
    """scoring.xlsx.form.render, remembering the last `most` forms by the repr of what it is given (the scorecard,
    table and actuals are models whose repr shows every field; the language): the bundled example's form was
    written anew by a dozen test files, ~0.1 CPU-s each time (2.3 CPU-s a run). The writer still runs for every
    form no test made before; a form's bytes depend on nothing else (the writer's own promise, which
    test_xlsx_form checks with the writer itself: render.__wrapped__)."""
    seen: dict = {}

    @wraps(render)
    def remembered(*args, **named):
        key = repr((args, sorted(named.items())))
        if key in seen:
            seen[key] = seen.pop(key)  # now the newest
        else:
            seen[key] = render(*args, **named)
            if len(seen) > most:
                del seen[next(iter(seen))]
        return seen[key]

    return remembered


def _stream_once(streamed, most=64):
    """scoring.xlsx.streamed.Streamed, remembering the last `most` workbooks read by their bytes: the same form
    or filled-in workbook was read again by test after test (287 streaming passes a run in one process, 222 so;
    2.96 -> 2.19 CPU-s). What a workbook reads as depends on its bytes only; its readers (the actuals workbook, the form reader, the
    target table's importer) only look at it; what fails to read is never remembered."""
    seen: dict = {}

    @wraps(streamed)
    def remembered(raw: bytes):
        key = hashlib.sha256(raw).digest()
        if key in seen:
            seen[key] = seen.pop(key)  # now the newest
        else:
            seen[key] = streamed(raw)
            if len(seen) > most:
                del seen[next(iter(seen))]
        return seen[key]

    return remembered


def _positions() -> bool:
    flag = getattr(scoring.yamlio, "_POSITIONS", None)
    return True if flag is None else flag.get()


def _for_the_tests(config) -> None:
    """What the tests run with, set before any test module is imported. Not in the controller of a distributed
    run, which runs none: importing hypothesis and the loaders there delayed starting the workers. Hypothesis
    is imported after the compiled-module folder is set: pytest rewrites the asserts of a plugin's package (its
    ~80 modules) as they are imported, and imported before, where PYTHONDONTWRITEBYTECODE is set, kept no copy:
    each process rewrote them anew, 0.45 CPU-s."""
    global scoring
    from hypothesis import settings

    # No property test has a deadline: on the shared 2-core machine, with other work running, one example of a
    # test that takes 20 ms can take 300, and hypothesis would fail it as too slow (its default deadline is
    # 200 ms). Slowness is measured in bench/, never in a test.
    settings.register_profile("scoring", deadline=None)
    if not config.getoption("hypothesis_profile", None):  # one named on the command line is hypothesis's to load
        settings.load_profile("scoring")

    import scoring.errors
    import scoring.limits
    import scoring.xlsx.streamed
    import scoring.yamlio

    # before its readers bind it (`from .streamed import Streamed`)
    scoring.xlsx.streamed.Streamed = _stream_once(scoring.xlsx.streamed.Streamed)

    # first: the importers bind it (`from ..yamlio import parse_yaml`)
    scoring.yamlio.parse_yaml = _parse_once(scoring.yamlio.parse_yaml)

    import scoring.actuals
    import scoring.rulebook.load
    import scoring.table.load

    # Before any module binds them (`from .rulebook.load import load_rules`): the tests are collected after this.
    scoring.rulebook.load.load_rules = _read_once(scoring.rulebook.load.load_rules,
                                                  lambda folder: sorted(folder.glob("*.yaml")) if folder.is_dir() else [])
    scoring.table.load.load_targets = _read_once(scoring.table.load.load_targets, lambda file: [file])
    # a workbook of actuals is read against its table (the second argument), which YAML actuals ignore: only they are
    # remembered
    scoring.actuals.load_actuals = _read_once(scoring.actuals.load_actuals,
                                              lambda file: [file] if file.suffix.lower() in (".yaml", ".yml") else None)

    import scoring.xlsx.form

    # the CLI imports it as it writes a form (`from .xlsx.form import render`), after this
    scoring.xlsx.form.render = _render_once(scoring.xlsx.form.render)


# The cycle collector: with Python's defaults a worker made 15-20 full passes, each rescanning every module, test
# and cached rule book it holds, 2.5-3 s of each worker's CPU (measured with gc.callbacks). What lives once the tests
# are collected is frozen (never scanned again, as collector.settle does for a long `scoring` run), and a full pass
# comes after 100 young passes of the middle generation instead of 10 (4 in a worker instead of 17-23; young garbage
# is still collected every 700 allocations). Nothing here asserts on the collector's timing: the tests that look for
# leaks call gc.collect() themselves, and the passes pytest makes at the end to report unraisable exceptions still
# scan everything the tests made. A young pass every 10,000 allocations, not 700: most of what a test makes is
# freed by its reference count before a pass would scan it (passes of all three generations 1.2-1.7 -> 1.0-1.1 CPU-s
# a worker, gc.callbacks; peak RSS of the workers unchanged, 133-251 MB either way). 50,000 scanned more, not less.
gc.set_threshold(10000, 10, 100)


def pytest_collection_finish(session):
    gc.freeze()


# The order the two workers take the files in (pytest-xdist, --dist loadfile). xdist hands out the files with
# the most tests first, and the next when a worker has two or fewer tests left: files of one long test
# (hypothesis, hundreds of rules) came last, and one worker ran alone for their 2-4 s. Here the longest go first,
# by each file's seconds in the last run that ran it (kept in pytest's cache folder), and the short files even
# out the end. A file not timed yet goes first; files without times in xdist's own order, most tests first.
_SECONDS = "scoring/seconds-per-file"
_timed: dict[str, float] = {}  # the controller's: each file's seconds in this run, from the workers' reports


def _file(nodeid: str) -> str:
    return nodeid.split("::")[0]


@pytest.hookimpl(trylast=True)  # after xdist's, which registers "dsession" in the controller of a distributed run
def pytest_configure(config):
    if not config.pluginmanager.hasplugin("dsession"):
        _for_the_tests(config)
    if not hasattr(config, "workerinput") and config.pluginmanager.hasplugin("xdist"):
        config.option.loadscopereorder = False  # the files in the order the workers collect them, below


def pytest_collection_modifyitems(config, items):
    if not hasattr(config, "workerinput") or config.cache is None:  # only under xdist: -n 0 keeps the order
        return
    seconds = config.cache.get(_SECONDS, {})
    tests: dict[str, int] = {}
    for item in items:
        tests[_file(item.nodeid)] = tests.get(_file(item.nodeid), 0) + 1
    order = sorted(tests, key=lambda f: (1, -seconds[f]) if f in seconds else (0, -tests[f]))
    rank = {f: i for i, f in enumerate(order)}
    items.sort(key=lambda item: rank[_file(item.nodeid)])  # stable: each file's tests in their own order


def pytest_runtest_logreport(report):
    _timed[_file(report.nodeid)] = _timed.get(_file(report.nodeid), 0.0) + report.duration


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session, exitstatus):
    """A full pass of the collector while pytest still reports what a finaliser raises, then what lives is
    frozen: pytest's own two passes at the end (unraisableexception) scan nearly nothing, where each took
    0.2-0.35 s of a worker's last seconds rescanning the caches the tests filled. What was garbage is
    collected, and reported, by this pass as it was by theirs. The controller keeps the files' times."""
    gc.collect()
    gc.freeze()
    config = session.config
    if not hasattr(config, "workerinput") and config.cache is not None and _timed and exitstatus in (0, 1):
        config.cache.set(_SECONDS, {**config.cache.get(_SECONDS, {}), **{f: round(s, 3) for f, s in _timed.items()}})


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch):
    """The suite must not depend on the developer's shell: no SCORING_LANG (tests that want a language
    pass --lang or set it themselves), and UTF-8 in every child process whatever LANG says. A Python child
    (the smoke tests' `python -m scoring`) reads the compiled modules the suite keeps, as an installed
    package has its own: compiling them anew was 0.17 of its 0.56 CPU-s."""
    monkeypatch.delenv("SCORING_LANG", raising=False)
    monkeypatch.setenv("PYTHONIOENCODING", "utf-8")
    monkeypatch.setenv("PYTHONUTF8", "1")
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", sys.pycache_prefix)
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)


@pytest.fixture
def seed_path() -> Path:
    """The published 2025 table as exported text (a copy of ../shared/seeds/000_a291d28074b2eada.txt)."""
    return ROOT / "tests" / "fixtures" / "000_a291d28074b2eada.txt"


@pytest.fixture
def other_layout_path() -> Path:
    """A small table in another layout: 产出/成本, printed 对应项目, a header repeated after a page break."""
    return ROOT / "tests" / "fixtures" / "other-layout.txt"


@pytest.fixture
def targets_path() -> Path:
    """The committed import of the seed."""
    return ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml"


@pytest.fixture
def run_scoring():
    """Run `scoring ARGS` in-process as a user would, with SCORING_LANG=lang; returns (returncode, stdout, stderr)."""
    from helpers import run_cli

    def run(*args: str, cwd: Path | None = None, lang: str = "zh"):
        return run_cli(args, env={"SCORING_LANG": lang}, cwd=cwd or ROOT)

    return run


def _soffice_profile(config, folder: Path):
    """`-env:UserInstallation=…` for a LibreOffice profile in `folder` (another soffice may be running), a copy of
    one kept in pytest's cache folder: a first start makes a new profile, a third of soffice's start-up (1.5
    CPU-s against 1.05 with a copied one, measured); and a function to call when soffice is done, which keeps
    the profile the first run made, for the runs after it."""
    mine = folder / "lo-profile"
    cache = getattr(config, "cache", None)  # None under -p no:cacheprovider: a new profile each time
    kept = cache.mkdir("lo-profile") / "user" if cache is not None else None
    if kept is not None and kept.is_dir():
        shutil.copytree(kept, mine)

    def keep():
        if kept is not None and not kept.exists() and mine.is_dir():
            made = kept.with_name(f"user-{os.getpid()}")  # copied apart, then renamed: no soffice reads half of one
            shutil.copytree(mine, made, ignore=shutil.ignore_patterns(".lock"))
            try:
                os.rename(made, kept)
            except OSError:  # another worker kept one first
                shutil.rmtree(made, ignore_errors=True)

    return f"-env:UserInstallation=file://{mine}", keep


class Conversion:
    """`soffice --headless ARGS`, started: `wait()` for it to end, as subprocess.run(check=True) would."""

    def __init__(self, command: list[str]):
        import subprocess

        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def wait(self) -> None:
        import subprocess

        out, err = self.process.communicate(timeout=180)
        if self.process.returncode:
            raise subprocess.CalledProcessError(self.process.returncode, self.process.args, out, err)


@pytest.fixture(scope="module")
def soffice(request, tmp_path_factory):
    """start(*args): LibreOffice started on a conversion in the background, one at a time a module (they share a
    profile). A module starts its conversion as its first test runs and waits for it in the test that reads
    the result: soffice took ~1.9 s, mostly starting up, in which the worker did nothing but wait."""
    profile, keep = _soffice_profile(request.config, tmp_path_factory.mktemp("soffice"))
    started: list[Conversion] = []

    def start(*args: str) -> Conversion:
        started.append(Conversion(["soffice", profile, "--headless", *args]))
        return started[-1]

    yield start
    for conversion in started:
        if conversion.process.poll() is None:  # its test did not run (deselected, or failed before waiting)
            conversion.process.kill()
        conversion.process.communicate()
    keep()
