"""scoring batch: every unit scored across processes, a broken unit reported without stopping the rest."""
import importlib.util
import json
import re
from decimal import Decimal

import pytest

from helpers import ROOT, run_cli


UNITS = 24  # enough for each worker to score many units in turn (chunks of one here); each unit costs CPU


@pytest.fixture(scope="module")
def workload(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    work = tmp_path_factory.mktemp("units")
    generate.generate(UNITS, work, broken=1)
    return work


def test_many_units_with_one_broken(workload, tmp_path):
    out = tmp_path / "out"
    r = run_cli(["batch", workload / "targets", workload / "actuals", "--jobs", "2", "--out", out, "--engine", "python"],
                cwd=ROOT)
    assert r.returncode == 1, r.stderr  # some units could not be scored
    assert "Traceback" not in r.stderr
    summary = json.loads((out / "summary-annual.json").read_text(encoding="utf-8"))
    assert len(summary["scored"]) == UNITS - 1 and len(summary["failed"]) == 1
    failed = summary["failed"][0]
    assert failed["targets"].endswith("u00001.yaml") and "u00001.annual.yaml:1:" in failed["error"]
    totals = [u["total"] for u in summary["scored"]]
    assert totals == sorted(totals, reverse=True)
    assert [u["rank"] for u in summary["scored"]] == [1 + sum(t > u["total"] for t in totals) for u in summary["scored"]]
    assert len(list(out.glob("u*-annual.json"))) == UNITS - 1
    assert "u00001.annual.yaml:1:" in r.stdout and str(UNITS - 1) in r.stdout
    markdown = (out / "summary-annual.md").read_text(encoding="utf-8")
    assert markdown.count("\n| ") >= UNITS
    links = re.findall(r"\]\(<([^>]+)>\)", markdown)  # relative to the summary, so they open from its folder
    assert len(links) == UNITS - 1 and all((out / link).is_file() for link in links)


def test_each_unit_report_is_the_same_as_scoring_it_alone(workload, tmp_path):
    out = tmp_path / "out"
    run_cli(["batch", workload / "targets", workload / "actuals", "--jobs", "2", "--out", out, "--engine", "python",
             "--period", "h1"], cwd=ROOT)
    alone = run_cli(["evaluate", workload / "targets" / "u00017.yaml", "--actuals", workload / "actuals" / "u00017.h1.yaml",
                     "--period", "h1", "--format", "json", "--out", "-", "--engine", "python"], cwd=ROOT)
    batch = json.loads((out / "u00017-h1.json").read_text(encoding="utf-8"))
    single = json.loads(alone.stdout)
    batch.pop("inputs"), single.pop("inputs")  # the batch records no input hashes
    assert batch == single


def test_a_missing_folder_is_a_located_error(tmp_path):
    r = run_cli(["batch", tmp_path / "nope", tmp_path, "--lang", "en"], cwd=ROOT)
    assert r.returncode == 2 and "nope: error: targets folder not found" in r.stderr and "Traceback" not in r.stderr


def test_english_reports_sit_beside_the_chinese_ones(workload, tmp_path):
    from scoring.batch import run_batch

    few = tmp_path / "few"
    for kind, pattern in (("targets", "u0000[2-4].yaml"), ("actuals", "u0000[2-4].annual.yaml")):
        (few / kind).mkdir(parents=True)
        for f in (workload / kind).glob(pattern):
            (few / kind / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "out"
    zh = run_batch(few / "targets", few / "actuals", ROOT / "rules", jobs=1, out_dir=out, engine="python")
    en = run_batch(few / "targets", few / "actuals", ROOT / "rules", jobs=1, out_dir=out, engine="python", lang="en")
    assert [r.total for r in zh.scored] == [r.total for r in en.scored] and len(zh.scored) == 3
    report = json.loads((out / "u00003-annual.en.json").read_text(encoding="utf-8"))
    assert report["grade"] in ("excellent", "good", "fair", "poor")
    assert json.loads((out / "u00003-annual.json").read_text(encoding="utf-8"))["grade"] in {"优", "良", "中", "差"}


def test_a_long_error_stays_on_one_line_with_its_brackets(tmp_path):
    from scoring.scorecard import BatchSummary, UnitRow
    from scoring.render.batch_summary import to_text

    message = "actuals/u1.annual.yaml:7:3: error: YAML syntax error: did not find expected ',' or ']' " + "[bold]x[/bold] " * 12
    summary = BatchSummary(period="annual", scored=[], failed=[UnitRow(targets="u1.yaml", actuals="u1.annual.yaml",
                                                                       error_zh=message, error_en=message)])
    assert message.rstrip() in to_text(summary, "en").splitlines()


def test_equal_totals_share_a_rank():
    from scoring.scorecard import UnitRow
    from scoring.render.batch_summary import ranks

    rows = [UnitRow(targets=t, actuals="a", total=Decimal(v)) for t, v in (("a", "96.97"), ("b", "96.97"), ("c", "90"), ("d", "89"))]
    assert ranks(rows) == [1, 1, 3, 4]


def test_a_unit_that_now_fails_loses_its_old_report(workload, tmp_path):
    from scoring.batch import run_batch

    few = tmp_path / "few"
    for kind in ("targets", "actuals"):
        (few / kind).mkdir(parents=True)
    (few / "targets" / "u.yaml").write_bytes((workload / "targets" / "u00005.yaml").read_bytes())
    good = (workload / "actuals" / "u00005.annual.yaml").read_bytes()
    (few / "actuals" / "u.annual.yaml").write_bytes(good)
    out = tmp_path / "out"
    assert run_batch(few / "targets", few / "actuals", ROOT / "rules", jobs=1, out_dir=out, engine="python").scored
    assert (out / "u-annual.json").exists()
    (few / "actuals" / "u.annual.yaml").write_bytes(good.replace(b'"year": 2025', b'"year": 2024'))
    summary = run_batch(few / "targets", few / "actuals", ROOT / "rules", jobs=1, out_dir=out, engine="python")
    assert summary.failed and not (out / "u-annual.json").exists()
