"""Keep makers out of admin endpoints that never ask the Maker permission policy.

These check only "may change makers" for the whole model, so any maker could read (and through
wagtail-localize, translate) every other maker's profile there:
- wagtail-localize's endpoints (/admin/localize/...: translation submit and editor, its snippet
  API, its report);
- the reports, including site history, which lists every maker's changes;
- the maker chooser, which lists every maker's name;
- bulk actions on makers (makers may not delete anyway, and the page names the chosen makers).
Staff with the "manage all makers" permission, and users without any maker rights, pass through
untouched: for them these endpoints do their own permission checks.
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse

from .permissions import is_limited_maker

BLOCKED_FOR_MAKERS = (
    "localize/",
    "reports/",
    "snippets/choose/artists/maker/",
    "bulk/artists/maker/",
)


def blocked_paths():
    admin = reverse("wagtailadmin_home")
    return tuple(admin + suffix for suffix in BLOCKED_FOR_MAKERS)


class MakerAdminGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.blocked = None

    def __call__(self, request):
        if self.blocked is None:
            self.blocked = blocked_paths()
        if request.path_info.startswith(self.blocked) and is_limited_maker(request.user):
            raise PermissionDenied
        return self.get_response(request)
