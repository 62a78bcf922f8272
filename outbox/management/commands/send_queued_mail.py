from django.core.management.base import BaseCommand

from outbox import delivery


class Command(BaseCommand):
    help = "Send every outgoing e-mail that is due now (the worker does this by itself)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--retry-failed", action="store_true", help="Give failed mails a new round first."
        )

    def handle(self, *args, retry_failed=False, **options):
        from outbox.models import Mail

        if retry_failed:
            delivery.retry(Mail.objects.failed())
        sent, failed = delivery.deliver_due()
        waiting = Mail.objects.waiting().count()
        self.stdout.write(f"sent {sent}, failed attempts {failed}, still waiting {waiting}")
