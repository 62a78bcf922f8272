from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Helpers that several apps need, in one place. Imports no feature app."""

    name = "core"

    def ready(self):
        from . import exports

        exports.patch()  # every admin CSV export is formula-safe (see core/exports.py)
