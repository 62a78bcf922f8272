"""Workaround for slow full-text search on the SQLite database backend (django-modelsearch).

The backend's query filters the makers with `id IN (SELECT object_id FROM indexentry_fts JOIN
indexentry WHERE ... MATCH ... AND content_type_id IN (...))`. SQLite plans that as a loop over
every index entry of the content type, running the FTS MATCH for each one (EXPLAIN QUERY PLAN:
"SEARCH U1 USING COVERING INDEX ...content_type_id... / SCAN U0 VIRTUAL TABLE INDEX 0:=M3"),
which took 0.4–0.6 s for 10,000 makers. Here the same MATCH expression, built by the backend's own
query compiler, runs on the FTS table alone (SQLite uses the full-text index), and the content
type is checked in Python. Any error falls back to the backend's normal search.

Remove this module when modelsearch's SQLite backend plans the FTS table first.
"""

import logging

from django.db import DatabaseError, connection, transaction

logger = logging.getLogger(__name__)


def fast_sqlite_search_ids(backend, words, model, limit):
    """Ids of `model` objects matching all `words`, or None when this shortcut does not apply."""
    if connection.vendor != "sqlite":
        return None
    try:
        from django.contrib.contenttypes.models import ContentType
        from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend
        from wagtail.search.models import SQLiteFTSIndexEntry
    except (ImportError, LookupError):  # the FTS model only exists with SQLite + FTS5
        return None
    if not isinstance(backend, SQLiteSearchBackend):
        return None
    try:
        compiler = backend.query_compiler_class(model.objects.all(), words, operator="and")
        config = compiler.get_config(backend)
        query = compiler.build_search_query(normalize(compiler.query), config=config)
        match = MatchExpression(compiler.FTS_TABLE_FIELDS, query)
        content_type = ContentType.objects.get_for_model(model).pk
        with transaction.atomic():
            rows = (
                SQLiteFTSIndexEntry.objects.filter(match)
                .values_list("index_entry__content_type_id", "index_entry__object_id")
                .iterator()
            )
            ids = []
            for row_type, object_id in rows:
                if row_type == content_type:
                    ids.append(int(object_id))
                    if len(ids) >= limit:
                        break
            return ids
    except (DatabaseError, AttributeError, TypeError, ValueError):
        logger.warning("SQLite search shortcut failed; using the backend search", exc_info=True)
        return None
