"""Turning a table and its actuals into facts, matching them against the rules, choosing winners."""
