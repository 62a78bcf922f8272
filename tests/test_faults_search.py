"""Elasticsearch faults on a real server: down (a closed port) or hung (a socket that never
answers) while makers and pages change. Index updates wait in the queue, nothing is lost, and
once Elasticsearch is back the replay brings the index in line; every page that searches
(directory, API, kennisbank, site search) answers from the database meanwhile."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from artists.models import Maker
from search.models import IndexUpdate
from search.queue import apply_waiting
from tests.helpers import demo_page
from tests.smtp import closed_port
from tests.test_search_elasticsearch import (
    SilentServer,
    es_search,  # noqa: F401  (fixture)
    es_settings,
    refresh,
    search,
    titles,
)

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


@pytest.fixture
def queued_tasks(settings):
    """Tasks kept in the database as in production: a request never runs an index update."""
    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }


def change_everything(django_capture_on_commit_callbacks):
    """Publish a new name, unpublish a maker and a page, put a password on another page."""
    renamed = Maker.objects.get(name="Fotoclub Sluitertijd", locale__language_code="nl")
    renamed.name = "Fotoclub Tijdens De Storing"
    gone = Maker.objects.get(name="Gemengd Koor Cantabile", locale__language_code="nl")
    with django_capture_on_commit_callbacks(execute=True):
        renamed.save_revision().publish()
        gone.unpublish()
        demo_page("repetitieruimte").unpublish()
        PageViewRestriction.objects.create(
            page=demo_page("subsidie-aanvragen"),
            restriction_type="password",
            password="geheim",  # noqa: S106
        )


def point_back(settings, url):
    es_settings(settings, url, settings.SEARCH_ELASTICSEARCH["INDEX_PREFIX"])
    cache.clear()


@pytest.mark.parametrize("fault", ["down", "hung"])
def test_index_updates_wait_for_elasticsearch_and_are_replayed(
    es_search,  # noqa: F811
    settings,
    client,
    queued_tasks,
    django_capture_on_commit_callbacks,
    fault,
):
    real = es_search
    assert "Gemengd Koor Cantabile" in titles(search(client, q="Cantabile"))
    assert "Subsidie aanvragen voor je groep" in titles(search(client, q="subsidie"))
    silent = SilentServer() if fault == "hung" else None
    port = silent.port if silent else closed_port()
    prefix = settings.SEARCH_ELASTICSEARCH["INDEX_PREFIX"]
    es_settings(settings, f"http://127.0.0.1:{port}", prefix, timeout=0.5)
    try:
        before = IndexUpdate.objects.waiting().count()
        change_everything(django_capture_on_commit_callbacks)
        waiting = IndexUpdate.objects.waiting().count() - before
        assert waiting >= 4
        # The worker tries while Elasticsearch is away: nothing applied, nothing dropped.
        applied, still = apply_waiting()
        assert applied == 0 and still == before + waiting
        assert IndexUpdate.objects.waiting().exclude(last_error="").exists()
        # Visitors get the database's answer meanwhile, without a 500.
        assert client.get("/nl/zoeken/", {"q": "Sluitertijd"}).status_code == 200
    finally:
        if silent:
            silent.close()

    point_back(settings, real)
    # Back, but not yet replayed: the stale index still holds the unpublished maker and the
    # restricted page, and the results never show them.
    assert "Gemengd Koor Cantabile" not in titles(search(client, q="Cantabile"))
    assert "Subsidie aanvragen voor je groep" not in titles(search(client, q="subsidie"))

    out = io.StringIO()
    call_command("search_index", "--replay", stdout=out)
    assert "still waiting 0" in out.getvalue()
    assert IndexUpdate.objects.waiting().count() == 0
    refresh()
    assert "Fotoclub Tijdens De Storing" in titles(search(client, q="Storing"))
    assert "Repetitieruimte huren" not in titles(search(client, q="repetitieruimte"))
    # The restricted page is gone from the index itself, not only filtered out.
    from search import documents

    restricted = demo_page("subsidie-aanvragen")
    assert not documents.client().exists(
        index=documents.alias_name("nl"), id=f"page-{restricted.pk}"
    )


def test_every_change_is_applied_once_in_order(es_search, queued_tasks):  # noqa: F811
    """Five changes to one maker are one index write: the state at replay time."""
    maker = Maker.objects.get(name="Band Rode Draad", locale__language_code="nl")
    for n in range(5):
        IndexUpdate.objects.create(target=IndexUpdate.SITE, kind="maker", key=maker.translation_key)
        assert n >= 0
    applied, waiting = apply_waiting()
    assert (applied, waiting) == (5, 0)


@pytest.fixture
def wagtail_on_dead_elasticsearch(settings):
    """Elasticsearch is the search engine, and it is down."""
    es_settings(settings, f"http://127.0.0.1:{closed_port()}", "nowhere_", timeout=0.5)
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/nl/makers/?q=koor", "Gemengd Koor Cantabile"),
        ("/api/v2/makers/?search=koor", "Gemengd Koor Cantabile"),
        ("/nl/kennisbank/?q=subsidie", "ubsidie"),
        ("/nl/zoeken/?q=koor", "Gemengd Koor Cantabile"),
    ],
)
def test_pages_that_search_answer_from_the_database_when_elasticsearch_is_down(
    client, wagtail_on_dead_elasticsearch, url, expected
):
    response = client.get(url)
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_saving_while_elasticsearch_is_down_updates_the_database_and_queues_the_rest(
    client, wagtail_on_dead_elasticsearch, django_capture_on_commit_callbacks
):
    maker = Maker.objects.get(name="Band Rode Draad", locale__language_code="nl")
    maker.name = "Band Rode Draad Tijdens De Storing"
    with django_capture_on_commit_callbacks(execute=True):
        maker.save_revision().publish()  # must neither raise nor wait
    recorded = IndexUpdate.objects.filter(target=IndexUpdate.SITE, kind="maker")
    assert recorded.filter(key=str(maker.translation_key)).exists()
    # The database answers meanwhile, and it already has the new name.
    body = client.get("/nl/makers/", {"q": "storing"}).content.decode()
    assert "Band Rode Draad Tijdens De Storing" in body


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/admin/snippets/artists/maker/?q=koor", "Gemengd Koor Cantabile"),
        ("/admin/pages/search/?q=subsidie", "Subsidie aanvragen voor je groep"),
        ("/admin/images/?q=koor", ""),
        ("/admin/documents/?q=subsidie", ""),
    ],
)
def test_admin_searches_answer_from_the_database_when_elasticsearch_is_down(
    client, wagtail_on_dead_elasticsearch, url, expected
):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(email="admin@cultuurhuis.example"))
    response = client.get(url)
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_a_hung_elasticsearch_costs_one_timeout_then_the_database_answers(
    client, settings, wagtail_on_dead_elasticsearch
):
    silent = SilentServer()
    try:
        settings.SEARCH_ELASTICSEARCH["URLS"] = [f"http://127.0.0.1:{silent.port}"]
        response = client.get("/nl/makers/", {"q": "koor"})
        assert response.status_code == 200
        assert "Gemengd Koor Cantabile" in response.content.decode()
        from search import documents

        assert not documents.available()  # the next visitors skip Elasticsearch for a while
    finally:
        silent.close()


def test_editors_see_waiting_index_updates_and_can_try_again(
    client, wagtail_on_dead_elasticsearch, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    maker = Maker.objects.get(name="Band Rode Draad", locale__language_code="nl")
    IndexUpdate.objects.all().delete()  # the listing shows this update, not the demo's
    with django_capture_on_commit_callbacks(execute=True):
        maker.save_revision().publish()
    waiting = IndexUpdate.objects.waiting()
    assert waiting.exists() and waiting.exclude(last_error="").exists()
    client.force_login(get_user_model().objects.get(email="redacteur@cultuurhuis.example"))
    listing = client.get("/admin/search_index_updates/")
    assert listing.status_code == 200
    assert "ConnectionError" in listing.content.decode()
    attempts = sum(waiting.values_list("attempts", flat=True))
    assert client.post("/admin/search_index_updates/retry/").status_code == 302
    assert sum(IndexUpdate.objects.waiting().values_list("attempts", flat=True)) > attempts
    client.force_login(get_user_model().objects.get(email="maker.koor@cultuurhuis.example"))
    assert client.get("/admin/search_index_updates/").status_code in {302, 403}
    assert client.post("/admin/search_index_updates/retry/").status_code in {302, 403}


def test_an_update_elasticsearch_refuses_is_set_aside_and_the_rest_goes_on(es_search):  # noqa: F811
    maker = Maker.objects.get(name="Band Rode Draad", locale__language_code="nl")
    from search.models import SearchDocument

    # A term longer than Elasticsearch takes (32,766 bytes): it refuses this one document.
    SearchDocument.objects.create(
        kind="maker", language="nl", group="huge", object_id=0, title="x", facet_terms="x" * 40000
    )
    bad = IndexUpdate.objects.create(target=IndexUpdate.SITE, kind="maker", key="huge")
    good = IndexUpdate.objects.create(
        target=IndexUpdate.SITE, kind="maker", key=maker.translation_key
    )
    apply_waiting()
    good.refresh_from_db()
    assert good.done_at is not None  # not held up by the one that fails
    for _attempt in range(5):
        IndexUpdate.objects.filter(pk=bad.pk).update(next_attempt_at=timezone.now())
        apply_waiting()
    bad.refresh_from_db()
    assert bad.gave_up and bad.done_at is None and "BadRequestError" in bad.last_error
    assert not IndexUpdate.objects.waiting().filter(pk=bad.pk).exists()
