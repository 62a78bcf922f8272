"""Outgoing e-mail in the admin (Settings → Outgoing e-mail): what waits, what failed, retry."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin import RetryColumn, RetryViewSetMixin

from . import delivery
from .models import Mail


class MailViewSet(RetryViewSetMixin, ModelViewSet):
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
    # The body is never shown: it can hold a password-reset, sign-up or invitation link.
    inspect_view_enabled = True
    inspect_view_fields = [
        "subject",
        "to",
        "reply_to",
        "language",
        "created_at",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "gave_up",
        "last_error",
    ]

    def retry_rows(self, request):
        if request.POST.get("pk"):
            mail = get_object_or_404(Mail, pk=request.POST["pk"])
            return delivery.retry(Mail.objects.filter(pk=mail.pk))
        return delivery.retry(Mail.objects.failed())

    def retry_message(self, count):
        return ngettext(
            "%(count)d e-mail will be sent again.", "%(count)d e-mails will be sent again.", count
        ) % {"count": count}


@hooks.register("register_admin_viewset")
def register_outbox():
    return MailViewSet("outbox")
