"""`scoring import -o FILE` never overwrites a file that exists, as `scoring template` does not: the table there may
hold an auditor's edits (own 分值, a fixed target), which a second import replaced without a word (trial)."""
from __future__ import annotations

from helpers import FIXTURES, run_cli


def test_a_second_import_to_the_same_file_is_refused_and_leaves_it_as_it_was(tmp_path):
    out = tmp_path / "t.yaml"
    assert run_cli(["import", FIXTURES / "project-target-export.txt", "-o", out])[0] == 0
    out.write_text(out.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    edited = out.read_bytes()
    code, _, err = run_cli(["--lang", "zh", "import", FIXTURES / "project-target-export.txt", "-o", out])
    assert code == 2 and out.read_bytes() == edited
    assert f"{out}: 错误: 文件已存在：导入不会覆盖已有的目标表（其中可能有手工修改）；请另选文件名，或先删除它" in err
