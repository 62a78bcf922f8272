"""List live pages (and other content) that are harder than B1, per locale.

Pages: every live page. Other content: every model with a `plain_language_text()` method (see
plainlanguage/extract.py), limited to live rows when the model has a `live` field.
"""

import json

from django.apps import apps
from django.core.management.base import BaseCommand
from wagtail.models import Page

from plainlanguage.analysis import LANGUAGES
from plainlanguage.extract import PROTOCOL_METHOD, readable_text
from plainlanguage.terms import analyse_with_editor_terms


def protocol_models():
    """Non-page models that say what their readable text is."""
    return [
        model
        for model in apps.get_models()
        if callable(getattr(model, PROTOCOL_METHOD, None)) and not issubclass(model, Page)
    ]


def content_in(locale):
    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    if locale:
        pages = pages.filter(locale__language_code=locale)
    for page in pages:
        yield "page", page, page.locale.language_code, page.url_path
    for model in protocol_models():
        rows = model._default_manager.all()
        field_names = {field.name for field in model._meta.get_fields()}
        if "live" in field_names:
            rows = rows.filter(live=True)
        if "locale" in field_names:
            rows = rows.select_related("locale")
            if locale:
                rows = rows.filter(locale__language_code=locale)
        for row in rows:
            language = row.locale.language_code if "locale" in field_names else "nl"
            yield model._meta.label, row, language, str(row)


class Command(BaseCommand):
    help = "List live pages and other content that are harder than B1, per locale."

    def add_arguments(self, parser):
        parser.add_argument("--locale", choices=LANGUAGES, help="only this language")
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--all", action="store_true", help="also list content that passes")

    def handle(self, *args, **options):
        results = []
        for kind, obj, language, label in content_in(options["locale"]):
            text = readable_text(obj)
            if not text.strip():
                continue
            analysis = analyse_with_editor_terms(text, language if language in LANGUAGES else "nl")
            results.append(
                {
                    "type": kind,
                    "id": obj.pk,
                    "locale": language,
                    "title": label,
                    "verdict": analysis.verdict,
                    "score": analysis.score,
                    "issues": analysis.metrics["issue_counts"],
                }
            )
        shown = [row for row in results if options["all"] or row["verdict"] != "b1"]
        if options["json"]:
            self.stdout.write(json.dumps(shown, ensure_ascii=False, indent=2))
            return
        for locale in sorted({row["locale"] for row in results}):
            rows = [row for row in shown if row["locale"] == locale]
            total = sum(1 for row in results if row["locale"] == locale)
            failing = sum(
                1 for row in results if row["locale"] == locale and row["verdict"] != "b1"
            )
            self.stdout.write(
                self.style.MIGRATE_HEADING(f"{locale}: {failing} of {total} harder than B1")
            )
            for row in rows:
                counts = ", ".join(f"{kind} {n}" for kind, n in row["issues"].items() if n)
                self.stdout.write(
                    f"  {row['verdict']:<7} {row['score']:>5}  {row['type']:<22} {row['title']}  ({counts})"
                )
