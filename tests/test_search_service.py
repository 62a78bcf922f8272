"""The one search service: understanding, widening, spelling, ranking and the endpoints that use
it (directory, API, site search), on whichever engine the run has."""

import re

import pytest
from django.core.cache import cache
from taggit.models import Tag
from wagtail.models import Locale

from artists.models import Discipline, Maker
from search import index, registry, service, understanding
from search.registry import Document, SearchKind

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    understanding.concepts_changed()
    yield
    cache.clear()


def first_makers(query, language="nl", n=5):
    result = service.find(query, language, kinds=["maker"])
    names = dict(Maker.objects.filter(pk__in=result.ids("maker")).values_list("pk", "name"))
    return [names[pk] for pk in result.ids("maker")[:n]]


def test_understands_discipline_intent_and_region():
    plan = understanding.understand("koor zoekt leden in Parkstad", "nl")
    facets = {item.facet: item for item in plan.understood}
    assert set(facets["discipline"].values) == {"koor"}
    assert set(facets["offer"].values) == {"looking_for_members"}
    assert {"Heerlen", "Kerkrade", "Landgraaf"} <= set(facets["place"].values)
    assert plan.text_words == ["koor"]  # intent and place words leave the text search


def test_a_town_finds_its_own_makers_first_then_its_neighbours():
    plan = understanding.understand("koor heerlen", "nl")
    place = next(item for item in plan.understood if item.facet == "place")
    assert place.values["Heerlen"] > place.values["Kerkrade"] > 0
    names = first_makers("koor heerlen")
    assert names[0] == "Gemengd Koor Cantabile"  # the choir in Heerlen itself


def test_english_and_german_words_find_dutch_makers():
    for query, language in (("choirs", "en"), ("Chöre", "de"), ("choir", "nl")):
        assert "Gemengd Koor Cantabile" in first_makers(query, language, n=12), query


def test_literal_search_keeps_the_words_as_typed():
    plan = understanding.understand("koor heerlen", "nl", literal=True)
    assert plan.understood == [] and plan.text_words == ["koor", "heerlen"]


def test_spelling_never_replaces_a_word_the_index_knows():
    result = service.find("koor", "nl", kinds=["maker"])
    assert result.corrected == ""
    result = service.find("toneelvereneging", "nl", kinds=["maker"])
    assert result.corrected == "toneelvereniging"
    assert first_makers("toneelvereneging")[0] == "Toneelvereniging Het Doek"


def test_widening_fills_up_instead_of_stopping_at_one_hit():
    strict = service.find("harmonie sittard", "nl", kinds=["maker"], literal=True)
    assert len(strict.ids("maker")) > 1  # the one with both words, then those with one
    assert first_makers("harmonie sittard")[0] == "Harmonie Eendracht"


def test_no_empty_result_when_makers_match_part_of_the_question():
    for query in ("koren heerlen voor kinderen", "dansles senioren maastricht", "painting lessons"):
        assert first_makers(query), query


def test_wanted_parts_are_a_maker_field_that_a_search_finds(django_capture_on_commit_callbacks):
    maker = Maker.objects.get(name="Kamerkoor Hemelsbreed", locale__language_code="nl")
    maker.wanted_parts = "tenor, bas"
    with django_capture_on_commit_callbacks(execute=True):
        maker.save_revision().publish()
    assert first_makers("zoekt tenoren")[0] == "Kamerkoor Hemelsbreed"
    assert first_makers("koor zoekt een bas")[0] == "Kamerkoor Hemelsbreed"


def test_directory_orders_by_relevance_and_shows_removable_chips(client):
    response = client.get("/nl/makers/", {"q": "koor heerlen zoekt leden"})
    body = response.content.decode()
    assert "search-understood__chips" in body
    chip_links = re.findall(r'<a class="chip" href="([^"]+)"', body)
    assert any("q=koor+zoekt+leden" in link for link in chip_links)  # Heerlen taken away
    exact = client.get("/nl/makers/", {"q": "koor heerlen", "exact": "1"}).content.decode()
    assert "search-understood__chips" not in exact


def test_api_says_what_it_understood(client):
    data = client.get("/api/v2/makers/", {"search": "koor heerlen"}).json()
    facets = {item["facet"] for item in data["meta"]["understood"]}
    assert facets == {"discipline", "place"}
    assert data["items"][0]["name"] == "Gemengd Koor Cantabile"


def test_site_search_puts_the_article_about_the_topic_first(client):
    body = client.get("/nl/zoeken/", {"q": "subsidie"}).content.decode()
    titles = re.findall(r'search-hit__title"><a href="[^"]*">([^<]+)', body)
    assert titles[0] == "Subsidie aanvragen voor je groep"


