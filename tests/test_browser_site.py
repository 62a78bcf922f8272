"""The demo site in a real Chromium: languages, the switcher, and axe-core on every page type."""

import pytest

from tests.browser import axe_violations, format_violations

pytestmark = pytest.mark.browser

# One URL per public page type, in every language.
PAGE_TYPES = {
    "home": ["/nl/", "/en/", "/de/"],
    "standard page": ["/nl/over-ons/", "/en/about-us/", "/de/ueber-uns/"],
    "section page": ["/nl/voor-makers/", "/en/for-makers/", "/de/fuer-kreative/"],
    "page with questions": ["/nl/schakelfestival/", "/en/schakelfestival/", "/de/schakelfestival/"],
    "accessibility statement": [
        "/nl/toegankelijkheid/",
        "/en/accessibility/",
        "/de/barrierefreiheit/",
    ],
    "not found": ["/nl/bestaat-niet/", "/en/missing/", "/de/fehlt/"],
}


@pytest.mark.parametrize("language", ["nl", "en", "de"])
def test_home_page_in_each_language(live_site, page, language):
    response = page.goto(f"{live_site}/{language}/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert page.locator("main#main").is_visible()
    assert page.console_errors == []  # includes Content-Security-Policy violations


def test_language_switcher_keeps_you_on_the_same_page(live_site, page):
    page.goto(f"{live_site}/nl/over-ons/")
    page.get_by_role("navigation", name="Kies een taal").get_by_role("link", name="English").click()
    assert page.url == f"{live_site}/en/about-us/"
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="Deutsch"
    ).click()
    assert page.url == f"{live_site}/de/ueber-uns/"


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(live_site, page):
    page.goto(f"{live_site}/nl/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize(
    ("page_type", "url"), [(kind, url) for kind, urls in PAGE_TYPES.items() for url in urls]
)
def test_axe_finds_no_wcag_violations(live_site, page, page_type, url):
    page.goto(f"{live_site}{url}")
    violations = axe_violations(page)
    assert violations == [], f"{page_type} {url}:\n{format_violations(violations)}"


@pytest.mark.parametrize("url", ["/nl/", "/nl/over-ons/", "/nl/voor-makers/"])
def test_reflows_at_320_pixels_without_horizontal_scrolling(live_site, browser, url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    small = context.new_page()
    small.goto(f"{live_site}{url}")
    overflow = small.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    context.close()
    assert overflow <= 0


def test_works_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    no_js = context.new_page()
    no_js.goto(f"{live_site}/nl/schakelfestival/")
    summary = no_js.locator(".faq summary").first
    summary.click()  # <details> opens without scripts
    assert no_js.locator(".faq details").first.get_attribute("open") is not None
    context.close()
