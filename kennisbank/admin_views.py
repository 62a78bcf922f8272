"""Admin views for editors: the "Was this helpful?" report and the check-again reminder."""

from datetime import timedelta

from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import HelpfulFeedback, KennisbankArticlePage
from .models.pages import CHECK_AFTER_DAYS

feedback_policy = ModelPermissionPolicy(HelpfulFeedback)


def can_view_feedback(user):
    return feedback_policy.user_has_permission(user, "view")


class PercentColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        value = context["raw_value"]
        context["value"] = "–" if value is None else f"{value} %"
        return context


class HelpfulReportView(ReportView):
    """Per article: how many readers said yes or no, and how many left a comment."""

    page_title = _("Was this helpful?")
    header_icon = "help"
    index_url_name = "kennisbank_helpful_report"
    index_results_url_name = "kennisbank_helpful_report_results"
    permission_policy = feedback_policy
    permission_required = "view"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=_("Article"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("locale.language_code", label=_("Language")),
        Column("yes_count", label=_("Yes")),
        Column("no_count", label=_("No")),
        PercentColumn("helpful_percentage", label=_("Helpful")),
        TitleColumn(
            "comment_count",
            label=_("Comments"),
            get_url=lambda page: reverse("kennisbank_helpful_comments") + f"?article={page.pk}",
        ),
    ]
    list_export = ["title", "locale.language_code", "yes_count", "no_count", "helpful_percentage"]
    export_headings = {
        "title": _("Article"),
        "locale.language_code": _("Language"),
        "yes_count": _("Yes"),
        "no_count": _("No"),
        "helpful_percentage": _("Helpful (%)"),
    }

    def get_queryset(self):
        return (
            KennisbankArticlePage.objects.filter(feedback__isnull=False)
            .select_related("locale")
            .annotate(
                yes_count=Count("feedback", filter=Q(feedback__helpful=True)),
                no_count=Count("feedback", filter=Q(feedback__helpful=False)),
                comment_count=Count("feedback", filter=~Q(feedback__comment="")),
            )
            .order_by(F("no_count").desc(), "title")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            total = page.yes_count + page.no_count
            page.helpful_percentage = round(100 * page.yes_count / total) if total else None
        return object_list


class HelpfulCommentsView(ReportView):
    """The comments readers wrote, newest first; optionally for one article."""

    page_title = _("Comments on articles")
    header_icon = "comment"
    index_url_name = "kennisbank_helpful_comments"
    index_results_url_name = "kennisbank_helpful_comments_results"
    permission_policy = feedback_policy
    permission_required = "view"
    paginate_by = 50
    columns = [
        Column("created_on", label=_("Date")),
        Column("page.title", label=_("Article")),
        Column("helpful", label=_("Helpful")),
        Column("comment", label=_("Comment")),
    ]
    list_export = ["created_on", "page.title", "helpful", "comment"]

    def get_queryset(self):
        queryset = HelpfulFeedback.objects.exclude(comment="").select_related("page")
        article = self.request.GET.get("article", "")
        if article.isdigit():
            queryset = queryset.filter(page_id=int(article))
        return queryset.order_by("-created_on", "-pk")


class ArticlesToCheckPanel(Component):
    """Dashboard reminder: articles nobody has checked for more than a year."""

    name = "kennisbank_articles_to_check"
    template_name = "kennisbank/admin/articles_to_check_panel.html"
    order = 150
    limit = 20

    def __init__(self, request):
        self.request = request

    @cached_property
    def articles(self):
        cutoff = timezone.localdate() - timedelta(days=CHECK_AFTER_DAYS)
        pages = (
            KennisbankArticlePage.objects.filter(last_checked__lt=cutoff)
            .select_related("locale")
            .order_by("last_checked", "title")
        )
        policy = PagePermissionPolicy()
        editable = policy.instances_user_has_any_permission_for(self.request.user, ["change"])
        return list(pages.filter(pk__in=editable.values("pk"))[: self.limit])

    def get_context_data(self, parent_context):
        return {"articles": self.articles, "request": self.request}

    def render_html(self, parent_context=None):
        if not self.articles:
            return ""
        return super().render_html(parent_context)
