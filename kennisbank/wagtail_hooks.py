from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import (
    ArticlesToCheckPanel,
    HelpfulCommentsView,
    HelpfulReportView,
    can_view_feedback,
)
from .models import KennisbankTheme


class KennisbankThemeViewSet(SnippetViewSet):
    model = KennisbankTheme
    icon = "tag"
    menu_label = _("Kennisbank themes")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(KennisbankThemeViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/kennisbank-helpful/",
            HelpfulReportView.as_view(),
            name="kennisbank_helpful_report",
        ),
        path(
            "reports/kennisbank-helpful/results/",
            HelpfulReportView.as_view(results_only=True),
            name="kennisbank_helpful_report_results",
        ),
        path(
            "reports/kennisbank-comments/",
            HelpfulCommentsView.as_view(),
            name="kennisbank_helpful_comments",
        ),
        path(
            "reports/kennisbank-comments/results/",
            HelpfulCommentsView.as_view(results_only=True),
            name="kennisbank_helpful_comments_results",
        ),
    ]


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_feedback(request.user)


@hooks.register("register_reports_menu_item")
def register_helpful_report_menu_item():
    return FeedbackReportMenuItem(
        _("Was this helpful?"),
        reverse("kennisbank_helpful_report"),
        name="kennisbank-helpful",
        icon_name="help",
        order=1300,
    )


@hooks.register("construct_homepage_panels")
def add_articles_to_check_panel(request, panels):
    panels.append(ArticlesToCheckPanel(request))
