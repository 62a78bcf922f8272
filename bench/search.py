"""Benchmark of the site search: `python -m bench.search` (also run by `make bench`).

    python -m bench.search [--sizes 10000,100000] [--runs 40] [--no-elasticsearch] [--reindex]

Seeds makers with the directory benchmark's seeder (bench/seed.py) into a SQLite file per size,
`bench/search-<size>.sqlite3`, kept for the next run (or into BENCH_SEARCH_DATABASE_URL, one
PostgreSQL database that grows from size to size, so give the sizes in ascending order). For each size it measures the search page and the suggestions endpoint through
Django's test client (server time, no network) on the database backend and on Elasticsearch
(ELASTICSEARCH_URL, indexes on the prefix `bench_`), and the time to build the Elasticsearch
indexes. Results go to bench/results/search-<time>.json.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import HERE, ROOT, setup_django

SCENARIOS = [
    ("term", "/nl/zoeken/", {"q": "muziek"}),
    ("term + facets", "/nl/zoeken/", {"q": "zingen", "discipline": "koor", "city": "Heerlen"}),
    ("typo", "/nl/zoeken/", {"q": "optredn"}),
    ("two words, english", "/en/search/", {"q": "maker dance"}),
    ("suggest", "/nl/zoeken/suggest/", {"q": "muz"}),
]
# The goal from the issue: a faceted search with a term, at 100,000 makers, on Elasticsearch.
GOAL = ("elasticsearch", 100_000, "term + facets", 50.0)


def measure(engine, runs):
    from django.core.cache import cache
    from django.test import Client
    from django.test.utils import override_settings

    client = Client()
    rows = []
    with override_settings(SEARCH_BACKEND=engine):
        for name, path, params in SCENARIOS:
            cache.clear()
            for _ in range(3):
                response = client.get(path, params)
                assert response.status_code == 200, (path, params, response.status_code)
                body = response.content.decode()
                assert "less complete" not in body, f"{engine} fell back to the database"
            timings = []
            for _ in range(runs):
                start = time.perf_counter()
                client.get(path, params)
                timings.append((time.perf_counter() - start) * 1000)
            row = {
                "engine": engine,
                "scenario": name,
                "params": params,
                "p50_ms": round(statistics.median(timings), 1),
                "p95_ms": round(statistics.quantiles(timings, n=100)[94], 1),
            }
            if "suggest" not in path:
                search_timings = time_search(path, params, runs)
                row["search_p50_ms"] = round(statistics.median(search_timings), 1)
                row["search_p95_ms"] = round(statistics.quantiles(search_timings, n=100)[94], 1)
            rows.append(row)
    return rows


def time_search(path, params, runs):
    """The search alone (engine, facets, hits), without the page around it: the test settings
    rescan static files on every request (WHITENOISE_AUTOREFRESH), which the page time includes."""
    from django.test import RequestFactory
    from django.utils import translation
    from wagtail.models import Locale

    from search.engine import SearchParams, run_search

    language = path.strip("/").split("/")[0]
    request = RequestFactory().get(path, params)
    timings = []
    with translation.override(language):
        locale = Locale.get_active()
        search_params = SearchParams.from_request(request)
        for _ in range(runs):
            start = time.perf_counter()
            outcome = run_search(search_params, locale, request)
            timings.append((time.perf_counter() - start) * 1000)
        assert not outcome.degraded
    return timings


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m bench.search", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument(
        "--runs", type=int, default=40, help="requests per scenario (after 3 warm-ups)"
    )
    parser.add_argument("--no-elasticsearch", action="store_true")
    parser.add_argument(
        "--reindex", action="store_true", help="also time indexing every maker on the database"
    )
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)  # one size, in a child
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.size:
        return measure_size(args)

    results = {
        "sizes": [],
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
    }
    started = time.perf_counter()
    for size in [int(s) for s in args.sizes.split(",")]:
        # A process per size: each size has its own database and Django is set up once per
        # process. Seeded makers stay, so the next run only measures.
        with tempfile.NamedTemporaryFile(suffix=".json") as output:
            command = [sys.executable, "-m", "bench.search", "--size", str(size)]
            command += ["--runs", str(args.runs), "--output", output.name]
            command += ["--no-elasticsearch"] if args.no_elasticsearch else []
            command += ["--reindex"] if args.reindex else []
            subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603 - our own module
            results["sizes"].append(json.loads(Path(output.name).read_text()))
    results["total_seconds"] = round(time.perf_counter() - started)
    check_goal(results)
    (HERE / "results").mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = HERE / "results" / f"search-{stamp}.json"
    path.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nWritten to {path.relative_to(ROOT)} ({results['total_seconds']} s in all)")


def measure_size(args):
    # Wagtail's database backend is the default here; Elasticsearch is switched on per run.
    os.environ["SEARCH_BACKEND"] = "database"
    url = setup_django("BENCH_SEARCH_DATABASE_URL", f"search-{args.size}.sqlite3")

    from django.conf import settings

    from bench.seed import index_makers, seed
    from search import documents

    es_url = os.environ.get("ELASTICSEARCH_URL", "")
    use_es = not args.no_elasticsearch and bool(es_url)
    settings.SEARCH_ELASTICSEARCH = {
        **settings.SEARCH_ELASTICSEARCH,
        "INDEX_PREFIX": "bench_",
        "TIMEOUT": 10,
    }
    print(
        f"\nDatabase: {url.split('@')[-1]}; Elasticsearch: {es_url if use_es else 'off'}",
        flush=True,
    )
    t0 = time.perf_counter()
    makers = seed(args.size, log=lambda m: print(m, flush=True))
    print(f"{makers} live Dutch makers (seeded in {time.perf_counter() - t0:.0f} s)", flush=True)
    entry = {"makers": makers, "database": url.split("@")[-1]}
    if args.reindex:
        t0 = time.perf_counter()
        entry["database_index_makers"] = index_makers()
        entry["database_index_seconds"] = round(time.perf_counter() - t0, 1)
    entry["rows"] = measure("database", args.runs)
    if use_es:
        t0 = time.perf_counter()
        timings = documents.rebuild(log=lambda m: print("  " + m, flush=True))
        entry["es_index_seconds"] = round(time.perf_counter() - t0, 1)
        entry["es_documents"] = {lang: count for lang, (count, _s) in timings.items()}
        entry["rows"] += measure("elasticsearch", args.runs)
    entry["load_average"] = os.getloadavg()[0]
    print_table(entry)
    Path(args.output).write_text(json.dumps(entry))


def print_table(entry):
    print(f"\nSite search, {entry['makers']} makers (Django test client, ms)")
    if "database_index_seconds" in entry:
        print(
            f"Database index: {entry['database_index_makers']} makers (all languages) "
            f"in {entry['database_index_seconds']} s"
        )
    if "es_index_seconds" in entry:
        docs = sum(entry["es_documents"].values())
        print(
            f"Elasticsearch indexes built in {entry['es_index_seconds']} s ({docs} documents, 3 languages)"
        )
    header = (
        f"{'engine':<14} {'scenario':<20} {'page p50':>9} {'page p95':>9} "
        f"{'search p50':>11} {'search p95':>11}"
    )
    print(header)
    print("-" * len(header))
    for row in entry["rows"]:
        print(
            f"{row['engine']:<14} {row['scenario']:<20} {row['p50_ms']:>9} {row['p95_ms']:>9} "
            f"{row.get('search_p50_ms', '-')!s:>11} {row.get('search_p95_ms', '-')!s:>11}"
        )
    print(f"(load average after measuring: {entry['load_average']:.1f} on {os.cpu_count()} cores)")


def check_goal(results):
    engine, size, scenario, limit = GOAL
    for entry in results["sizes"]:
        if entry["makers"] < size:
            continue
        for row in entry["rows"]:
            if row["engine"] == engine and row["scenario"] == scenario:
                p95 = row["search_p95_ms"]
                verdict = "met" if p95 < limit else "NOT met"
                print(
                    f"\nGoal: search p95 < {limit:.0f} ms ({scenario}, {engine}, "
                    f"{entry['makers']} makers): {verdict} ({p95} ms; whole page {row['p95_ms']} ms)"
                )
                results["goal"] = {
                    "search_p95_ms": p95,
                    "page_p95_ms": row["p95_ms"],
                    "limit_ms": limit,
                    "met": p95 < limit,
                }


if __name__ == "__main__":
    main()
