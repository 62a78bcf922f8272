"""Lock-out after repeated failed log-ins, per e-mail address and per IP address.

A small cache-based guard instead of a package: after MAX_FAILURES wrong passwords for one
address (or MAX_IP_FAILURES from one IP) within LOCKOUT_SECONDS, log-in attempts get a 429 with
the same message whether the account exists or not, so the lock-out reveals nothing. The counts
live in Django's cache: with several server processes, use a shared cache (Redis, database).
"""

import hashlib

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.urls import reverse

MAX_FAILURES = 5
MAX_IP_FAILURES = 20
LOCKOUT_SECONDS = 15 * 60


def _key(kind, value):
    digest = hashlib.sha256(str(value).strip().lower().encode()).hexdigest()[:32]
    return f"accounts:login-failures:{kind}:{digest}"


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "")


def _bump(key):
    cache.add(key, 0, LOCKOUT_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, LOCKOUT_SECONDS)


def is_locked(username, ip):
    return (
        cache.get(_key("user", username), 0) >= MAX_FAILURES
        or cache.get(_key("ip", ip), 0) >= MAX_IP_FAILURES
    )


def on_login_failed(sender, credentials, request=None, **kwargs):
    _bump(_key("user", credentials.get("username", "")))
    if request is not None:
        _bump(_key("ip", client_ip(request)))


def on_logged_in(sender, request, user, **kwargs):
    cache.delete(_key("user", user.get_username()))


def connect():
    user_login_failed.connect(on_login_failed, dispatch_uid="accounts_lockout_failed")
    user_logged_in.connect(on_logged_in, dispatch_uid="accounts_lockout_reset")


class LoginLockoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.login_path = None

    def __call__(self, request):
        if self.login_path is None:
            self.login_path = reverse("wagtailadmin_login")
        if (
            request.method == "POST"
            and request.path_info == self.login_path
            and is_locked(request.POST.get("username", ""), client_ip(request))
        ):
            return TemplateResponse(request, "accounts/locked_out.html", status=429).render()
        return self.get_response(request)
