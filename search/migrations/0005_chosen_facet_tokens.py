"""Facet tokens for the values owners chose ("zxcityzxheerlen"), which filters on the site
search require inside the engine. Written from the stored facets; Elasticsearch gets them
with the next `manage.py search_index --rebuild`."""

import re
import unicodedata

from django.db import migrations


def _clean(text):
    # A frozen copy of search.analysis.fold + facet_token's cleaning, so later changes there
    # cannot change what this migration writes.
    text = unicodedata.normalize("NFKD", str(text).lower())
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)))


def tokens(facets):
    out = [f"zz{_clean(f)}zz{_clean(v)}" for f, values in facets.items() for v in values]
    out += [
        f"zx{_clean(f)}zx{_clean(v)}"
        for f, values in facets.items()
        for v, weight in values.items()
        if weight >= 1.0
    ]
    return " ".join(out)


def forwards(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    last = 0
    while True:
        chunk = list(SearchDocument.objects.filter(pk__gt=last).order_by("pk")[:2000])
        if not chunk:
            return
        for row in chunk:
            row.facet_terms = tokens(row.facets or {})
        SearchDocument.objects.bulk_update(chunk, ["facet_terms"])
        last = chunk[-1].pk


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_documents_and_regions")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
