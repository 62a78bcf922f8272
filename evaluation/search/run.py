"""Search relevance on every engine: `python -m evaluation.search` (also `make eval-search`).

    python -m evaluation.search [--engines sqlite,postgresql,elasticsearch] [--json PATH]
                                [--seed 2026] [--size 500]

Per engine, a child process sets up Django on a throwaway database (a new SQLite file, or a new
database on the PostgreSQL server of DATABASE_URL), loads the site as `load_demo` builds it but
with the world's makers instead of the demo's, imports them through the importer, indexes them
the way the site does, and asks every query the way a visitor would, through Django's test
client: the makers directory page, the open-data API and the site search (makers only). The
table and bench/results/eval-search-<time>.json hold nDCG@10, recall@20 and the number of
queries that found nothing although relevant makers exist, per endpoint and split, and per
query class.

Engines: "sqlite" (SQLite file, SEARCH_BACKEND=database), "postgresql" (DATABASE_URL,
SEARCH_BACKEND=database; skipped without it), "elasticsearch" (SEARCH_BACKEND=elasticsearch on
ELASTICSEARCH_URL with a throwaway index prefix, on PostgreSQL when DATABASE_URL is set, else
SQLite; skipped when Elasticsearch is not reachable).
"""

import argparse
import inspect
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from . import metrics
from .queries import CLASSES, QUERIES, grades
from .world import COLUMNS, SEED, SIZE, generate, to_csv

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results"
REGIONS_CSV = ROOT / "search" / "data" / "regions.csv"
ENGINES = ["sqlite", "postgresql", "elasticsearch"]
ENDPOINTS = ["directory", "api", "site"]
SPLITS = ["dev", "heldout", "all"]
TOP = metrics.RECALL_AT


# --- the world in the current database (also used by tests/test_search_evaluation.py) --------


def clear_makers():
    """Remove every maker (the demo's), so that only the world is searched."""
    from artists.models import Maker

    Maker.objects.all().delete()


def import_world(makers):
    """Import the rows through the importer and publish them. Returns the importer's counts."""
    from artists import importer

    # The importer refuses columns it does not know (wanted_parts, until it is added).
    columns = [c for c in COLUMNS if c in importer.COLUMNS]
    rows = importer.read_rows(io.StringIO(to_csv(makers, columns)), "csv")
    importer.validate(rows)
    bad = [f"line {row.line}: {'; '.join(row.errors)}" for row in rows if row.errors]
    if bad:
        raise RuntimeError("the importer refused generated rows:\n" + "\n".join(bad[:20]))
    return importer.apply(rows, publish=True)


def load_regions():
    """The shipped regions, when the site has a loader for them (search.regions.load_csv)."""
    try:
        from search import regions
    except ImportError:
        return False
    loader = getattr(regions, "load_csv", None)
    if loader is None:
        return False
    loader(REGIONS_CSV)
    return True


def elasticsearch_enabled():
    from django.conf import settings

    return getattr(settings, "SEARCH_BACKEND", "database") == "elasticsearch"


def build_indexes(log=None):
    """Index the way the site is kept: Wagtail's update_index, our own index when the site has
    one (search.index.rebuild), and the Elasticsearch indexes when that engine is on."""
    from django.core.management import call_command

    quiet = io.StringIO()
    call_command("update_index", verbosity=0, stdout=quiet, stderr=quiet)
    try:
        from search import index as site_index
    except ImportError:
        site_index = None
    rebuild = getattr(site_index, "rebuild", None)
    if callable(rebuild):
        if "log" in inspect.signature(rebuild).parameters:
            rebuild(log=lambda line: None)
        else:
            rebuild()
    if elasticsearch_enabled():
        call_command("search_index", "--rebuild", stdout=quiet)
    if log:
        log("indexes built" + (" (with search.index.rebuild)" if callable(rebuild) else ""))


def install_world(makers, log=None):
    """Regions, then the makers (imported and published), then the indexes."""
    regions = load_regions()
    counts = import_world(makers)
    build_indexes(log)
    return {"imported": counts, "regions_loaded": regions}


# --- asking the site -------------------------------------------------------------------------


