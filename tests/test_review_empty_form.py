"""An empty text form is said to be empty, as an empty workbook or YAML form is, not to lack its header."""
from helpers import ROOT, run_cli


def test_an_empty_or_blank_text_form_is_empty(tmp_path):
    for name, content in (("empty.txt", ""), ("blank.tsv", "\n\t\n")):
        (tmp_path / name).write_text(content, encoding="utf-8")
        for lang, said in (("zh", "文件为空"), ("en", "the file is empty")):
            r = run_cli(["--lang", lang, "audit", str(tmp_path / name), "--rules", str(ROOT / "rules")])
            assert r.returncode == 2 and r.stdout == ""
            assert r.stderr.strip().endswith(f"{tmp_path / name}:1:1: {'错误' if lang == 'zh' else 'error'}: {said}")


def test_a_text_without_a_header_names_the_columns_wanted_and_no_source_file(tmp_path):
    (tmp_path / "f.txt").write_text("not a form\n", encoding="utf-8")
    r = run_cli(["--lang", "zh", "audit", str(tmp_path / "f.txt"), "--rules", str(ROOT / "rules")])
    assert r.returncode == 2 and "未找到绩效指标表头行" in r.stderr and "forms.yaml" not in r.stderr
