"""The kennisbank as readers meet it: themes, tags, search with facets, three languages."""

import io
import itertools
import json
import re
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, Revision

from home.models import Menu
from kennisbank import demo
from kennisbank.demo_content import ARTICLES, THEMES
from kennisbank.models import (
    ArticleDailyViews,
    KennisbankArticlePage,
    KennisbankIndexPage,
    KennisbankTheme,
    RelatedArticle,
)
from tests.factories_kennisbank import KennisbankArticlePageFactory
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db

INDEX_URLS = {"nl": "/nl/kennisbank/", "en": "/en/knowledge-base/", "de": "/de/wissensbank/"}


def index_page(language="nl"):
    return KennisbankIndexPage.objects.get(locale__language_code=language)


def theme(slug, language="nl"):
    return KennisbankTheme.objects.get(slug=slug, locale__language_code=language)


def json_ld_blocks(html):
    objects = []
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        objects.extend(data if isinstance(data, list) else [data])
    return objects


def main_html(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


NUMBERS = itertools.count()


def add_articles(count, language="nl", theme_slug="geld-en-subsidie", tags=("extra",)):
    parent = index_page(language)
    for _ in range(count):
        number = next(NUMBERS)
        KennisbankArticlePageFactory(
            parent=parent,
            locale=parent.locale,
            title=f"Extra artikel {number}",
            slug=f"extra-artikel-{number}",
            themes=[theme(theme_slug, language)],
            tags=list(tags),
        )


# --- demo content ------------------------------------------------------------------------------


def test_demo_has_every_theme_and_article_in_three_languages():
    assert len(ARTICLES) >= 20
    for language in ("nl", "en", "de"):
        assert KennisbankTheme.objects.filter(locale__language_code=language).count() == len(THEMES)
        articles = KennisbankArticlePage.objects.live().filter(locale__language_code=language)
        assert articles.count() == len(ARTICLES)
    # Every theme has articles.
    used = {slug for article in ARTICLES for slug in article["themes"]}
    assert used == {spec["slug"] for spec in THEMES}


def test_demo_index_pages_have_their_own_slug_per_language():
    assert {lang: index_page(lang).url for lang in ("nl", "en", "de")} == INDEX_URLS


def test_kennisbank_is_in_the_main_menu_in_every_language(client):
    assert Menu.objects.get(handle="main").items.filter(page=index_page("nl")).exists()
    for language, url in INDEX_URLS.items():
        header = client.get(f"/{language}/").content.decode().split("</header>")[0]
        assert f'href="{url}"' in header


def test_loading_the_demo_twice_changes_nothing():
    def counts():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            KennisbankTheme.objects.count(),
            ArticleDailyViews.objects.count(),
            RelatedArticle.objects.count(),
            Menu.objects.get(handle="main").items.count(),
        )

    before = counts()
    demo.load(io.StringIO())
    assert counts() == before


def test_demo_articles_keep_sentences_short():
    """Until the project's B1 checker exists: on average under 15 words a sentence in Dutch."""
    from kennisbank.readability import average_sentence_length

    assert average_sentence_length(ARTICLES, "nl") < 15


@pytest.mark.parametrize("language", ["nl", "en", "de"])
def test_demo_articles_are_b1_by_the_projects_checker(language):
    analysis = pytest.importorskip("plainlanguage.analysis")
    from kennisbank.readability import article_text

    verdicts = {
        article["key"]: analysis.analyse(article_text(article[language]), language).verdict
        for article in ARTICLES
    }
    assert {key: verdict for key, verdict in verdicts.items() if verdict != "b1"} == {}


# --- index, themes, tags ----------------------------------------------------------------------


def test_index_shows_themes_newest_and_most_read(client):
    html = main_html(client.get("/nl/kennisbank/"))
    assert 'href="/nl/kennisbank/thema/geld-en-subsidie/"' in html
    assert "Geld en subsidie" in html
    newest = html.split('id="kb-newest"')[1].split("</section>")[0]
    assert newest.count("<li") == 5
    most_read = html.split('id="kb-most-read"')[1].split("</section>")[0]
    # The demo gives "Subsidie aanvragen" the most readers.
    assert most_read.index("Subsidie aanvragen voor je groep") < most_read.index("Een VOG")


