"""What the command sets in its own process (pydantic's plugins not looked for) touches only that process, and the
command line is read before any of the heavy libraries is imported, so the setting comes before pydantic's first model."""
from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

from scoring import cli, collector, own_process
from scoring.engine import durable_child

SCORING = Path(cli.__file__).resolve().parent
HEAVY = {"pydantic", "pydantic_core", "ruamel", "rich", "durable", "durable_rules_engine", "openpyxl",
         "python_calamine", "xlrd"}


def _unset(monkeypatch):
    """The variable absent for the test, and as it was after it (set first, so that monkeypatch restores it)."""
    monkeypatch.setenv(own_process.PYDANTIC_PLUGINS, "")
    monkeypatch.delenv(own_process.PYDANTIC_PLUGINS)


def test_a_command_run_in_process_leaves_the_environment_as_it_was(monkeypatch):
    _unset(monkeypatch)
    assert cli.main(["--lang", "en", "rules", "test"]) == 0
    assert own_process.PYDANTIC_PLUGINS not in os.environ


def test_the_command_as_a_process_does_not_look_for_pydantic_plugins(monkeypatch):
    _unset(monkeypatch)
    monkeypatch.setattr(collector, "one_command", lambda: None)
    monkeypatch.setattr("sys.argv", ["scoring", "--lang", "en", "rules", "test"])
    assert cli.main() == 0
    assert os.environ[own_process.PYDANTIC_PLUGINS] == "__all__"


def test_a_setting_of_the_users_own_is_kept(monkeypatch):
    for theirs in ("", "logfire"):
        monkeypatch.setenv(own_process.PYDANTIC_PLUGINS, theirs)
        own_process.without_pydantic_plugins()
        assert os.environ[own_process.PYDANTIC_PLUGINS] == theirs


def _top_level_imports(module: str) -> set[str]:
    """The modules `module` (scoring.…) imports when it is imported: its top-level import statements, not those
    in functions or under TYPE_CHECKING, nor the catalogue's areas (found in its folder, plain dicts)."""
    parts = module.split(".")[1:]
    path = SCORING.joinpath(*parts)
    package = path.is_dir()
    tree = ast.parse((path / "__init__.py" if package else path.with_suffix(".py")).read_text(encoding="utf-8"))
    here = module.split(".") if package else module.split(".")[:-1]
    found: set[str] = set()

    def visit(body):
        for node in body:
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = ".".join(here[:len(here) - node.level + 1] + ([node.module] if node.module else [])) \
                    if node.level else node.module
                found.add(base)
                found.update(f"{base}.{a.name}" for a in node.names if _is_module(f"{base}.{a.name}"))
            elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)

    visit(tree.body)
    return found


def _is_module(name: str) -> bool:
    if not name.startswith("scoring."):
        return False
    path = SCORING.joinpath(*name.split(".")[1:])
    return path.is_dir() or path.with_suffix(".py").exists()


def _reached(start: str) -> set[str]:
    seen, todo = set(), [start, "scoring"]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        parents = [".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 1)]
        todo += [m for m in _top_level_imports(module) | set(parents) if _is_module(m) or m == "scoring"]
        seen.update(m for m in _top_level_imports(module) if not m.startswith("scoring"))
    return seen


def test_the_command_line_is_read_with_none_of_the_heavy_libraries_imported():
    reached = _reached("scoring.cli")
    assert "scoring.catalogue" in reached and "argparse" in reached  # the walk follows what cli.py imports
    assert not {m for m in reached if m.split(".")[0] in HEAVY}
    assert not {m for m in reached if m.startswith(("scoring.model", "scoring.run", "scoring.table", "scoring.rulebook"))}


def test_the_durable_engine_is_isolated_in_a_process_that_has_not_imported_multiprocessing(monkeypatch):
    """A worker multiprocessing started has it imported: where it is not, the engine's child is forked, and
    multiprocessing is not imported to find that out."""
    monkeypatch.delitem(sys.modules, "multiprocessing", raising=False)
    assert durable_child.can_isolate()
    assert "multiprocessing" not in sys.modules
