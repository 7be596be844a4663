"""Reviewing a unit's filled-in self-evaluation form (自评表): read it, recompute it, report each mistake.

    from scoring.review import read_form, audit_form, with_unread
    audit = with_unread(audit_form(read_form("forms/2025/vocational-training.txt"), load_rules("rules")))
    print(audit.claimed_total, audit.total, audit.at_stake, audit.codes())

with_unread adds the findings about claimed points written in words (得分 满分); read_forms gives every form of
a workbook that holds several, as `scoring audit` reviews them.
"""
from .audit import audit_form
from .folder import audit_folder
from .read import read_form, read_forms
from .report import FolderAudit, FormAudit
from .run import audit_path, run_audit
from .unread import with_unread

__all__ = ["audit_form", "audit_folder", "read_form", "read_forms", "with_unread", "FormAudit", "FolderAudit",
           "audit_path", "run_audit"]
