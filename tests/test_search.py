"""Site search on the database backend: the page, facets, highlighting, logging, promotions."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from artists.models import Maker
from search import analysis
from search.highlight import from_elasticsearch, highlight
from search.models import SearchPage, SearchSynonym, ZeroResultQuery
from tests.factories import UserFactory
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    # Synonyms, spelling words and the search page URL are cached; each test starts clean.
    cache.clear()
    yield
    cache.clear()


def titles(response):
    return re.findall(r'search-hit__title"><a href="[^"]*">([^<]+)', response.content.decode())


def count_text(response):
    match = re.search(r'id="result-count"[^>]*>(.*?)</p>', response.content.decode(), re.S)
    return " ".join(match.group(1).split()) if match else None


# --- the pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "lang"), [("/nl/zoeken/", "nl"), ("/en/search/", "en"), ("/de/suche/", "de")]
)
def test_search_page_exists_in_every_language(client, url, lang):
    response = client.get(url)
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.content.decode()
    assert 'role="search"' in response.content.decode()


def test_header_has_a_search_form_on_every_page(client):
    body = client.get("/en/about-us/").content.decode()
    assert 'role="search"' in body
    assert 'action="/en/search/"' in body
    assert 'data-suggest-url="/en/search/suggest/"' in body


def test_demo_search_pages_are_idempotent():
    from io import StringIO

    from home import search_demo as demo

    before = (
        SearchPage.objects.count(),
        SearchSynonym.objects.count(),
        SearchPromotion.objects.count(),
    )
    demo.load(StringIO())
    assert (
        SearchPage.objects.count(),
        SearchSynonym.objects.count(),
        SearchPromotion.objects.count(),
    ) == before
    assert before[0] == 3


def test_finds_makers_articles_and_pages_with_counts(client):
    response = client.get("/nl/zoeken/", {"q": "repetitieruimte"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Een repetitieruimte vinden" in titles(response)
    assert "Repetitieruimte huren" in titles(response)
    # The type facet shows how many of each kind.
    assert (
        re.search(r"Kennisbank articles|Kennisbankartikelen|Artikelen", body)
        or "type=article" in body
    )
    assert "type=article" in body and "type=page" in body


def test_type_filter_and_shareable_url(client):
    response = client.get("/nl/zoeken/", {"q": "koor", "type": "maker"})
    body = response.content.decode()
    assert titles(response)
    assert all(
        "/makers/" in url for url in re.findall(r'search-hit__title"><a href="([^"]*)"', body)
    )
    # Facets of makers appear only among makers, as links that keep the query.
    assert "discipline=koor" in body
    assert "city=Heerlen" in body


def test_discipline_and_city_facets_filter(client):
    response = client.get("/nl/zoeken/", {"q": "koor", "discipline": "koor", "city": "Heerlen"})
    assert titles(response) == ["Gemengd Koor Cantabile"]


def check_maker_facets(client):
    """Kind and offer facets: each count is the number of results after choosing it, and every
    result then has that kind or offer. Shared by the Elasticsearch tests."""
    from django.test import RequestFactory
    from django.utils import translation

    from search.engine import SearchParams, run_search

    def outcome(**params):
        request = RequestFactory().get("/nl/zoeken/", {"q": "koor", "type": "maker", **params})
        with translation.override("nl"):
            return run_search(SearchParams.from_request(request), Locale.get_active(), request)

    everything = outcome()
    assert everything.facets["kind"] and everything.facets["offer"]
    checked = 0
    for facet, field in [("kind", "kind"), ("offer", None)]:
        for option in everything.facets[facet]:
            chosen = outcome(**{facet: option["value"]})
            assert chosen.total == option["count"], (facet, option)
            makers = Maker.objects.filter(pk__in=[hit.pk for hit in chosen.hits])
            for maker in makers:
                if field:
                    assert maker.kind == option["value"]
                else:
                    assert getattr(maker, option["value"]) is True
            checked += 1
    assert checked >= 3
    body = client.get("/nl/zoeken/", {"q": "koor", "type": "maker"}).content.decode()
    assert 'id="search-facet-kind"' in body and 'id="search-facet-offer"' in body
    assert "offer=bookable" in body


def test_kind_and_offer_facets_count_what_they_filter(client):
    check_maker_facets(client)


def test_unknown_kind_or_offer_is_ignored(client):
    response = client.get("/nl/zoeken/", {"q": "koor", "kind": "robot", "offer": "<b>"})
    assert response.status_code == 200
    assert "&lt;b&gt;" not in response.content.decode()
    assert titles(response)


def test_theme_facet_filters_articles(client):
    response = client.get("/nl/zoeken/", {"q": "vrijwilligers", "theme": "geld-en-subsidie"})
    found = titles(response)
    assert found
    assert (
        "De vrijwilligersvergoeding: zo werkt het" in found
        or "Subsidie aanvragen voor je groep" in found
    )
    assert 'aria-current="true"' in response.content.decode()


def test_pagination_keeps_the_query(client, django_capture_on_commit_callbacks):
    from home.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="nl")
    with django_capture_on_commit_callbacks(execute=True):  # Elasticsearch updates after commit
        for number in range(30):  # more than one page of results, on every backend
            page = StandardPage(
                title=f"Proefpagina {number} over zwaluwstaart", slug=f"proef-{number}"
            )
            home.add_child(instance=page)
            page.save_revision().publish()
    first = client.get("/nl/zoeken/", {"q": "zwaluwstaart"})
    body = first.content.decode()
    assert 'rel="next"' in body
    assert "?q=zwaluwstaart&amp;page=2" in body
    second = client.get("/nl/zoeken/", {"q": "zwaluwstaart", "page": 2})
    assert second.status_code == 200
    assert set(titles(first)).isdisjoint(titles(second))


def test_bad_page_numbers_and_types_do_not_fail(client):
    for params in (
        {"q": "koor", "page": "x"},
        {"q": "koor", "page": "99999"},
        {"q": "koor", "type": "<b>"},
    ):
        assert client.get("/nl/zoeken/", params).status_code == 200


def test_untranslated_makers_fall_back_to_dutch_on_english(client):
    response = client.get("/en/search/", {"q": "Cantabile"})
    assert "Gemengd Koor Cantabile" in titles(response)
    body = response.content.decode()
    assert "/en/makers/gemengd-koor-cantabile/" in body


def test_drafts_are_never_found(client):
    maker = Maker.objects.get(name="Gemengd Koor Cantabile", locale__language_code="nl")
    maker.name = "Zangclub Geheimzinnig"
    maker.save_revision()  # a draft: the live row keeps the old name
    assert (
        client.get("/nl/zoeken/", {"q": "Geheimzinnig"}).content.decode().count("search-hit__title")
        == 0
    )


def test_unpublished_maker_is_not_found(client):
    maker = Maker.objects.get(name="Gemengd Koor Cantabile", locale__language_code="nl")
    maker.unpublish()
    assert "Gemengd Koor Cantabile" not in titles(client.get("/nl/zoeken/", {"q": "Cantabile"}))


def test_query_words_are_highlighted_and_text_escaped():
    # Tags in rich text are dropped; what is left (even "<" typed by a maker) is escaped.
    html = highlight("<p>Wij zijn een koor & 5 < 6 <script>x</script> koren</p>", {"koor", "koren"})
    assert "<script>" not in html and "<p>" not in html
    assert html == "Wij zijn een <mark>koor</mark> &amp; 5 &lt; 6 x <mark>koren</mark>"


def test_elasticsearch_fragments_are_escaped_before_marking():
    html = from_elasticsearch("<b>x</b> \ue000koor\ue001 <img src=x onerror=alert(1)>")
    assert html == "&lt;b&gt;x&lt;/b&gt; <mark>koor</mark> &lt;img src=x onerror=alert(1)&gt;"


def test_visitor_input_is_escaped(client):
    body = client.get("/nl/zoeken/", {"q": '<script>alert("x")</script>'}).content.decode()
    assert '<script>alert("x")</script>' not in body
    assert "&lt;script&gt;" in body


def test_snippets_mark_the_search_words(client):
    body = client.get("/nl/zoeken/", {"q": "koor", "type": "maker"}).content.decode()
    assert "<mark>" in body


@pytest.mark.parametrize("query", ["foto's", '"koor', "koor'", "'", "AND OR NOT", "(", "*", "-"])
def test_quotes_apostrophes_and_operators_never_fail(client, query):
    assert client.get("/nl/zoeken/", {"q": query}).status_code == 200
    assert client.get("/nl/zoeken/suggest/", {"q": query}).status_code == 200


def test_no_results_gives_b1_next_steps(client):
    response = client.get("/nl/zoeken/", {"q": "xylofoonstemmer"})
    body = response.content.decode()
    assert "Wat kun je nu doen?" in body or "What can you do now?" in body
    assert 'href="/nl/makers/"' in body
    assert 'href="/nl/kennisbank/"' in body


# --- forgiving matching -----------------------------------------------------------------------


def test_word_forms_cover_dutch_plurals():
    """The index and the query side meet on the stem: plurals, agent nouns, apostrophes."""
    nl = "nl"
    assert analysis.stem("koren", nl) == analysis.stem("koor", nl)
    assert analysis.stem("dansers", nl) == analysis.stem("danser", nl)
    assert analysis.index_terms("foto's", nl) == analysis.index_terms("fotos", nl)
    assert analysis.stem("Chöre", "de") == analysis.stem("Chor", "de")


def test_plural_finds_the_singular(client):
    assert "Gemengd Koor Cantabile" in titles(
        client.get("/nl/zoeken/", {"q": "koren", "type": "maker"})
    )


def test_typo_is_corrected_when_nothing_matches(client):
    response = client.get("/nl/zoeken/", {"q": "toneelvereneging"})
    assert "Toneelvereniging Het Doek" in titles(response)
    assert "toneelvereniging" in response.content.decode()


def test_editor_synonyms_apply_at_once(client):
    assert "Fotoclub Sluitertijd" not in titles(
        client.get("/nl/zoeken/", {"q": "kiekjes", "type": "maker"})
    )
    SearchSynonym.objects.create(terms="kiekjes, fotografie")
    assert "Fotoclub Sluitertijd" in titles(
        client.get("/nl/zoeken/", {"q": "kiekjes", "type": "maker"})
    )


def test_synonym_needs_two_words():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        SearchSynonym(terms="toneel").full_clean()
    synonym = SearchSynonym(terms=" Toneel ,  THEATER ")
    synonym.save()
    assert synonym.terms == "toneel, theater"


# --- logging, promotions, report ----------------------------------------------------------------


def test_searches_are_logged_for_popular_and_zero_result_reports(client):
    client.get("/nl/zoeken/", {"q": "Koor"})
    client.get("/nl/zoeken/", {"q": "xylofoonstemmer"})
    client.get("/nl/zoeken/", {"q": "xylofoonstemmer"})
    client.get("/nl/zoeken/", {"q": "xylofoonstemmer", "page": 2})  # paging is not a new search
    assert Query.get("koor").hits == 1
    assert Query.get("xylofoonstemmer").hits == 2
    zero = ZeroResultQuery.objects.get(query_string="xylofoonstemmer")
    assert zero.hits == 2 and zero.language == "nl"
    assert not ZeroResultQuery.objects.filter(query_string="koor").exists()


def test_promoted_results_come_first(client):
    response = client.get("/nl/zoeken/", {"q": "oefenruimte"})
    body = response.content.decode()
    assert "search-hit--promoted" in body
    assert "Repetitieruimte huren" in body
    # On English the promoted page is shown in English.
    body = client.get("/en/search/", {"q": "oefenruimte"}).content.decode()
    assert "Rent a rehearsal room" in body


def test_zero_results_report_for_editors(client):
    ZeroResultQuery.record("xylofoon", "nl")
    ZeroResultQuery.record("xylofoon", "nl")
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get(reverse("search_zero_results"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "xylofoon" in body
    assert client.get(reverse("search_zero_results") + "?export=csv").status_code == 200


def test_zero_results_report_is_closed_to_others(client):
    user = UserFactory(is_staff=True)
    client.force_login(user)
    response = client.get(reverse("search_zero_results"))
    assert response.status_code in (302, 403)


def test_synonyms_are_editable_snippets(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    assert client.get(reverse("wagtailsnippets_search_searchsynonym:list")).status_code == 200


# --- autocomplete endpoint ------------------------------------------------------------------------


def test_suggestions_are_json_in_the_active_language(client):
    data = client.get("/de/suche/suggest/", {"q": "Kont"}).json()
    assert {"label": "Kontakt", "url": "/de/kontakt/", "kind": "Seiten"} in data["suggestions"] or [
        s for s in data["suggestions"] if s["label"] == "Kontakt"
    ]
    assert client.get("/nl/zoeken/suggest/", {"q": "k"}).json()["suggestions"] == []


def test_suggestions_find_makers(client):
    labels = [
        s["label"] for s in client.get("/nl/zoeken/suggest/", {"q": "Cantab"}).json()["suggestions"]
    ]
    assert "Gemengd Koor Cantabile" in labels


def test_search_has_a_constant_number_of_queries(client, django_assert_max_num_queries):
    client.get("/nl/zoeken/", {"q": "koor"})  # warm caches
    with django_assert_max_num_queries(70):
        client.get("/nl/zoeken/", {"q": "koor"})
    with django_assert_max_num_queries(70):
        client.get("/nl/zoeken/", {"q": "koor", "type": "maker", "discipline": "koor"})


def test_active_locale_only(client):
    body = client.get("/nl/zoeken/", {"q": "Kontakt"}).content.decode()
    assert "/de/kontakt/" not in body
    assert Locale.objects.filter(language_code="de").exists()


def test_search_page_is_not_a_search_result(client):
    assert "Zoeken" not in titles(client.get("/nl/zoeken/", {"q": "zoeken"}))
    assert demo_page("zoeken").live


@pytest.mark.parametrize("query", ["1 2", "9 9 9", "1.5"])
def test_queries_of_single_digits_never_give_a_server_error(client, query):
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "language, compound, part",
    [
        ("nl", "Vrouwenensemble", "ensemble"),
        ("de", "Kinderchor", "Chor"),
        ("nl", "dansschool", "dans"),
    ],
)
def test_compound_words_are_indexed_with_their_parts(language, compound, part):
    """Every engine indexes the analysed words of search/analysis.py: the compound and its parts."""
    indexed = analysis.index_terms(compound, language)
    assert analysis.stem(part, language) in indexed
    assert analysis.stem(compound, language) in indexed
    # Words that only hide a short word are not split: "verband" and "voorbeeld" stay whole.
    assert analysis.index_terms("verband", "nl") == [analysis.stem("verband", "nl")]
    assert analysis.index_terms("voorbeeld", "nl") == [analysis.stem("voorbeeld", "nl")]


def test_a_compound_typed_also_finds_its_parts_written_apart():
    term = analysis.query_terms(["jeugdkoor"], "nl")[0]
    assert (analysis.stem("jeugdkoor", "nl"),) in term.alternatives
    assert (analysis.stem("jeugd", "nl"), analysis.stem("koor", "nl")) in term.alternatives
