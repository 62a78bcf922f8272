"""Who is asking: the visitor's address for rate limits, also behind a reverse proxy."""

from django.conf import settings


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
