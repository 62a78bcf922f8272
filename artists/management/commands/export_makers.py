import io

from django.core.management.base import BaseCommand

from artists import importer


class Command(BaseCommand):
    help = "Export the Dutch makers in the import format (CSV or JSON), to a file or stdout."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="Output file; stdout when left out")
        parser.add_argument(
            "--format", choices=["csv", "json"], help="Default: from the file name, else csv"
        )

    def handle(self, *args, path=None, format=None, **options):
        fmt = importer.file_format(path or "", format)
        makers = importer.export_queryset()
        if path:
            with open(path, "w", encoding="utf-8", newline="") as stream:
                count = importer.write_export(stream, fmt, makers)
            self.stderr.write(f"{count} makers written to {path}.")
        else:
            buffer = io.StringIO()
            importer.write_export(buffer, fmt, makers)
            self.stdout.write(buffer.getvalue(), ending="")
