"""How long the search-index queue takes to replay N waiting updates on a real Elasticsearch.

    python -m bench.replay [--count 1000]     (needs ELASTICSEARCH_URL; writes bench/results/)

Seeds N fictional makers (bench/seed.py, its own SQLite file), queues one "maker" update for each,
as an outage with that many changes would leave them, and applies the queue as the worker does.
"""

import argparse
import json
import os
import time
from pathlib import Path


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    from bench import setup_django

    setup_django("BENCH_REPLAY_DATABASE_URL", "replay.sqlite3")
    from django.conf import settings

    from artists.models import Maker
    from bench.seed import PREFIX, seed
    from search import documents, queue
    from search.models import IndexUpdate

    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        print("bench.replay: ELASTICSEARCH_URL is not set; skipped")
        return
    seed(args.count, log=lambda line: None)
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.SEARCH_ELASTICSEARCH = {**settings.SEARCH_ELASTICSEARCH, "URLS": [url]}
    settings.SEARCH_ELASTICSEARCH["INDEX_PREFIX"] = "bench_replay_"
    documents.rebuild(log=lambda line: None)
    keys = list(
        Maker.objects.filter(live=True, slug__startswith=PREFIX, locale__language_code="nl")
        .order_by("pk")
        .values_list("translation_key", flat=True)[: args.count]
    )
    IndexUpdate.objects.waiting().delete()
    IndexUpdate.objects.bulk_create(
        IndexUpdate(target=IndexUpdate.SITE, kind="maker", key=str(key)) for key in keys
    )
    distinct = len(keys)
    start = time.perf_counter()
    applied = 0
    while IndexUpdate.objects.waiting().exists():
        done, _waiting = queue.apply_waiting()
        applied += done
    seconds = time.perf_counter() - start
    documents.delete_all()
    result = {
        "queued": args.count,
        "distinct_makers": distinct,
        "applied_rows": applied,
        "seconds": round(seconds, 2),
    }
    print("| queued updates | distinct makers | rows applied | seconds |")
    print("|---|---|---|---|")
    print(f"| {args.count} | {distinct} | {applied} | {seconds:.2f} |")
    out = Path(__file__).parent / "results" / "replay.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
