"""The site search in a real Chromium: axe on the search page (with results and without) in
every language, the form without JavaScript, and the autocomplete combobox with the keyboard."""

import pytest

from tests.browser import axe_violations, format_violations

pytestmark = pytest.mark.browser

PAGES = [
    "/nl/zoeken/",
    "/en/search/",
    "/de/suche/",
    "/nl/zoeken/?q=koor",
    "/en/search/?q=choir",
    "/de/suche/?q=Chor",
    "/nl/zoeken/?q=koor&type=maker&discipline=koor",
    "/en/search/?q=volunteers&type=article",
    "/nl/zoeken/?q=oefenruimte",
    "/nl/zoeken/?q=xylofoonstemmer",
    "/en/search/?q=xylophonetuner",
    "/de/suche/?q=Xylophonstimmer",
]


@pytest.mark.parametrize("url", PAGES)
def test_axe_finds_no_wcag_violations(live_site, page, url):
    response = page.goto(f"{live_site}{url}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == url[1:3]
    assert page.locator("h1").count() == 1
    violations = axe_violations(page)
    assert violations == [], f"{url}:\n{format_violations(violations)}"
    assert page.console_errors == []  # includes Content-Security-Policy violations


def test_search_and_filter_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    no_js = context.new_page()
    no_js.goto(f"{live_site}/en/about-us/")
    no_js.locator("#site-search-q").fill("choir")
    no_js.locator(".site-search button").click()
    assert "/en/search/?q=choir" in no_js.url
    no_js.locator(".search-filters a[href*='type=maker']").click()
    assert "type=maker" in no_js.url
    no_js.locator(".search-filters a[href*='discipline=koor']").first.click()
    assert "discipline=koor" in no_js.url
    assert no_js.locator(".search-hit").count() >= 1
    context.close()


def test_autocomplete_with_the_keyboard(live_site, page):
    page.goto(f"{live_site}/nl/over-ons/")
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.click()
    box.press_sequentially("Cantab", delay=30)
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    listbox.locator("[role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert "Gemengd Koor Cantabile" in listbox.inner_text()
    # The live region tells screen reader users how many suggestions there are.
    assert "suggestie" in page.locator(".site-search [role=status]").inner_text()
    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    violations = axe_violations(page)
    assert violations == [], format_violations(violations)
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/nl/makers/gemengd-koor-cantabile/")
    assert page.console_errors == []


def test_enter_without_a_choice_searches(live_site, page):
    page.goto(f"{live_site}/de/")
    box = page.locator("#site-search-q")
    box.fill("Chor")
    box.press("Enter")
    page.wait_for_url("**/de/suche/?q=Chor")
    assert page.locator(".search-hit").count() >= 1


def test_search_page_reflows_at_320_pixels(live_site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    small = context.new_page()
    for url in ("/nl/zoeken/?q=koor", "/nl/zoeken/?q=koor&type=maker", "/nl/"):
        small.goto(f"{live_site}{url}")
        overflow = small.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, url
    context.close()
