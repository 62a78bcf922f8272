"""Local development: the embedded defaults (SQLite, database search), debug on."""

from .base import *  # noqa: F403
from .base import STORAGES, env, env_list

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-cultuurhuis")  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = True
