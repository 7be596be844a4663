"""The auditor's workflow over rule files: check them, test them, explain a score, compare two rule sets."""
