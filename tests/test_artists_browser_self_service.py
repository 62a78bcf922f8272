"""In Chromium: a new maker goes from an invitation to a submitted profile; a moderator asks for
changes, then approves; only then does the public profile change."""

import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.browser import axe_violations, format_violations
from tests.services import unavailable

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SERVER_ENV = [
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "MEDIA_ROOT",
    "SEARCH_BACKEND",
    "ALLOWED_HOSTS",
    "WAGTAILADMIN_BASE_URL",
]
MAKER = "band-rode-draad"
PUBLIC = f"/nl/makers/{MAKER}/"


def server_env(base_url):
    """The environment tests/browser.py gave the live_site server (its own database file).

    The fixture only hands out the URL, so read it from the gunicorn process serving that URL.
    """
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "environ").read_bytes()
        except OSError:
            continue
        env = dict(
            item.split("=", 1) for item in raw.decode(errors="replace").split("\0") if "=" in item
        )
        if env.get("WAGTAILADMIN_BASE_URL") == base_url and "DATABASE_URL" in env:
            return {**os.environ, **{key: env[key] for key in SERVER_ENV if key in env}}
    unavailable("cannot find the live_site server's environment (needs /proc)")


def manage(base_url, *args):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=server_env(base_url),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def public_intro(base_url):
    with urllib.request.urlopen(base_url + PUBLIC, timeout=10) as response:  # noqa: S310 - own server
        return response.read().decode()


def log_in(page, base_url, email, password):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def footer_action(page, name, navigates=True):
    """Click an action in the editor's footer menu, opening the "more actions" list if needed."""
    button = page.get_by_role("button", name=name)
    if not button.first.is_visible():
        page.get_by_role("button", name="Meer acties").click()
    if navigates:
        with page.expect_navigation():
            button.first.click()
    else:
        button.first.click()


@pytest.fixture
def dutch(browser):
    contexts = []

    def new_page():
        context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(20_000)
        return page

    yield new_page
    for context in contexts:
        context.close()


def test_invitation_to_submitted_profile_then_moderation(live_site, dutch):
    before = public_intro(live_site)
    link = manage(
        live_site,
        "invite_owner",
        "--maker",
        MAKER,
        "--email",
        "nieuw.lid@example.org",
        "--print-link",
    )
    assert link.startswith(f"{live_site}/nl/account/invitation/")

    # The maker accepts and chooses a password (the first one is too weak).
    maker = dutch()
    maker.goto(link)
    assert maker.get_by_role("heading", level=1).inner_text() == "Uitnodiging aannemen"
    assert axe_violations(maker) == [], format_violations(axe_violations(maker))
    maker.fill("#id_first_name", "Lotte")
    maker.fill("#id_last_name", "Lid")
    maker.fill("#id_new_password1", "12345678")
    maker.fill("#id_new_password2", "12345678")
    maker.get_by_role("button", name="Maak mijn account").click()
    assert maker.locator(".form-error").first.is_visible()
    assert maker.input_value("#id_first_name") == "Lotte"
    maker.fill("#id_new_password1", "band-repeteert-op-vrijdag")
    maker.fill("#id_new_password2", "band-repeteert-op-vrijdag")
    maker.get_by_role("button", name="Maak mijn account").click()
    maker.wait_for_url(re.compile(r"/admin/snippets/artists/maker/edit/\d+/"))
    edit_url = maker.url

    # Edit and submit for moderation.
    maker.fill(
        "#id_intro", "Wij spelen rock in het Nederlands. Nieuw: elke vrijdag open repetitie."
    )
    footer_action(maker, re.compile("Dien in ter controle|Stuur door naar"))
    maker.goto(f"{live_site}/admin/")
    assert maker.locator('[data-profile-status="in_moderation"]').count() == 1
    assert "open repetitie" not in public_intro(live_site)

    # The moderator asks for a change, with a comment.
    moderator = dutch()
    log_in(moderator, live_site, "moderator@cultuurhuis.example", "demo-moderator")
    moderator.goto(edit_url)
    footer_action(moderator, "Wijzigingsverzoek", navigates=False)
    comment = moderator.locator("textarea[name=comment]")
    comment.fill("Schrijf ook waar jullie repeteren.")
    # The modal posts the comment, then the admin moves on to another page.
    with moderator.expect_navigation():
        comment.locator("xpath=ancestor::form").locator("button[type=submit]").click()
    assert "open repetitie" not in public_intro(live_site)

    maker.goto(f"{live_site}/admin/")
    assert maker.locator('[data-profile-status="changes"]').count() == 1
    assert "Schrijf ook waar jullie repeteren." in maker.content()

    # The maker fixes it and sends it again; the moderator approves.
    maker.goto(edit_url)
    maker.fill(
        "#id_intro",
        "Wij spelen rock in het Nederlands. Nieuw: elke vrijdag open repetitie in Heerlen.",
    )
    footer_action(maker, re.compile("Stuur opnieuw door|Dien in ter controle"))
    assert "open repetitie" not in public_intro(live_site)

    moderator.goto(edit_url)
    footer_action(moderator, re.compile(r"^Goedkeuren(?! met)"))
    after = public_intro(live_site)
    assert "elke vrijdag open repetitie in Heerlen" in after
    assert after != before
