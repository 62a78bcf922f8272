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

from django.conf import settings
from django.db import transaction
from django.db.models import Min
from django.utils import timezone
from django_tasks import task

from core.background import nudge

from .models import IndexUpdate

logger = logging.getLogger(__name__)

RETRY_BASE, RETRY_MAX, BATCH = 5, 60, 500


def record(target, kind, key, model=""):
    IndexUpdate.objects.create(target=target, kind=kind, key=str(key), model=model)
    schedule_after_commit()


def schedule_after_commit():
    transaction.on_commit(lambda: nudge(apply_index_updates), robust=True)


def schedule_retry(run_after):
    """A later run, where the task backend can defer (the database backend)."""
    nudge(apply_index_updates, run_after)


# The background task lives here, beside what it runs, so the queue and its task do not
# import each other; search.tasks keeps the old path for tasks queued before.
@task(backend=getattr(settings, "BACKGROUND_TASK_BACKEND", "default"))
def apply_index_updates():
    applied, waiting = apply_waiting()
    return {"applied": applied, "waiting": waiting}


def apply_site(update):
    """Copy the current documents of what changed into Elasticsearch. Rows recorded before the
    search service (kinds "page" and "page-removed" for any page) apply to every page kind."""
    from . import documents
    from .registry import page_kinds

    kinds = page_kinds() if update.kind in ("page", "page-removed") else [update.kind]
    for kind in kinds:
        documents.apply(kind, update.key)


def apply_wagtail(update):
    """Rows from the time Wagtail's own backend was on Elasticsearch: nothing to do any more."""


APPLY = {IndexUpdate.SITE: apply_site, IndexUpdate.WAGTAIL: apply_wagtail}


LOCK_KEY, LOCK_SECONDS, ROW_ATTEMPTS = "search:index-queue-lock", 300, 5


def backoff(attempts):
    return timedelta(seconds=min(RETRY_BASE * 2 ** max(attempts - 1, 0), RETRY_MAX))


def apply_waiting():
    """Apply what is due, oldest first. Returns (applied, waiting).

    One run at a time (a lock in the shared cache), so an older state never overwrites a newer
    one. An outage (connection, timeout, 5xx) stops the run and moves every waiting row back; an
    update that Elasticsearch refuses by itself is retried a few times, then marked failed for
    an editor to see, and the others go on.
    """
    from django.core.cache import cache

    from . import documents

    if not cache.add(LOCK_KEY, True, LOCK_SECONDS):
        schedule_retry(timezone.now() + timedelta(seconds=5))  # after the run that holds it
        return 0, IndexUpdate.objects.waiting().count()
    try:
        return _apply_batch(documents)
    finally:
        cache.delete(LOCK_KEY)
        upcoming = IndexUpdate.objects.waiting().aggregate(at=Min("next_attempt_at"))["at"]
        if upcoming is not None:
            schedule_retry(max(upcoming, timezone.now() + timedelta(seconds=1)))


def _apply_batch(documents):
    rows = list(IndexUpdate.objects.waiting().filter(next_attempt_at__lte=timezone.now())[:BATCH])
    groups = {}
    for row in rows:  # the same thing changed several times: one write of its state now
        groups.setdefault((row.target, row.kind, row.model, row.key), []).append(row)
    applied = 0
    for group in groups.values():
        first = group[0]
        pks = [row.pk for row in group]
        try:
            APPLY[first.target](first)
        except Exception as error:  # noqa: BLE001 - whatever it is, the rows are kept
            message = f"{type(error).__name__}: {error}"[:2000]
            attempts = first.attempts + 1
            if documents.is_outage(error):
                logger.warning("Search index updates wait for Elasticsearch: %s", error)
                IndexUpdate.objects.filter(pk=first.pk).update(attempts=attempts)
                IndexUpdate.objects.waiting().update(
                    next_attempt_at=timezone.now() + backoff(attempts), last_error=message
                )
                break
            logger.warning("Search index update %s refused: %s", first.pk, message)
            IndexUpdate.objects.filter(pk__in=pks).update(
                attempts=attempts,
                last_error=message,
                next_attempt_at=timezone.now() + backoff(attempts),
                gave_up=attempts >= ROW_ATTEMPTS,
            )
            continue
        # Only the rows read above: one committed meanwhile was not seen, and waits its turn.
        applied += IndexUpdate.objects.filter(pk__in=pks).update(
            done_at=timezone.now(), last_error=""
        )
    return applied, IndexUpdate.objects.waiting().count()


def retry_now():
    """An editor's "try again": every waiting update is due now."""
    count = IndexUpdate.objects.filter(done_at__isnull=True).update(
        next_attempt_at=timezone.now(), gave_up=False
    )
    if count:
        nudge(apply_index_updates)
    return count
