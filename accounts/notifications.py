"""E-mails to makers about their profiles, kept as `Notification`s (what we told whom).

Each one goes through the outbox (outbox/), which stores it and sends it in the background, so a
failing mail server never breaks the moderation action that triggered it.
"""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from outbox import delivery

from .models import Notification

logger = logging.getLogger(__name__)

SUBJECTS = {
    Notification.SUBMITTED: lambda: _("We received the changes to %(name)s"),
    Notification.APPROVED: lambda: _("Your profile %(name)s is online"),
    Notification.CHANGES_REQUESTED: lambda: _("Please change your profile %(name)s"),
}


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def queue(kind, recipient, language, subject, body, maker=None):
    mail = delivery.send(subject[:200], body, [recipient], kind=kind, language=language)
    return Notification.objects.create(
        kind=kind,
        recipient=recipient,
        language=language,
        subject=subject[:200],
        body=body,
        maker=maker,
        mail=mail,
    )


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


class OwnNotificationsFirst:
    """Wagtail's approval/rejection mail to the submitter, except for makers: their owners get
    ours (above), in their own language, and one mail per event is enough."""

    def can_handle(self, instance, **kwargs):
        if not super().can_handle(instance, **kwargs):
            return False
        maker = maker_of(instance)
        # Someone who is not an owner (an editor) still hears from Wagtail.
        return maker is None or not maker.owners.filter(user=instance.requested_by_id).exists()


class ApprovalNotifier(OwnNotificationsFirst, WorkflowStateApprovalEmailNotifier):
    pass


class RejectionNotifier(OwnNotificationsFirst, WorkflowStateRejectionEmailNotifier):
    pass


# Module-level, so the (weakly referenced) receivers stay alive.
approval_notifier = ApprovalNotifier()
rejection_notifier = RejectionNotifier()


def connect():
    # Same dispatch_uid as Wagtail's own notifiers: accounts is ready before wagtail.admin, so
    # Wagtail's later connect() with that uid is ignored and these stand in its place.
    # (tests/test_accounts_self_service.py counts the mails, so a change of order shows.)
    workflow_approved.connect(
        approval_notifier,
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
    )
    workflow_rejected.connect(
        rejection_notifier,
        sender=WorkflowState,
        dispatch_uid="workflow_state_rejected_email_notification",
    )
    workflow_submitted.connect(on_submitted, dispatch_uid="accounts_maker_submitted")
    workflow_approved.connect(on_approved, dispatch_uid="accounts_maker_approved")
    workflow_rejected.connect(on_rejected, dispatch_uid="accounts_maker_rejected")
