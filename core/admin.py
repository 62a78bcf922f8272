"""Admin parts shared by the background queues (outgoing mail, search-index updates)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail.admin.ui.tables import Column


class RetryColumn(Column):
    """A "Try again now" button on each row that has not gone through yet."""

    cell_template_name = "core/retry_cell.html"

    def __init__(self, name, *, url_name, done_field, **kwargs):
        self.url_name = url_name
        self.done_field = done_field
        super().__init__(name, accessor="pk", **kwargs)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["can_retry"] = getattr(instance, self.done_field) is None
        context["retry_url"] = reverse(self.url_name)
        return context


class RetryViewSetMixin:
    """For a ModelViewSet of queued work: a POST-only `retry/` URL for staff who may see it.
    Trying again changes nothing but the time of the next attempt, so "view" is enough; staff
    get no "change" (an edit form would let them alter what is queued)."""

    def retry_rows(self, request):
        """Make the chosen rows due again; return how many."""
        raise NotImplementedError

    def retry_message(self, count):
        raise NotImplementedError

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("retry/", self.retry_view, name="retry")]

    def retry_view(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.permission_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        messages.success(request, self.retry_message(self.retry_rows(request)))
        return redirect(self.get_url_name("index"))
