"""A real site for real-browser tests: gunicorn serving a freshly migrated demo database, and Chromium.

The server runs in its own process with its own SQLite file, so what the browser sees is exactly
what `make run` gives a visitor (with production's WSGI server).
"""

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import axe_playwright_python
import pytest

from tests.services import chromium_path, unavailable

ROOT = Path(__file__).resolve().parent.parent
AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the test server stopped with code {process.returncode}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own loopback server
                return
        time.sleep(0.3)
    raise RuntimeError(f"the test server did not answer at {url}")


@contextlib.contextmanager
def demo_server():
    workdir = Path(tempfile.mkdtemp(prefix="cultuurhuis-browser-"))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "SEARCH_BACKEND": "database",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Canonical and hreflang URLs then point at this very server.
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    log = open(workdir / "setup.log", "w")  # noqa: SIM115 - closed below
    for command in (["migrate", "--no-input"], ["load_demo"]):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, stdout=log, stderr=log)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=log,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base_url}/robots.txt", server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def live_site(browser):
    with demo_server() as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if not path:
        unavailable("Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.console_errors = errors
    yield page
    context.close()


def axe_violations(page):
    """Run axe-core in the page with the WCAG 2.2 A/AA rules; return the violations, readable."""
    page.evaluate(AXE_SOURCE)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]


def format_violations(violations):
    return json.dumps(violations, indent=2, ensure_ascii=False)
