"""A maker's own data as JSON, and deleting an account once an editor confirms (AVG/GDPR)."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from artists.models import Maker, MakerOwner

from .models import Notification, OwnerInvitation

MAKER_FIELDS = [
    "name",
    "kind",
    "slug",
    "intro",
    "description",
    "city",
    "neighbourhood",
    "rehearsal_place",
    "languages",
    "age_groups",
    "year_founded",
    "looking_for_members",
    "bookable",
    "gives_lessons",
    "website",
    "contact_email",
    "live",
]


def maker_data(maker):
    latest = maker.get_latest_revision_as_object()
    return {
        "id": maker.pk,
        "language": maker.locale.language_code,
        "published": {field: _plain(getattr(maker, field)) for field in MAKER_FIELDS},
        "latest_draft": {field: _plain(getattr(latest, field)) for field in MAKER_FIELDS},
        "links": [{"label": link.label, "url": link.url} for link in maker.links.all()],
        "photos": [
            {"title": photo.image.title, "alt_text": photo.alt_text, "caption": photo.caption}
            for photo in maker.photos.select_related("image")
        ],
        "contact_messages": [
            {
                "from": message.sender_name,
                "email": message.sender_email,
                "message": message.message,
                "sent_at": message.created_at.isoformat(),
            }
            for message in maker.contact_messages.all()
        ],
    }


def _plain(value):
    return value if isinstance(value, (str, int, bool, list, type(None))) else str(value)


def export_for(user):
    owned = Maker.objects.filter(owners__user=user).select_related("locale").distinct()
    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profiles": [maker_data(maker) for maker in owned],
        "invitations_accepted": [
            {"maker": inv.maker.name, "accepted_at": inv.accepted_at.isoformat()}
            for inv in OwnerInvitation.objects.filter(accepted_by=user).select_related("maker")
        ],
        "emails_sent_to_you": [
            {"subject": n.subject, "created_at": n.created_at.isoformat()}
            for n in Notification.objects.filter(recipient__iexact=user.email)
        ],
    }


@transaction.atomic
def carry_out(deletion_request, editor):
    """Delete the account and the profiles nobody else owns; keep the request as the record."""
    user = deletion_request.user
    deleted = []
    if user is not None:
        for maker in Maker.objects.filter(owners__user=user).distinct():
            if not MakerOwner.objects.filter(maker=maker).exclude(user=user).exists():
                log(instance=maker, action="wagtail.delete", user=editor, deleted=True)
                deleted.append(f"{maker.name} ({maker.locale.language_code})")
                maker.delete()
        user.delete()
    deletion_request.user = None
    deletion_request.confirmed_at = timezone.now()
    deletion_request.confirmed_by = editor
    deletion_request.deleted_profiles = "\n".join(deleted)
    deletion_request.save()
    return deleted
