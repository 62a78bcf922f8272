"""Suggestions while typing: names of makers and titles of pages that start with the words."""

import logging

from django.db import DatabaseError, transaction
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from artists.models import Maker
from kennisbank.models import KennisbankArticlePage

from .kinds import ARTICLE, KIND_LABELS, MAKER, PAGE, build_hits, source_locale

logger = logging.getLogger(__name__)

MAX_SUGGESTIONS = 8


def suggestions(term, locale, request):
    from .engine import database_backend_name, elasticsearch_enabled

    if elasticsearch_enabled():
        from . import documents

        if documents.available():
            try:
                return documents.suggest(term, locale, request, MAX_SUGGESTIONS)
            except documents.SEARCH_ERRORS:
                logger.warning("Elasticsearch suggestions failed", exc_info=True)
                documents.mark_unavailable()
    return database_suggestions(term, locale, request, database_backend_name())


def as_items(pairs, locale, request):
    hits = build_hits(pairs, locale, request, forms=set())
    return [
        {"label": hit.title, "url": hit.url, "kind": str(KIND_LABELS[hit.kind])}
        for hit in hits
        if hit.url
    ]


def database_suggestions(term, locale, request, backend_name):
    from . import query as q
    from . import sqlite_fts

    if sqlite_fts.usable(backend_name):
        # The backend's autocomplete has the same slow per-row ranking as its search.
        expression = sqlite_fts.prefix_expression([q.fold(w) for w in q.words(term)])
        if not expression:
            return []
        locales = sorted({locale.pk, source_locale().pk})
        try:
            with transaction.atomic():
                maker_ids = [
                    pk
                    for pk, _s in sqlite_fts.ranked(
                        expression,
                        [Maker],
                        Maker._meta.db_table,
                        f"m.live AND m.locale_id IN ({', '.join(['%s'] * len(locales))})",
                        locales,
                        50,
                    )
                ]
                page_ids = [
                    pk
                    for pk, _s in sqlite_fts.ranked(
                        expression,
                        get_page_models(),
                        Page._meta.db_table,
                        "m.live AND m.locale_id = %s",
                        [locale.pk],
                        20,
                    )
                ]
        except DatabaseError:
            logger.warning("Autocomplete failed for %r", term, exc_info=True)
            return []
        return suggestion_items(maker_ids, page_ids, locale, request)
    backend = get_search_backend(backend_name)
    try:
        with transaction.atomic():
            maker_ids = [
                m.pk
                for m in backend.autocomplete(
                    term, Maker.objects.filter(live=True, locale__in={locale, source_locale()})
                )[:50]
            ]
            page_ids = [
                p.pk
                for p in backend.autocomplete(term, Page.objects.live().filter(locale=locale))[:20]
            ]
    except (DatabaseError, TypeError, ValueError):
        logger.warning("Autocomplete failed for %r", term, exc_info=True)
        return []
    return suggestion_items(maker_ids, page_ids, locale, request)


def suggestion_items(maker_ids, page_ids, locale, request):
    visible = set(
        Maker.objects.visible_in(locale).filter(pk__in=maker_ids).values_list("pk", flat=True)
    )
    from .models import SearchPage

    pages = Page.objects.filter(pk__in=page_ids).public().not_type(SearchPage)
    articles = set(pages.type(KennisbankArticlePage).values_list("pk", flat=True))
    shown = set(pages.values_list("pk", flat=True))
    pairs = [(MAKER, pk) for pk in maker_ids if pk in visible][: MAX_SUGGESTIONS // 2]
    pairs += [(ARTICLE if pk in articles else PAGE, pk) for pk in page_ids if pk in shown]
    return as_items(pairs[:MAX_SUGGESTIONS], locale, request)
