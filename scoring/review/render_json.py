"""The JSON report of a review (`"schema": 1`), and of a folder; byte-identical for equal inputs."""
from __future__ import annotations

import json
from decimal import Decimal

from .findings import Finding
from .report import FolderAudit, FormAudit

SCHEMA_VERSION = 1


def _n(d: Decimal | None):
    return None if d is None else float(d)


def _finding(f: Finding, lang: str) -> dict:
    return {"code": f.code, "message": f.message.get(lang), "cell": f.cell.ref if f.cell else None,
            "advisory": f.advisory}


def form_dict(a: FormAudit, lang: str = "zh") -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "source": a.source, "title": a.title, "name": a.name, "year": a.year,
        "claimed_total": _n(a.claimed_total), "claimed_rows": _n(a.claimed_rows),
        "total": _n(a.total), "max_total": _n(a.max_total),
        "grade_written": a.grade_written, "grade": a.grade_en if lang == "en" else a.grade,
        "grade_basis": _n(a.grade_basis),
        "at_stake": _n(a.at_stake), "unscored": a.unscored, "unweighted": a.unweighted,
        "targets": a.targets, "total_as_written": _n(a.total_as_written),
        "rows": [{
            "name": r.name, "path": [r.level1, r.level2], "budget": r.budget, "cell": r.cell.ref if r.cell else None,
            "target": r.target, "actual": r.actual, "weight": _n(r.weight), "claimed": _n(r.claimed),
            "points": _n(r.points), "difference": _n(r.difference), "rule": r.rule,
            "formula": r.formula.get(lang) if r.formula else None, "id": r.id, "counted": r.counted,
            "findings": [_finding(f, lang) for f in r.findings],
            "notes": [{"code": n.code, "message": n.message.get(lang)} for n in r.notes],
        } for r in a.rows],
        "findings": [_finding(f, lang) for f in a.findings],
        "counts": dict(sorted(a.codes().items())),
    }


def render(a: FormAudit, lang: str = "zh") -> str:
    return json.dumps(form_dict(a, lang), ensure_ascii=False, indent=2) + "\n"


def render_folder(s: FolderAudit, lang: str = "zh") -> str:
    data = {
        "schema": SCHEMA_VERSION, "folder": s.folder,
        "forms": [{"source": a.source, "name": a.name, "claimed_total": _n(a.claimed_total), "total": _n(a.total),
                   "grade_written": a.grade_written, "grade": a.grade_en if lang == "en" else a.grade,
                   "at_stake": _n(a.at_stake), "findings": len(a.problems()),
                   "advisories": len(a.all_findings()) - len(a.problems()),
                   "counts": dict(sorted(a.codes().items()))} for a in s.forms],
        "counts": dict(sorted(s.codes().items())),
        "unreadable": [{"source": u.source, "error": u.error.get(lang)} for u in s.unreadable],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
