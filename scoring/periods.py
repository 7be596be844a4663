"""The periods a unit is scored for: the whole year and the first half (a light module: the CLI names them for --help)."""

PERIODS = ("annual", "h1")
