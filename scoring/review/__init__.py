"""Reviewing a unit's filled-in self-evaluation form (自评表): read it, recompute it, report each mistake."""
