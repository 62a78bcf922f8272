"""Who is asking: the visitor's address for rate limits, also behind a reverse proxy."""

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The address of the visitor, not of our own proxy.

    With TRUSTED_PROXY_COUNT = n, the n-th address from the right in X-Forwarded-For was added by
    our outermost trusted proxy; anything left of it is the client's own claim and is ignored.
    """
    trusted = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if trusted and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= trusted:
            return hops[-trusted]
    return request.META.get("REMOTE_ADDR", "")


def over_limit(key, limit, window_seconds):
    """Count one hit on key; True once there were more than limit hits within the window.

    Shared by the public forms (contact, feedback, sign-up). The cache must be shared by all
    workers for this to hold in production (see CACHES in config/settings/production.py).
    """
    if cache.add(key, 1, window_seconds):
        return limit < 1
    try:
        return cache.incr(key) > limit
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, window_seconds)
        return limit < 1
