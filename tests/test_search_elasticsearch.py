"""Site search on a real Elasticsearch 8: per-language indexes, facets, fuzzy matching, the
completion suggester, index upkeep, alias swaps and the fallback when Elasticsearch fails."""

import contextlib
import re
import socket
import threading
import uuid
from urllib.parse import urlparse

import pytest
from django.core.cache import cache
from django.core.management import call_command
from elasticsearch import Elasticsearch

from artists.models import Maker
from search import documents
from search.models import SearchSynonym
from tests.helpers import demo_page
from tests.services import elasticsearch_url, reachable, unavailable

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


def es_settings(settings, url, prefix, timeout=5):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.SEARCH_ELASTICSEARCH = {
        "URLS": [url],
        "INDEX_PREFIX": prefix,
        "TIMEOUT": timeout,
        "RETRY_AFTER": 30,
    }


@pytest.fixture
def es_search(settings):
    """The site search on Elasticsearch, with its indexes on a throwaway prefix."""
    url = elasticsearch_url()
    if not url or not reachable(url, 9200):
        unavailable("Elasticsearch is not reachable (set ELASTICSEARCH_URL)")
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    es_settings(settings, url, prefix)
    cache.clear()
    documents.rebuild(log=lambda line: None)
    yield url
    # Tests may point the settings at a dead server; clean up on the real one.
    Elasticsearch([url]).indices.delete(index=f"{prefix}site_*", ignore_unavailable=True)
    cache.clear()


def refresh():
    """Make index writes visible now (Elasticsearch refreshes every second on its own)."""
    documents.client().indices.refresh(index=documents.config()["INDEX_PREFIX"] + "site_*")


def titles(response):
    return re.findall(r'search-hit__title"><a href="[^"]*">([^<]+)', response.content.decode())


def search(client, url="/nl/zoeken/", **params):
    response = client.get(url, params)
    assert response.status_code == 200
    body = response.content.decode()
    assert "less complete" not in body and "minder volledig" not in body, (
        "fell back to the database"
    )
    return response


def test_rebuild_puts_an_alias_on_one_versioned_index_per_language(es_search):
    es = documents.client()
    for language in ("nl", "en", "de"):
        alias = documents.alias_name(language)
        indexes = list(es.indices.get_alias(name=alias))
        assert len(indexes) == 1 and indexes[0].startswith(alias + "_")
    old = list(es.indices.get_alias(name=documents.alias_name("nl")))[0]
    call_command("search_index", "--rebuild", stdout=__import__("io").StringIO())
    new = list(es.indices.get_alias(name=documents.alias_name("nl")))
    assert new != [old]
    assert not es.indices.exists(index=old), "the old index is removed after the swap"


def test_dutch_stemming_and_facet_counts_from_aggregations(es_search, client):
    response = search(client, q="koren", type="maker")
    found = titles(response)
    assert "Gemengd Koor Cantabile" in found
    body = response.content.decode()
    assert "discipline=koor" in body
    assert "<mark>" in body


def test_english_index_uses_english_and_dutch_fallback(es_search, client):
    found = titles(search(client, "/en/search/", q="choirs", type="maker"))
    assert "Gemengd Koor Cantabile" in found
    body = search(client, "/en/search/", q="Cantabile").content.decode()
    assert "/en/makers/gemengd-koor-cantabile/" in body


def test_typos_are_forgiven(es_search, client):
    assert "Toneelvereniging Het Doek" in titles(search(client, q="toneelvereneging"))
    assert "Jazzcollectief Blauwe Noot" in titles(
        search(client, q="jaz", type="maker")
    ) or "Big Band Zuid" in titles(search(client, q="jaz", type="maker"))


def test_theme_and_city_filters(es_search, client):
    found = titles(search(client, q="koor", discipline="koor", city="Heerlen"))
    assert found == ["Gemengd Koor Cantabile"]
    assert titles(search(client, q="vrijwilligers", theme="geld-en-subsidie"))


def test_kind_and_offer_facets_from_aggregations(es_search, client):
    from tests.test_search import check_maker_facets

    check_maker_facets(client)


def test_synonyms_from_editors(es_search, client):
    assert "Fotoclub Sluitertijd" not in titles(search(client, q="kiekjes", type="maker"))
    SearchSynonym.objects.create(terms="kiekjes, fotografie")
    assert "Fotoclub Sluitertijd" in titles(search(client, q="kiekjes", type="maker"))


def test_a_part_of_a_compound_finds_the_whole(
    es_search, client, django_capture_on_commit_callbacks
):
    from tests.factories_artists import MakerFactory

    assert "Vrouwenensemble Klankrijk" not in titles(search(client, q="ensemble"))
    with django_capture_on_commit_callbacks(execute=True):
        MakerFactory(name="Vrouwenensemble Klankrijk", intro="Wij zingen oude liederen.")
    refresh()
    assert "Vrouwenensemble Klankrijk" in titles(search(client, q="ensemble"))


@pytest.mark.parametrize("query", ["foto's", '"koor', "koor'", "'", "AND OR", "(", "*", "~", "/"])
def test_quotes_and_operators_never_fail(es_search, client, query):
    search(client, q=query)
    assert client.get("/nl/zoeken/suggest/", {"q": query}).status_code == 200


