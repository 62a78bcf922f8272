"""Wagtail searches (directory, API, kennisbank) that survive Elasticsearch being down or slow.

With SEARCH_BACKEND=elasticsearch, Wagtail's default backend is Elasticsearch and raises its
transport errors, not DatabaseError. `with_fallback` runs a search there first and, when it
fails (or failed in the last RETRY_AFTER seconds), again on the database backend that is kept
up to date beside it; the site search (engine.py) does the same for its own indexes.
"""

import logging

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

DATABASE = "database"


def backend_names():
    from .engine import elasticsearch_enabled

    if not elasticsearch_enabled() or DATABASE not in settings.WAGTAILSEARCH_BACKENDS:
        return ["default"]
    from . import documents

    return ["default", DATABASE] if documents.available() else [DATABASE]


def with_fallback(run):
    """`run(backend_name)` must evaluate its results (a list), so failures happen in here."""
    from . import documents

    names = backend_names()
    for name in names[:-1]:
        try:
            return run(name)
        except documents.SEARCH_ERRORS:
            logger.warning("Elasticsearch failed; searching the database instead", exc_info=True)
            documents.mark_unavailable()
    # A savepoint, so a query the database rejects cannot break the page's transaction.
    with transaction.atomic():
        return run(names[-1])
