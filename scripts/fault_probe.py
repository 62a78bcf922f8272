"""Fault probe as a visitor meets it: gunicorn and the background worker on production settings
(PostgreSQL), real SMTP servers on loopback that hang, drop or are missing, then come back.

    eval "$(scripts/services env)"      # PostgreSQL (and Elasticsearch for the search part)
    .venv/bin/python scripts/fault_probe.py

For each SMTP fault it walks the public journeys that send mail (contact form, sign-up, password
reset), times each request, then puts a working server on the same port and waits for the
worker to deliver. With SEARCH_BACKEND=elasticsearch pointed at a closed port and a silent
socket it asks every page that searches. Prints a table; writes bench/results/faults.json.
Uses the database in DATABASE_URL (the demo is loaded once, with dev settings).
"""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.smtp import BadServer, closed_port  # noqa: E402

PY = str(ROOT / ".venv/bin/python")
PORT = 8765
LOG = ROOT / "bench" / "results" / "fault_probe.log"  # gunicorn's and the worker's errors
BASE = f"http://127.0.0.1:{PORT}"


def environment(smtp_port, **extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="probe-only-not-secret",  # noqa: S106
        ALLOWED_HOSTS="127.0.0.1",
        WAGTAILADMIN_BASE_URL=BASE,
        SECURE_SSL_REDIRECT="0",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_TIMEOUT="5",
        CACHE_BACKEND="django.core.cache.backends.db.DatabaseCache",
        **extra,
    )
    return env


