from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArtistsConfig(AppConfig):
    name = "artists"
    verbose_name = _("Makers")

    def ready(self):
        # Before any admin view asks the registry, or Wagtail falls back to a per-model policy.
        from .permissions import register

        register()
