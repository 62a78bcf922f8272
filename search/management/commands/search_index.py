from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Build the search documents anew (the database engines search them at once), then, with "
        "SEARCH_BACKEND=elasticsearch, copy them into new Elasticsearch indexes and swap those "
        "in. Search keeps working on the old indexes until the swap."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="Build new indexes from the database and point the aliases at them (the default).",
        )
        parser.add_argument(
            "--replay",
            action="store_true",
            help="Apply the index updates that wait in the queue now (the worker does it too).",
        )

    def handle(self, *args, **options):
        from search import documents

        if options["replay"]:
            from search import queue

            queue.retry_now()
            applied, waiting = queue.apply_waiting()
            self.stdout.write(f"applied {applied}, still waiting {waiting}")
            return
        from search import index

        index.rebuild(log=self.stdout.write)
        if not index.elasticsearch_enabled():
            self.stdout.write(self.style.SUCCESS("Search documents are ready."))
            return
        try:
            documents.rebuild(log=self.stdout.write)
        except documents.SEARCH_ERRORS as error:
            raise CommandError(
                f"Elasticsearch is not reachable or refused the index: {error}"
            ) from error
        self.stdout.write(self.style.SUCCESS("Site search indexes are ready."))