class LinkParser(HTMLParser):
    """hrefs of links inside elements with one of `classes`, in document order."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self, classes, skip=()):
        super().__init__()
        self.classes, self.skip = set(classes), set(skip)
        self.stack, self.hrefs = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            inside = {c for _t, classes in self.stack for c in classes}
            if inside & self.classes and not inside & self.skip:
                self.hrefs.append(attrs["href"])
        if tag not in self.VOID:
            self.stack.append((tag, set((attrs.get("class") or "").split())))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break


def links(html, classes, skip=()):
    parser = LinkParser(classes, skip)
    parser.feed(html)
    return parser.hrefs


def site_urls():
    """{language: {"directory": url, "site": url}} from the live pages, as visitors find them."""
    from artists.models import MakersIndexPage
    from search.models import SearchPage

    urls = {}
    for model, key in ((MakersIndexPage, "directory"), (SearchPage, "site")):
        for page in model.objects.live().select_related("locale"):
            urls.setdefault(page.locale.language_code, {})[key] = page.url
    return urls


def slug_of(href, directory_url):
    path = urlparse(href).path
    if directory_url and path.startswith(directory_url):
        return path[len(directory_url) :].strip("/").split("/")[0]
    parts = [p for p in path.split("/") if p]
    return parts[-1] if parts else ""


def ask(client, endpoint, query, urls, depth=TOP):
    """(the first `depth` slugs, note). Raises on an error page; the caller records it."""
    language = query.language
    pages = urls.get(language) or urls["nl"]
    if endpoint == "api":
        params = {"search": query.text, "limit": depth}
        if language != "nl":
            params["locale"] = language
        response = client.get("/api/v2/makers/", params)
        check(response)
        return [item["slug"] for item in response.json()["items"]], ""
    if endpoint == "directory":
        response = client.get(pages["directory"], {"q": query.text})
        check(response)
        hrefs = links(response.content.decode(), {"maker-card__name"})
        return [slug_of(h, pages["directory"]) for h in hrefs][:depth], ""
    slugs, note = [], ""
    for number in range(1, depth // 10 + 2):  # ten hits per page
        response = client.get(pages["site"], {"q": query.text, "type": "maker", "page": number})
        check(response)
        body = response.content.decode()
        if "search-notice" in body:
            note = "degraded"  # Elasticsearch failed and the database answered
        hrefs = links(body, {"search-hit__title"}, skip={"search-hit--promoted"})
        slugs += [slug_of(h, pages["directory"]) for h in hrefs]
        if len(hrefs) < 10 or len(slugs) >= depth:
            break
    return slugs[:depth], note


def check(response):
    if response.status_code != 200:
        raise RuntimeError(f"HTTP {response.status_code}")


def measure(makers, queries=QUERIES, endpoints=ENDPOINTS, client=None, log=None, depth=TOP):
    """{endpoint: [one record per query]} for the world in the current database. With
    `depth` 10 only nDCG@10 is meaningful (and the site search needs one page, not two)."""
    from django.core.cache import cache
    from django.test import Client

    client = client or Client(raise_request_exception=True)
    cache.clear()
    urls = site_urls()
    graded = {q.id: grades(q, makers) for q in queries}
    out = {}
    for endpoint in endpoints:
        records = []
        started = time.perf_counter()
        for query in queries:
            relevant = graded[query.id]
            t0 = time.perf_counter()
            error = note = ""
            try:
                ranked, note = ask(client, endpoint, query, urls, depth)
            except Exception as exc:  # an endpoint error counts as no results
                ranked, error = [], f"{type(exc).__name__}: {exc}"[:300]
            records.append(
                {
                    "id": query.id,
                    "split": query.split,
                    "class": query.cls,
                    "language": query.language,
                    "text": query.text,
                    "results": ranked,
                    "grades": [relevant.get(slug, 0) for slug in ranked],
                    "relevant": len(relevant),
                    "ndcg": metrics.ndcg(ranked, relevant),
                    "recall": metrics.recall(ranked, relevant),
                    "ceiling": metrics.recall_ceiling(relevant),
                    "ms": round((time.perf_counter() - t0) * 1000, 1),
                    "error": error,
                    "note": note,
                }
            )
        out[endpoint] = records
        if log:
            log(f"{endpoint}: {len(queries)} queries in {time.perf_counter() - started:.1f} s")
    return out


def summarise(measured):
    """{endpoint: {"splits": {split: summary}, "classes": {class: summary}}}."""
    summary = {}
    for endpoint, records in measured.items():
        splits = {
            split: metrics.summarise([r for r in records if split == "all" or r["split"] == split])
            for split in SPLITS
        }
        classes = {
            cls: metrics.summarise([r for r in records if r["class"] == cls]) for cls in CLASSES
        }
        summary[endpoint] = {
            "splits": splits,
            "classes": classes,
            "degraded": sum(1 for r in records if r["note"] == "degraded"),
        }
    return summary


# --- one engine, in its own process ---------------------------------------------------------


def child(args):
    from bench import setup_django

    url = setup_django("EVAL_SEARCH_DATABASE_URL", "eval-search-unused.sqlite3")
    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    timings = {}
    original = connection.settings_dict["NAME"]
    # A database of its own: a new file beside the SQLite URL's, or a new PostgreSQL database.
    throwaway = (
        f"{original}-eval.sqlite3"
        if connection.vendor == "sqlite"
        else f"{original}_eval_{uuid.uuid4().hex[:8]}"
    )
    connection.settings_dict.setdefault("TEST", {})["NAME"] = throwaway
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    timings["migrate_s"] = round(time.perf_counter() - started, 1)
    try:
        t0 = time.perf_counter()
        call_command("load_demo", stdout=io.StringIO())
        clear_makers()
        timings["site_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        makers = generate(seed=args.seed, size=args.size)
        installed = install_world(makers)
        timings["world_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        measured = measure(makers, log=lambda line: print("  " + line, flush=True))
        timings["queries_s"] = round(time.perf_counter() - t0, 1)
    finally:
        connection.creation.destroy_test_db(original, verbosity=0)
        if elasticsearch_enabled():
            drop_indexes()
    timings["total_s"] = round(time.perf_counter() - started, 1)
    from django.conf import settings

    from artists import importer

    entry = {
        "engine": args.child,
        "database": connection.vendor,
        "database_url": url.split("@")[-1],
        "search_backend": settings.SEARCH_BACKEND,
        "makers": len(makers),
        "installed": installed,
        "dropped_columns": [c for c in COLUMNS if c not in importer.COLUMNS],
        "timings": timings,
        "summary": summarise(measured),
        "queries": measured,
    }
    Path(args.output).write_text(json.dumps(entry))


def drop_indexes():
    """Delete this run's Elasticsearch indexes (names given: wildcards may be refused)."""
    from django.conf import settings
    from elasticsearch import Elasticsearch

    prefix = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "")
    if not prefix.startswith("eval_"):
        return
    client = Elasticsearch(settings.SEARCH_ELASTICSEARCH["URLS"])
    names = list(client.indices.get(index=f"{prefix}*", ignore_unavailable=True))
    if names:
        client.indices.delete(index=",".join(names), ignore_unavailable=True)


