"""Invitations to own a maker profile: signed, expiring, single-use links."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from artists.models import MakerOwner

from .models import Notification, OwnerInvitation
from .notifications import absolute_url, queue

SALT = "accounts.owner-invitation"
MAX_AGE_DAYS = 7
MAKERS_GROUP = "Makers"


class InvalidInvitation(Exception):
    """The link is broken, expired or already used."""


def make_token(invitation):
    return signing.dumps({"invitation": invitation.pk}, salt=SALT, compress=True)


def invitation_from_token(token):
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_DAYS * 24 * 3600)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise InvalidInvitation from error
    invitation = (
        OwnerInvitation.objects.select_related("maker", "maker__locale")
        .filter(pk=data.get("invitation"))
        .first()
    )
    if invitation is None or invitation.accepted_at is not None:
        raise InvalidInvitation
    return invitation


def invitation_link(invitation, language):
    with translation.override(language):
        path = reverse("accounts:accept_invitation", args=[make_token(invitation)])
    return absolute_url(path)


def invite(maker, email, invited_by=None, role=MakerOwner.OWNER):
    """Store the invitation and mail the link; returns (invitation, link)."""
    invitation = OwnerInvitation.objects.create(
        maker=maker, email=email.strip().lower(), role=role, invited_by=invited_by
    )
    language = maker.locale.language_code
    link = invitation_link(invitation, language)
    with translation.override(language):
        inviter = (invited_by and invited_by.get_full_name()) or _("The culture house")
        body = render_to_string(
            "accounts/email/invitation.txt",
            {"maker": maker, "inviter": inviter, "link": link, "days": MAX_AGE_DAYS},
        )
        subject = _("Invitation: keep the profile of %(name)s up to date") % {"name": maker.name}
    queue(Notification.INVITATION, invitation.email, language, subject, body, maker=maker)
    return invitation, link


@transaction.atomic
def accept(invitation, user):
    """Make `user` an owner of the maker (and of its translations) and a member of Makers."""
    user.groups.add(Group.objects.get_or_create(name=MAKERS_GROUP)[0])
    maker = invitation.maker
    for version in [maker, *maker.get_translations()]:
        MakerOwner.objects.get_or_create(
            maker=version, user=user, defaults={"role": invitation.role}
        )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])


def create_account(invitation, first_name, last_name, password_form):
    User = get_user_model()
    user = User(email=invitation.email, first_name=first_name, last_name=last_name)
    user.set_password(password_form.cleaned_data["new_password1"])
    user.save()
    accept(invitation, user)
    return user
