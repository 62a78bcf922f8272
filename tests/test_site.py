"""The public site as visitors meet it: three languages, switcher, SEO, errors, security headers."""

import json
import re

import defusedxml.ElementTree as ET
import pytest
from django.core.management import call_command
from django.test import RequestFactory
from wagtail.models import Page

from home.models import HomePage, StandardPage
from home.views import server_error
from tests.helpers import demo_page, home, translate_page

pytestmark = pytest.mark.django_db


def json_ld_blocks(html):
    """Every schema.org object on the page (one script may hold a list)."""
    objects = []
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        objects.extend(data if isinstance(data, list) else [data])
    return objects


def test_root_redirects_to_dutch_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


def test_root_follows_the_browser_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Location"] == "/de/"


@pytest.mark.parametrize(
    ("language", "skip_text", "title"),
    [
        ("nl", "Naar de inhoud", "Samen maken we kunst en cultuur"),
        ("en", "Skip to content", None),
        ("de", "Zum Inhalt", None),
    ],
)
def test_home_page_in_each_language(client, language, skip_text, title):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert skip_text in html
    assert html.count("<h1") == 1
    assert home(language).hero_title in html
    if title:
        assert title in html


def test_hreflang_alternates_list_every_translation(client):
    html = client.get("/en/about-us/").content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html)
    )
    assert alternates == {
        "nl": "http://testserver/nl/over-ons/",
        "en": "http://testserver/en/about-us/",
        "de": "http://testserver/de/ueber-uns/",
        "x-default": "http://testserver/nl/over-ons/",
    }


def test_language_switcher_keeps_you_on_the_same_page(client):
    html = client.get("/nl/over-ons/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert 'href="/en/about-us/"' in switcher
    assert 'href="/de/ueber-uns/"' in switcher
    assert 'href="/nl/over-ons/" lang="nl" hreflang="nl" aria-current="true"' in switcher


def test_language_switcher_falls_back_to_home_and_says_so(client):
    parent = home("nl")
    page = StandardPage(title="Alleen in het Nederlands", slug="alleen-nederlands")
    parent.add_child(instance=page)
    page.save_revision().publish()

    html = client.get("/nl/alleen-nederlands/").content.decode()
    assert 'href="/en/?untranslated=1"' in html
    assert "this page is not translated: go to the home page" in html

    landing = client.get("/en/?untranslated=1").content.decode()
    assert "is not available in this language yet" in landing


def test_translated_page_shows_once_published(client):
    page = StandardPage(title="Nieuwe pagina", slug="nieuwe-pagina", intro="Nieuw.")
    home("nl").add_child(instance=page)
    page.save_revision().publish()
    translate_page(page, "en", title="New page", slug="new-page", intro="New.")
    response = client.get("/en/new-page/")
    assert response.status_code == 200
    assert "New page" in response.content.decode()


def test_draft_changes_are_not_public(client):
    page = demo_page("over-ons")
    page.title = "Geheime conceptversie"
    page.save_revision()  # saved, not published
    html = client.get("/nl/over-ons/").content.decode()
    assert "Geheime conceptversie" not in html


def test_menus_show_pages_in_the_visitors_language(client):
    nl = client.get("/nl/").content.decode()
    de = client.get("/de/").content.decode()
    assert 'href="/nl/over-ons/">Over ons</a>' in nl
    assert 'href="/de/ueber-uns/">' in de
    assert 'href="/de/barrierefreiheit/">' in de  # footer menu


def test_menus_cost_the_same_queries_however_many_items(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from home.models import Menu, MenuItem

    def queries():
        with CaptureQueriesContext(connection) as captured:
            html = client.get("/de/").content.decode()
        return len(captured.captured_queries), html

    queries()  # warm the per-process caches (site root paths, locales)
    before, _html = queries()
    menu = Menu.objects.get(handle=Menu.MAIN)
    added = StandardPage.objects.live().filter(locale__language_code="nl")[:4]
    for page in added:
        MenuItem.objects.create(menu=menu, page=page)
    after, html = queries()
    assert after == before
    for page in added:
        with translation.override("de"):
            shown = page.localized  # the German translation when there is a live one
        assert f'href="{shown.url}"' in html


def test_ui_strings_are_translated(client):
    assert "Volg ons" in client.get("/nl/").content.decode()
    assert "Follow us" in client.get("/en/").content.decode()
    assert "Folge uns" in client.get("/de/").content.decode()


def test_accessibility_and_privacy_pages_exist_in_every_language(client):
    for url in (
        "/nl/toegankelijkheid/",
        "/en/accessibility/",
        "/de/barrierefreiheit/",
        "/nl/privacy/",
        "/en/privacy/",
        "/de/datenschutz/",
    ):
        assert client.get(url).status_code == 200, url


def test_home_has_organisation_and_website_json_ld(client):
    blocks = json_ld_blocks(client.get("/nl/").content.decode())
    types = {block["@type"] for block in blocks}
    assert {"WebSite", "Organization"} <= types
    organisation = next(b for b in blocks if b["@type"] == "Organization")
    assert organisation["name"] == "Cultuurhuis De Schakel"
    assert organisation["address"]["addressLocality"] == "Heerlen"


def test_faq_blocks_become_faqpage_json_ld(client):
    blocks = json_ld_blocks(client.get("/nl/schakelfestival/").content.decode())
    faq = next(b for b in blocks if b["@type"] == "FAQPage")
    assert len(faq["mainEntity"]) >= 3
    assert all(q["acceptedAnswer"]["text"] for q in faq["mainEntity"])


def test_json_ld_cannot_break_out_of_its_script_tag(client):
    page = demo_page("over-ons")
    page.search_description = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    html = client.get("/nl/over-ons/").content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld_blocks(html)[0]["description"] == page.search_description


def test_open_graph_and_description(client):
    html = client.get("/nl/").content.decode()
    assert '<meta property="og:title"' in html
    assert '<meta property="og:image" content="http://testserver/media/images/' in html
    assert '<meta name="description"' in html


def test_section_page_lists_its_children(client):
    html = client.get("/nl/voor-makers/").content.decode()
    assert 'href="/nl/voor-makers/repetitieruimte/"' in html
    assert 'aria-label="Je bent hier"' in html  # breadcrumbs


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/nl/bestaat-niet/", "We kunnen deze pagina niet vinden"),
        ("/en/does-not-exist/", "We cannot find this page"),
        ("/de/gibt-es-nicht/", "Wir finden diese Seite nicht"),
    ],
)
def test_not_found_page_is_translated(client, url, heading):
    response = client.get(url)
    assert response.status_code == 404
    assert heading in response.content.decode()


