from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

# Modules with `load(stdout)`, in order: the site tree first; the search demo
# (home/search_demo.py) last, because it builds the search documents of everything before it.
DEMO_MODULES = ["home.demo", "kennisbank.demo", "artists.demo", "home.search_demo"]


class Command(BaseCommand):
    help = "Load the demo culture house: users, pages in three languages and app content. Safe to run twice."

    # New translations get their own slug right after copying: no move that needs a redirect.
    # (Wagtail creates redirects in a task that runs after commit, so the override wraps it all.)
    def add_arguments(self, parser):
        parser.add_argument(
            "--on-production",
            action="store_true",
            help="Load the demo on production settings anyway; the demo logins then get no "
            "password (set one with the password reset).",
        )

    @override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False)
    def handle(self, *args, on_production=False, **options):
        if not settings.DEMO_LOGINS_WITH_KNOWN_PASSWORDS and not on_production:
            raise CommandError(
                "These are production settings: the demo would add fictional content and "
                "logins. Use --on-production if you really want it (the logins get no password)."
            )
        for module in DEMO_MODULES:
            if not apps.is_installed(module.split(".")[0]) or not find_spec(module):
                continue
            self.stdout.write(f"Demo content: {module}")
            import_module(module).load(self.stdout)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
