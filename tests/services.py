"""Which real services this run can reach. Missing ones skip loudly locally and fail in CI."""

import os
import shutil
import socket
from urllib.parse import urlparse

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}


def unavailable(reason):
    """Skip with a loud reason on a laptop; fail when CI demands every service."""
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES is set but {reason}", pytrace=False)
    pytest.skip(f"SKIPPED, SERVICE MISSING: {reason} (run scripts/services start to test it)")


def chromium_path():
    candidate = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    return candidate if os.path.exists(candidate) else None


def elasticsearch_url():
    return os.environ.get("ELASTICSEARCH_URL", "")


def reachable(url, default_port):
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or default_port), timeout=2):
            return True
    except OSError:
        return False
