from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Helpers that several apps need, in one place. Imports no feature app."""

    name = "core"
