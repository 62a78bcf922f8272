from django.core.management.base import BaseCommand

from accounts.notifications import retry_unsent


class Command(BaseCommand):
    help = "Send the e-mail notifications that could not be sent before (run it from cron)."

    def add_arguments(self, parser):
        parser.add_argument("--max-attempts", type=int, default=10)

    def handle(self, *args, **options):
        sent = retry_unsent(max_attempts=options["max_attempts"])
        self.stdout.write(f"{sent} notification(s) sent.")
