"""Where `scoring evaluate` writes its reports by default: one file per period, format and language."""
import json

from helpers import MINI_ANNUAL, MINI_TARGETS, RULES, run_cli


def evaluate(cwd, *extra):
    return run_cli(["evaluate", MINI_TARGETS, "--actuals", MINI_ANNUAL, "--rules", RULES, "--engine", "python",
                    "--format", "json", *extra], cwd=cwd)


def test_an_english_report_does_not_replace_the_chinese_one(tmp_path):
    zh, en = evaluate(tmp_path), evaluate(tmp_path, "--lang", "en")
    assert zh.returncode == en.returncode == 0, zh.stderr + en.stderr
    folder = tmp_path / "reports" / "2025"
    assert sorted(p.name for p in folder.iterdir()) == ["mini.targets-annual.mini.en.json", "mini.targets-annual.mini.json"]
    assert "wrote reports/2025/mini.targets-annual.mini.en.json" in en.stdout
    chinese = json.loads((folder / "mini.targets-annual.mini.json").read_text(encoding="utf-8"))
    english = json.loads((folder / "mini.targets-annual.mini.en.json").read_text(encoding="utf-8"))
    assert chinese["total"] == english["total"]
    assert chinese["grade"] in {"优", "良", "中", "差"} and english["grade"] in {"excellent", "good", "fair", "poor"}


def test_out_naming_a_folder_is_an_error_not_a_traceback(tmp_path):
    r = evaluate(tmp_path, "--out", str(tmp_path), "--lang", "en")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "this is a folder: give a file name" in r.stderr
    assert list(tmp_path.iterdir()) == [] and not list(tmp_path.parent.glob(".*.tmp"))


def test_reports_are_readable_by_others_as_the_umask_allows(tmp_path):
    import os

    old = os.umask(0o027)
    try:
        assert evaluate(tmp_path).returncode == 0
    finally:
        os.umask(old)
    assert (tmp_path / "reports" / "2025" / "mini.targets-annual.mini.json").stat().st_mode & 0o777 == 0o640


def test_command_line_mistakes_are_told_in_the_users_language(tmp_path):
    def run(*args):
        return run_cli(args, cwd=tmp_path)

    zh = run("evaluate", "--period", "year")
    assert zh.returncode == 2
    assert zh.stderr.splitlines()[-1] == "scoring evaluate: 错误: 参数 --period：无效的取值「year」（可选：annual、h1）"
    assert run("batch").stderr.splitlines()[-1] == "scoring batch: 错误: 缺少参数：targets_dir、actuals_dir"
    for lang in (["--lang", "en"], ["--lang=EN"], ["--la", "en"]):  # argparse takes abbreviations too
        en = run(*lang, "evaluate", "--period", "year")
        assert en.returncode == 2 and en.stderr.splitlines()[-1].startswith("scoring evaluate: error: argument --period: invalid choice")


def test_lang_is_read_in_any_case():
    done = evaluate(MINI_TARGETS.parent, "--lang", "EN", "--out", "-")
    assert done.returncode == 0 and json.loads(done.stdout)["grade"] in {"excellent", "good", "fair", "poor"}


def test_a_blank_amount_says_why_there_is_no_execution_rate(tmp_path):
    from helpers import FIXTURES

    actuals = tmp_path / "h1.yaml"
    actuals.write_text((FIXTURES / "mini.h1.yaml").read_text(encoding="utf-8").replace("{项目甲: 25}", "{项目甲: }")
                       .replace("basic: 10", "basic:"),  # every amount blank: a lone blank is an error
                       encoding="utf-8")
    run = ["evaluate", MINI_TARGETS, "--actuals", actuals, "--rules", RULES, "--engine", "python", "--period", "h1",
           "--out", "-"]
    data = json.loads(run_cli(run + ["--format", "json"]).stdout)
    assert data["budget"] is None and data["budget_blank"] == {"basic": True, "projects": ["项目甲"]}
    markdown = run_cli(run + ["--format", "markdown"]).stdout
    assert "## 预算执行\n\n未计算预算执行率：以下执行数未填写：基本支出、项目甲\n" in markdown
    table = run_cli(run[:-2] + ["--lang", "en"]).stdout
    assert "Execution rate not computed: these amounts are blank: basic expenditure, 项目甲" in table


def _tree(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_an_out_in_a_folder_that_does_not_exist_is_an_error_and_makes_no_folders(tmp_path):
    """A typo in a folder name (reprots/2025/x.json) must not leave a tree of stray folders behind."""
    from helpers import FIXTURES, ROOT

    form = ROOT / "forms" / "2025" / "vocational-training.txt"
    runs = [evaluate(tmp_path, "--out", "reprots/2025/x.json", "--lang", "en"),
            run_cli(["template", MINI_TARGETS, "--rules", RULES, "-o", "new/t.yaml", "--lang", "en"], cwd=tmp_path),
            run_cli(["audit", form, "--rules", RULES, "--format", "json", "--out", "new/a.json", "--lang", "en"], cwd=tmp_path),
            run_cli(["audit", form, "--rules", RULES, "--format", "xlsx", "--out", "new/m.xlsx", "--lang", "en"], cwd=tmp_path),
            run_cli(["batch", FIXTURES, FIXTURES, "--rules", RULES, "--out", "new/deeper", "--lang", "en"], cwd=tmp_path)]
    for r in runs:
        assert r.returncode == 2 and "does not exist: create it first" in r.stderr, r.stderr
    assert "reprots/2025/x.json: error: the folder reprots/2025 does not exist" in runs[0].stderr
    assert _tree(tmp_path) == []


def test_the_default_reports_folder_and_a_new_folder_named_for_many_files_are_created(tmp_path):
    from helpers import FIXTURES, ROOT

    assert evaluate(tmp_path).returncode == 0  # reports/2025/ is ours
    assert (tmp_path / "reports" / "2025" / "mini.targets-annual.mini.json").is_file()
    forms = ROOT / "forms"
    r = run_cli(["audit", forms, "--rules", RULES, "--format", "xlsx", "--out", "marked", "--lang", "en"], cwd=tmp_path)
    assert r.returncode in (0, 1) and (tmp_path / "marked" / "2025" / "vocational-training.txt.xlsx").is_file()
    r = run_cli(["batch", FIXTURES, FIXTURES, "--rules", RULES, "--out", "out", "--lang", "en"], cwd=tmp_path)
    assert (tmp_path / "out" / "summary-annual.en.json").is_file(), r.stderr
