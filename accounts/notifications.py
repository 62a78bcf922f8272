"""E-mails to makers, sent so that a failing mail server never breaks what triggered them.

Each mail is stored first (`Notification`), then sent after the transaction commits. A failure is
logged and kept with its error; `manage.py send_notifications` sends what is still waiting.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.signals import workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from .models import Notification

logger = logging.getLogger(__name__)

SUBJECTS = {
    Notification.SUBMITTED: lambda: _("We received the changes to %(name)s"),
    Notification.APPROVED: lambda: _("Your profile %(name)s is online"),
    Notification.CHANGES_REQUESTED: lambda: _("Please change your profile %(name)s"),
}


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def deliver(notification):
    """Try to send one stored mail; never raises."""
    notification.attempts += 1
    try:
        send_mail(
            notification.subject,
            notification.body,
            settings.DEFAULT_FROM_EMAIL,
            [notification.recipient],
            fail_silently=False,
        )
    except Exception as error:  # noqa: BLE001 - any mail failure must stay out of the caller's way
        logger.warning(
            "Mail %s to %s failed", notification.kind, notification.recipient, exc_info=True
        )
        notification.last_error = f"{type(error).__name__}: {error}"[:2000]
    else:
        notification.sent_at = timezone.now()
        notification.last_error = ""
    notification.save(update_fields=["attempts", "sent_at", "last_error"])
    return notification.sent_at is not None


def queue(kind, recipient, language, subject, body, maker=None):
    notification = Notification.objects.create(
        kind=kind,
        recipient=recipient,
        language=language,
        subject=subject[:200],
        body=body,
        maker=maker,
    )
    transaction.on_commit(lambda: deliver(notification))
    return notification


def retry_unsent(max_attempts=10):
    waiting = Notification.objects.filter(sent_at__isnull=True, attempts__lt=max_attempts)
    return sum(deliver(notification) for notification in waiting.order_by("created_at"))


def language_of(user, fallback):
    language = UserProfile.get_for_user(user).get_preferred_language()
    known = {code for code, _name in settings.LANGUAGES}
    return language if language in known else fallback


def notify_owners(maker, kind, comment=""):
    """One mail per owner, each in the language that owner reads the admin in."""
    edit_url = absolute_url(reverse(maker.snippet_viewset.get_url_name("edit"), args=[maker.pk]))
    for owner in maker.owners.select_related("user"):
        user = owner.user
        if not user.is_active or not user.email:
            continue
        language = language_of(user, maker.locale.language_code)
        with translation.override(language):
            context = {"maker": maker, "user": user, "comment": comment, "edit_url": edit_url}
            subject = SUBJECTS[kind]() % {"name": maker.name}
            body = render_to_string(f"accounts/email/{kind}.txt", context)
        queue(kind, user.email, language, subject, body, maker=maker)


def maker_of(workflow_state):
    from artists.models import Maker

    obj = workflow_state.content_object
    return obj if isinstance(obj, Maker) else None


def on_submitted(sender, instance, user=None, **kwargs):
    if maker := maker_of(instance):
        notify_owners(maker, Notification.SUBMITTED)


def on_approved(sender, instance, user=None, **kwargs):
    if maker := maker_of(instance):
        notify_owners(maker, Notification.APPROVED)


def on_rejected(sender, instance, user=None, **kwargs):
    if maker := maker_of(instance):
        task_state = instance.current_task_state
        comment = task_state.get_comment() if task_state else ""
        notify_owners(maker, Notification.CHANGES_REQUESTED, comment)


def connect():
    workflow_submitted.connect(on_submitted, dispatch_uid="accounts_maker_submitted")
    workflow_approved.connect(on_approved, dispatch_uid="accounts_maker_approved")
    workflow_rejected.connect(on_rejected, dispatch_uid="accounts_maker_rejected")
