"""Search relevance evaluation: `python -m evaluation.search` (also `make eval-search`)."""
