"""Loading a rules directory into a RuleBook, reporting every problem at once with its location."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from ..errors import Pos, Problem, ScoringError, display_path
from ..limits import MAX_RULES
from ..yamlio import Located, invisible_in_key, load_yaml, validate
from .conditions import And, parse_when
from .methods import METHODS
from .model import BareTargets, CompiledRule, Grades, Monitoring, Plausibility, RuleFile, Vocabulary, Weights
from .settings_check import settings_problems

SETTINGS_FILES = {"weights.yaml": Weights, "grades.yaml": Grades, "vocabulary.yaml": Vocabulary,
                  "monitoring.yaml": Monitoring, "bare_targets.yaml": BareTargets}
OPTIONAL_SETTINGS = {"plausibility.yaml": Plausibility}  # without it, nothing is checked


@dataclass
class RuleBook:
    rules: list[CompiledRule]
    weights: Weights
    grades: Grades
    vocabulary: Vocabulary
    monitoring: Monitoring
    files: dict[str, str]  # file -> SHA-256 of its bytes
    bare_targets: BareTargets = BareTargets()  # how number targets without an operator are read
    plausibility: Plausibility = Plausibility()  # actual values that cannot be true

    def by_id(self, rule_id: str) -> CompiledRule:
        return next(r for r in self.rules if r.id == rule_id)


def load_rules(directory: str | Path) -> RuleBook:
    directory = Path(directory)
    name = display_path(directory)
    if directory.is_file():  # `scoring diff rules rules/lower_bound.yaml`: it exists, but is no folder
        raise Pos(name).fail("rulefile.is_a_file", folder=display_path(directory.parent))
    if not directory.is_dir():
        raise Pos(name).fail("rulefile.no_directory")
    problems: list[Problem] = []
    settings: dict[str, BaseModel] = {}
    rules: list[CompiledRule] = []
    files: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            located = load_yaml(path)
            files[located.file] = hashlib.sha256(path.read_bytes()).hexdigest()
            if located.data is None:
                raise Pos(located.file, 1, 1).fail("input.empty_file")
            if path.name in SETTINGS_FILES or path.name in OPTIONAL_SETTINGS:
                settings[path.name] = validate(located, {**SETTINGS_FILES, **OPTIONAL_SETTINGS}[path.name])
                problems.extend(settings_problems(settings[path.name], located))
            else:
                rules.extend(_compile_file(located, problems))
        except ScoringError as e:
            problems.extend(e.problems)
    for path in sorted(directory.iterdir()):  # a rule file named .yml would be left out without a word
        if path.suffix.lower() in (".yml", ".yaml") and path.suffix != ".yaml" and path.is_file():
            problems.append(Pos(display_path(path)).report("rulefile.not_yaml_suffix", name=path.stem + ".yaml"))
    for fname in SETTINGS_FILES:
        if fname not in settings and not any(p.file.endswith(fname) for p in problems):
            problems.append(Pos(f"{name}/{fname}").report("rulefile.missing_file"))
    if not rules and not problems:
        problems.append(Pos(name).report("rulefile.no_rules"))
    if len(rules) > MAX_RULES:
        problems.append(rules[MAX_RULES].rule.pos.report("limits.too_many_rules", count=len(rules), limit=MAX_RULES,
                                                         first=MAX_RULES + 1))
    seen: dict[str, CompiledRule] = {}
    for r in rules:
        if r.id in seen:
            problems.append(r.rule.pos.report("rulefile.duplicate_id", id=r.id, other=seen[r.id].ref()))
        seen.setdefault(r.id, r)
    if problems:
        raise ScoringError(problems)
    return RuleBook(rules, settings["weights.yaml"], settings["grades.yaml"], settings["vocabulary.yaml"],
                    settings["monitoring.yaml"], files, settings["bare_targets.yaml"],
                    settings.get("plausibility.yaml", Plausibility()))


def _compile_file(located: Located, problems: list[Problem]) -> list[CompiledRule]:
    rule_file = validate(located, RuleFile)
    out = []
    for i, rule in enumerate(rule_file.rules):
        path = ("rules", i)
        before = len(problems)
        condition = parse_when(located, path + ("when",), problems) if rule.when is not None else And(())
        method = _method(located, path + ("method",), rule.method, problems)
        if len(problems) == before:
            out.append(CompiledRule(rule, condition, method, rule.monitor or rule_file.monitor, located.file))
    return out


def _method(located: Located, path: tuple, data, problems: list[Problem]):
    known = list(METHODS)
    if isinstance(data, str):
        name, params, params_path = data, {}, path
    elif isinstance(data, dict) and len(data) == 1:
        name, params = next(iter(data.items()))
        params_path = path + (name,)
        params = {} if params is None else params
    else:
        problems.append(located.pos(path).report("rulefile.method_shape", known=known))
        return None
    if name not in METHODS:
        pos = located.key_pos(path + (name,)) if isinstance(data, dict) else located.pos(path)
        problems.append(invisible_in_key(pos, str(name)) or pos.report("rulefile.unknown_method", name=name, known=known))
        return None
    try:
        # no parameters written (`method: bands`) is validated too: a method that needs some says which
        return validate(located, METHODS[name], params_path, params or {})
    except ScoringError as e:
        problems.extend(e.problems)
        return None