def test_completion_suggester_folds_accents(es_search, client):
    labels = [
        s["label"] for s in client.get("/de/suche/suggest/", {"q": "Übe"}).json()["suggestions"]
    ]
    assert "Über uns" in labels
    labels = [
        s["label"] for s in client.get("/nl/zoeken/suggest/", {"q": "cantab"}).json()["suggestions"]
    ]
    assert "Gemengd Koor Cantabile" in labels


def test_publish_unpublish_and_delete_keep_the_index_right(
    es_search, client, django_capture_on_commit_callbacks
):
    # A maker without translations: on /en/ its Dutch version is the fallback.
    translated = Maker.objects.exclude(locale__language_code="nl").values("translation_key")
    maker = (
        Maker.objects.filter(live=True, locale__language_code="nl")
        .exclude(translation_key__in=translated)
        .get(name="Fotoclub Sluitertijd")
    )
    with django_capture_on_commit_callbacks(execute=True):
        maker.unpublish()
    refresh()
    assert "Fotoclub Sluitertijd" not in titles(search(client, q="Sluitertijd"))

    # A draft is never indexed: the new name is only in a revision.
    maker.refresh_from_db()
    maker.name = "Zangclub Geheimzinnig"
    with django_capture_on_commit_callbacks(execute=True):
        maker.save_revision()
    refresh()
    assert not titles(search(client, q="Geheimzinnig"))

    with django_capture_on_commit_callbacks(execute=True):
        maker.save_revision().publish()
    refresh()
    assert "Zangclub Geheimzinnig" in titles(search(client, q="Geheimzinnig"))
    assert "Zangclub Geheimzinnig" in titles(search(client, "/en/search/", q="Geheimzinnig"))

    with django_capture_on_commit_callbacks(execute=True):
        Maker.objects.filter(translation_key=maker.translation_key).delete()
    refresh()
    assert not titles(search(client, q="Geheimzinnig"))
    assert not titles(search(client, "/en/search/", q="Geheimzinnig"))


def test_page_unpublish_removes_it(es_search, client, django_capture_on_commit_callbacks):
    page = demo_page("repetitieruimte")
    assert "Repetitieruimte huren" in titles(search(client, q="repetitieruimte"))
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    refresh()
    assert "Repetitieruimte huren" not in titles(search(client, q="repetitieruimte"))
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    refresh()
    assert "Repetitieruimte huren" in titles(search(client, q="repetitieruimte"))


# --- faults ------------------------------------------------------------------------------------


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def assert_fell_back(response, expected_title):
    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="notice search-notice"' in body
    assert expected_title in titles(response)


def test_elasticsearch_down_falls_back_to_the_database(es_search, settings, client):
    es_settings(settings, f"http://127.0.0.1:{closed_port()}", "nowhere_")
    cache.clear()
    assert_fell_back(client.get("/nl/zoeken/", {"q": "Cantabile"}), "Gemengd Koor Cantabile")
    # Suggestions fall back too, and the next request does not wait for the dead server again.
    assert client.get("/nl/zoeken/suggest/", {"q": "Cantab"}).status_code == 200
    assert not documents.available()


class SilentServer:
    """Accepts connections and never answers: a hung Elasticsearch."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]

    def close(self):
        self.sock.close()


def test_slow_elasticsearch_times_out_and_falls_back(es_search, settings, client):
    silent = SilentServer()
    try:
        es_settings(settings, f"http://127.0.0.1:{silent.port}", "slow_", timeout=0.5)
        cache.clear()
        assert_fell_back(client.get("/nl/zoeken/", {"q": "Cantabile"}), "Gemengd Koor Cantabile")
    finally:
        silent.close()


class StoppableProxy:
    """A TCP proxy in front of the shared Elasticsearch that the test can stop, so we can stop
    "the server" mid-test without stopping the node other engineers use."""

    def __init__(self, target):
        parsed = urlparse(target)
        self.target = (parsed.hostname, parsed.port or 9200)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while self.running:
            try:
                client_sock, _addr = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.connections += [client_sock, upstream]
            for a, b in ((client_sock, upstream), (upstream, client_sock)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def stop(self):
        self.running = False
        # shutdown() wakes the thread blocked in accept(); close() alone would leave the
        # listening socket alive on Linux until that accept() returns.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for conn in self.connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()


def test_elasticsearch_stopping_mid_test_falls_back(es_search, settings, client):
    proxy = StoppableProxy(es_search)
    try:
        es_settings(
            settings,
            f"http://127.0.0.1:{proxy.port}",
            settings.SEARCH_ELASTICSEARCH["INDEX_PREFIX"],
        )
        search(client, q="Cantabile")  # answered by Elasticsearch through the proxy
        proxy.stop()
        assert_fell_back(client.get("/nl/zoeken/", {"q": "Cantabile"}), "Gemengd Koor Cantabile")
    finally:
        proxy.stop()


def test_missing_index_falls_back(es_search, client):
    documents.delete_all()
    assert_fell_back(client.get("/nl/zoeken/", {"q": "Cantabile"}), "Gemengd Koor Cantabile")


def test_publishing_works_while_elasticsearch_is_down(
    es_search, settings, django_capture_on_commit_callbacks
):
    es_settings(settings, f"http://127.0.0.1:{closed_port()}", "nowhere_", timeout=0.5)
    maker = Maker.objects.get(name="Gemengd Koor Cantabile", locale__language_code="nl")
    with django_capture_on_commit_callbacks(execute=True):
        maker.save_revision().publish()  # must not raise
