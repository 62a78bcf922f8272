"""The makers directory and profiles in a real Chromium: axe, filtering with and without
JavaScript, and sending a contact message."""

import re

import pytest

from tests.browser import axe_violations, format_violations

pytestmark = pytest.mark.browser

DIRECTORY_URLS = [
    "/nl/makers/?discipline=koor&city=Heerlen",
    "/en/makers/?q=jazz",
    "/de/makers/?kind=group&bookable=on",
    "/nl/makers/?q=xyzzy-onbekend",
]
PROFILE_URLS = [
    "/nl/makers/gemengd-koor-cantabile/",
    "/en/makers/gemengd-koor-cantabile/",
    "/de/makers/gemengd-koor-cantabile/",
    "/en/makers/fanfare-sint-caecilia/",  # not translated: Dutch with a note
]


def count_of(page):
    return int(re.search(r"\d+", page.locator("#result-count").inner_text()).group())


@pytest.mark.parametrize("url", DIRECTORY_URLS + PROFILE_URLS)
def test_axe_finds_no_violations(live_site, page, url):
    response = page.goto(f"{live_site}{url}")
    assert response.status == 200
    violations = axe_violations(page)
    assert violations == [], f"{url}:\n{format_violations(violations)}"
    assert page.console_errors == []


def test_filtering_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_site}/nl/makers/")
    total = count_of(page)
    page.locator("#discipline-koor").check()
    page.get_by_role("button", name=re.compile("makers", re.I)).click()
    page.wait_for_url(re.compile(r"discipline=koor"))
    assert 0 < count_of(page) < total
    # The remove link brings every maker back.
    page.locator(".active-filter").first.click()
    page.wait_for_load_state()
    assert count_of(page) == total
    context.close()


def test_filtering_with_javascript_updates_results_and_url_in_place(live_site, page):
    page.goto(f"{live_site}/nl/makers/")
    total = count_of(page)
    page.evaluate("window.__stayed = true")  # gone if the page reloaded
    assert not page.locator(".directory__apply").is_visible()
    page.locator("#discipline-dans").check()
    page.wait_for_url(re.compile(r"discipline=dans"))
    page.wait_for_function(
        f"!document.querySelector('#result-count').textContent.startsWith('{total} ')"
    )
    assert 0 < count_of(page) < total
    page.locator("#directory-city").select_option("Heerlen")
    page.wait_for_url(re.compile(r"city=Heerlen"))
    assert page.evaluate("window.__stayed") is True
    assert page.locator("#directory-results .maker-card").count() == count_of(page)
    assert page.locator("#result-count").get_attribute("role") == "status"
    assert page.console_errors == []


def test_search_with_javascript(live_site, page):
    page.goto(f"{live_site}/nl/makers/")
    page.locator("#directory-q").fill("circus")
    page.locator("#directory-q").press("Enter")
    page.wait_for_url(re.compile(r"q=circus"))
    page.get_by_role("link", name="Circus Kaboem").wait_for()
    assert page.console_errors == []


def test_sending_a_contact_message(live_site, page):
    page.goto(f"{live_site}/nl/makers/lotte-vrancken/")
    page.locator("#id_name").fill("Kim de Vries")
    page.locator("#id_email").fill("kim@example.org")
    page.locator("#id_message").fill("Wil je spelen op ons buurtfeest?")
    page.locator(".contact-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"sent=1"))
    assert page.locator(".maker-sent").is_visible()
    assert axe_violations(page) == []


def test_contact_form_errors_are_announced_and_keep_the_text(live_site, page):
    page.goto(f"{live_site}/nl/makers/lotte-vrancken/")
    page.locator("#id_name").fill("Kim")
    page.locator("#id_email").fill("geen-adres")
    page.locator("#id_message").fill("Mijn bericht")
    page.locator(".contact-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert page.locator("#id_message").input_value() == "Mijn bericht"
    violations = axe_violations(page)
    assert violations == [], format_violations(violations)
