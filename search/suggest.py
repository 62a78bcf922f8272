"""Suggestions while typing: titles of makers, articles and pages with words that start with
what was typed, from the one search service's engine."""

import logging

from . import registry, service
from .kinds import build_hits

logger = logging.getLogger(__name__)

MAX_SUGGESTIONS = 8


def suggestions(term, locale, request):
    chosen, _degraded = service.engine()
    language = locale.language_code
    try:
        pairs = chosen.suggest(registry.keys(), language, term, MAX_SUGGESTIONS * 2)
    except Exception as error:  # noqa: BLE001 (engine errors only; others are raised again)
        from . import documents

        if not isinstance(error, documents.SEARCH_ERRORS):
            raise
        logger.warning("Elasticsearch suggestions failed", exc_info=True)
        documents.mark_unavailable()
        pairs = service.DatabaseEngine().suggest(
            registry.keys(), language, term, MAX_SUGGESTIONS * 2
        )
    return as_items(pairs, locale, request)[:MAX_SUGGESTIONS]


def as_items(pairs, locale, request):
    hits = build_hits(list(dict.fromkeys(pairs)), locale, request, forms=set())
    return [
        {"label": hit.title, "url": hit.url, "kind": str(hit.kind_label)} for hit in hits if hit.url
    ]
