"""Catalogue: the words around every printed problem (scoring/errors.py)."""

MESSAGES = {
    "problem.error": ("错误", "error"),
    "problem.warning": ("警告", "warning"),
}