@pytest.mark.parametrize(
    ("language", "text"), [("nl", "Er ging iets mis"), ("de", "Etwas ist schiefgelaufen")]
)
def test_server_error_page_is_translated(language, text):
    from django.utils import translation

    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        response = server_error(request)
    assert response.status_code == 500
    assert text in response.content.decode()


def test_sitemap_lists_pages_in_all_languages_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    live_pages = Page.objects.live().public().filter(depth__gt=1).count()
    assert len(locations) == live_pages
    assert "http://testserver/en/about-us/" in locations
    about = next(
        u for u in root.findall("s:url", ns) if u.find("s:loc", ns).text.endswith("/nl/over-ons/")
    )
    alternates = {link.get("hreflang") for link in about.findall("x:link", ns)}
    assert alternates == {"nl", "en", "de"}


def test_robots_txt_points_to_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_security_headers_on_public_pages(client):
    response = client.get("/nl/")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_load_demo_twice_changes_nothing():
    from django.contrib.auth import get_user_model
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    def counts():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            get_user_model().objects.count(),
            get_image_model().objects.count(),
        )

    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before


def test_demo_home_exists_once_per_language():
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == [
        "de",
        "en",
        "nl",
    ]


def test_wagtail_localize_translation_of_a_live_page_starts_as_a_draft(client):
    """Editors translate with wagtail-localize; the translation waits until an editor publishes it."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    page = StandardPage(title="Open dag", slug="open-dag", intro="Kom kijken op de open dag.")
    home("nl").add_child(instance=page)
    page.save_revision().publish()

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(publish=False)

    english = page.get_translation(Locale.objects.get(language_code="en"))
    assert english.live is False
    assert client.get(english.url).status_code == 404


def test_every_content_block_renders_accessibly(client):
    from wagtail.images import get_image_model

    from tests.factories import StandardPageFactory

    image = get_image_model().objects.first()
    page = StandardPageFactory(parent=home("nl"), title="Alle blokken", slug="alle-blokken")
    page.body = [
        ("heading", "Een kop"),
        ("paragraph", '<p>Tekst met <a href="https://example.org">een link</a>.</p>'),
        (
            "image",
            {"image": image, "alt_text": "Drie gekleurde cirkels", "caption": "Onderschrift"},
        ),
        ("cta", {"text": "Naar contact", "page": demo_page("contact"), "url": ""}),
        ("in_short", ["Punt een", "Punt twee"]),
        ("faq", [{"question": "Wat kost het?", "answer": "<p>Niets.</p>"}]),
    ]
    page.save_revision().publish()

    html = client.get("/nl/alle-blokken/").content.decode()
    assert "<h2>Een kop</h2>" in html
    assert 'alt="Drie gekleurde cirkels"' in html
    assert '<a class="button" href="/nl/contact/">Naar contact</a>' in html
    assert "In het kort" in html and "<li>Punt twee</li>" in html
    assert "<summary>Wat kost het?</summary>" in html


def test_button_needs_a_page_or_an_address():
    from wagtail.blocks import StructBlockValidationError

    from home.blocks import CallToActionBlock

    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"text": "Klik", "page": None, "url": ""}))
    assert "page" in error.value.block_errors


def test_image_block_requires_alt_text():
    from django.core.exceptions import ValidationError
    from wagtail.blocks import StructBlockValidationError
    from wagtail.images import get_image_model

    from home.blocks import ImageBlock

    block = ImageBlock()
    image = get_image_model().objects.first()
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))


def test_switcher_and_hreflang_keep_sub_pages_of_routable_pages(client):
    """A kennisbank theme or a maker profile links to the same theme or profile in other languages."""
    html = client.get("/nl/kennisbank/thema/geld-en-subsidie/").content.decode()
    assert 'href="/en/knowledge-base/thema/geld-en-subsidie/"' in html
    assert 'hreflang="de" href="http://testserver/de/wissensbank/thema/geld-en-subsidie/"' in html
    from artists.models import Maker

    maker = Maker.objects.filter(live=True, locale__language_code="nl").first()
    html = client.get(f"/nl/makers/{maker.slug}/").content.decode()
    assert f'href="/de/makers/{maker.slug}/"' in html
