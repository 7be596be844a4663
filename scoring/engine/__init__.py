"""The rules engine: facts built from a table and its actuals, and the matchers that find each fact's rules."""
