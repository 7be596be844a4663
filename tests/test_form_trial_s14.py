"""Self-evaluation forms given where they do not belong, or with one cell that reads badly (notes trial-s14, 16 and 10)."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROOT, run_cli

PROJECT = ROOT / "targets" / "2025" / "forest-fire-prevention.yaml"
made: dict[str, bytes] = {}


def _form(tmp_path: Path, kind: str) -> Path:
    """The 自评表 `scoring evaluate --format xlsx` writes: the department example's, or the project table's."""
    from helpers import made_once

    path = tmp_path / f"{kind}.xlsx"
    args = ["evaluate", *([PROJECT] if kind == "project" else []), "--format", "xlsx", "--out", path]
    return made_once(made, kind, path, lambda: run_cli(args, cwd=ROOT))


# -- 16: import of a 自评表 says once what it is, and how to review it -----------------------------------------

@pytest.mark.parametrize("kind, cell", [("department", "自评表!I17"), ("project", "自评表!I14")])
def test_import_of_our_own_form_says_once_it_is_a_self_evaluation_form(tmp_path, kind, cell):
    form = _form(tmp_path, kind)
    out = tmp_path / "t.yaml"
    zh = run_cli(["import", form, "-o", out], cwd=ROOT)
    en = run_cli(["--lang", "en", "import", form, "-o", out], cwd=ROOT)
    assert zh.returncode == en.returncode == 2 and not out.exists()
    (said,) = zh.stderr.strip().splitlines()  # one message, not one for each row a target table lacks
    assert said.startswith(f"{form}:{cell}: ") and "不是绩效目标表" in said and f"scoring audit {form}" in said
    (said,) = en.stderr.strip().splitlines()
    assert "self-evaluation form" in said and "not a target table" in said and f"scoring audit {form}" in said


def test_import_of_another_regions_form_the_review_reads_says_so_too(tmp_path):
    """Chongqing's layout (指标名称 … 指标权重 | 指标得分), as `scoring audit` reads it."""
    path = tmp_path / "cq.txt"
    path.write_text("指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t指标权重\t指标得分\n"
                    "苗木成活率\t%\t≥\t95\t\t90\t\t30\t28\n自评总分\t\t\t\t\t\t\t30\t28\n", encoding="utf-8")
    r = run_cli(["import", path, "-o", tmp_path / "t.yaml"], cwd=ROOT)
    assert r.returncode == 2 and not (tmp_path / "t.yaml").exists()
    (said,) = r.stderr.strip().splitlines()
    assert said.startswith(f"{path}:1:") and f"scoring audit {path}" in said
    assert run_cli(["audit", path], cwd=ROOT).returncode in (0, 1)  # the command it names reads it