# --- the parent: which engines, and the report ------------------------------------------------


def reachable(url, default_port=9200):
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or default_port), timeout=2):
            return True
    except (OSError, TypeError):
        return False


def engine_env(engine, workdir):
    """The child's environment, or a reason to skip the engine."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.test")
    env["MEDIA_ROOT"] = str(workdir / "media")
    env.pop("EVAL_SEARCH_DATABASE_URL", None)
    database_url = os.environ.get("DATABASE_URL", "")
    postgres = database_url.startswith(("postgres://", "postgresql://", "pgsql://"))
    sqlite_url = f"sqlite:///{workdir / 'eval.sqlite3'}"
    if engine == "sqlite":
        env |= {"EVAL_SEARCH_DATABASE_URL": sqlite_url, "SEARCH_BACKEND": "database"}
    elif engine == "postgresql":
        if not postgres:
            return None, "DATABASE_URL is not set to a PostgreSQL database"
        env |= {"EVAL_SEARCH_DATABASE_URL": database_url, "SEARCH_BACKEND": "database"}
    elif engine == "elasticsearch":
        es_url = os.environ.get("ELASTICSEARCH_URL", "").split(",")[0]
        if not es_url or not reachable(es_url):
            return None, "ELASTICSEARCH_URL is not set or not reachable"
        env |= {
            "EVAL_SEARCH_DATABASE_URL": database_url if postgres else sqlite_url,
            "SEARCH_BACKEND": "elasticsearch",
            "ELASTICSEARCH_INDEX_PREFIX": f"eval_{uuid.uuid4().hex[:8]}_",
        }
    else:
        return None, f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})"
    return env, ""


def fmt(value, digits=3):
    return "-" if value is None else f"{value:.{digits}f}"


def print_engine(entry):
    summary = entry["summary"]
    print(
        f"\n{entry['engine']}: {entry['database']} database, SEARCH_BACKEND={entry['search_backend']}, "
        f"{entry['makers']} makers; {entry['timings']['total_s']} s "
        f"(migrate {entry['timings']['migrate_s']}, site {entry['timings']['site_s']}, "
        f"world {entry['timings']['world_s']}, queries {entry['timings']['queries_s']})"
    )
    if entry["dropped_columns"]:
        print(f"  columns the importer does not know yet, left out: {entry['dropped_columns']}")
    header = f"{'endpoint':<10} {'split':<8} {'n':>4} {'nDCG@10':>8} {'R@20':>6} {'(max)':>7} {'empty':>6} {'errors':>7}"
    print(header)
    print("-" * len(header))
    for endpoint in ENDPOINTS:
        for split in SPLITS:
            s = summary[endpoint]["splits"][split]
            print(
                f"{endpoint:<10} {split:<8} {s['queries']:>4} {fmt(s['ndcg@10']):>8} "
                f"{fmt(s['recall@20']):>6} {'(' + fmt(s['recall_ceiling'], 2) + ')':>7} "
                f"{s['empty_with_relevant']:>6} {s['errors']:>7}"
            )
        if summary[endpoint]["degraded"]:
            print(
                f"{'':<10} Elasticsearch fell back to the database {summary[endpoint]['degraded']}x"
            )
    print(f"\nnDCG@10 per query class (all splits) — {entry['engine']}")
    header = f"{'class':<22} {'n':>4} " + " ".join(f"{e:>10}" for e in ENDPOINTS)
    print(header)
    print("-" * len(header))
    for cls in CLASSES:
        n = summary[ENDPOINTS[0]]["classes"][cls]["queries"]
        cells = " ".join(f"{fmt(summary[e]['classes'][cls]['ndcg@10']):>10}" for e in ENDPOINTS)
        print(f"{cls:<22} {n:>4} {cells}")
    errors = sorted({r["error"] for e in ENDPOINTS for r in entry["queries"][e] if r["error"]})
    for error in errors[:10]:
        print(f"  error: {error}")


def query_catalogue(makers):
    rows = []
    for q in QUERIES:
        graded = grades(q, makers)
        rows.append(
            {
                "id": q.id,
                "language": q.language,
                "text": q.text,
                "class": q.cls,
                "split": q.split,
                "rule": q.rule,
                "grade_2": sum(1 for g in graded.values() if g == 2),
                "grade_1": sum(1 for g in graded.values() if g == 1),
            }
        )
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.search", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--child", help=argparse.SUPPRESS)  # one engine, in a child process
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args)

    started = time.perf_counter()
    # The world and its grades need no database; generating it here checks coverage up front.
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    makers = generate(seed=args.seed, size=args.size)
    counts = {s: sum(1 for q in QUERIES if q.split == s) for s in ("dev", "heldout")}
    print(
        f"Search relevance: {len(makers)} fictional makers (seed {args.seed}), "
        f"{len(QUERIES)} queries ({counts['dev']} dev, {counts['heldout']} held out)",
        flush=True,
    )
    results = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": args.seed,
        "size": len(makers),
        "engines": {},
        "skipped": {},
        "queries": query_catalogue(makers),
    }
    for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
        with tempfile.TemporaryDirectory(prefix="eval-search-") as workdir:
            env, reason = engine_env(engine, Path(workdir))
            if env is None:
                print(f"\n{engine}: skipped, {reason}", flush=True)
                results["skipped"][engine] = reason
                continue
            print(f"\n{engine}: building the world in a throwaway database ...", flush=True)
            output = Path(workdir) / "result.json"
            command = [sys.executable, "-m", "evaluation.search", "--child", engine]
            command += ["--output", str(output), "--seed", str(args.seed), "--size", str(args.size)]
            done = subprocess.run(command, cwd=ROOT, env=env, check=False)  # noqa: S603
            if done.returncode or not output.exists():
                print(f"{engine}: the run failed (exit {done.returncode})", flush=True)
                results["skipped"][engine] = f"failed with exit code {done.returncode}"
                continue
            entry = json.loads(output.read_text())
        results["engines"][engine] = entry
        print_engine(entry)
    results["total_seconds"] = round(time.perf_counter() - started)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    paths = [RESULTS / f"eval-search-{stamp}.json"] + ([Path(args.json)] if args.json else [])
    for path in paths:
        path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    shown = ", ".join(str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p) for p in paths)
    print(f"\nWritten to {shown} ({results['total_seconds']} s in all)")
    return 1 if not results["engines"] else 0
