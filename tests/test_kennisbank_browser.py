"""The kennisbank in a real Chromium: axe-core on every kind of page, and the feedback form."""

import pytest

from tests.browser import axe_violations, format_violations

pytestmark = pytest.mark.browser

PAGES = {
    "index": ["/nl/kennisbank/", "/en/knowledge-base/", "/de/wissensbank/"],
    "theme": [
        "/nl/kennisbank/thema/geld-en-subsidie/",
        "/en/knowledge-base/thema/geld-en-subsidie/",
        "/de/wissensbank/thema/geld-en-subsidie/",
    ],
    "tag": [
        "/nl/kennisbank/tag/vrijwilligers/",
        "/en/knowledge-base/tag/vrijwilligers/",
        "/de/wissensbank/tag/vrijwilligers/",
    ],
    "article": [
        "/nl/kennisbank/subsidie-aanvragen/",
        "/en/knowledge-base/applying-for-grants/",
        "/de/wissensbank/foerderung-beantragen/",
    ],
    "search results": [
        "/nl/kennisbank/?q=vrijwilligers",
        "/en/knowledge-base/?q=volunteers",
        "/de/wissensbank/?q=Ehrenamtliche",
    ],
    "filtered search": [
        "/nl/kennisbank/?q=vrijwilligers&thema=geld-en-subsidie",
        "/en/knowledge-base/?q=volunteers&thema=geld-en-subsidie",
        "/de/wissensbank/?q=Ehrenamtliche&thema=geld-en-subsidie",
    ],
    "no results": [
        "/nl/kennisbank/?q=xylofoonstemmer",
        "/en/knowledge-base/?q=xylophonetuner",
        "/de/wissensbank/?q=Xylophonstimmer",
    ],
}


@pytest.mark.parametrize(
    ("kind", "url"), [(kind, url) for kind, urls in PAGES.items() for url in urls]
)
def test_axe_finds_no_wcag_violations(live_site, page, kind, url):
    response = page.goto(f"{live_site}{url}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == url[1:3]
    assert page.locator("h1").count() == 1
    violations = axe_violations(page)
    assert violations == [], f"{kind} {url}:\n{format_violations(violations)}"
    assert page.console_errors == []  # includes Content-Security-Policy violations


def test_search_and_filter_by_theme_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    no_js = context.new_page()
    no_js.goto(f"{live_site}/nl/kennisbank/")
    search = no_js.get_by_role("search", name="Zoek in de kennisbank")
    search.get_by_role("searchbox").fill("vrijwilligers")
    search.get_by_role("button", name="Zoeken").click()
    assert "q=vrijwilligers" in no_js.url
    facets = no_js.get_by_role("navigation", name="Filter op thema")
    facets.get_by_role("link", name="Geld en subsidie").click()
    assert "thema=geld-en-subsidie" in no_js.url
    assert no_js.locator(".kb-card").count() >= 1
    context.close()


@pytest.mark.parametrize(
    ("url", "answer", "send", "thanks"),
    [
        ("/nl/kennisbank/vog-voor-vrijwilligers/", "Ja", "Versturen", "Bedankt voor je antwoord"),
        ("/de/wissensbank/vog-fuer-ehrenamtliche/", "Nein", "Senden", "Danke für deine Antwort"),
    ],
)
def test_helpful_form_in_the_browser(live_site, page, url, answer, send, thanks):
    page.goto(f"{live_site}{url}")
    form = page.locator("#helpful")
    form.get_by_label(answer, exact=True).check()
    form.locator("textarea").fill("Korte tekst, fijn.")
    form.get_by_role("button", name=send).click()
    assert page.url.endswith("?helpful=thanks#helpful")
    assert thanks in page.locator("#helpful [role=status]").inner_text()
    assert axe_violations(page) == []


def test_helpful_form_shows_an_error_when_nothing_is_chosen(live_site, page):
    page.goto(f"{live_site}/en/knowledge-base/finding-a-rehearsal-space/")
    page.locator("#helpful textarea").fill("I did not choose.")
    page.locator("#helpful").get_by_role("button", name="Send").click()
    assert "Choose yes or no." in page.locator("#helpful").inner_text()
    assert page.locator("#helpful textarea").input_value() == "I did not choose."
    violations = axe_violations(page)
    assert violations == [], format_violations(violations)


def test_article_prints_without_navigation_and_feedback(live_site, page):
    page.goto(f"{live_site}/nl/kennisbank/subsidie-aanvragen/")
    page.emulate_media(media="print")
    assert not page.locator("#helpful").is_visible()
    assert not page.locator(".site-header").is_visible()
    assert page.locator("h1").is_visible()


def test_kennisbank_reflows_at_320_pixels(live_site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    small = context.new_page()
    for url in (
        "/nl/kennisbank/",
        "/nl/kennisbank/?q=subsidie",
        "/nl/kennisbank/subsidie-aanvragen/",
        # German compounds are the longest words the kennisbank shows.
        "/de/wissensbank/thema/geld-en-subsidie/",
        "/de/wissensbank/?q=Ehrenamtliche",
        "/de/wissensbank/aufwandsentschaedigung-fuer-ehrenamtliche/",
    ):
        small.goto(f"{live_site}{url}")
        overflow = small.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, url
    context.close()
