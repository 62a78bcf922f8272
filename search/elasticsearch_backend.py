"""Wagtail's Elasticsearch 8 backend, with single-object index writes going through our queue.

Wagtail (modelsearch) calls `add`/`delete` on every save and delete, catches Elasticsearch's
errors and logs them: an update made while Elasticsearch is away is lost. Here they are
recorded (search/queue.py) in the transaction of the change and applied by the worker, which
retries until Elasticsearch is back. Bulk indexing (`update_index`) still writes directly.
Use it as `"BACKEND": "search.elasticsearch_backend"`.
"""

from elasticsearch import NotFoundError
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend


def _label(obj):
    return obj._meta.label_lower


class QueuedElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
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
