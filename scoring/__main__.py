"""`python -m scoring`: the `scoring` command (scoring/cli.py)."""
from .cli import main

raise SystemExit(main())