def test_index_counts_the_articles_per_theme(client):
    expected = {spec["slug"]: 0 for spec in THEMES}
    for article in ARTICLES:
        for slug in article["themes"]:
            expected[slug] += 1
    themes = {
        theme.slug: theme.article_count for theme in index_page("en").themes_with_counts(None)
    }
    assert themes == expected
    html = main_html(client.get("/nl/kennisbank/"))
    card = html.split('href="/nl/kennisbank/thema/geld-en-subsidie/"')[1].split("</li>")[0]
    assert f"{expected['geld-en-subsidie']} artikelen" in card


def test_most_read_counts_only_recent_views():
    article = demo_page("leden-werven")
    ArticleDailyViews.objects.create(
        page=article, date=timezone.localdate() - timedelta(days=90), views=10_000
    )
    assert article.pk not in [page.pk for page in index_page().most_read()]
    ArticleDailyViews.objects.create(page=article, date=timezone.localdate(), views=10_000)
    assert index_page().most_read()[0].pk == article.pk


def test_theme_page_lists_the_articles_of_that_theme(client):
    response = client.get("/nl/kennisbank/thema/privacy-avg/")
    assert response.status_code == 200
    html = main_html(response)
    assert "<h1>Privacy en AVG</h1>" in html
    assert "/nl/kennisbank/ledenadministratie-en-avg/" in html
    assert "/nl/kennisbank/fotos-en-videos-van-leden/" in html
    assert "/nl/kennisbank/subsidie-aanvragen/" not in html
    # Breadcrumbs: home › kennisbank › theme.
    assert '<a href="/nl/kennisbank/">Kennisbank</a>' in html


def test_theme_names_are_shown_in_the_visitors_language(client):
    html = main_html(client.get("/en/knowledge-base/thema/privacy-avg/"))
    assert "<h1>Privacy and GDPR</h1>" in html
    assert "/en/knowledge-base/member-records-and-gdpr/" in html
    assert "/nl/kennisbank/" not in html
    de = main_html(client.get("/de/wissensbank/"))
    assert "Datenschutz und DSGVO" in de
    assert "Privacy en AVG" not in de


def test_theme_page_works_when_a_translation_still_points_at_the_dutch_theme(client):
    """A fresh wagtail-localize translation copies the Dutch themes; the German name still shows."""
    german = KennisbankArticlePage.objects.get(
        slug="verein-oder-stiftung", locale__language_code="de"
    )
    german.themes = [theme("organisatie-en-bestuur", "nl")]
    german.save()
    html = main_html(client.get("/de/wissensbank/thema/organisatie-en-bestuur/"))
    assert "/de/wissensbank/verein-oder-stiftung/" in html
    card = html.split("/de/wissensbank/verein-oder-stiftung/")[1].split("</li>")[0]
    assert "Organisation und Vorstand" in card


def test_unknown_theme_or_tag_is_not_found(client):
    assert client.get("/nl/kennisbank/thema/bestaat-niet/").status_code == 404
    assert client.get("/nl/kennisbank/tag/bestaat-niet/").status_code == 404


@pytest.mark.parametrize(
    ("slug", "article"),
    [
        ("fotos", "fotos-en-videos-van-leden"),  # tag "foto's"
        (quote("kopiëren"), "bladmuziek-kopieren-en-arrangeren"),  # taggit keeps the ë
        ("creative-commons", "poster-en-beeldgebruik"),
    ],
)
def test_tag_pages_work_for_tags_with_apostrophes_and_accents(client, slug, article):
    response = client.get(f"/nl/kennisbank/tag/{slug}/")
    assert response.status_code == 200
    assert f"/nl/kennisbank/{article}/" in main_html(response)


def test_article_links_to_its_tag_pages(client):
    html = main_html(client.get("/nl/kennisbank/bladmuziek-kopieren-en-arrangeren/"))
    assert f'href="/nl/kennisbank/tag/{quote("kopiëren")}/"' in html
    assert ">kopiëren</a>" in html


def test_theme_page_is_paginated_and_keeps_state_in_the_query_string(client):
    add_articles(14)
    first = main_html(client.get("/nl/kennisbank/thema/geld-en-subsidie/"))
    assert first.count('class="card kb-card"') == 12
    assert 'href="?page=2"' in first
    second = main_html(client.get("/nl/kennisbank/thema/geld-en-subsidie/?page=2"))
    assert second.count('class="card kb-card"') == 3 + 14 - 12
    assert 'href="?page=1"' in second


