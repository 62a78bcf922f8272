"""Enqueue background tasks (django-tasks) without piling up copies of the same one.

Our durable work (the mail outbox, the search-index queue) keeps its state in its own rows; a
task is only the nudge that says "look at the rows now". One waiting retry is enough, so
`nudge` skips a deferred one when the database backend already holds a copy that runs no later.
"""

from django.utils import timezone


def _waiting_copy(task, run_after):
    backend = task.get_backend()
    if type(backend).__module__.split(".")[0] != "django_tasks_db":
        return False
    from django.db.models import Q
    from django_tasks_db.models import DBTaskResult, get_date_max

    waiting = DBTaskResult.objects.filter(task_path=task.module_path, backend_name=backend.alias)
    # A task enqueued without run_after is stored with the largest date: it runs at once.
    soon = Q(run_after__lte=run_after) | Q(run_after=get_date_max())
    return waiting.filter(soon, status="READY").exists()


def nudge(task, run_after=None):
    """Enqueue `task` (no arguments) now, or at `run_after` where the backend can defer."""
    if run_after is not None and run_after <= timezone.now():
        run_after = None
    if run_after is not None and not task.get_backend().supports_defer:
        return None  # an immediate backend (tests): the next nudge or a command picks it up
    # A nudge for now is always sent: a waiting copy may already be reading the rows, before
    # the caller's transaction commits. Only deferred retries are de-duplicated.
    if run_after is not None and _waiting_copy(task, run_after):
        return None
    return (task.using(run_after=run_after) if run_after else task).enqueue()
