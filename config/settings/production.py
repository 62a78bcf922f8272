"""Production: every secret and host comes from the environment; nothing insecure is defaulted."""

from .base import *  # noqa: F403
from .base import env, env_bool, env_list

DEBUG = False
SECRET_KEY = env("SECRET_KEY", required=True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or env("ALLOWED_HOSTS", required=True)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
env("DATABASE_URL", required=True)  # SQLite is for development only.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", required=True)

DEMO_LOGINS_WITH_KNOWN_PASSWORDS = False

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

OUTBOX = {
    **OUTBOX,  # noqa: F405
    "DELIVERY_BACKEND": env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"),
}
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# Rate limits must be shared by all gunicorn workers: a database cache by default
# (run `manage.py createcachetable` once), or any Django cache backend via CACHE_URL-style settings.
CACHES = {
    "default": {
        "BACKEND": env("CACHE_BACKEND", "django.core.cache.backends.db.DatabaseCache"),
        "LOCATION": env("CACHE_LOCATION", "cultuurhuis_cache"),
    }
}
