from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import PERMISSION, ZeroResultReportView
from .models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["terms"]
    search_fields = ["terms"]


register_snippet(SearchSynonymViewSet)


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