def test_private_articles_are_not_listed(client):
    from wagtail.models import PageViewRestriction

    article = demo_page("vog-voor-vrijwilligers")
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    assert "/nl/kennisbank/vog-voor-vrijwilligers/" not in main_html(
        client.get("/nl/kennisbank/thema/vrijwilligers-en-leden/")
    )
    assert "/nl/kennisbank/vog-voor-vrijwilligers/" not in main_html(
        client.get("/nl/kennisbank/?q=vog")
    )


# --- search ------------------------------------------------------------------------------------


def test_search_finds_articles_and_counts_them_per_theme(client):
    response = client.get("/nl/kennisbank/", {"q": "vog"})
    assert response.status_code == 200
    html = main_html(response)
    assert "/nl/kennisbank/vog-voor-vrijwilligers/" in html
    facets = html.split('class="kb-facets"')[1].split("</nav>")[0]
    hits = re.findall(r'class="card kb-card"', html)
    total = int(re.search(r"\((\d+)\)", facets).group(1))  # "All themes (n)"
    assert total == len(hits)
    assert 'href="?q=vog&amp;thema=vrijwilligers-en-leden"' in facets


def test_search_theme_facet_narrows_the_results(client):
    everything = main_html(client.get("/nl/kennisbank/", {"q": "subsidie"}))
    narrowed = main_html(client.get("/nl/kennisbank/", {"q": "subsidie", "thema": "verzekeringen"}))
    facets = everything.split('class="kb-facets"')[1].split("</nav>")[0]
    count = re.search(r"thema=verzekeringen\"[^>]*>[^<]*<span[^>]*>\((\d+)\)", facets)
    in_theme = narrowed.count('class="card kb-card"')
    if count:
        assert int(count.group(1)) == in_theme
    else:
        assert in_theme == 0
    assert in_theme < everything.count('class="card kb-card"')
    assert 'aria-current="true">Verzekeringen' in narrowed or in_theme == 0


def test_facet_counts_match_the_database(client):
    index = index_page()
    hits, facets, total = index.search_articles("vrijwilligers")
    assert total == len(hits) > 0
    for key, count in facets.items():
        in_theme = [hit for hit in hits if key in {t.translation_key for t in hit.themes.all()}]
        assert len(in_theme) == count


def test_search_stays_in_the_visitors_language(client):
    html = main_html(client.get("/en/knowledge-base/", {"q": "vog"}))
    assert "/en/knowledge-base/vog-for-volunteers/" in html
    assert "/nl/kennisbank/" not in html.split("</form>", 1)[1]


def test_search_skips_drafts():
    article = KennisbankArticlePageFactory(
        parent=index_page(),
        title="Zebrapad oversteken",
        slug="zebrapad",
        themes=[theme("verzekeringen")],
        live=False,
    )
    assert article.pk not in [hit.pk for hit in index_page().search_articles("zebrapad")[0]]


@pytest.mark.parametrize(
    ("language", "query", "slug"),
    [
        ("en", "grant", "applying-for-grants"),
        ("nl", "begroting", "begroting-maken"),
        ("de", "Proberaum", "proberaum-finden"),
    ],
)
def test_a_match_in_the_title_comes_first(language, query, slug):
    hits, _facets, _total = index_page(language).search_articles(query)
    assert hits[0].slug == slug


def test_empty_search_shows_the_themes(client):
    html = main_html(client.get("/nl/kennisbank/", {"q": "   "}))
    assert 'id="kb-themes"' in html


def test_no_results_gives_next_steps(client):
    html = main_html(client.get("/nl/kennisbank/", {"q": "xylofoonstemmer"}))
    assert 'id="kb-next-steps"' in html
    assert 'href="/nl/kennisbank/thema/publiciteit/"' in html


@pytest.mark.parametrize("query", ["foto's", '"', "AND", "vog*", "(subsidie", "NOT", "-", "ë"])
def test_search_survives_odd_queries(client, query):
    assert client.get("/nl/kennisbank/", {"q": query}).status_code == 200


