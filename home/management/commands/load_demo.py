from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

# Each app with demo content has a `demo` module with `load(stdout)`; the home app goes first.
DEMO_APPS = ["home", "kennisbank", "artists", "search"]


class Command(BaseCommand):
    help = "Load the demo culture house: users, pages in three languages and app content. Safe to run twice."

    # New translations get their own slug right after copying: no move that needs a redirect.
    # (Wagtail creates redirects in a task that runs after commit, so the override wraps it all.)
    @override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False)
    def handle(self, *args, **options):
        for app_label in DEMO_APPS:
            if not apps.is_installed(app_label) or not find_spec(f"{app_label}.demo"):
                continue
            self.stdout.write(f"Demo content: {app_label}")
            import_module(f"{app_label}.demo").load(self.stdout)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
