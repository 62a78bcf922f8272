"""Background tasks of the search app, run by `manage.py db_worker --backend background`."""

from django.conf import settings
from django_tasks import task

from . import queue


@task(backend=getattr(settings, "BACKGROUND_TASK_BACKEND", "default"))
def apply_index_updates():
    applied, waiting = queue.apply_waiting()
    return {"applied": applied, "waiting": waiting}