def start(env):
    server = subprocess.Popen(
        [PY, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{PORT}", "--workers", "2",
         "--timeout", "30"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=LOG.open("a"),
    )  # fmt: skip
    worker = subprocess.Popen(
        [PY, "manage.py", "db_worker", "--backend", "background", "--queue-name", "*",
         "--no-reload", "--interval", "0.5", "-v", "0"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=LOG.open("a"),
    )  # fmt: skip
    for _ in range(100):
        try:
            requests.get(BASE + "/nl/", timeout=20)
            return server, worker
        except requests.RequestException:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def stop(*processes):
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(timeout=30)


def csrf_post(session, url, data):
    page = session.get(BASE + url, timeout=60)
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    if found is None:
        raise SystemExit(f"no form on {url}: {page.status_code} {page.url}\n{page.text[:300]}")
    token = found.group(1)
    if data.get("discipline") == "":  # the first discipline the form offers
        data["discipline"] = re.search(r'<option value="(\d+)"', page.text).group(1)
    # Production cookies are Secure, and this probe speaks plain HTTP on loopback: send the
    # cookies the site set by hand, as a browser behind the TLS proxy would.
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    started = time.perf_counter()
    response = session.post(
        BASE + url, data={**data, "csrfmiddlewaretoken": token}, timeout=60,
        headers={"Referer": BASE + url, "Cookie": cookie}, allow_redirects=False,
    )  # fmt: skip
    return response.status_code, time.perf_counter() - started


def journeys(n):
    s = requests.Session()
    yield "contact form", csrf_post(
        s, "/nl/makers/lotte-vrancken/",
        {"name": "Kim", "email": f"kim{n}@example.org", "message": "Speel je op ons feest?"},
    )  # fmt: skip
    yield "sign-up", csrf_post(
        requests.Session(), "/nl/account/sign-up/",
        {"name": f"Probe Fanfare {n}", "email": f"fanfare{n}@example.org", "discipline": "",
         "intro": "Wij zijn een fanfare.", "consent": "on", "homepage": ""},
    )  # fmt: skip
    yield (
        "password reset",
        csrf_post(
            requests.Session(),
            "/admin/password_reset/",
            {"email": "maker.koor@cultuurhuis.example"},
        ),
    )


def manage_shell(code):
    subprocess.run(
        [PY, "manage.py", "shell", "-c", code], cwd=ROOT, check=True,
        env=environment(closed_port()),
    )  # fmt: skip


def mail_probe(rows, fault, n):
    manage_shell("from outbox.models import Mail; Mail.objects.waiting().delete()")
    port = closed_port()
    bad = BadServer(fault) if fault != "none" else None
    if bad:
        port = bad.port
    server, worker = start(environment(port))
    try:
        results = list(journeys(n))
        time.sleep(8)  # the worker meets the fault
        if bad:
            bad.close()
        with working_server_on(port) as inbox:
            deadline = time.time() + 120
            while time.time() < deadline and len(inbox.messages) < len(results):
                time.sleep(1)
            time.sleep(3)  # and no second copy arrives
            delivered = len(inbox.messages)
            distinct = len(
                {(tuple(m.rcpt_tos), m.content.split(b"\n\n", 1)[-1]) for m in inbox.messages}
            )
            waited = 120 - (deadline - time.time())
    finally:
        stop(server, worker)
    for name, (status, seconds) in results:
        rows.append({"fault": f"SMTP {fault}", "journey": name, "status": status,
                     "seconds": round(seconds, 3)})  # fmt: skip
    rows.append({"fault": f"SMTP {fault}", "journey": "mails delivered after recovery",
                 "status": f"{delivered} of {len(results)} ({distinct} distinct)",
                 "seconds": round(waited, 1)})  # fmt: skip


class working_server_on:
    """aiosmtpd on a given port (the one the site was started with)."""

    def __init__(self, port):
        self.port = port

    def __enter__(self):
        from aiosmtpd.controller import Controller

        from tests.smtp import Inbox

        self.inbox = Inbox()
        for _attempt in range(40):  # the broken server's socket may take a moment to go
            self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
            try:
                self.controller.start()
                return self.inbox
            except OSError:
                time.sleep(0.5)
        raise SystemExit(f"port {self.port} stays in use")

    def __exit__(self, *exc):
        self.controller.stop()


SEARCH_URLS = [
    "/nl/zoeken/?q=koor",
    "/nl/zoeken/suggest/?q=koo",
    "/nl/makers/?q=koor",
    "/api/v2/makers/?search=koor",
    "/nl/kennisbank/?q=subsidie",
]


def search_probe(rows):
    for fault in ("down", "hung"):
        # Start without the "Elasticsearch is down" mark the last run left in the shared cache.
        manage_shell("from django.core.cache import cache; cache.clear()")
        silent = BadServer("hang") if fault == "hung" else None  # accepts, never answers
        url = f"http://127.0.0.1:{silent.port if silent else closed_port()}"
        env = environment(closed_port(), SEARCH_BACKEND="elasticsearch", ELASTICSEARCH_URL=url)
        server, worker = start(env)
        try:
            for path in SEARCH_URLS:
                started = time.perf_counter()
                status = requests.get(BASE + path, timeout=60).status_code
                rows.append({"fault": f"Elasticsearch {fault}", "journey": path,
                             "status": status,
                             "seconds": round(time.perf_counter() - started, 3)})  # fmt: skip
        finally:
            stop(server, worker)
            if silent:
                silent.close()


def main():
    LOG.parent.mkdir(exist_ok=True)
    LOG.write_text("")
    subprocess.run(
        [PY, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
    )  # fmt: skip
    subprocess.run(
        [PY, "manage.py", "load_demo"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
    )  # fmt: skip
    for command in (["createcachetable"], ["collectstatic", "--no-input", "-v", "0"]):
        subprocess.run(
            [PY, "manage.py", *command], cwd=ROOT, check=True, env=environment(closed_port())
        )
    rows = []
    for n, fault in enumerate(("hang", "drop", "none")):
        mail_probe(rows, fault, n)
    if os.environ.get("ELASTICSEARCH_URL"):
        search_probe(rows)
    print("| fault | journey | status | seconds |")
    print("|---|---|---|---|")
    for row in rows:
        print(f"| {row['fault']} | {row['journey']} | {row['status']} | {row['seconds']} |")
    out = ROOT / "bench" / "results" / "faults.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