def test_a_search_adds_a_few_queries_to_the_directory_whatever_it_finds(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(**params):
        client.get("/nl/makers/", params)  # warm caches (renditions, vocabulary)
        with CaptureQueriesContext(connection) as queries:
            client.get("/nl/makers/", params)
        return len(queries)

    plain = count()
    # Understanding, matching all/most/any words, facets, spelling: a bounded number more.
    assert count(q="koor heerlen zoekt leden") <= plain + 15
    assert count(q="muziek") <= plain + 15
    assert count(q="harmonie sittard kerkrade heerlen koor band") <= plain + 15


def test_renaming_a_discipline_changes_what_queries_mean():
    discipline = Discipline.objects.get(slug="circus", locale__language_code="nl")
    discipline.name = "Circus en acrobatiek"
    discipline.save()
    plan = understanding.understand("acrobatiek", "nl")
    assert any(item.facet == "discipline" for item in plan.understood)


class TagKind(SearchKind):
    """A small kind of our own: tags, to show a new kind needs no engine code."""

    key = "testtag"
    label = "Tags"
    model = Tag

    def documents(self, language, groups=None):
        tags = Tag.objects.all() if groups is None else Tag.objects.filter(pk__in=groups)
        for tag in tags:
            yield Document(group=str(tag.pk), object_id=tag.pk, title=tag.name)

    def hits(self, pks, locale, request, forms):
        return {}


@pytest.fixture
def tag_kind():
    kind = registry.register(TagKind())
    index.rebuild([kind])
    if index.elasticsearch_enabled():
        from search import documents

        documents.rebuild(log=lambda line: None)
    yield kind
    registry._kinds.pop(kind.key)


def test_a_new_kind_plugs_in_with_a_registration(tag_kind):
    jazz = Tag.objects.get(name="jazz")
    result = service.find("jaz", "nl", kinds=["testtag"])  # with a typo, on any engine
    assert jazz.pk in result.ids("testtag")
    assert Locale.objects.filter(language_code="nl").exists()


def test_a_chosen_filter_is_applied_by_the_engine_not_to_the_best_few(monkeypatch):
    from search import documents, engines

    wide = service.find("muziek", "nl", kinds=["maker"])
    ids = wide.ids("maker")
    city_of = dict(Maker.objects.filter(pk__in=ids).values_list("pk", "city"))
    top = {city_of[pk] for pk in ids[:2]}
    city = next(city_of[pk] for pk in ids[2:] if city_of[pk] and city_of[pk] not in top)
    # Room for two candidates only: filtering afterwards would find nobody in `city`.
    for engine in (engines.DatabaseEngine, documents.ElasticsearchEngine):
        monkeypatch.setattr(engine, "TEXT_LIMIT", 2)
        monkeypatch.setattr(engine, "STRUCTURED_LIMIT", 2)
    narrow = service.find("muziek", "nl", kinds=["maker"], filters={"maker": {"city": city}})
    found = narrow.ids("maker")
    assert found
    assert set(Maker.objects.filter(pk__in=found).values_list("city", flat=True)) == {city}


def test_facets_are_counted_with_the_other_filters_applied():
    wide = service.find("muziek", "nl", kinds=["maker"], count="maker")
    counts, total = service.facet_counts(wide, "maker")
    assert total == len(wide.ids("maker"))
    city, count = max(counts["city"].items(), key=lambda item: item[1])
    narrow = service.find(
        "muziek", "nl", kinds=["maker"], filters={"maker": {"city": city}}, count="maker"
    )
    counts, total = service.facet_counts(narrow, "maker")
    assert total == count == len(narrow.ids("maker"))
    # The city facet still offers the other towns (counted without its own filter) ...
    assert len(counts["city"]) > 1
    # ... and the other facets count only the makers in that town.
    assert sum(counts["kind"].values()) == total


def test_the_directory_lists_every_match_not_only_the_ranked_best(client, monkeypatch):
    from search import documents, engines

    wide = service.find("muziek", "nl", kinds=["maker"])
    everyone = set(wide.ids("maker"))
    assert len(everyone) > 6
    for engine in (engines.DatabaseEngine, documents.ElasticsearchEngine):
        monkeypatch.setattr(engine, "TEXT_LIMIT", 2)
        monkeypatch.setattr(engine, "STRUCTURED_LIMIT", 2)
    narrow = service.find("muziek", "nl", kinds=["maker"])
    assert len(narrow.ids("maker")) <= 4
    assert set(service.match_ids(narrow, "maker", 1000)) == everyone
    html = client.get("/nl/makers/", {"q": "muziek"}).content.decode()
    count = re.search(r'id="result-count"[^>]*>\s*(\d+)', html)
    assert int(count.group(1)) == len(everyone)
