"""Marks on the 自评表 that say where a value came from: a half-year target derived from the annual one."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "form_marks.target_scaled": ("{target}（按全年折算）", "{target} (scaled from the annual target)"),
}
