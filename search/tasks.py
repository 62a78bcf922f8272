"""Background tasks of the search app, run by `manage.py db_worker --backend background`.

The task itself is defined in queue.py; this path stays for tasks queued under it before.
"""

from .queue import apply_index_updates

__all__ = ["apply_index_updates"]
