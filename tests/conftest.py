import io

import pytest
from django.core.management import call_command
from django.db import connection

from tests.services import unavailable

# Real-browser fixtures (live_site, browser, page) for every test module.
pytest_plugins = ["tests.browser"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo culture house once; each test runs in a transaction that is rolled back."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def mail_through_the_outbox(settings):
    """Django's test setup replaces EMAIL_BACKEND with locmem; put the outbox back, so every
    test sends mail the way the site does (the outbox delivers into mail.outbox)."""
    settings.EMAIL_BACKEND = "outbox.backend.OutboxEmailBackend"


@pytest.fixture
def postgres(db):
    if connection.vendor != "postgresql":
        unavailable("the database is not PostgreSQL (set DATABASE_URL)")
    return connection
