"""Admin parts shared by the background queues (outgoing mail, search-index updates)."""

from django.urls import reverse
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
