"""Regions from a CSV file (name, aliases, places; lists split by "|"), as the demo ships them
in search/data/regions.csv. Editors keep them in the admin afterwards (Snippets → Regions)."""

import csv
from pathlib import Path

from .models import Region

REGIONS_FILE = Path(__file__).parent / "data" / "regions.csv"


def load_csv(path=REGIONS_FILE):
    """Create or update the regions in `path`; returns how many rows were read."""
    path = Path(path)
    if not path.exists():
        return 0
    count = 0
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = " ".join((row.get("name") or "").split())
            if not name:
                continue
            region = Region.objects.filter(name=name).first() or Region(name=name)
            region.aliases = ", ".join(a for a in (row.get("aliases") or "").split("|") if a)
            region.places = ", ".join(p for p in (row.get("places") or "").split("|") if p)
            region.save()
            count += 1
    return count
