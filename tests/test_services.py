"""The production path: real PostgreSQL and a real Elasticsearch 8 behind Wagtail's search."""

import io
import uuid

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from home.models import HomePage, StandardPage
from tests.services import elasticsearch_url, reachable, unavailable

pytestmark = pytest.mark.django_db


@pytest.mark.postgres
def test_demo_site_runs_on_postgresql(postgres, client):
    assert postgres.vendor == "postgresql"
    assert client.get("/nl/over-ons/").status_code == 200
    assert HomePage.objects.count() == 3


@pytest.mark.postgres
def test_database_search_uses_postgres_full_text(postgres):
    results = (
        StandardPage.objects.live()
        .filter(locale=Locale.objects.get(language_code="nl"))
        .search("repetitieruimte")
    )
    assert "repetitieruimte" in [page.slug for page in results]


@pytest.fixture
def elasticsearch(settings):
    """Wagtail's elasticsearch8 backend on a throwaway index prefix, filled by update_index."""
    url = elasticsearch_url()
    if not url or not reachable(url, 9200):
        unavailable("Elasticsearch is not reachable (set ELASTICSEARCH_URL)")
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "es_test": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 10,
        },
    }
    call_command("update_index", backend_name="es_test", stdout=io.StringIO())
    backend = get_search_backend("es_test")
    yield backend
    backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


@pytest.mark.elasticsearch
def test_elasticsearch_finds_live_pages_per_language(elasticsearch):
    dutch = StandardPage.objects.live().filter(locale=Locale.objects.get(language_code="nl"))
    results = list(elasticsearch.search("repetitieruimte", dutch))
    assert "repetitieruimte" in [page.slug for page in results]
    assert all(page.locale.language_code == "nl" for page in results)


@pytest.mark.elasticsearch
def test_elasticsearch_autocompletes_and_survives_quotes(elasticsearch):
    german = StandardPage.objects.live().filter(locale=Locale.objects.get(language_code="de"))
    assert [page.title for page in elasticsearch.autocomplete("Kon", german)] == ["Kontakt"]
    # Accents are folded when indexing, so "uber" finds "Über uns". (Typing "Übe" finds nothing
    # with Wagtail's default search analyzer; the search issue configures a folding one.)
    assert "Über uns" in [page.title for page in elasticsearch.autocomplete("uber", german)]
    # An apostrophe or quote in a query must not raise (wagtail#13004 on ES7).
    list(elasticsearch.search('foto\'s "koor"', german))


@pytest.mark.postgres
@pytest.mark.parametrize(
    "language, title, stored, query",
    [
        # Dutch stemming: "zingen" is stored as "zing", so "ik zing" finds it.
        ("nl", "Wij zingen graag", "zing", "zing"),
        # German stemming: "Übungen" is stored as "ubung", so "Übung" finds it.
        ("de", "Übungen für Chöre", "ubung", "Übung"),
        # English stemming: "singing" is stored as "sing".
        ("en", "Singing together", "sing", "sing"),
    ],
)
def test_postgres_indexes_each_language_with_its_own_configuration(
    postgres, language, title, stored, query
):
    from django.utils import translation
    from wagtail.search.models import IndexEntry

    page = StandardPage.objects.live().filter(locale__language_code=language).first()
    page.title = title
    backend = get_search_backend()
    backend.add(page)
    vectors = IndexEntry.objects.filter(object_id=str(page.pk)).values_list("title", flat=True)
    assert any(f"'{stored}'" in vector for vector in vectors), list(vectors)
    with translation.override(language):
        found = list(backend.search(query, StandardPage.objects.filter(pk=page.pk)))
    assert found == [page]


@pytest.mark.postgres
def test_postgres_indexing_costs_the_same_queries_for_5_or_45_makers(postgres):
    from django.test.utils import CaptureQueriesContext

    from artists.models import Maker

    backend = get_search_backend()
    objects = Maker.get_indexed_objects().order_by("pk")
    translated = list(objects.exclude(locale__language_code="nl"))
    makers = list(objects.filter(locale__language_code="nl")[:5]) + translated
    makers += list(objects.filter(locale__language_code="nl")[5 : 45 - len(makers)])
    assert len({m.locale_id for m in makers[5:]}) >= 2  # the extra makers bring languages

    def queries(objs):
        with CaptureQueriesContext(postgres) as captured:
            backend.add_bulk(Maker, objs)
        return len(captured.captured_queries)

    # At most one more INSERT per extra language; not a query per maker.
    assert queries(makers) <= queries(makers[:5]) + 2
