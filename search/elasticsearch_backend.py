"""Wagtail's Elasticsearch 8 backend, made to survive Elasticsearch being down or hung.

- **Writes**: Wagtail (modelsearch) calls `add`/`delete` on every save and delete, catches
  Elasticsearch's errors and logs them, so an update made during an outage is lost. Here they
  are recorded (search/queue.py) in the transaction of the change and applied by the worker,
  which retries until Elasticsearch is back. Bulk indexing (`update_index`) writes directly.
- **Reads**: every `search()`/`autocomplete()` (makers directory, open-data API, kennisbank,
  admin listings and choosers) that fails on Elasticsearch is answered by the "database"
  backend that is kept up to date beside it, and Elasticsearch is skipped for RETRY_AFTER
  seconds, as the site search does (engine.py). One place, so no caller can forget it.

Use it as `"BACKEND": "search.elasticsearch_backend"`.
"""

import logging

from elasticsearch import NotFoundError
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)

logger = logging.getLogger(__name__)

DATABASE = "database"


def _label(obj):
    return obj._meta.label_lower


class FallbackSearchResults(Elasticsearch8SearchResults):
    """Elasticsearch results that turn into the database backend's results when it fails."""

    def _database_results(self):
        database = get_search_backend(DATABASE)
        compiler = self.query_compiler
        search = (
            database.autocomplete
            if isinstance(compiler, Elasticsearch8AutocompleteQueryCompiler)
            else database.search
        )
        results = search(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        results._set_limits(self.start, self.stop)
        return results

    def _either(self, on_elasticsearch, on_database):
        from . import documents

        if documents.available():
            try:
                return on_elasticsearch()
            except documents.SEARCH_ERRORS as error:
                logger.warning("Elasticsearch failed; the database answers", exc_info=True)
                if documents.is_outage(error):  # not for a query it refused (e.g. a 400)
                    documents.mark_unavailable()
        return on_database(self._database_results())

    def _do_search(self):
        # Elasticsearch's _do_search is a generator: it fails while being read, so read it here.
        return self._either(lambda: list(super(FallbackSearchResults, self)._do_search()), list)

    def _do_count(self):
        return self._either(super()._do_count, lambda db: db.count())

    def facet(self, field_name):
        return self._either(
            lambda: super(FallbackSearchResults, self).facet(field_name),
            lambda db: db.facet(field_name),
        )


class QueuedElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    results_class = FallbackSearchResults

    def add(self, obj):
        from .models import IndexUpdate
        from .queue import record

        record(IndexUpdate.WAGTAIL, "object", obj.pk, model=_label(obj))

    def delete(self, obj):
        self.add(obj)  # the worker looks the object up: gone (or no longer indexed) = delete

    def apply_add(self, obj):
        super().add(obj)

    def apply_delete(self, obj):
        try:
            super().delete(obj)
        except NotFoundError:
            pass  # never indexed, or removed already


SearchBackend = QueuedElasticsearch8SearchBackend
