"""Marks on the 自评表 that say where a value came from: a half-year target derived from, or taken as, the annual one."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "form_marks.target_scaled": ("{target}（按全年折算）", "{target} (scaled from the annual target)"),
    # no half-year target and a rate, which is not halved: the annual target, scored at mid-year as it stands
    "form_marks.target_annual": ("{target}（全年指标值）", "{target} (the annual target)"),
}
