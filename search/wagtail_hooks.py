from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin import RetryColumn, RetryViewSetMixin

from . import queue
from .admin_views import PERMISSION, ZeroResultReportView
from .models import IndexUpdate, Region, SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["terms"]
    search_fields = ["terms"]


register_snippet(SearchSynonymViewSet)


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "places"]
    search_fields = ["name", "aliases", "places"]


register_snippet(RegionViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/zero-results/", ZeroResultReportView.as_view(), name="search_zero_results"),
        path(
            "reports/zero-results/results/",
            ZeroResultReportView.as_view(results_only=True),
            name="search_zero_results_results",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_zero_results_menu_item():
    return ReportMenuItem(
        _("Searches without results"),
        reverse("search_zero_results"),
        name="search-zero-results",
        icon_name="search",
        order=1310,
    )


class IndexUpdateViewSet(RetryViewSetMixin, ModelViewSet):
    """Index updates that wait for Elasticsearch (Settings → Search index updates)."""

    model = IndexUpdate
    icon = "resubmit"
    menu_label = _("Search index updates")
    add_to_settings_menu = True
    list_display = [
        "__str__",
        "created_at",
        "attempts",
        "next_attempt_at",
        "done_at",
        "last_error",
        RetryColumn(
            "retry", label=_("Action"), url_name="search_index_updates:retry", done_field="done_at"
        ),
    ]
    list_filter = ["target", "kind", "gave_up"]
    form_fields = ["next_attempt_at"]  # superusers only: staff may view and retry, not edit
    inspect_view_enabled = True

    def retry_rows(self, request):
        return queue.retry_now()

    def retry_message(self, count):
        return _("%(count)d updates are tried again now.") % {"count": count}


@hooks.register("register_admin_viewset")
def register_index_updates():
    return IndexUpdateViewSet("search_index_updates")
