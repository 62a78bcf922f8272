"""Seed 10,000 makers into a separate database and measure the makers directory.

    python -m bench [--makers 10000] [--runs 60] [--reset]

SQLite file `bench/bench.sqlite3` by default; PostgreSQL when BENCH_DATABASE_URL is set (the
database must exist; it is migrated and seeded here). Requests go through Django's test client,
so the figures are server time without network or browser. A table is printed and the figures
are written to bench/results/<database>-<time>.json.
"""

import argparse
import json
import os
import platform
import statistics
import time
from datetime import UTC, datetime

from bench import HERE, ROOT, setup_django

SCENARIOS = [
    ("no filters", "/nl/makers/", {}),
    ("1 filter", "/nl/makers/", {"discipline": "muziek"}),
    (
        "3 filters",
        "/nl/makers/",
        {"discipline": "koor", "city": "Heerlen", "looking_for_members": "on"},
    ),
    ("search term", "/nl/makers/", {"q": "koor"}),
    ("search, understood", "/nl/makers/", {"q": "koor heerlen zoekt leden"}),
    ("english, fallback", "/en/makers/", {"discipline": "dans"}),
    (
        "api, 3 filters",
        "/api/v2/makers/",
        {"discipline": "koor", "city": "Heerlen", "bookable": "true"},
    ),
]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--makers", type=int, default=10_000)
    parser.add_argument(
        "--runs", type=int, default=60, help="requests per scenario (after 5 warm-ups)"
    )
    parser.add_argument("--reset", action="store_true", help="delete the benchmark makers first")
    args = parser.parse_args(argv)

    url = setup_django("BENCH_DATABASE_URL", "bench.sqlite3")
    from django.db import connection

    from bench.seed import seed

    print(f"Database: {connection.vendor} ({url.split('@')[-1]})", flush=True)
    seeded = seed(args.makers, reset=args.reset, log=lambda m: print(m, flush=True))
    results = measure(args.runs)
    print_table(results, connection.vendor, seeded)
    path = write_json(results, connection.vendor, seeded, args.runs)
    print(f"\nWritten to {path.relative_to(ROOT)}")


def measure(runs):
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    results = []
    for name, path, params in SCENARIOS:
        for _ in range(5):
            response = client.get(path, params)
            assert response.status_code == 200, (path, params, response.status_code)
        # Warm: facet counts come from the cache, as for a popular URL. Cold: the cache is
        # emptied before every request, as for the first visitor of a filter combination.
        warm = timed(client, path, params, runs)
        cold = timed(client, path, params, runs, before=cache.clear)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, params)
        results.append(
            {
                "scenario": name,
                "path": path,
                "params": params,
                "results": parse_count(response),
                "queries_cold": len(queries.captured_queries),
                "warm": summary(warm),
                "cold": summary(cold),
            }
        )
    return results


def timed(client, path, params, runs, before=None):
    timings = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        client.get(path, params)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def summary(timings):
    return {
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(statistics.quantiles(timings, n=100)[94], 1),
        "max_ms": round(max(timings), 1),
    }


def parse_count(response):
    if response["Content-Type"].startswith("application/json"):
        return response.json()["meta"]["total_count"]
    import re

    match = re.search(r'id="result-count"[^>]*>\s*(\d+)', response.content.decode())
    return int(match.group(1)) if match else None


def print_table(results, vendor, seeded):
    print(f"\nMakers directory on {vendor}, {seeded} live makers (Django test client, ms)")
    header = (
        f"{'scenario':<20} {'results':>8} {'queries':>8} "
        f"{'cold p50':>9} {'cold p95':>9} {'warm p50':>9} {'warm p95':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in results:
        cold, warm = row["cold"], row["warm"]
        print(
            f"{row['scenario']:<20} {row['results']!s:>8} {row['queries_cold']:>8} "
            f"{cold['p50_ms']:>9} {cold['p95_ms']:>9} {warm['p50_ms']:>9} {warm['p95_ms']:>9}"
        )
    load = os.getloadavg()
    print(f"(load average while measuring: {load[0]:.1f} on {os.cpu_count()} cores)")


def write_json(results, vendor, seeded, runs):
    (HERE / "results").mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = HERE / "results" / f"{vendor}-{stamp}.json"
    payload = {
        "database": vendor,
        "makers": seeded,
        "runs_per_scenario": runs,
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "measured_at": stamp,
        "load_average": os.getloadavg(),
        "scenarios": results,
    }
    path.write_text(json.dumps(payload, indent=2) + "\n")
    return path


if __name__ == "__main__":
    main()
