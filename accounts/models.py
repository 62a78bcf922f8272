from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailUserManager(UserManager):
    """Users log in with their e-mail address; there is no separate username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email


class OwnerInvitation(models.Model):
    """An e-mail invitation to become (co-)owner of a maker profile. It can be used once.

    The link carries a signed, expiring token (see accounts.invitations), never the address.
    """

    ROLE_CHOICES = [("owner", _("Owner")), ("co_owner", _("Co-owner"))]

    maker = models.ForeignKey(
        "artists.Maker",
        verbose_name=_("maker"),
        on_delete=models.CASCADE,
        related_name="owner_invitations",
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=20, choices=ROLE_CHOICES, default="owner")
    invited_by = models.ForeignKey(
        User,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        User,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("owner invitation")
        verbose_name_plural = _("owner invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.maker}"


class Notification(models.Model):
    """Every e-mail the moderation workflow sends a maker. Whether it went out is on its
    outbox `mail` (sent, waiting for a retry, or failed)."""

    SUBMITTED, APPROVED, CHANGES_REQUESTED = "submitted", "approved", "changes_requested"
    INVITATION, SIGNUP = "invitation", "signup"
    KIND_CHOICES = [
        (SUBMITTED, _("Sent for moderation")),
        (APPROVED, _("Approved")),
        (CHANGES_REQUESTED, _("Changes requested")),
        (INVITATION, _("Invitation")),
        (SIGNUP, _("Sign-up check")),
    ]

    kind = models.CharField(_("kind"), max_length=30, choices=KIND_CHOICES)
    recipient = models.EmailField(_("to"))
    language = models.CharField(_("language"), max_length=10)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"))
    maker = models.ForeignKey(
        "artists.Maker",
        verbose_name=_("maker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    mail = models.ForeignKey(
        "outbox.Mail",
        verbose_name=_("e-mail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("e-mail notification")
        verbose_name_plural = _("e-mail notifications")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"


class DeletionRequest(models.Model):
    """A maker asks to delete their account and the profiles only they own (AVG/GDPR).

    Nothing is deleted until an editor confirms; the request stays as a record of who asked,
    who confirmed and when (the account itself is gone by then, so the e-mail is kept here).
    """

    user = models.ForeignKey(
        User,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="deletion_requests",
    )
    email = models.EmailField(_("e-mail address"))
    reason = models.TextField(_("reason"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("deleted at"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        User,
        verbose_name=_("deleted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deleted_profiles = models.TextField(_("deleted profiles"), blank=True)

    class Meta:
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email
