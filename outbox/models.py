"""Every e-mail the site sends, stored before it is sent (README: "When the mail server or Elasticsearch fails")."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MailQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(sent_at__isnull=True, gave_up=False)

    def due(self, now=None):
        return self.waiting().filter(next_attempt_at__lte=now or timezone.now())

    def failed(self):
        return self.filter(sent_at__isnull=True, gave_up=True)


class Mail(models.Model):
    """One outgoing e-mail. A request only writes this row; a background task sends it."""

    kind = models.CharField(_("kind"), max_length=40, blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    from_email = models.CharField(_("from"), max_length=320)
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(default=list, blank=True)
    bcc = models.JSONField(default=list, blank=True)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=500)
    body = models.TextField(_("message"))
    html_body = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)

    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    # A sender holds a mail until then, so two workers never send the same mail twice.
    claimed_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    gave_up = models.BooleanField(_("failed"), default=False)
    last_error = models.TextField(_("last error"), blank=True)

    objects = MailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["sent_at", "gave_up", "next_attempt_at"])]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"

    @property
    def status(self):
        if self.sent_at:
            return _("sent")
        if self.gave_up:
            return _("failed")
        return _("waiting")

    @property
    def addressees(self):
        return ", ".join(self.to)

    def recipients(self):
        return [*self.to, *self.cc, *self.bcc]
