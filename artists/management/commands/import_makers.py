from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from artists import importer


class Command(BaseCommand):
    help = (
        "Import makers from a CSV or JSON file (schema: artists/README.md). Every row is checked "
        "first; nothing is imported unless all rows are valid or --skip-invalid is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="A .csv or .json file")
        parser.add_argument("--format", choices=["csv", "json"], help="Default: from the file name")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Import the valid rows, skip the rest"
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish imported makers (default: drafts)"
        )
        parser.add_argument("--dry-run", action="store_true", help="Only check the file")

    def handle(
        self, *args, path, format=None, skip_invalid=False, publish=False, dry_run=False, **options
    ):
        file_path = Path(path)
        if not file_path.is_file():
            raise CommandError(f"{path}: no such file")
        fmt = importer.file_format(file_path, format)
        try:
            with file_path.open(encoding="utf-8-sig", newline="") as stream:
                rows = importer.read_rows(stream, fmt)
        except (importer.ImportFileError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: {error}") from error

        importer.validate(rows)
        bad = [row for row in rows if row.errors]
        where = "record" if fmt == "json" else "line"
        for row in bad:
            for error in row.errors:
                self.stderr.write(f"{path}, {where} {row.line}: {error}")
        self.stdout.write(f"{len(rows)} rows checked, {len(bad)} with errors.")
        if bad and not skip_invalid:
            raise CommandError("Nothing was imported. Fix the rows above, or use --skip-invalid.")
        if dry_run:
            self.stdout.write("Dry run: nothing was imported.")
            return
        counts = importer.apply(rows, publish=publish)
        state = "published" if publish else "saved as drafts"
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['created']} created, {counts['updated']} updated ({state}), "
                f"{counts['unchanged']} unchanged, {len(bad)} skipped."
            )
        )
