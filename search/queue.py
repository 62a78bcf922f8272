"""A durable queue of search-index updates for Elasticsearch (issue: nothing lost in an outage).

Signal handlers `record` what changed (a maker's translation key, a page id, a Wagtail-indexed
object) in the transaction of the change. `apply_waiting` runs in the background worker: it
reads the current state from the database and writes it to the index, oldest first. When
Elasticsearch is down or slow it stops at the first failure, keeps every row, and tries again
later (5 s, 10 s, ... at most every minute); rows are never dropped. Updates for the same thing are
applied once: the index takes the state as it is now, so the last change wins.
"""

import logging
from datetime import timedelta

from django.apps import apps
from django.db import transaction
from django.db.models import Min
from django.utils import timezone

from .models import IndexUpdate

logger = logging.getLogger(__name__)

RETRY_BASE, RETRY_MAX, BATCH = 5, 60, 500


def record(target, kind, key, model=""):
    IndexUpdate.objects.create(target=target, kind=kind, key=str(key), model=model)
    schedule_after_commit()


def schedule_after_commit():
    from core.background import nudge

    from .tasks import apply_index_updates

    transaction.on_commit(lambda: nudge(apply_index_updates), robust=True)


def schedule_retry(run_after):
    from core.background import nudge

    from .tasks import apply_index_updates

    nudge(apply_index_updates, run_after)


def apply_site(update):
    from wagtail.models import Page

    from . import documents

    if update.kind == "maker":
        documents.update_maker(update.key)
    elif update.kind == "page":
        page = Page.objects.filter(pk=update.key).specific().first()
        if page is None:
            documents.remove_page(int(update.key))
        else:
            documents.update_page(page)
    elif update.kind == "page-removed":
        documents.remove_page(int(update.key))


def apply_wagtail(update):
    from modelsearch.index import get_indexed_instance
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    if not hasattr(backend, "apply_add"):
        return  # not the queued Elasticsearch backend (settings changed since it was recorded)
    model = apps.get_model(update.model)
    obj = model._default_manager.filter(pk=update.key).first()
    indexed = get_indexed_instance(obj) if obj is not None else None
    if indexed is not None:
        backend.apply_add(indexed)
    else:
        backend.apply_delete(model(pk=obj.pk if obj else update.key))


APPLY = {IndexUpdate.SITE: apply_site, IndexUpdate.WAGTAIL: apply_wagtail}


def apply_waiting():
    """Apply what is due, oldest first; stop at the first failure. Returns (applied, waiting)."""
    now = timezone.now()
    rows = list(IndexUpdate.objects.waiting().filter(next_attempt_at__lte=now)[:BATCH])
    applied = 0
    seen = set()
    for row in rows:
        identity = (row.target, row.kind, row.model, row.key)
        if identity in seen:
            continue
        seen.add(identity)
        same = IndexUpdate.objects.waiting().filter(
            target=row.target, kind=row.kind, model=row.model, key=row.key, pk__lte=rows[-1].pk
        )
        try:
            APPLY[row.target](row)
        except Exception as error:  # noqa: BLE001 - the index is away; keep everything for later
            logger.warning("Search index update %s waits: %s", row.pk, error)
            failed = IndexUpdate.objects.waiting()
            attempts = row.attempts + 1
            delay = timedelta(seconds=min(RETRY_BASE * 2 ** (attempts - 1), RETRY_MAX))
            failed.filter(pk=row.pk).update(attempts=attempts)
            failed.update(
                next_attempt_at=timezone.now() + delay,
                last_error=f"{type(error).__name__}: {error}"[:2000],
            )
            break
        applied += same.update(done_at=timezone.now(), last_error="")
    waiting = IndexUpdate.objects.waiting()
    upcoming = waiting.aggregate(at=Min("next_attempt_at"))["at"]
    if upcoming is not None:
        schedule_retry(max(upcoming, timezone.now() + timedelta(seconds=1)))
    return applied, waiting.count()


def retry_now():
    """An editor's "try again": every waiting update is due now."""
    count = IndexUpdate.objects.waiting().update(next_attempt_at=timezone.now())
    if count:
        from core.background import nudge

        from .tasks import apply_index_updates

        nudge(apply_index_updates)
    return count
