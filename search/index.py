"""Keeping the search documents right: the database rows now, Elasticsearch through the queue.

`changed(kind, groups)` runs in the transaction of the change: it rebuilds the documents of
those groups in every language (search/models.SearchDocument, which the database engines
search) and records the change for Elasticsearch (queue.py), which copies the same documents.
The database is always there, so its documents are never behind; Elasticsearch catches up
after an outage.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from . import analysis, registry, understanding
from .engines import vocabulary_key
from .models import IndexUpdate, SearchDocument

logger = logging.getLogger(__name__)

BATCH = 1000


def languages():
    return [code for code, _name in settings.LANGUAGES]


def elasticsearch_enabled():
    return getattr(settings, "SEARCH_BACKEND", "database") == "elasticsearch"


def facet_terms(facets):
    """Every value's token, and for the values the owner chose also the token filters need."""
    tokens = [analysis.facet_token(f, v) for f, values in facets.items() for v in values]
    tokens += [
        analysis.chosen_token(f, v)
        for f, values in facets.items()
        for v, weight in values.items()
        if weight >= analysis.CHOSEN
    ]
    return tokens


def row_for(kind, language, doc):
    """A SearchDocument (unsaved) for a registry.Document: analysed words and facet tokens."""
    facets = {facet: dict(values) for facet, values in doc.facets.items()}
    inferred = understanding.infer_facets(
        f"{doc.title} {doc.keywords} {doc.text}", language, kind.key
    )
    for facet, values in inferred.items():
        for value, weight in values.items():
            current = facets.setdefault(facet, {})
            current[value] = max(current.get(value, 0), weight)
    tokens = facet_terms(facets)
    return SearchDocument(
        kind=kind.key,
        language=language,
        group=doc.group,
        object_id=doc.object_id,
        title=doc.title[:300],
        title_folded=analysis.fold(doc.title)[:300],
        keywords=doc.keywords,
        text=doc.text,
        terms_title=analysis.index_string(doc.title, language),
        terms_keywords=analysis.index_string(doc.keywords, language),
        terms_text=analysis.index_string(doc.text, language),
        facet_terms=" ".join(tokens),
        facets=facets,
    )


def write(kind, groups, language):
    """Replace the documents of `groups` (None: all) of one kind in one language."""
    # The spelling vocabulary (engines.vocabulary) is read anew after any change.
    transaction.on_commit(lambda: cache.delete(vocabulary_key(language)))
    cache.delete(vocabulary_key(language))
    existing = SearchDocument.objects.filter(kind=kind.key, language=language)
    if groups is not None:
        existing = existing.filter(group__in=groups)
    existing.delete()
    rows, count = [], 0
    for doc in kind.documents(language, groups):
        rows.append(row_for(kind, language, doc))
        if len(rows) >= BATCH:
            SearchDocument.objects.bulk_create(rows)
            count += len(rows)
            rows = []
    SearchDocument.objects.bulk_create(rows)
    return count + len(rows)


def changed(kind_key, groups):
    """Something of `kind_key` changed: bring its documents up to date in every language."""
    kind = registry.get(kind_key)
    groups = [str(g) for g in groups]
    if not groups:
        return
    for language in languages():
        write(kind, groups, language)
    if elasticsearch_enabled():
        from .queue import record

        for group in groups:
            record(IndexUpdate.SITE, kind_key, group)


def page_changed(page):
    """A page was published, unpublished, moved or hidden: index it as its kind, if any."""
    kind = registry.kind_for_page(page.specific_class)
    if kind is not None:
        changed(kind.key, kind.groups_for(page))


def page_removed(pk):
    """A deleted page leaves every kind that may have held it."""
    SearchDocument.objects.filter(group=str(pk), kind__in=registry.page_kinds()).delete()
    if elasticsearch_enabled():
        from .queue import record

        for key in registry.page_kinds():
            record(IndexUpdate.SITE, key, str(pk))


def rebuild(kinds=None, log=None):
    """Every document anew (manage.py search_index --rebuild); returns {kind: count}."""
    counts = {}
    for kind in kinds or registry.kinds():
        with transaction.atomic():
            total = sum(write(kind, None, language) for language in languages())
        counts[kind.key] = total
        if log:
            log(f"{kind.key}: {total} documents")
    return counts