def test_search_query_is_escaped(client):
    html = client.get("/nl/kennisbank/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)" not in html


# --- articles ----------------------------------------------------------------------------------


def test_article_page_shows_summary_reading_time_and_last_checked(client):
    article = demo_page("subsidie-aanvragen")
    html = main_html(client.get(article.url))
    assert article.summary in html
    assert 'class="kb-meta"' in html
    assert article.reading_time >= 1
    assert "Redactie kennisbank" in html
    assert "1 oktober 2026" in html
    # Breadcrumbs: home › kennisbank › article.
    assert '<a href="/nl/kennisbank/">Kennisbank</a>' in html
    assert 'href="/nl/kennisbank/thema/geld-en-subsidie/">Geld en subsidie</a>' in html


@pytest.mark.parametrize(
    ("language", "url", "theme_name"),
    [
        ("nl", "/nl/kennisbank/subsidie-aanvragen/", "Geld en subsidie"),
        ("en", "/en/knowledge-base/applying-for-grants/", "Money and grants"),
        ("de", "/de/wissensbank/foerderung-beantragen/", "Geld und Förderung"),
    ],
)
def test_article_in_each_language(client, language, url, theme_name):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert theme_name in main_html(response)
    for other in INDEX_URLS.values():
        assert f'hreflang="{other[1:3]}"' in html


def test_article_has_article_and_faqpage_json_ld(client):
    blocks = json_ld_blocks(client.get("/nl/kennisbank/subsidie-aanvragen/").content.decode())
    article = next(b for b in blocks if b["@type"] == "Article")
    assert article["headline"] == "Subsidie aanvragen voor je groep"
    assert article["inLanguage"] == "nl"
    faq = next(b for b in blocks if b["@type"] == "FAQPage")
    assert faq["mainEntity"][0]["name"] == "Hoe vroeg moet ik beginnen?"
    assert faq["mainEntity"][0]["acceptedAnswer"]["text"].startswith("<p>Begin minstens")


def test_faq_json_ld_is_in_the_articles_language(client):
    blocks = json_ld_blocks(client.get("/de/wissensbank/foerderung-beantragen/").content.decode())
    faq = next(b for b in blocks if b["@type"] == "FAQPage")
    assert faq["mainEntity"][0]["name"] == "Wie früh sollte ich anfangen?"


def test_reading_time_follows_the_length_of_the_text():
    short = KennisbankArticlePageFactory(parent=index_page(), themes=[theme("publiciteit")])
    assert short.reading_time == 1
    long_text = "<p>" + " ".join(["woord"] * 1000) + "</p>"
    long = KennisbankArticlePageFactory(
        parent=index_page(),
        themes=[theme("publiciteit")],
        body=[("paragraph", long_text), ("steps", {"style": "steps", "items": ["Een twee"]})],
    )
    assert long.reading_time == 6  # 1000+ words at 200 words a minute, rounded up


def test_every_block_type_renders(client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Voorbeeldbegroting", file=ContentFile(b"a;b\n1;2\n", name="begroting.csv")
    )
    maker_page = demo_page("over-ons")
    article = KennisbankArticlePageFactory(
        parent=index_page(),
        slug="alle-blokken",
        themes=[theme("publiciteit")],
        body=[
            ("heading", "Kop"),
            ("paragraph", "<p>Tekst.</p>"),
            ("steps", {"title": "Checklist", "style": "checklist", "items": ["Een", "Twee"]}),
            ("faq", [{"question": "Vraag?", "answer": "<p>Antwoord.</p>"}]),
            ("tip", "Een tip."),
            ("document", {"document": document, "title": "", "description": "Om te kopiëren"}),
            ("links", [{"title": "Site", "url": "https://example.org/", "description": ""}]),
            (
                "contact",
                {
                    "name": "Ans",
                    "role": "Consulent",
                    "text": "",
                    "email": "a@example.org",
                    "phone": "",
                },
            ),
            ("maker", {"maker": None, "page": maker_page, "text": "Zo deden wij het."}),
        ],
    )
    article.save_revision().publish()
    html = main_html(client.get("/nl/kennisbank/alle-blokken/"))
    assert 'class="kb-checklist"' in html
    assert "Voorbeeldbegroting" in html and "(CSV" in html
    assert 'href="mailto:a@example.org"' in html
    assert 'href="/nl/over-ons/"' in html and "Zo deden wij het." in html
    assert 'href="https://example.org/"' in html


def test_maker_block_links_to_the_makers_profile(client):
    from django.apps import apps

    Maker = apps.get_model("artists", "Maker")
    maker = Maker.objects.filter(live=True, locale__language_code="nl").first()
    assert maker is not None, "the demo must publish makers for this test"
    article = KennisbankArticlePageFactory(
        parent=index_page(),
        slug="met-maker",
        themes=[theme("samenwerken")],
        body=[("maker", {"maker": maker, "page": None, "text": "Zo deden wij het."})],
    )
    article.save_revision().publish()
    html = main_html(client.get("/nl/kennisbank/met-maker/"))
    block = html.split('class="kb-maker"')[1].split("</div>")[0]
    assert f"/{maker.slug}/" in block
    assert str(maker) in block
    # A maker taken offline disappears from the article.
    Maker.objects.filter(pk=maker.pk).update(live=False)
    assert 'class="kb-maker"' not in main_html(client.get("/nl/kennisbank/met-maker/"))


def test_related_articles_prefer_the_editors_choice_then_shared_themes():
    article = demo_page("subsidie-aanvragen")
    chosen = [link.article.slug for link in article.related_article_links.all()]
    related = [page.slug for page in article.related_articles()]
    assert related[: len(chosen)] == chosen
    # Without a choice, articles with the same theme come first.
    article.related_article_links = []
    article.save()
    fallback = article.related_articles()
    assert fallback
    assert "geld-en-subsidie" in {t.slug for t in fallback[0].themes.all()}
    assert article.pk not in [page.pk for page in fallback]


def test_related_articles_are_shown_in_the_visitors_language(client):
    html = main_html(client.get("/en/knowledge-base/applying-for-grants/"))
    related = html.split('id="kb-related-title"')[1].split("</section>")[0]
    assert "/en/knowledge-base/making-a-budget/" in related
    assert "/nl/" not in related


def test_theme_choices_in_the_editor_are_in_the_articles_language(admin_client):
    german = KennisbankArticlePage.objects.get(slug="foerderung-beantragen")
    html = admin_client.get(f"/admin/pages/{german.pk}/edit/").content.decode()
    assert "Geld und Förderung" in html
    assert "Geld en subsidie" not in html


def test_print_styles_exist(client):
    html = client.get("/nl/kennisbank/subsidie-aanvragen/").content.decode()
    assert "/static/css/kennisbank.css" in html
    from django.contrib.staticfiles import finders

    css = open(finders.find("css/kennisbank.css")).read()
    assert "@media print" in css


# --- counting views ----------------------------------------------------------------------------


def test_reading_an_article_counts_one_view_without_personal_data(client):
    article = demo_page("leden-werven")
    today = timezone.localdate()
    client.get(article.url)
    client.get(article.url)
    row = ArticleDailyViews.objects.get(page=article, date=today)
    assert row.views == 2
    field_names = {field.name for field in ArticleDailyViews._meta.get_fields()}
    assert field_names == {"id", "page", "date", "views"}
    assert "sessionid" not in client.cookies


def test_counting_a_view_is_one_update(django_assert_num_queries):
    article = demo_page("leden-werven")
    ArticleDailyViews.count_view(article)
    with django_assert_num_queries(1):
        ArticleDailyViews.count_view(article)


def test_previews_and_posts_are_not_counted(client, admin_client):
    article = demo_page("leden-werven")
    admin_client.get(f"/admin/pages/{article.pk}/view_draft/")
    client.post(article.url, {})
    assert not ArticleDailyViews.objects.filter(page=article, date=timezone.localdate()).exists()


# --- query counts ------------------------------------------------------------------------------


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/nl/kennisbank/",
        "/nl/kennisbank/thema/geld-en-subsidie/",
        "/nl/kennisbank/tag/extra/",
        "/nl/kennisbank/?q=artikel",
        "/en/knowledge-base/",
        "/en/knowledge-base/thema/geld-en-subsidie/",
    ],
)
def test_listings_use_the_same_number_of_queries_for_more_articles(
    client, django_assert_max_num_queries, url
):
    language = url[1:3]
    add_articles(2, language=language)
    client.get(url)  # warm the per-process caches (site root paths, locales)
    baseline = count_queries(client, url)
    add_articles(12, language=language, theme_slug="geld-en-subsidie")
    for index, article in enumerate(KennisbankArticlePage.objects.filter(slug__startswith="extra")):
        ArticleDailyViews.objects.create(page=article, date=timezone.localdate(), views=index + 1)
    with django_assert_max_num_queries(baseline):
        client.get(url)
