"""The report of searches that found nothing, so editors know what to write next."""

from django.conf import settings
from django.db.models import Max, Sum
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, DateFromToRangeFilter
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import ZeroResultQuery

PERMISSION = "search.view_zeroresultquery"


class ZeroResultFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    language = ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    class Meta:
        model = ZeroResultQuery
        fields = []


class ZeroResultReportView(ReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    filterset_class = ZeroResultFilterSet
    default_ordering = "-total"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    columns = [
        Column("query_string", label=_("Search words"), sort_key="query_string"),
        Column("language", label=_("Language"), sort_key="language"),
        NumberColumn("total", label=_("Searches"), sort_key="total"),
        DateColumn("last", label=_("Last searched"), sort_key="last"),
    ]
    list_export = ["query_string", "language", "total", "last"]
    export_headings = {
        "query_string": _("Search words"),
        "language": _("Language"),
        "total": _("Searches"),
        "last": _("Last searched"),
    }

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_base_queryset(self):
        # One row per search and language; the date filter picks the days that are added up.
        return (
            ZeroResultQuery.objects.values("query_string", "language")
            .annotate(total=Sum("hits"), last=Max("date"))
            .order_by("-total")
        )

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
