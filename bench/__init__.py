"""Benchmark of the makers directory: `python -m bench` (see __main__.py)."""
