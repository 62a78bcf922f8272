from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArtistsConfig(AppConfig):
    name = "artists"
    verbose_name = _("Makers")

    def ready(self):
        # Before any admin view asks the registry, or Wagtail falls back to a per-model policy.
        from .permissions import register

        register()

        from . import search

        search.connect()

        from django.core.cache import cache
        from django.db.models.signals import post_delete, post_save

        from .models import Discipline

        def forget_discipline_names(**kwargs):
            cache.delete(Discipline.NAMES_CACHE_KEY)

        post_save.connect(forget_discipline_names, sender=Discipline, weak=False)
        post_delete.connect(forget_discipline_names, sender=Discipline, weak=False)
