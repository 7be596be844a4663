"""A 三级指标 name on two rows is a warning of `scoring check` and of `scoring import`, naming every row that
shares it, compared as evaluate compares an actual's key: actuals for those rows must be keyed by id."""
from __future__ import annotations

import pytest

from helpers import FIXTURES, ROOT, edit, run_cli
from import_cli import imported

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"  # O02 专职巡护人员, O03 隔离带验收合格率
ACTUALS = ROOT / "actuals" / "2025" / "forest-fire-prevention.annual.yaml"
EXPORT = FIXTURES / "project-target-export.txt"  # 专职巡护人员 at line 14, 隔离带验收合格率 at line 15


def _table(tmp_path, second: str = "专职巡护人员"):
    """The bundled project table with its O03 named `second`."""
    path = tmp_path / "t.yaml"
    path.write_text(PROJECT.read_text(encoding="utf-8"), encoding="utf-8")
    edit(path, "name: 隔离带验收合格率", f"name: {second}")
    return path


def test_a_name_on_two_rows_is_a_warning_at_the_first_naming_both(tmp_path):
    path = _table(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    first, second = [n for n, line in enumerate(lines, 1) if line.strip() in ("- id: O02", "- id: O03")]
    for lang, said in (("zh", f"O02（第{first}行）、O03（第{second}行）"), ("en", f"O02 (line {first}), O03 (line {second})")):
        code, out, err = run_cli(["check", str(path), "--lang", lang])
        found = [line for line in (out + err).splitlines() if said in line]
        assert code == 0 and len(found) == 1, out + err  # a warning: the table is still scored
        assert found[0].startswith(f"{path}:{first}:")
        assert ("警告" in found[0] and "编号" in found[0]) if lang == "zh" else ("warning" in found[0] and "by id" in found[0])


@pytest.mark.parametrize("second", ["专职 巡护人员", "专职巡护人员　", "'专职巡护人员 '"])
def test_names_are_compared_as_evaluate_resolves_keys(tmp_path, second):
    """Spaces and full-width forms folded: what check calls one name, evaluate finds ambiguous."""
    path = _table(tmp_path, second)
    code, out, err = run_cli(["check", str(path), "--lang", "en"])
    assert "shared by 2 rows" in out + err
    actuals = tmp_path / "a.yaml"
    actuals.write_text(ACTUALS.read_text(encoding="utf-8"), encoding="utf-8")
    edit(actuals, "O02:", "专职巡护人员:")
    code, out, err = run_cli(["evaluate", str(path), "--actuals", str(actuals), "--out", "-", "--lang", "en"])
    assert code != 0 and "ambiguous (O02, O03)" in out + err


def test_ids_are_the_way_out_and_a_unique_name_is_not_warned(tmp_path):
    path = _table(tmp_path, "专职巡护人员（夜间）")  # alike, not the same
    code, out, err = run_cli(["check", str(path), "--lang", "en"])
    assert "shared by" not in out + err


def test_the_bundled_tables_do_not_warn():
    for table in (ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml", PROJECT,
                  FIXTURES / "project.targets.yaml", FIXTURES / "mini.targets.yaml"):
        code, out, err = run_cli(["check", str(table), "--lang", "en"])
        assert "shared by" not in out + err, table


@pytest.mark.parametrize("kind, where", [("txt", "t.txt:14:"), ("xlsx", "t.xlsx:")])
def test_import_says_it_at_the_source_rows_and_still_writes(tmp_path, kind, where):
    text = EXPORT.read_text(encoding="utf-8")
    assert "\t隔离带验收合格率\t" in text
    got = imported(text.replace("\t隔离带验收合格率\t", "\t专职巡护人员\t"), kind, "en", tmp_path)
    assert got.code == 0 and got.out.exists()
    [said] = [line for line in got.err.splitlines() if "shared by 2 rows" in line]
    assert where in said and "O02 (" in said and "O03 (" in said and "by id" in said
    if kind == "xlsx":
        assert "!D14" in said and "row 15 (" in said  # the cells, as the workbook import cites every row
    else:
        assert "(line 14)" in said and "(line 15)" in said
    code, out, err = run_cli(["check", str(got.out), "--lang", "en"])
    assert "shared by 2 rows" in out + err  # and check of what it wrote says the same


def test_a_department_table_import_says_it_too(tmp_path):
    text = (FIXTURES / "000_a291d28074b2eada.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(n for n, line in enumerate(lines) if "\t预算编制规范性\t" in line)
    lines[at] = lines[at].replace("预算编制规范性", "预算编制科学性")
    got = imported("\n".join(lines) + "\n", "txt", "zh", tmp_path)
    assert got.code == 0 and got.out.exists()
    [said] = [line for line in got.err.splitlines() if "「预算编制科学性」有 2 行同名" in line]
    assert f"（第{at}行）、" in said and f"（第{at + 1}行）；" in said and "编号" in said
