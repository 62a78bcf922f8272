"""The readability (B1) check in the page editor's checks panel, in a real Chromium."""

import re
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

BUREAUCRATIC = (
    "Teneinde de implementatie van het beleid inzake de subsidieverstrekking te faciliteren, "
    "wordt de aanvraag middels het daartoe bestemde formulier ingediend."
)


def log_in(page, live_site):
    page.goto(f"{live_site}/admin/login/")
    page.fill("input[name=username]", "admin@cultuurhuis.example")
    page.fill("input[name=password]", "demo-admin")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def open_editor(page, live_site, path="/nl/over-ons/"):
    # The userbar on the live page links to the editor, so no database ids are needed here.
    page.goto(f"{live_site}{path}")
    edit_url = page.locator("wagtail-userbar a[href*='/edit/']").first.get_attribute("href")
    page.goto(live_site + urlsplit(edit_url).path)  # the userbar's links are protocol-relative
    page.locator('[data-side-panel-toggle="checks"]').click()
    return page.locator('[data-side-panel="checks"]')


def test_readability_check_appears_in_the_checks_panel(live_site, page):
    log_in(page, live_site)
    panel = open_editor(page, live_site)
    page.fill("#id_intro", BUREAUCRATIC)
    # The preview refreshes as the editor types; the checks run again on each refresh.
    issue = panel.locator("[data-content-checker-row]", has_text="middels")
    issue.first.wait_for(timeout=30_000)
    rows = panel.locator("[data-content-checker-row]").all_inner_texts()
    text = "\n".join(rows)
    assert "teneinde" in text.lower()
    assert BUREAUCRATIC[:40] in text  # the sentence is shown with the issue
    # The issue points at the element in the preview that holds the sentence.
    assert (
        panel.locator("[data-content-checker-row]", has_text="middels")
        .first.locator("[data-content-checker-selector-text]")
        .inner_text()
        .strip()
        != "main"
    )


def test_editor_messages_use_the_admin_language(live_site, page):
    log_in(page, live_site)
    panel = open_editor(page, live_site)
    page.fill("#id_intro", BUREAUCRATIC)
    row = panel.locator("[data-content-checker-row]", has_text="middels").first
    row.wait_for(timeout=30_000)
    # The demo admin's interface language is Dutch.
    assert "Ambtelijk" in row.inner_text() or "ambtelijk" in row.inner_text()
