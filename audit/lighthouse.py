"""Lighthouse on the demo site in Debian's Chromium: `make audit`.

Starts the same server the browser tests use (gunicorn, fresh demo database), audits the main
page types, prints a table, writes JSON to audit/results/, and exits 1 when a score is below
the bar (accessibility 100; performance, best practices and SEO 95).
"""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import CHROMIUM_ARGS, demo_server  # noqa: E402
from tests.services import chromium_path  # noqa: E402

LIGHTHOUSE = ROOT / "audit" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BAR = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
PAGES = {
    "home": "/nl/",
    "content page": "/nl/over-ons/",
    "kennisbank article": "/nl/kennisbank/subsidie-aanvragen/",
    "kennisbank index": "/nl/kennisbank/",
    "makers directory": "/nl/makers/",
    "maker profile": None,  # filled in from the directory's first profile link, if there is one
}


def first_profile_url(base_url):
    import re
    import urllib.request

    try:
        with urllib.request.urlopen(f"{base_url}/nl/makers/", timeout=10) as response:  # noqa: S310
            html = response.read().decode()
    except OSError:
        return None
    match = re.search(r'href="(/nl/makers/[a-z0-9-]+/)"', html)
    return match.group(1) if match else None


def audit(url, out_path, attempts=3):
    flags = " ".join(CHROMIUM_ARGS)
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out_path}",
        f"--chrome-flags={flags}",
        f"--only-categories={','.join(CATEGORIES)}",
    ]
    env = {**os.environ, "CHROME_PATH": chromium_path() or "/usr/bin/chromium"}
    for attempt in range(1, attempts + 1):
        # Lighthouse now and then loses the trace of a page load (NO_NAVSTART); that is its
        # own hiccup, not a finding, so the same audit runs again.
        result = subprocess.run(command, env=env, check=False)  # noqa: S603 - our pinned tool, loopback
        if result.returncode == 0:
            break
        if attempt == attempts:
            raise SystemExit(f"Lighthouse failed {attempts} times on {url}")
    report = json.loads(out_path.read_text())
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    failing = [
        f"{audit_id}: {item['title']}"
        for audit_id, item in report["audits"].items()
        if item.get("score") is not None
        and item["score"] < 0.9
        and item.get("scoreDisplayMode") == "binary"
    ]
    return scores, failing


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `npm ci --prefix audit` (make audit does this).")
    results_dir = ROOT / "audit" / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    with demo_server() as base_url:
        pages = dict(PAGES)
        pages["maker profile"] = first_profile_url(base_url)
        for name, path in pages.items():
            if not path:
                continue
            scores, failing = audit(
                f"{base_url}{path}", results_dir / f"{name.replace(' ', '-')}.json"
            )
            rows.append({"page": name, "path": path, **scores, "failing_audits": failing})
    print(f"\n{'page':<20} {'path':<40} " + " ".join(f"{c[:13]:>13}" for c in CATEGORIES))
    below = []
    for row in rows:
        print(
            f"{row['page']:<20} {row['path']:<40} " + " ".join(f"{row[c]:>13}" for c in CATEGORIES)
        )
        below += [f"{row['page']} {c} {row[c]} < {BAR[c]}" for c in CATEGORIES if row[c] < BAR[c]]
        for item in row["failing_audits"]:
            print(f"    failing: {item}")
    summary = results_dir / "summary.json"
    summary.write_text(
        json.dumps({"date": datetime.now(UTC).isoformat(), "bar": BAR, "pages": rows}, indent=2)
    )
    print(f"\nJSON: {summary.relative_to(ROOT)}")
    if below:
        print("Below the bar:\n  " + "\n  ".join(below))
        sys.exit(1)


if __name__ == "__main__":
    main()
