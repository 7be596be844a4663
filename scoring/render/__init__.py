"""Renderers: each turns a Scorecard into one output format and does nothing else."""
