"""Benchmarks: the makers directory (`python -m bench`, __main__.py) and the site search
(`python -m bench.search`). Both run `make bench`."""

import logging
import os
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def setup_django(url_variable, default_file):
    """Django on the benchmark's own database: `url_variable` from the environment, else a
    SQLite file in bench/. Returns the database URL."""
    url = os.environ.get(url_variable) or f"sqlite:///{HERE / default_file}"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ.setdefault("MEDIA_ROOT", str(HERE / "media"))
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    # The test settings rescan the static files on every request; production does not.
    settings.WHITENOISE_AUTOREFRESH = False
    warnings.filterwarnings("ignore", message="No directory at")  # STATIC_ROOT: finders serve
    # One log line per Elasticsearch request would bury the table.
    logging.getLogger("elastic_transport").setLevel(logging.WARNING)
    return url
