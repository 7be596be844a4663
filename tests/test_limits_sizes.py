"""A file over a size limit is said in MB, as a clerk reads sizes, rounded up so it never looks within it."""
from helpers import ROOT, run_cli
from scoring.limits import size_text


def test_sizes_read_as_a_person_reads_them():
    assert [size_text(n) for n in (900, 1024 * 1024, 50 * 1024 * 1024, 16 * 1024 * 1024 + 1, 1536 * 1024)] == [
        "900 B", "1 MB", "50 MB", "16.1 MB", "1.5 MB"]


def test_a_workbook_too_big_is_said_in_mb(tmp_path):
    big = tmp_path / "big.xlsx"
    big.write_bytes(b"\0" * (50 * 1024 * 1024))
    for lang, said in (("zh", "错误: 文件过大：50 MB，上限为 16 MB"), ("en", "error: the file is too large: 50 MB, the limit is 16 MB")):
        r = run_cli(["--lang", lang, "audit", str(big), "--rules", str(ROOT / "rules")])
        assert r.returncode == 2 and r.stderr.strip() == f"{big}: {said}"
