"""The readability (B1) check in the page editor's checks panel, in a real Chromium."""

import re
import time
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


def open_checks_panel(page, live_site, path="/nl/over-ons/"):
    # The userbar on the live page links to the editor, so no database ids are needed here.
    page.goto(f"{live_site}{path}")
    edit_url = page.locator("wagtail-userbar a[href*='/edit/']").first.get_attribute("href")
    page.goto(live_site + urlsplit(edit_url).path)  # the userbar's links are protocol-relative
    page.locator('[data-side-panel-toggle="checks"]').click()
    panel = page.locator('[data-side-panel="checks"]')
    # Wait for the first run of the checks on the saved page before typing.
    page.wait_for_function(
        "document.querySelector('[data-content-word-count]')?.textContent.trim() !== '-'"
    )
    return panel


def wait_for_rows(page, panel, text, timeout=45):
    """The rows of the checks panel once one mentions `text` (the preview refreshes as we type)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = panel.locator("[data-content-checker-row]").all_inner_texts()
        if any(text in row for row in rows):
            return rows
        page.wait_for_timeout(500)
    raise AssertionError(
        f"no row with {text!r} in the checks panel:\n{panel.inner_text()}\n"
        f"console errors: {page.console_errors}"
    )


def type_and_wait_for_rows(page, panel, text, expected, attempts=3):
    """Type into the introduction until the checks panel shows `expected`.

    The test server is gunicorn with threads on SQLite: two preview updates at the same moment
    can fail with "database is locked" (a 500 for one of them), so typing again is allowed.
    """
    for attempt in range(attempts):
        page.fill("#id_intro", text + " " * attempt)
        try:
            return wait_for_rows(page, panel, expected, timeout=40)
        except AssertionError:
            if attempt == attempts - 1:
                raise
    return []


def test_readability_check_appears_in_the_checks_panel(live_site, page):
    log_in(page, live_site)
    panel = open_checks_panel(page, live_site)
    rows = type_and_wait_for_rows(page, panel, BUREAUCRATIC, "middels")
    text = "\n".join(rows)
    # The sentence is shown with each issue, and the messages are in the admin's language
    # (the demo admin's interface is Dutch).
    assert BUREAUCRATIC[:40] in text
    assert "Ambtelijke taal: 'middels'" in text
    assert "Ambtelijke taal: 'Teneinde'" in text
    # The issue points at the element in the preview that holds the sentence, not at <main>.
    row = panel.locator("[data-content-checker-row]", has_text="'middels'").first
    assert row.locator("[data-content-checker-selector-text]").inner_text().strip() != "main"
