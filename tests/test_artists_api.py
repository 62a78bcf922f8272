"""The open-data API: /api/v2/makers/."""

import pytest

from artists.models import Maker
from tests.factories_artists import MakerFactory

pytestmark = pytest.mark.django_db

API = "/api/v2/makers/"
PRIVATE = {"contact_email", "email", "owners", "external_id", "rehearsal_place"}


def test_lists_published_makers_with_meta_and_facets(client):
    response = client.get(API, {"limit": 5})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    live_nl = Maker.objects.live().filter(locale__language_code="nl").count()
    assert data["meta"]["total_count"] == live_nl
    assert data["meta"]["limit"] == 5 and data["meta"]["offset"] == 0
    assert len(data["items"]) == 5
    assert data["meta"]["facets"]["discipline"]["koor"] >= 5
    assert set(data["meta"]["facets"]) >= {
        "discipline",
        "tag",
        "city",
        "kind",
        "language",
        "bookable",
    }
    item = data["items"][0]
    assert set(item) >= {
        "id",
        "slug",
        "name",
        "kind",
        "disciplines",
        "tags",
        "city",
        "url",
        "intro",
        "image",
    }
    assert not PRIVATE & set(item)
    assert "@" not in response.content.decode()
    assert item["url"].endswith(f"/nl/makers/{item['slug']}/")


def test_filters_search_locale_and_paging(client):
    data = client.get(API, {"discipline": "koor", "city": "Heerlen"}).json()
    expected = Maker.objects.live().filter(
        locale__language_code="nl", disciplines__slug="koor", city="Heerlen"
    )
    assert data["meta"]["total_count"] == expected.count()

    data = client.get(API, {"bookable": "true", "kind": "group", "tag": "rock"}).json()
    assert {i["name"] for i in data["items"]} == {"Band Rode Draad", "The Slagkracht Brothers"}

    data = client.get(API, {"search": "jazz", "locale": "en"}).json()
    names = {i["name"]: i for i in data["items"]}
    assert names["Jazzcollectief Blauwe Noot"]["locale"] == "en"
    assert names["Jazzcollectief Blauwe Noot"]["intro"].startswith("We play jazz")
    assert names["Big Band Zuid"]["locale"] == "nl"  # not translated: the Dutch version
    assert data["items"][0]["disciplines"][0]["name"] == "Music"

    first = client.get(API, {"limit": 10}).json()["items"]
    second = client.get(API, {"limit": 10, "offset": 10}).json()["items"]
    assert not {i["id"] for i in first} & {i["id"] for i in second}


def test_drafts_are_not_in_the_api(client):
    MakerFactory(name="Geheime Groep", slug="geheime-groep", live=False)
    data = client.get(API, {"search": "Geheime"}).json()
    assert data["meta"]["total_count"] == 0


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "1000"}, "limit"),
        ({"limit": "abc"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"offset": "99999999999999999999999"}, "offset"),
        ({"kind": "dragon"}, "kind"),
        ({"bookable": "maybe"}, "bookable"),
        ({"locale": "fr"}, "locale"),
        ({"colour": "red"}, "colour"),
        ({"search": "x" * 300}, "search"),
    ],
)
def test_bad_parameters_get_a_clear_400(client, params, parameter):
    response = client.get(API, params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["parameter"] == parameter
    assert error["code"] == "invalid_parameter"
    assert error["message"]


def test_query_count_does_not_depend_on_limit(client, django_assert_max_num_queries):
    client.get(API, {"limit": 100})  # warm up image renditions
    with django_assert_max_num_queries(1000) as small:
        client.get(API, {"limit": 10, "discipline": "koor"})
    small_count = len(small.captured_queries)
    with django_assert_max_num_queries(small_count):
        client.get(API, {"limit": 100, "discipline": "koor"})
    with django_assert_max_num_queries(1000) as small_search:
        client.get(API, {"limit": 10, "search": "koor"})  # a page with a photo
    small_search_count = len(small_search.captured_queries)
    with django_assert_max_num_queries(small_search_count):
        client.get(API, {"limit": 100, "search": "koor"})


def test_only_get(client):
    assert client.post(API).status_code == 405
