"""Outgoing e-mail in the admin (Settings → Outgoing e-mail): what waits, what failed, retry."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin import RetryColumn

from . import delivery
from .models import Mail


class MailViewSet(ModelViewSet):
    model = Mail
    icon = "mail"
    menu_label = _("Outgoing e-mail")
    add_to_settings_menu = True
    list_display = [
        "subject",
        Column("addressees", label=_("To")),
        "kind",
        "created_at",
        Column("status", label=_("Status")),
        "attempts",
        "last_error",
        RetryColumn("retry", label=_("Action"), url_name="outbox:retry", done_field="sent_at"),
    ]
    list_filter = ["gave_up", "kind", "language"]
    search_fields = ["subject"]
    form_fields = ["subject"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "subject",
        "to",
        "reply_to",
        "language",
        "body",
        "created_at",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "gave_up",
        "last_error",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry/", self.retry_view, name="retry"),
        ]

    def retry_view(self, request):
        return retry(request, self)


@require_POST
def retry(request, viewset):
    if not viewset.permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    if request.POST.get("pk"):
        mails = Mail.objects.filter(pk=get_object_or_404(Mail, pk=request.POST["pk"]).pk)
    else:
        mails = Mail.objects.failed()
    count = delivery.retry(mails)
    messages.success(
        request,
        ngettext(
            "%(count)d e-mail will be sent again.", "%(count)d e-mails will be sent again.", count
        )
        % {"count": count},
    )
    return redirect(viewset.get_url_name("index"))


@hooks.register("register_admin_viewset")
def register_outbox():
    return MailViewSet("outbox")
