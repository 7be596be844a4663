"""Reviewing a unit's filled-in self-evaluation form (自评表): read it, recompute it, report each mistake.

    from scoring.review import read_form, audit_form
    audit = audit_form(read_form("forms/2025/vocational-training.txt"), load_rules("rules"))
    print(audit.claimed_total, audit.total, audit.at_stake, audit.codes())
"""
from .audit import audit_form
from .folder import audit_folder
from .read import read_form
from .report import FolderAudit, FormAudit
from .run import audit_path, run_audit

__all__ = ["audit_form", "audit_folder", "read_form", "FormAudit", "FolderAudit", "audit_path", "run_audit"]
