"""Store, send and retry outgoing mail.

`store` is all a request does: one row, plus a background task to send it (in the same
transaction on the database task backend, so a rolled-back action sends nothing and a committed
one is never forgotten). `deliver_due` runs in the worker: it claims each mail before sending,
so two workers never send one mail twice, and a failure only moves the next attempt back
(10 s, 20 s, 40 s, ... at most 5 min) until OUTBOX["MAX_ATTEMPTS"], when the mail is marked
failed for an editor to retry in the admin. When one mail goes out again, the server is back:
the others that wait are sent in the same run instead of at their later retry time.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Min, Q
from django.utils import timezone

from .models import Mail

logger = logging.getLogger(__name__)

DEFAULTS = {
    "DELIVERY_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    # 10 s, 20 s, 40 s, ... then every 5 minutes: about a day before a mail is marked failed.
    "MAX_ATTEMPTS": 300,
    "RETRY_BASE": 10,
    "RETRY_MAX": 300,
    "BATCH": 200,
}


def conf(key):
    return getattr(settings, "OUTBOX", {}).get(key, DEFAULTS[key])


def _addresses(value):
    return [str(address) for address in (value or [])]


def store(message, kind="", language=""):
    """Keep one django.core.mail message in the outbox and ask the worker to send it."""
    html = ""
    for content, mimetype in getattr(message, "alternatives", None) or []:
        if mimetype == "text/html":
            html = content
    mail = Mail.objects.create(
        kind=kind or message.extra_headers.get("X-Cultuurhuis-Kind", "")[:40],
        language=language,
        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
        to=_addresses(message.to),
        cc=_addresses(message.cc),
        bcc=_addresses(message.bcc),
        reply_to=_addresses(message.reply_to),
        subject=str(message.subject)[:500],
        body=str(message.body),
        html_body=html,
        headers={k: str(v) for k, v in message.extra_headers.items() if k != "X-Cultuurhuis-Kind"},
    )
    schedule()
    return mail


def send(subject, body, to, *, kind="", language="", reply_to=None, html=None):
    """The one way our own code sends a mail: stored now, sent by the worker."""
    message = EmailMultiAlternatives(subject, body, to=list(to), reply_to=reply_to or None)
    if html:
        message.attach_alternative(html, "text/html")
    return store(message, kind=kind, language=language)


def schedule(run_after=None):
    from core.background import nudge

    from .tasks import deliver_mail

    nudge(deliver_mail, run_after)


def backoff(attempts):
    return timedelta(seconds=min(conf("RETRY_BASE") * 2 ** max(attempts - 1, 0), conf("RETRY_MAX")))


def claim(mail_id, now):
    """Hold one due mail for this sender; False when another sender has it, it was sent, or it
    is not due (yet) any more."""
    hold = timedelta(seconds=4 * (getattr(settings, "EMAIL_TIMEOUT", None) or 30) + 60)
    return bool(
        Mail.objects.filter(
            pk=mail_id, sent_at__isnull=True, gave_up=False, next_attempt_at__lte=now
        )
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .update(claimed_until=now + hold)
    )


def as_message(mail, connection):
    message = EmailMultiAlternatives(
        mail.subject,
        mail.body,
        mail.from_email,
        mail.to,
        bcc=mail.bcc,
        cc=mail.cc,
        reply_to=mail.reply_to,
        headers=mail.headers,
        connection=connection,
    )
    if mail.html_body:
        message.attach_alternative(mail.html_body, "text/html")
    return message


def is_server_fault(error):
    """Down, hung or dropping (every mail would fail now), not a refusal of this one mail.
    smtplib's errors are OSErrors too, so they are told apart first."""
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return True
    return isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException)


def deliver(mail):
    """One attempt at one mail. True when it went out; never raises for a mail-server fault.
    Sets `mail.server_fault` when the server itself failed (down, hung, dropping)."""
    mail.server_fault = False
    now = timezone.now()
    if not claim(mail.pk, now):
        return False
    mail.attempts += 1
    try:
        connection = get_connection(conf("DELIVERY_BACKEND"), fail_silently=False)
        as_message(mail, connection).send()
    except Exception as error:  # noqa: BLE001 - whatever the server did, keep the mail for later
        logger.warning("Mail %s to %s failed (attempt %s)", mail.pk, mail.to, mail.attempts)
        mail.last_error = f"{type(error).__name__}: {error}"[:2000]
        mail.next_attempt_at = timezone.now() + backoff(mail.attempts)
        mail.gave_up = mail.attempts >= conf("MAX_ATTEMPTS")
        # Timeouts and refused or dropped connections (socket.timeout is an OSError).
        mail.server_fault = is_server_fault(error)
    else:
        mail.sent_at = timezone.now()
        mail.last_error = ""
    mail.claimed_until = None
    mail.save(
        update_fields=[
            "attempts",
            "sent_at",
            "last_error",
            "next_attempt_at",
            "gave_up",
            "claimed_until",
        ]
    )
    return mail.sent_at is not None


def deliver_due():
    """Send what is due, oldest first. Returns (sent, failed attempts)."""
    sent = failed = 0
    recovered = False
    while True:
        batch = list(Mail.objects.due().order_by("created_at", "pk")[: conf("BATCH")])
        for mail in batch:
            if deliver(mail):
                sent += 1
            elif mail.attempts and mail.sent_at is None:
                failed += 1
                if mail.server_fault:
                    # The server is down or hung: one timeout is enough for this run. The rest
                    # waits as long as this mail does (a hung server must not hold the worker).
                    Mail.objects.due().update(next_attempt_at=mail.next_attempt_at)
                    return sent, failed
        if sent and not recovered and not failed:
            # The server answers again: what waits for a later retry can go now.
            recovered = True
            if (
                Mail.objects.waiting()
                .filter(next_attempt_at__gt=timezone.now())
                .update(next_attempt_at=timezone.now())
            ):
                continue
        return sent, failed


def next_attempt():
    return Mail.objects.waiting().aggregate(at=Min("next_attempt_at"))["at"]


def retry(mails):
    """An editor's "try again": failed mails get a fresh round of attempts, now."""
    # A mail that a sender holds right now keeps its claim: it must not be sent twice.
    count = mails.filter(sent_at__isnull=True).update(
        gave_up=False, attempts=0, next_attempt_at=timezone.now()
    )
    if count:
        schedule()
    return count
