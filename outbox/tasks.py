"""Background tasks of the outbox, run by `manage.py db_worker` (django-tasks-db)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from . import delivery


@task(backend=getattr(settings, "BACKGROUND_TASK_BACKEND", "default"))
def deliver_mail():
    """Send every due mail; if some must wait for a retry, come back when the first is due."""
    try:
        sent, failed = delivery.deliver_due()
    finally:
        # Even after a crash: the mails that wait need a next run.
        upcoming = delivery.next_attempt()
        if upcoming is not None:
            # Never sooner than 5 s: a mail another worker holds must not make this one spin.
            delivery.schedule(run_after=max(upcoming, timezone.now() + timedelta(seconds=5)))
    return {"sent": sent, "failed": failed}
