"""Tests: the embedded defaults unless DATABASE_URL / SEARCH_BACKEND point at real servers."""

from .base import *  # noqa: F403
from .base import env, env_list

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Mail goes through the outbox as in production (tests/conftest.py puts it back after Django's
# test setup swaps in locmem) and is delivered at once into django.core.mail.outbox.
EMAIL_BACKEND = "outbox.backend.OutboxEmailBackend"
OUTBOX = {**OUTBOX, "DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}  # noqa: F405
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
MEDIA_ROOT = env("MEDIA_ROOT", "/tmp/cultuurhuis-test-media")  # noqa: S108
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://testserver")
SERVE_MEDIA = True

# With SEARCH_BACKEND=elasticsearch, a test searches right after a change: refresh at once.
SEARCH_ELASTICSEARCH = {**SEARCH_ELASTICSEARCH, "REFRESH": "true"}  # noqa: F405
