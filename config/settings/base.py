"""Settings shared by every environment. Values that differ per machine come from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from wagtail.embeds.oembed_providers import soundcloud, vimeo, youtube

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None, *, required=False):
    value = os.environ.get(name, default)
    if required and not value:
        raise ImproperlyConfigured(f"Set the environment variable {name}; see README.md.")
    return value


def env_bool(name, default=False):
    return env(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "core",
    "outbox",
    "accounts",
    "home",
    "artists",
    "kennisbank",
    "search",
    "plainlanguage",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # NUL and other control characters are stripped from every query and form (core).
    "core.middleware.ControlCharactersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Makers may edit only their own profiles; some admin endpoints cannot check that (artists).
    "artists.admin_guard.MakerAdminGuardMiddleware",
    # Too many wrong passwords for one address or from one IP: wait 15 minutes (accounts).
    "accounts.lockout.LoginLockoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "home.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default; PostgreSQL via DATABASE_URL in production and CI.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# Languages: Dutch is the source language; every public URL carries its language prefix.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English"), ("de", "Deutsch")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
# A translation of a live page or snippet must not go live without review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Cultuurhuis"
# `load_demo` gives the demo logins the passwords in the README; production settings turn
# this off, so the demo refuses to load there unless asked (and then sets no passwords).
DEMO_LOGINS_WITH_KNOWN_PASSWORDS = True
# No Gravatar: it would send a hash of every editor's e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "txt", "csv"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Only the players our help text names (and our CSP allows): their HTML is shown as it comes.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [youtube, vimeo, soundcloud],
    }
]
TAGGIT_CASE_INSENSITIVE = True

# Search: Wagtail's database backend is the embedded default; Elasticsearch 8 when configured.
SEARCH_BACKEND = env("SEARCH_BACKEND", "database")
# Wagtail's own backend (the admin's searches) stays on the database on every setup: the public
# search goes through search/service.py, whose engines are chosen by SEARCH_BACKEND. So there
# is one set of Elasticsearch indexes, ours (search/documents.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}

# The site search's own Elasticsearch indexes (search/documents.py): one per language, behind
# an alias, with Dutch/English/German analysers. A short timeout: after it, or when the server
# is down, the search page answers from the database backend instead.
SEARCH_ELASTICSEARCH = {
    "URLS": env_list("ELASTICSEARCH_URL", "http://127.0.0.1:9200"),
    "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", "cultuurhuis_"),
    "TIMEOUT": float(env("SEARCH_ELASTICSEARCH_TIMEOUT", "2")),
    # Seconds to skip Elasticsearch after it failed, so a dead server does not slow every page.
    "RETRY_AFTER": 30,
}

# Background work (django-tasks): Wagtail's own tasks stay immediate ("default"); ours (the
# mail outbox, the search-index queue) are stored in the database and run by
# `manage.py db_worker --backend background` (django-tasks-db), which `make run` starts.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}
BACKGROUND_TASK_BACKEND = "background"

# Every mail goes into the outbox (outbox/): a request never talks to the mail server. The
# worker sends it with OUTBOX["DELIVERY_BACKEND"] and retries with backoff.
EMAIL_BACKEND = "outbox.backend.OutboxEmailBackend"
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))
OUTBOX = {
    "DELIVERY_BACKEND": env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"),
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Cultuurhuis <noreply@cultuurhuis.example>")

# Rate limits (contact and feedback forms) count per visitor address. Behind a reverse proxy
# the address comes from X-Forwarded-For: set how many proxies you trust (0 = none, use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail lifts this for its own preview iframe.
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        # Wagtail logs every page action at INFO; the audit trail is in the admin already.
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", "WARNING")},
        "django_tasks": {"level": "WARNING"},
    },
}

# Plain-language (B1) checker thresholds per language; see plainlanguage/conf.py for what each
# key means. These are the defaults: change a value here to make the checker stricter or milder.
PLAINLANGUAGE = {
    # Sentences longer than this many words are flagged.
    "nl": {"max_sentence_words": 20, "rare_word_zipf": 3.0, "long_word_syllables": 5},
    "en": {"max_sentence_words": 20, "rare_word_zipf": 3.0, "long_word_syllables": 4},
    "de": {"max_sentence_words": 18, "rare_word_zipf": 3.0, "long_word_syllables": 5},
    # Extra words per language that the checker must not flag, and extra officialese to flag.
    "extra_allowed_words": {"nl": [], "en": [], "de": []},
    "extra_jargon": {"nl": [], "en": [], "de": []},
}
