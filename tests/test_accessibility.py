"""Measured accessibility across the site in a real Chromium: keyboard journeys, visible focus,
reflow at 320 px, 200% zoom and reduced motion, on every public page type in three languages.

axe-core scans live beside each app's own browser tests; this module checks what axe cannot.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# One example URL per public page type and language; the directory and kennisbank URLs that
# depend on demo data are found by following links, as a visitor would.
STATIC_PAGES = {
    "home": ["/nl/", "/en/", "/de/"],
    "standard page": ["/nl/over-ons/", "/en/about-us/", "/de/ueber-uns/"],
    "section page": ["/nl/voor-makers/", "/en/for-makers/", "/de/fuer-kreative/"],
    "kennisbank index": ["/nl/kennisbank/", "/en/knowledge-base/", "/de/wissensbank/"],
    "makers directory": ["/nl/makers/", "/en/makers/", "/de/makers/"],
    "not found": ["/nl/bestaat-niet/", "/en/missing/", "/de/fehlt/"],
}

FOCUS_STYLE = """el => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const ring = s.boxShadow && s.boxShadow !== 'none';
    return outline || ring;
}"""


def first_link(page, live_site, start, pattern):
    page.goto(f"{live_site}{start}")
    for href in page.eval_on_selector_all(
        "main a[href]", "links => links.map(a => a.getAttribute('href'))"
    ):
        if re.fullmatch(pattern, href):
            return href
    raise AssertionError(f"no link matching {pattern} on {start}")


@pytest.fixture(scope="module")
def all_page_urls(live_site, browser):
    """Every public page type in nl/en/de, including the ones found through links."""
    context = browser.new_context()
    page = context.new_page()
    urls = {kind: list(paths) for kind, paths in STATIC_PAGES.items()}
    urls["kennisbank article"] = []
    urls["kennisbank theme"] = []
    urls["maker profile"] = []
    for language, index, directory in (
        ("nl", "/nl/kennisbank/", "/nl/makers/"),
        ("en", "/en/knowledge-base/", "/en/makers/"),
        ("de", "/de/wissensbank/", "/de/makers/"),
    ):
        urls["kennisbank theme"].append(
            first_link(page, live_site, index, rf"{index}thema/[\w-]+/")
        )
        urls["kennisbank article"].append(
            first_link(page, live_site, index, rf"{index}(?!thema/|tag/)[\w-]+/")
        )
        urls["maker profile"].append(
            first_link(page, live_site, directory, rf"/{language}/makers/[\w-]+/")
        )
    context.close()
    return urls


def tab_until(page, predicate_js, limit=250):
    """Press Tab until the focused element matches; fail if it never does (a keyboard trap or gap)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return {predicate_js}; }})()"
        ):
            return
    raise AssertionError(f"keyboard focus never reached: {predicate_js}")


def test_every_focus_stop_is_visible(live_site, page, all_page_urls):
    """The first 60 Tab stops of every page type show a clear focus ring."""
    for kind, urls in all_page_urls.items():
        page.goto(f"{live_site}{urls[0]}")
        invisible = []
        for _ in range(60):
            page.keyboard.press("Tab")
            focused = page.evaluate_handle("document.activeElement")
            if page.evaluate("document.activeElement === document.body"):
                break
            if not focused.evaluate(FOCUS_STYLE):
                invisible.append(focused.evaluate("el => el.outerHTML.slice(0, 120)"))
        assert invisible == [], f"{kind}: focus not visible on {invisible}"


@pytest.mark.parametrize("width", [320, 640])  # 640 CSS px is a 1280 px screen at 200% zoom
def test_pages_reflow_without_horizontal_scrolling(live_site, browser, all_page_urls, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    too_wide = {}
    for urls in all_page_urls.values():
        for url in urls:
            page.goto(f"{live_site}{url}")
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                too_wide[url] = overflow
    context.close()
    assert too_wide == {}, f"horizontal scrolling at {width}px: {too_wide}"


def test_reduced_motion_turns_off_animations(live_site, browser, all_page_urls):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    moving = {}
    for kind, urls in all_page_urls.items():
        page.goto(f"{live_site}{urls[0]}")
        found = page.evaluate(
            """() => Array.from(document.querySelectorAll('*')).filter(el => {
                const s = getComputedStyle(el);
                const durations = (s.transitionDuration + ',' + s.animationDuration).split(',');
                return (s.animationName !== 'none' || durations.some(d => parseFloat(d) > 0.01));
            }).map(el => el.tagName + '.' + el.className).slice(0, 5)"""
        )
        if found:
            moving[kind] = found
    context.close()
    assert moving == {}


def test_keyboard_journey_find_a_maker_and_send_a_message(live_site, page):
    """Search, filter, open a profile and send a contact message with the keyboard only."""
    page.goto(f"{live_site}/nl/makers/")
    # The directory's own search box, in <main> (the header has the site-wide one).
    tab_until(page, "el.tagName === 'INPUT' && el.name === 'q' && el.closest('main') !== null")
    page.keyboard.type("koor")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/nl/makers/\?.*q=koor"))
    assert page.locator("main").get_by_text(re.compile("koor", re.I)).count() > 0

    # Filter with the keyboard: the first discipline option, chosen with Space.
    tab_until(page, "el.type === 'checkbox' || el.type === 'radio'")
    page.keyboard.press("Space")
    page.wait_for_load_state("networkidle")

    tab_until(
        page, r"el.tagName === 'A' && /^\/nl\/makers\/[\w-]+\/$/.test(el.getAttribute('href'))"
    )
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/nl/makers/[\w-]+/$"))
    assert page.locator("h1").count() == 1

    tab_until(page, "el.name === 'name'")
    page.keyboard.type("Sanne de Vries")
    tab_until(page, "el.name === 'email'")
    page.keyboard.type("sanne@example.org")
    tab_until(page, "el.name === 'message'")
    page.keyboard.type("Hallo! Mag ik een keer komen kijken bij een repetitie?")
    tab_until(page, "el.type === 'submit' && el.closest('form.contact-form') !== null")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("#contact").get_by_role("status")).to_contain_text(
        "Je bericht is verstuurd"
    )


def test_honeypot_is_never_a_keyboard_stop(live_site, page, all_page_urls):
    page.goto(f"{live_site}{all_page_urls['maker profile'][0]}")
    for _ in range(200):
        page.keyboard.press("Tab")
        name = page.evaluate("document.activeElement.name || ''")
        assert name != "homepage", "the spam trap field can be reached with Tab"
        if page.evaluate("document.activeElement === document.body"):
            break


def test_keyboard_journey_read_an_article(live_site, page):
    page.goto(f"{live_site}/nl/kennisbank/")
    tab_until(
        page,
        r"el.tagName === 'A' && /^\/nl\/kennisbank\/(?!thema\/|tag\/)[\w-]+\/$/.test(el.getAttribute('href'))",
    )
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/nl/kennisbank/[\w-]+/$"))
    assert page.locator("h1").count() == 1
    # Questions open and close with the keyboard.
    if page.locator("details summary").count():
        tab_until(page, "el.tagName === 'SUMMARY'")
        page.keyboard.press("Enter")
        assert page.locator("details[open]").count() == 1
