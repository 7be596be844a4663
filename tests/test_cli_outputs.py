"""Where `scoring evaluate` writes its reports by default: one file per period, format and language."""
import json
import subprocess
import sys

from helpers import MINI_ANNUAL, MINI_TARGETS, RULES


def evaluate(cwd, *extra):
    return subprocess.run([sys.executable, "-m", "scoring", "evaluate", str(MINI_TARGETS), "--actuals", str(MINI_ANNUAL),
                           "--rules", str(RULES), "--engine", "python", "--format", "json", *extra],
                          capture_output=True, text=True, cwd=cwd)


def test_an_english_report_does_not_replace_the_chinese_one(tmp_path):
    zh, en = evaluate(tmp_path), evaluate(tmp_path, "--lang", "en")
    assert zh.returncode == en.returncode == 0, zh.stderr + en.stderr
    folder = tmp_path / "reports" / "2025"
    assert sorted(p.name for p in folder.iterdir()) == ["mini.targets-annual.en.json", "mini.targets-annual.json"]
    assert "wrote reports/2025/mini.targets-annual.en.json" in en.stdout
    chinese = json.loads((folder / "mini.targets-annual.json").read_text(encoding="utf-8"))
    english = json.loads((folder / "mini.targets-annual.en.json").read_text(encoding="utf-8"))
    assert chinese["total"] == english["total"]
    assert chinese["grade"] in "优良中差" and english["grade"] in ("excellent", "good", "fair", "poor")
